"""The children's chat scripts (dialogues/*.yaml): cast, glossary and scenes, validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..errors import Location, Problem, UserError, display_path
from ..i18n.console import N_, Msg
from .fields import Identifier, Localized, Strict, Text
from .layers import layered_file, layered_names, read_layered
from .load import problems_from
from .svg_safety import svg_problem
from .yaml_tree import LocatedData

DIALOGUE_DIR = "dialogues"
AVATAR_DIR = "avatars"
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^{}]+))?\}")
GLOSSARY_LINK = re.compile(r"\[\[([a-z][a-z0-9_]*)\]\]")
Condition = Literal[
    "always",
    "third_parties",
    "entrustment",
    "overseas_transfers",
    "sharing",
    "children",
    "accounts",
    "login",
    "automatic_items",
    "optional_items",
    "kept_under_law",
    "kept_longer",
    "usual_retention",
    "mixed_retention",
    "automated_decisions",
    "portability",
    "third_parties_consent",
    "third_parties_other",
    "consent_purposes",
    "ads",
    "ads_children_excluded",
    "message_scanning",
    "eu_children",
    "cctv",
]
Topic = Literal["what_is", "collection", "use", "sharing", "deletion", "rights", "goodbye"]


def avatar_ids(project: Path) -> list[str]:
    """The drawings a character can have: policygen's and the project's dialogues/avatars/."""
    return layered_names(project, DIALOGUE_DIR, AVATAR_DIR, ".svg")


def avatar_file(project: Path, avatar: str) -> Path:
    """The SVG of one avatar, the project's own copy first."""
    found = layered_file(project, DIALOGUE_DIR, f"{AVATAR_DIR}/{avatar}.svg")
    assert found is not None, f"avatar {avatar} was validated"
    return found


def _avatar(value: str, info: ValidationInfo) -> str:
    allowed = (info.context or {}).get("avatars", [])
    if value not in allowed:
        raise PydanticCustomError(
            "unknown_avatar",
            "unknown avatar '{value}'; choose one of {allowed}",
            {"value": value, "allowed": ", ".join(allowed)},
        )
    return value


def _speaker(value: str, info: ValidationInfo) -> str:
    cast = (info.context or {}).get("cast")
    if cast is not None and value not in cast:
        raise PydanticCustomError(
            "unknown_speaker",
            "unknown speaker '{value}'; the cast is {allowed}",
            {"value": value, "allowed": ", ".join(cast)},
        )
    return value


def _script_text(value: str, info: ValidationInfo) -> str:
    """Placeholders, particles and glossary links must be ones policygen knows."""
    context = info.context or {}
    placeholders: set[str] = context.get("placeholders", set())
    glossary: set[str] = context.get("glossary", set())
    for match in PLACEHOLDER.finditer(value):
        name, particle = match.group(1), match.group(2)
        if placeholders and name not in placeholders:
            raise PydanticCustomError(
                "unknown_placeholder",
                "unknown placeholder {shown}",
                {"value": name, "shown": f"{{{name}}}", "allowed": sorted(placeholders)},
            )
        if particle is not None and particle not in PARTICLES:
            raise PydanticCustomError(
                "unknown_particle",
                "unknown particle '{value}' after {shown}",
                {"value": particle, "shown": f"{{{name}}}", "allowed": list(PARTICLES)},
            )
    for match in GLOSSARY_LINK.finditer(value):
        if glossary and match.group(1) not in glossary:
            raise PydanticCustomError(
                "unknown_glossary",
                "unknown glossary word [[{value}]]",
                {"value": match.group(1), "allowed": sorted(glossary)},
            )
    return value


PARTICLES = ("은", "는", "이", "가", "을", "를", "과", "와", "으로", "로", "에게")
ScriptText = Annotated[Text, AfterValidator(_script_text)]
AvatarId = Annotated[Identifier, AfterValidator(_avatar)]  # needs context["avatars"]
Speaker = Annotated[Identifier, AfterValidator(_speaker)]


class ScriptLocalized(Strict):
    """A line of the chat in both languages."""

    ko: ScriptText
    en: ScriptText

    def __call__(self, locale: str) -> str:
        return self.ko if locale == "ko" else self.en


class Character(Strict):
    """One of the two characters who talk."""

    name: Localized
    avatar: AvatarId
    side: Literal["left", "right"]


class GlossaryEntry(Strict):
    """A word a child may not know, and what it means."""

    word: Localized
    meaning: Localized


class Line(Strict):
    """One chat bubble."""

    speaker: Speaker
    text: ScriptLocalized
    when: Condition = "always"


class Scene(Strict):
    """A topic of the conversation, shown only when the business does that processing."""

    id: Identifier
    topic: Topic
    title: Localized
    when: Condition = "always"
    lines: list[Line] = Field(min_length=1)


class Dialogue(Strict):
    """The whole children's chat."""

    cast: dict[Identifier, Character] = Field(min_length=2, max_length=2)
    reader_voice: Speaker
    glossary: dict[Identifier, GlossaryEntry] = Field(default_factory=dict)
    scenes: list[Scene] = Field(min_length=1)

    @field_validator("cast")
    @classmethod
    def _two_sides(cls, cast: dict[str, Character]) -> dict[str, Character]:
        if {character.side for character in cast.values()} != {"left", "right"}:
            raise PydanticCustomError(
                "cast_sides", "one character must talk on the left and one on the right", {}
            )
        return cast


@dataclass
class LoadedDialogue:
    """A validated chat script and where its lines came from (for errors at render time)."""

    dialogue: Dialogue
    source: LocatedData


def load_dialogue(project: Path, placeholders: set[str], item_ids: set[str]) -> LoadedDialogue:
    """Read and validate the chat scripts (built-in, overlaid by the project's own, per entry)."""
    source, problems = read_layered(project, DIALOGUE_DIR)
    if problems:
        raise UserError(problems)
    raw_cast = source.data.get("cast") if isinstance(source.data.get("cast"), dict) else {}
    raw_glossary = source.data.get("glossary")
    glossary = set(raw_glossary) if isinstance(raw_glossary, dict) else set()
    context = {
        "cast": set(raw_cast or {}),
        "placeholders": placeholders,
        "glossary": glossary | item_ids,
        "avatars": avatar_ids(project),
    }
    try:
        dialogue = Dialogue.model_validate(source.data, context=context)
    except ValidationError as error:
        raise UserError(problems_from(error, source, Dialogue, f"{DIALOGUE_DIR}/")) from None
    drawings = [
        svg_problem(path.read_text(encoding="utf-8", errors="replace"), display_path(path, project))
        for path in {avatar_file(project, c.avatar) for c in dialogue.cast.values()}
        if path.is_relative_to(project / DIALOGUE_DIR)
    ]
    if any(drawings):
        raise UserError([problem for problem in drawings if problem])
    ids = [scene.id for scene in dialogue.scenes]
    duplicates = [
        Problem(
            source.locate(("scenes", index, "id")),
            Msg(N_("scene id '{scene}' is used twice"), scene=scene_id),
            Msg(N_("give each scene its own id")),
        )
        for index, scene_id in enumerate(ids)
        if scene_id in ids[:index]
    ]
    if duplicates:
        raise UserError(duplicates)
    return LoadedDialogue(dialogue, source)


def line_location(loaded: LoadedDialogue, scene: int, line: int, locale: str) -> Location:
    return loaded.source.locate(("scenes", scene, "lines", line, "text", locale))
