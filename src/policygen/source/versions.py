"""Earlier versions of a policy, kept in the project as versions/<version>/policy/*.yaml.

Each folder is a copy of policy/ as it was published (policygen snapshot makes one). They are
validated with today's schema, so a new field must be optional for old versions to keep building.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import Location, Problem, UserError, display_path
from .load import LoadedPolicy, load_policy

VERSIONS_DIR = "versions"


def load_versions(project: Path) -> list[LoadedPolicy]:
    """Every archived version, oldest first; its folder must be named after its own version."""
    folder = project / VERSIONS_DIR
    if not folder.is_dir():
        return []
    versions, problems = [], []
    for entry in sorted(path for path in folder.iterdir() if path.is_dir()):
        try:
            loaded = _load_one(project, entry)
        except UserError as error:
            problems += error.problems
            continue
        if loaded.policy.current.version != entry.name:
            problems.append(
                Problem(
                    Location(display_path(entry, project)),
                    f"this folder holds version {loaded.policy.current.version}, not {entry.name}",
                    f"rename the folder to {VERSIONS_DIR}/{loaded.policy.current.version}",
                )
            )
            continue
        versions.append(loaded)
    if problems:
        raise UserError(problems)
    return sorted(versions, key=lambda loaded: loaded.policy.effective_date)


def _load_one(project: Path, folder: Path) -> LoadedPolicy:
    try:
        return load_policy(folder)
    except UserError as error:  # name the files relative to the project, as editors see them
        prefix = display_path(folder, project)
        raise UserError(
            [
                Problem(
                    Location(f"{prefix}/{p.location.file}", p.location.line, p.location.column),
                    p.message,
                    p.hint,
                )
                for p in error.problems
            ]
        ) from None


def snapshot(project: Path, current: LoadedPolicy) -> Path:
    """Copy policy/ into versions/<current version>/policy, before editing the next version."""
    target = project / VERSIONS_DIR / current.policy.current.version
    if target.exists():
        raise UserError(
            f"{display_path(target, project)} already exists; add a new entry to "
            "history: (with a new version and date) before taking another snapshot"
        )
    shutil.copytree(project / "policy", target / "policy")
    return target
