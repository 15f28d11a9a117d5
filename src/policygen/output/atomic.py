"""Write a whole site at once: into a staging folder, then swap it in, so readers never see half."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from ..errors import UserError
from ..views.base import Output

MARKER = ".policygen-build"


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


def write_site(out: Path, files: dict[str, bytes]) -> None:
    """Write every file into a staging folder beside `out`, then swap it into place."""
    out = out.absolute()
    try:
        _write_and_swap(out, files)
    except OSError as error:
        raise UserError(
            f"could not write the site to {out}: {error.strerror or error}; check that the "
            "folder is writable and not open in another program, then build again"
        ) from None


def _write_and_swap(out: Path, files: dict[str, bytes]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        for relative, content in sorted(files.items()):
            target = staging.joinpath(*PurePosixPath(relative).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        (staging / MARKER).write_text(
            "This folder is made by policygen build; it is replaced on every build.\n",
            encoding="utf-8",
        )
        _swap(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
        return
    retired = out.with_name(f".{out.name}.old-{os.getpid()}")
    os.replace(out, retired)
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(retired, out)  # put the previous site back before reporting the failure
        raise
    shutil.rmtree(retired, ignore_errors=True)
