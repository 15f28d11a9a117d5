"""Decide that nothing changed before the heavy parts load, so a no-op build answers at once.

Only the standard library and policygen's light modules are imported here: a `policygen build`
with nothing changed never loads Jinja, pydantic, WeasyPrint or fontTools.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .output.atomic import recover, up_to_date
from .output.cache import cache_folder, cache_key

POLICY_DIR = "policy"
#: Every folder of a project a build reads (tests keep it equal to what the views declare).
INPUT_FOLDERS = (POLICY_DIR, "versions", "dialogues", "guide", "labels", "teens", "transparency")


def find_project(start: Path) -> Path:
    """The folder that holds policy/: `start` or its nearest parent, the way git finds a repo."""
    if (start / POLICY_DIR).is_dir() or not start.is_dir():
        return start  # a mistyped --source is reported, never swapped for a parent project
    for folder in start.resolve().parents:
        if (folder / POLICY_DIR).is_dir():
            return folder
    return start  # loading then reports the missing policy/ folder


def source_fingerprint(source: Path) -> str:
    """A hash of every input of a build: the project's source folders and policygen itself.

    policygen itself means its code, templates, catalogs and built-in defaults, its version and
    the versions of the libraries it renders with (see output.cache.code_fingerprint).
    """
    parts: list[str | bytes] = []
    for folder in INPUT_FOLDERS:
        root = source / folder
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    parts += [path.relative_to(source).as_posix(), path.read_bytes()]
    parts += [os.environ.get("SOURCE_DATE_EPOCH", "")]
    return cache_key(parts)


def _review_entry(fingerprint: str) -> Path | None:
    folder = cache_folder()
    return folder / "review" / f"{fingerprint}.json" if folder else None


def remember_review(fingerprint: str, totals: dict[str, int]) -> None:
    """Keep the review's totals for these inputs: the same inputs always review the same."""
    entry = _review_entry(fingerprint)
    if entry is None:
        return
    with contextlib.suppress(OSError):  # a read-only cache costs time, never the build
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(totals), encoding="utf-8")
        os.replace(temporary, entry)


def unchanged(source: Path, out: Path) -> dict[str, int] | None:
    """The review totals of the last build when `out` is up to date with `source`, else None."""
    try:
        recover(out.absolute())  # a killed build's debris goes even when nothing else changed
    except OSError:
        return None  # the full build reports what is wrong with the folder
    fingerprint = source_fingerprint(source)
    entry = _review_entry(fingerprint)
    if entry is None or not up_to_date(out, fingerprint):
        return None
    try:
        totals = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return totals if isinstance(totals, dict) else None
