"""`policygen check`: review rules over a validated project, and the reports they make."""
