"""policygen: one YAML privacy-policy source, four readable sites, in Korean and English."""

# The one place the version is written (pyproject.toml reads it from here): no package metadata
# lookup at start-up, which would cost a build with nothing to do a fifth of its time.
__version__ = "0.1.0"

__all__ = ["__version__"]
