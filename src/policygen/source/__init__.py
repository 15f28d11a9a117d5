"""Reading the editors' YAML source and turning it into a validated policy model."""
