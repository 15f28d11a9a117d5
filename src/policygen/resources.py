"""Where policygen's built-in files live, in an installed wheel and in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# The label set and the chat scripts sit at the repository root (the sample project builds from
# them) and are packaged as policygen/builtin/<name> (pyproject's package-dir); the rest of the
# defaults live inside the package.
ROOT_DEFAULTS = ("labels", "dialogues")


def package_folder(*parts: str) -> Path:
    """A folder of package data (templates, static, vocabulary), as a real path."""
    return Path(str(resources.files("policygen").joinpath(*parts)))


def builtin_folder(name: str) -> Path:
    """The built-in copy of a default folder (labels, dialogues, or defaults/<name>: guide, …)."""
    if name not in ROOT_DEFAULTS:
        inside = package_folder("defaults", name)
        if not inside.is_dir():
            raise ValueError(f"no built-in folder {name!r}")
        return inside
    packaged = package_folder("builtin", name)
    if packaged.is_dir():
        return packaged
    # A source checkout (editable install, or src/ on sys.path): the repository root's copy.
    return Path(__file__).resolve().parents[2] / name
