"""Tell that a built site is still as it was written from its files' sizes and times alone.

A build with nothing to do must also know that nobody edited build/ by hand; hashing every file
of a site takes longer than everything else that build does. After each build the files' sizes,
times and inodes are kept in the render cache (never in the site, which stays reproducible); a
site whose files all still match is unedited, the way git trusts its index. Anything else (no
record, another manifest, a file touched) means: hash the files as before. As in git, a file
modified within a clock tick of the record could have been edited unseen right after it; such
"racy" files are hashed every time. (Change times are compared, not used for this: removing the
previous site's hard links to unchanged files changes them all just before the record.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

from .cache import cache_folder, keep

MARKER = ".policygen-build"  # the manifest a build writes into its site

Stats = dict[str, list[int]]
#: File times come from a coarse clock (a tick is 1 to 10 ms): anything this close to the
#: record is checked by its contents.
RACY_NS = 50_000_000


def _record(out: Path) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    name = hashlib.sha256(os.fsencode(out.absolute())).hexdigest()
    return folder / "sites" / f"{name}.json"


def file_stats(out: Path) -> Stats:
    """Size, modification and change times and inode of every file under `out`, by path."""
    found: Stats = {}
    pending = [(out, "")]
    while pending:
        folder, prefix = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((Path(entry.path), f"{prefix}{entry.name}/"))
                else:
                    stat = os.lstat(entry.path)  # on Windows, DirEntry.stat() has no inode
                    found[prefix + entry.name] = [
                        stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino
                    ]  # fmt: skip
    return found


def _as_written(out: Path, name: str, manifest: bytes, digests: dict[str, str]) -> bool:
    """Whether one file of `out` holds what its build wrote (the manifest, or its hash)."""
    data = (out / name).read_bytes()
    if name == MARKER:
        return data == manifest
    return hashlib.sha256(data).hexdigest() == digests.get(name)


def remember(out: Path, manifest: bytes, digests: dict[str, str], since_ns: int) -> None:
    """Keep what the files of a site just written look like, beside its manifest's hash.

    A file modified since the build began writing (`since_ns`) may have been changed by someone
    else meanwhile (an editor's auto-save, a sync tool): it is read and compared with the
    manifest first, and the site goes unrecorded if any differs (then it is hashed, as before).
    """
    record = _record(out)
    if record is None:
        return
    try:
        taken = time.time_ns()
        files = file_stats(out)
        # file times lag the fine clock by up to a tick
        touched = [name for name, (_, modified, _, _) in files.items()
                   if modified >= since_ns - RACY_NS]  # fmt: skip
        if all(_as_written(out, name, manifest, digests) for name in touched):
            kept = {"manifest": hashlib.sha256(manifest).hexdigest(), "files": files,
                    "taken": taken}  # fmt: skip
            keep(record, json.dumps(kept).encode("utf-8"))
            return
    except OSError:
        pass
    with contextlib.suppress(OSError):
        record.unlink()


def unedited(out: Path, manifest: bytes, digests: dict[str, str]) -> Stats | None:
    """The recorded stats of `out` when every file is as the build that wrote it left it.

    `digests` are the manifest's file hashes, for the racy files that are read after all.
    None means: not known to be unedited (read the files).
    """
    record = _record(out)
    if record is None:
        return None
    try:
        kept = json.loads(record.read_bytes())
        if kept["manifest"] != hashlib.sha256(manifest).hexdigest():
            return None
        files: Stats = kept["files"]
        if files != file_stats(out):
            return None
        racy = [name for name, (_, modified, _, _) in files.items()
                if modified >= kept["taken"] - RACY_NS]  # fmt: skip
        if not all(_as_written(out, name, manifest, digests) for name in racy):
            return None
        return files
    except (OSError, ValueError, KeyError, TypeError):
        return None
