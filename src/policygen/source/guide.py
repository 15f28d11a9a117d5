"""The senior guide's text (guide/*.yaml): chapters of plain paragraphs, warnings and steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from ..errors import UserError
from .dialogue import ScriptLocalized
from .load import own_or_builtin, problems_from, read_sources, yaml_files
from .model import Localized, Strict
from .yaml_tree import LocatedData

GUIDE_DIR = "guide"
FactBlock = Literal["items", "rights_how", "contacts", "help_lines"]


class Chapter(Strict):
    """One short chapter: a title, a few paragraphs, warnings, numbered steps, fact blocks."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,40}$")
    title: Localized
    paragraphs: list[ScriptLocalized] = Field(default_factory=list)
    warnings: list[ScriptLocalized] = Field(default_factory=list)
    steps: list[ScriptLocalized] = Field(default_factory=list)
    show: list[FactBlock] = Field(default_factory=list)


class Guide(Strict):
    """The whole senior guide."""

    chapters: list[Chapter] = Field(min_length=1)


@dataclass
class LoadedGuide:
    guide: Guide
    source: LocatedData


def guide_folder(project: Path) -> tuple[Path, Path]:
    """The project's own guide/, or policygen's built-in guide text."""
    return own_or_builtin(project, GUIDE_DIR)


def load_guide(project: Path, placeholders: set[str]) -> LoadedGuide:
    """Read and validate the guide text, reporting every problem with its file and line."""
    folder, root = guide_folder(project)
    files = yaml_files(
        folder,
        f"{GUIDE_DIR}/",
        "add the guide text as guide/*.yaml, or delete "
        "the empty guide/ folder to use the built-in text",
    )
    source, problems = read_sources(root, files)
    if problems:
        raise UserError(problems)
    try:
        guide = Guide.model_validate(source.data, context={"placeholders": placeholders})
    except ValidationError as error:
        raise UserError(problems_from(error, source, Guide, f"{GUIDE_DIR}/")) from None
    return LoadedGuide(guide, source)
