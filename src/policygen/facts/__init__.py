"""Facts derived from the validated source: which articles apply, and how to phrase them."""
