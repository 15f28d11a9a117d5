"""A content-addressed cache of expensive renderings (font subsets, label PNGs and PDFs).

An entry's key is a hash of everything that determines its bytes, so a stale entry can never be
served; POLICYGEN_CACHE=off turns the cache off and POLICYGEN_CACHE=DIR moves it.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import __version__
from ..cache_home import cache_folder, keep, write_atomically
from ..resources import ROOT_DEFAULTS, builtin_folder

#: renders done and cache hits in this process, by kind: lets tests prove a warm build renders
#: nothing.
STATS: Counter[str] = Counter()

#: What a planning pass returns for a rendering it has not done: a unique object, recognised by
#: identity, so that a rendering made from another's placeholder is never planned.
PENDING = b"policygen: not rendered yet"


@dataclass(frozen=True)
class Job:
    """One rendering the cache lacks, to be done elsewhere (another process) and delivered."""

    kind: str
    key: str
    produce: Callable[[], bytes]
    # loaded once before the jobs that need it: in the parent for most jobs, else in the one
    # worker that takes them (output.parallel)
    prepare: Callable[[], object] | None = None
    suffix: str = ""  # of its cache entry


@dataclass
class Plan:
    """The renderings a planning pass found missing, in the order it met them."""

    jobs: dict[str, Job] = field(default_factory=dict)
    misses: int = 0


_PLAN: Plan | None = None
_DELIVERED: dict[str, bytes] = {}  # rendered elsewhere, for the next cached() call of that key


@contextlib.contextmanager
def planning() -> Iterator[Plan]:
    """Within: a miss is noted as a job and answered with PENDING instead of being rendered."""
    global _PLAN
    _PLAN = Plan()
    try:
        yield _PLAN
    finally:
        _PLAN = None


def deliver(job: Job, data: bytes, stats: Iterable[tuple[str, int]] = ()) -> None:
    """Hand over a job's bytes (and the renderings done inside it) for its cached() call.

    Its cache entry is written now, while the workers are still rendering, rather than by the
    cached() call afterwards, when nothing else is left to do.
    """
    _DELIVERED[job.key] = data
    STATS.update(dict(stats))
    folder = cache_folder()
    if folder is not None:
        keep(_entry(folder, job.kind, job.key, job.suffix), data)


def forget_deliveries() -> None:
    """Drop delivered bytes no cached() call asked for (a build is over)."""
    _DELIVERED.clear()


# What each family of renderings depends on besides its own inputs: the code under these package
# folders and the versions of these distributions. Editing a template never re-renders a label.
SCOPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "graphics": (("graphics", "output"), ("resvg", "fpdf2", "fonttools", "pylopdf-fonts-ko")),
    "package": (("",), ()),
}
RUNTIME_DISTRIBUTIONS = (
    "jinja2", "markdown", "nh3", "babel", "pydantic", "pyyaml", "fonttools", "pylopdf-fonts-ko",
    "resvg", "fpdf2", "brotli",
)  # fmt: skip


def distribution_versions(names: Iterable[str]) -> list[str]:
    """'name==version' for each installed distribution (a missing one is named as missing)."""
    from importlib import metadata  # its import alone costs a no-op build a fifth of its time

    found = []
    for name in names:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return found


def _code_files(roots: Iterable[Path]) -> list[tuple[str, Path]]:
    """Every file under the roots (no bytecode), named relative to its root's parent, sorted."""
    found = []
    for root in dict.fromkeys(roots):
        for folder, folders, names in os.walk(root):
            folders[:] = [name for name in folders if name != "__pycache__"]
            for name in names:
                path = Path(folder, name)
                found.append((path.relative_to(root.parent).as_posix(), path))
    return sorted(found)


def _stat_signature(files: list[tuple[str, Path]], distributions: Iterable[str]) -> str:
    """A hash of the files' names, sizes, times and inodes, and of where libraries are installed.

    Installing, upgrading or removing a library changes the folder it lives in, so the times of
    the import path's folders stand for the libraries' versions; an edit changes a file's times.
    """
    digest = hashlib.sha256(f"{__version__}\0{','.join(distributions)}".encode())
    for name, path in files:
        stat = path.stat()
        digest.update(f"{name}\0{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"
                      f":{stat.st_ino}\0".encode())  # fmt: skip
    for entry in sys.path:
        with contextlib.suppress(OSError):
            digest.update(f"{entry}\0{os.stat(entry or '.').st_mtime_ns}\0".encode())
    return digest.hexdigest()


@cache
def library_version(name: str) -> str:
    """An installed library's version, for cache keys: looked up once per process.

    Reading a distribution's metadata parses a file each time; a build asks for the same few
    versions hundreds of times (once per label file).
    """
    from importlib import metadata

    return metadata.version(name)


@cache
def code_fingerprint(scope: str = "package") -> str:
    """A hash of the policygen code and data a family of renderings depends on, and its libraries.

    "package" is all of policygen (with the built-in labels/ and dialogues/, which in a source
    checkout sit beside the package) and every runtime library: what a whole build depends on.
    Reading every file takes a build with nothing to do longer than all else it does, so the
    hash is kept in the cache under the files' sizes and times, the way git trusts its index.
    """
    folders, distributions = SCOPES[scope]
    package = Path(__file__).resolve().parent.parent
    roots = [package / folder for folder in folders]
    if scope == "package":
        roots += [builtin_folder(name) for name in ROOT_DEFAULTS]
        distributions = RUNTIME_DISTRIBUTIONS
    files = _code_files(roots)
    folder = cache_folder()
    memo = folder / "code" / _stat_signature(files, distributions) if folder else None
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if memo is not None and memo.is_file():
            return memo.read_text(encoding="ascii")
    digest = hashlib.sha256(__version__.encode("utf-8"))
    for name, path in files:
        digest.update(name.encode("utf-8"))
        digest.update(path.read_bytes())
    for version in distribution_versions(distributions):
        digest.update(version.encode("utf-8"))
    if memo is not None:
        keep(memo, digest.hexdigest().encode("ascii"))
    return digest.hexdigest()


def cache_key(parts: Iterable[str | bytes], scope: str = "package") -> str:
    """A key for these inputs under the code (and libraries) of `scope`."""
    digest = hashlib.sha256(code_fingerprint(scope).encode("utf-8"))
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


@cache
def _scratch_folder() -> Path:
    """Where files that must exist on disk go when the cache is off; removed when we exit."""
    folder = Path(tempfile.mkdtemp(prefix="policygen-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _entry(folder: Path, kind: str, key: str, suffix: str) -> Path:
    """Where a rendering of this kind, under this key (see cache_key), is kept."""
    return folder / kind / f"{key}{suffix}"


def cached_file(
    kind: str,
    parts: Iterable[str | bytes],
    produce: Callable[[], bytes],
    suffix: str = "",
    scope: str = "package",
) -> Path:
    """A file holding what `produce` returns, for libraries that want a path (font files)."""
    entry = _entry(cache_folder() or _scratch_folder(), kind, cache_key(parts, scope), suffix)
    if entry.is_file():
        STATS[f"{kind}:hit"] += 1
        return entry
    STATS[f"{kind}:render"] += 1
    write_atomically(entry, produce())
    return entry


def cached(
    kind: str,
    parts: Iterable[str | bytes],
    produce: Callable[[], bytes],
    suffix: str = "",
    scope: str = "package",
    prepare: Callable[[], object] | None = None,
    *,
    now: bool = False,
) -> bytes:
    """The bytes `produce` would return for these inputs, from the cache when possible.

    `prepare` is what `produce` needs loaded first (a library): done once before the jobs that
    need it, in the parent or in the one worker that takes them, never once per job. `now`
    makes a missing rendering here and now even while planning: for small ones that other
    renderings' keys are made from (a label's caption drawn as outlines).
    """
    parts = list(parts)
    key = cache_key(parts, scope)
    if key in _DELIVERED:  # rendered elsewhere during this build; deliver() kept it already
        STATS[f"{kind}:render"] += 1
        return _DELIVERED[key]
    folder = cache_folder()
    entry = _entry(folder, kind, key, suffix) if folder else None
    if entry is not None and entry.is_file():
        STATS[f"{kind}:hit"] += 1
        return entry.read_bytes()
    if _PLAN is not None and not now:
        _PLAN.misses += 1
        if not any(part is PENDING for part in parts):
            _PLAN.jobs.setdefault(key, Job(kind, key, produce, prepare, suffix))
        return PENDING
    data = produce()
    STATS[f"{kind}:render"] += 1
    if entry is not None:
        keep(entry, data)  # a read-only or full cache costs time, not the build
    return data
