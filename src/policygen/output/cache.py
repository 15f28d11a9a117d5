"""A content-addressed cache of expensive renderings (font subsets, label PNGs and PDFs).

An entry's key is a hash of everything that determines its bytes, so a stale entry can never be
served; POLICYGEN_CACHE=off turns the cache off and POLICYGEN_CACHE=DIR moves it.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from .. import __version__
from ..resources import ROOT_DEFAULTS, builtin_folder

#: renders done and cache hits in this process, by kind: lets tests prove a warm build renders
#: nothing.
STATS: Counter[str] = Counter()


def cache_folder() -> Path | None:
    """Where finished renderings are kept between builds, or None when caching is off."""
    setting = os.environ.get("POLICYGEN_CACHE", "")
    if setting.lower() in ("off", "0", "no"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policygen"


@cache
def code_fingerprint() -> str:
    """A hash of policygen's own code and data, so an edited renderer never reuses old output."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode("utf-8"))
    # In a source checkout the built-in labels/ and dialogues/ sit beside the package, not in it.
    roots = [package, *(builtin_folder(name) for name in ROOT_DEFAULTS)]
    for root in dict.fromkeys(roots):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode("utf-8"))
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode("utf-8"))
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def cached(
    kind: str, parts: Iterable[str | bytes], produce: Callable[[], bytes], suffix: str = ""
) -> bytes:
    """The bytes `produce` would return for these inputs, from the cache when possible."""
    folder = cache_folder()
    entry = folder / kind / f"{cache_key(parts)}{suffix}" if folder else None
    if entry is not None and entry.is_file():
        STATS[f"{kind}:hit"] += 1
        return entry.read_bytes()
    data = produce()
    STATS[f"{kind}:render"] += 1
    if entry is not None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, entry)
        except OSError:
            pass  # a read-only or full cache costs time, never the build
    return data
