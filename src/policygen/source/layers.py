"""A default folder seen through a project: its own entries win, the built-in fill the rest.

Like a theme's search path, but one level finer: a project's `dialogues/scenes.yaml` that holds
one scene replaces that scene (matched by `id`) and keeps every other built-in scene; a project's
`labels/pictograms/children.svg` replaces that one drawing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import Problem, UserError
from ..resources import builtin_folder
from .load import YAML_SUFFIXES, problems_from, read_sources
from .yaml_tree import KeyPath, LocatedData

M = TypeVar("M", bound=BaseModel)
BUILTIN_PREFIX = "policygen:"  # how errors name a built-in file: policygen:dialogues/scenes.yaml


def _yaml_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in YAML_SUFFIXES and path.is_file() and not path.name.startswith(".")
    )


def read_layered(project: Path, folder: str) -> tuple[LocatedData, list[Problem]]:
    """The built-in YAML of `folder`, overlaid entry by entry with the project's own."""
    builtin = builtin_folder(folder)
    base, problems = read_sources(builtin.parent, _yaml_in(builtin), prefix=BUILTIN_PREFIX)
    own_files = _yaml_in(project / folder)
    if not own_files:
        return base, problems
    own, own_problems = read_sources(project, own_files)
    return overlay(base, own), problems + own_problems


def layered_file(project: Path, folder: str, relative: str) -> Path | None:
    """One file of a default folder: the project's copy if it has one, else the built-in one."""
    for root in (project / folder, builtin_folder(folder)):
        candidate = root / relative
        if candidate.is_file():
            return candidate
    return None


def layered_names(project: Path, folder: str, subfolder: str, suffix: str) -> list[str]:
    """The file stems in a subfolder of a default folder, built-in and the project's own."""
    names: set[str] = set()
    for root in (builtin_folder(folder), project / folder):
        where = root / subfolder
        if where.is_dir():
            names |= {path.stem for path in where.iterdir() if path.name.endswith(suffix)}
    return sorted(names)


def overlay(base: LocatedData, top: LocatedData) -> LocatedData:
    """Merge two located documents: mappings key by key, lists of `id` entries id by id."""
    merged = LocatedData({})
    for key in [*base.data, *(k for k in top.data if k not in base.data)]:
        if key not in top.data:
            merged.data[key] = _copy(base, (key,), merged, (key,))
        elif key not in base.data:
            merged.data[key] = _copy(top, (key,), merged, (key,))
        else:
            merged.data[key] = _merge(base, top, merged, (key,))
    return merged


def _merge(base: LocatedData, top: LocatedData, out: LocatedData, path: KeyPath) -> Any:
    low, high = _at(base.data, path), _at(top.data, path)
    if isinstance(low, dict) and isinstance(high, dict):
        _copy_node_location(top, path, out, path)
        result: dict[str, Any] = {}
        for key in [*low, *(k for k in high if k not in low)]:
            source = top if key in high else base
            result[key] = _copy(source, (*path, key), out, (*path, key))
        return result
    if _identified(low) and _identified(high):
        _copy_node_location(top, path, out, path)
        replaced = {entry["id"]: index for index, entry in enumerate(high)}
        entries: list[Any] = []
        for index, entry in enumerate(low):
            if entry["id"] in replaced:
                own = replaced.pop(entry["id"])
                entries.append(_copy(top, (*path, own), out, (*path, len(entries))))
            else:
                entries.append(_copy(base, (*path, index), out, (*path, len(entries))))
        for own in sorted(replaced.values()):  # new entries, in the project's order, at the end
            entries.append(_copy(top, (*path, own), out, (*path, len(entries))))
        return entries
    return _copy(top, path, out, path)


def _identified(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(entry, dict) and isinstance(entry.get("id"), str) for entry in value
    )


def _at(data: Any, path: KeyPath) -> Any:
    for part in path:
        data = data[part]
    return data


def _copy_node_location(source: LocatedData, path: KeyPath, out: LocatedData, to: KeyPath) -> None:
    if path in source.locations:
        out.locations[to] = source.locations[path]
    if path in source.key_locations:
        out.key_locations[to] = source.key_locations[path]


def _copy(source: LocatedData, path: KeyPath, out: LocatedData, to: KeyPath) -> Any:
    """Take the value at `path` with the locations of everything under it, moved to `to`."""
    size = len(path)
    for table, target in (
        (source.locations, out.locations),
        (source.key_locations, out.key_locations),
    ):
        for where, location in table.items():
            if where[:size] == path:
                target[(*to, *where[size:])] = location
    return _at(source.data, path)


def load_layered(
    project: Path, folder: str, model: type[M], context: dict[str, Any]
) -> tuple[M, LocatedData]:
    """Read a default folder through the project and validate it, every problem at its line."""
    source, problems = read_layered(project, folder)
    if problems:
        raise UserError(problems)
    try:
        return model.model_validate(source.data, context=context), source
    except ValidationError as error:
        raise UserError(problems_from(error, source, model, f"{folder}/")) from None
