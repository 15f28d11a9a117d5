"""policygen: one YAML privacy-policy source, four readable sites, in Korean and English."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policygen")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
