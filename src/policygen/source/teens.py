"""The teenagers' guide (teens/*.yaml): short sections, steps in the service's menus, scam chats."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from .dialogue import AvatarId, ScriptLocalized, avatar_ids
from .fields import Localized, Strict
from .layers import load_layered
from .yaml_tree import LocatedData

TEENS_DIR = "teens"
Menu = Literal["password", "two_step", "devices", "privacy_settings", "report"]
FactBlock = Literal["guardian", "collected", "rights", "contacts", "help_lines", "read_links"]


Condition = Literal["always", "children", "accounts", "login"]  # names of facts/features.py


class Step(Strict):
    """One thing to do; with `menu:`, the service's menu path is shown when the policy has it."""

    text: ScriptLocalized
    menu: Menu | None = None
    when: Condition = "always"


class ChatLine(Strict):
    """One bubble of a scam simulation: the reader ("me") or the stranger ("them")."""

    speaker: Literal["me", "them"]
    text: ScriptLocalized


class Simulation(Strict):
    """A short messenger chat with a suspicious stranger, then what went wrong and what to do."""

    stranger: Localized  # the name the stranger gives (our own character)
    avatar: AvatarId = "hoodie"  # a drawing of dialogues/avatars/
    lines: list[ChatLine] = Field(min_length=2)
    went_wrong: list[ScriptLocalized] = Field(min_length=1)
    what_to_do: list[ScriptLocalized] = Field(min_length=1)


class Section(Strict):
    """One topic of the guide."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]{0,40}$")
    title: Localized
    when: Condition = "always"
    paragraphs: list[ScriptLocalized] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    simulation: Simulation | None = None
    show: list[FactBlock] = Field(default_factory=list)


class TeensGuide(Strict):
    """The whole teenagers' guide."""

    sections: list[Section] = Field(min_length=1)


@dataclass
class LoadedTeens:
    guide: TeensGuide
    source: LocatedData


def load_teens(project: Path, placeholders: set[str]) -> LoadedTeens:
    """Read and validate the guide (built-in, overlaid by the project's own, per section)."""
    context = {"placeholders": placeholders, "avatars": avatar_ids(project)}
    guide, source = load_layered(project, TEENS_DIR, TeensGuide, context)
    return LoadedTeens(guide, source)
