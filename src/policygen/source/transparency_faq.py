"""The transparency report's FAQ: built-in plain-words answers a project may override by id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from .fields import Localized, Strict
from .layers import load_layered
from .yaml_tree import LocatedData

TRANSPARENCY_DIR = "transparency"


class Question(Strict):
    """One question of the report's FAQ, answered in plain words (Markdown)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,40}$")
    question: Localized
    answer: Localized
    # "none_without_warrant": shown only while the report says no subscriber information
    # (asked for without a warrant) was handed over, so the answer is never false.
    when: Literal["always", "none_without_warrant"] = "always"


class Faq(Strict):
    """The questions shown under the figures."""

    questions: list[Question] = Field(min_length=1)


@dataclass
class LoadedFaq:
    faq: Faq
    source: LocatedData


def load_faq(project: Path) -> LoadedFaq:
    """The built-in FAQ, overlaid question by question (by `id`) with the project's own."""
    faq, source = load_layered(project, TRANSPARENCY_DIR, Faq, {})
    return LoadedFaq(faq, source)
