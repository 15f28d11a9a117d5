"""Turning editor text into safe HTML."""
