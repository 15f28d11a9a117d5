"""The senior guide's text (guide/*.yaml): chapters of plain paragraphs, warnings and steps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from .dialogue import ScriptLocalized
from .fields import Localized, Strict
from .layers import load_layered
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


def load_guide(project: Path, placeholders: set[str]) -> LoadedGuide:
    """Read and validate the guide text (built-in, overlaid by the project's own, per chapter)."""
    guide, source = load_layered(project, GUIDE_DIR, Guide, {"placeholders": placeholders})
    return LoadedGuide(guide, source)
