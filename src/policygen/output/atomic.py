"""Write a whole site at once: into a staging folder, then swap it in, so readers never see half."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

from ..artifact import Output
from ..errors import Location, Problem, UserError
from ..i18n.console import N_, Msg
from .exchange import exchange
from .unedited import MARKER, Stats, remember, unedited


def check_outputs(outputs: Iterable[Output]) -> dict[str, bytes]:
    """Collect outputs by path, refusing unsafe paths and any file written twice."""
    files: dict[str, bytes] = {}
    for output in outputs:
        path = PurePosixPath(output.path)
        if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in output.path:
            raise RuntimeError(f"a view produced an unsafe output path: {output.path!r}")
        if output.path in files:
            raise RuntimeError(f"two views wrote the same file: {output.path}")
        files[output.path] = output.content
    return files


def ensure_replaceable(out: Path, source: Path) -> None:
    """Refuse to replace a folder that policygen did not make, or that holds the source."""
    out_resolved, source_resolved = out.resolve(), source.resolve()
    if out_resolved == source_resolved or out_resolved in source_resolved.parents:
        raise UserError(
            f"the output folder {out} contains the project itself; "
            "choose another --out folder, e.g. build"
        )
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file, not a folder; choose another --out folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise UserError(
            f"{out} is not empty and was not made by policygen, so it will not be "
            "replaced; choose an empty or new --out folder"
        )


def read_manifest(out: Path) -> dict[str, Any] | None:
    """What the last build wrote into `out`: its inputs' fingerprint and each file's hash."""
    try:
        manifest = json.loads((out / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) and "files" in manifest else None


def up_to_date(out: Path, fingerprint: str) -> bool:
    """True when `out` was built from these very inputs and holds exactly those files, unedited."""
    manifest = read_manifest(out)
    if manifest is None or manifest.get("pending") or manifest.get("fingerprint") != fingerprint:
        return False
    if _unedited_since_written(out, manifest["files"]) is not None:
        return True  # every file's size and times as the build left them: no need to read
    present = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    if present - {MARKER} != set(manifest["files"]):
        return False
    return all(
        hashlib.sha256((out / relative).read_bytes()).hexdigest() == digest
        for relative, digest in manifest["files"].items()
    )


def write_site(
    out: Path, files: dict[str, bytes], fingerprint: str = "", *, pending: bool = False
) -> None:
    """Write every file into a staging folder beside `out`, then swap it into place.

    `pending` marks a first phase (pages published before their slow files): its manifest
    says so, and it is never up to date.

    Files whose bytes did not change are hard-linked from the previous site instead of being
    written again, so their timestamps (and anything syncing build/) see no change. Whatever an
    earlier build killed half-way left beside `out` is cleared up first (see `recover`).
    """
    out = out.absolute()
    try:
        recover(out)
        started = time.time_ns()
        manifest, digests = _write_and_swap(out, files, fingerprint, pending)
    except OSError as error:
        raise UserError(write_problem(out, error)) from None
    if not pending:
        remember(out, manifest, digests, started)


def write_problem(out: Path, error: OSError) -> Problem:
    """Why the site could not be written, in words that say what to do about it."""
    reason = error.strerror or str(error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        message = N_("could not write the site to {out}: the disk is full ({reason})")
        hint = N_("free some space on the disk (or choose another --out folder), then build again")
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        message = N_("could not write the site to {out}: the folder is read-only ({reason})")
        hint = N_("make the folder writable, or choose another --out folder, then build again")
    else:
        message = N_("could not write the site to {out}: {reason}")
        hint = N_(
            "check that the folder is writable and not open in another program, then build again"
        )
    return Problem(Location(str(out)), Msg(message, out=str(out), reason=reason), Msg(hint))


def _leftovers(out: Path, kind: str) -> list[tuple[Path, int]]:
    """Staging or retired folders beside `out`, each with the process id that made it."""
    found = []
    for path in out.parent.glob(f".{out.name}.{kind}-*"):
        owner = path.name.removeprefix(f".{out.name}.{kind}-").split("-", 1)[0]
        if owner.isdigit() and path.is_dir() and not path.is_symlink():
            found.append((path, int(owner)))
    return sorted(found, key=lambda item: item[0].stat().st_mtime_ns)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a folder of ours from before is left over too (serve rebuilds in-process)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to someone else
    return True


def recover_output(out: Path) -> None:
    """`recover`, reporting a folder it cannot clear up as a problem the user can fix."""
    try:
        recover(out.absolute())
    except OSError as error:
        raise UserError(write_problem(out, error)) from None


def recover(out: Path) -> None:
    """Undo what a build killed half-way left behind: the old site back in place, no debris.

    A build that died between retiring the old site and moving the new one in (possible only
    where folders cannot be exchanged in one step) left no `out`: the newest retired site goes
    back. Staging folders and other retired sites of processes that are gone are removed; those
    of a build still running are left alone.
    """
    retired = [(path, pid) for path, pid in _leftovers(out, "old") if not _alive(pid)]
    if retired and not out.exists():
        newest = retired.pop()[0]
        os.replace(newest, out)
    stale = [path for path, pid in _leftovers(out, "staging") if not _alive(pid)]
    for path in [*stale, *(path for path, _ in retired)]:
        shutil.rmtree(path, ignore_errors=True)


def _write_and_swap(
    out: Path, files: dict[str, bytes], fingerprint: str, pending: bool
) -> tuple[bytes, dict[str, str]]:
    """Stage the files, swap them in; the manifest written beside them, and the files' hashes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    previous = (read_manifest(out) or {}).get("files", {})
    # files as the last build left them need no reading before they are linked into the new site
    kept = _unedited_since_written(out, previous) if previous else None
    digests = {relative: hashlib.sha256(content).hexdigest() for relative, content in files.items()}
    prefix = f".{out.name}.staging-{os.getpid()}-"
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=out.parent))
    try:
        for relative, content in sorted(files.items()):
            parts = PurePosixPath(relative).parts
            target = staging.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            if previous.get(relative) == digests[relative] and _link(
                out.joinpath(*parts), target, content, kept.get(relative) if kept else None
            ):
                continue
            target.write_bytes(content)
        manifest: dict[str, Any] = {
            "about": "made by policygen build; replaced on every build",
            "fingerprint": "" if pending else fingerprint,
            "files": dict(sorted(digests.items())),
        }
        if pending:
            manifest["pending"] = "PDFs and label files are still being rendered"
        written = (json.dumps(manifest, indent=1) + "\n").encode("utf-8")
        (staging / MARKER).write_bytes(written)
        _swap(staging, out)
        return written, digests
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _unedited_since_written(out: Path, digests: dict[str, str]) -> Stats | None:
    """The recorded stats of the site at `out` if it is as its build left it, else None."""
    try:
        return unedited(out, (out / MARKER).read_bytes(), digests)
    except OSError:
        return None


def _link(existing: Path, target: Path, content: bytes, recorded: list[int] | None) -> bool:
    """Hard-link an unchanged file from the previous site; False if it differs or cannot link.

    A file whose stats were `recorded` unedited is linked without being read, then checked to
    be that very file (another build may have swapped its own site in meanwhile); any other
    file is compared with `content` first.
    """
    try:
        if recorded is None:
            if existing.read_bytes() != content:  # edited by hand
                return False
            os.link(existing, target)
            return True
        os.link(existing, target)
        linked = os.lstat(target)
        size, modified, _, inode = recorded
        if (linked.st_size, linked.st_mtime_ns, linked.st_ino) != (size, modified, inode):
            target.unlink()  # not the file recorded: write the new bytes instead
            return False
    except OSError:
        return False
    return True


def _swap(staging: Path, out: Path) -> None:
    """Put the staged site at `out`; afterwards `staging` holds the old site, to be removed."""
    if not out.exists():
        os.replace(staging, out)
        return
    if exchange(staging, out):
        return
    retired = out.with_name(f".{out.name}.old-{os.getpid()}")
    os.replace(out, retired)
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(retired, out)  # put the previous site back before reporting the failure
        raise
    shutil.rmtree(retired, ignore_errors=True)
