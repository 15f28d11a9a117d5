"""Where policygen keeps what it may reuse between runs, and how an entry is written whole.

Standard library only: the catalog compiler and the no-op build check use it before anything
heavy is loaded; output.cache builds the render cache on top of it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_folder() -> Path | None:
    """Where finished renderings are kept between builds, or None when caching is off."""
    setting = os.environ.get("POLICYGEN_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policygen"


def write_atomically(entry: Path, data: bytes) -> None:
    """Write `entry` through a temporary file, so a reader never sees half of it."""
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    finally:
        temporary.unlink(missing_ok=True)


def keep(entry: Path, data: bytes) -> None:
    """Write a cache entry whole; a read-only or full cache costs time, never the build."""
    with contextlib.suppress(OSError):
        write_atomically(entry, data)
