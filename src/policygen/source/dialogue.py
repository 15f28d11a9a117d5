"""The children's chat scripts (dialogues/*.yaml): cast, glossary and scenes, validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..errors import Location, Problem, UserError
from .load import own_or_builtin, problems_from, read_sources, yaml_files
from .model import Identifier, Localized, Strict, Text
from .yaml_tree import LocatedData

DIALOGUE_DIR = "dialogues"
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^{}]+))?\}")
GLOSSARY_LINK = re.compile(r"\[\[([a-z][a-z0-9_]*)\]\]")
Condition = Literal[
    "always",
    "third_parties",
    "entrustment",
    "overseas_transfers",
    "sharing",
    "children",
    "automatic_items",
    "optional_items",
    "kept_under_law",
    "automated_decisions",
    "portability",
]
Topic = Literal["what_is", "collection", "use", "sharing", "deletion", "rights", "goodbye"]


def avatar_ids() -> list[str]:
    folder = resources.files("policygen") / "avatars"
    return sorted(
        entry.name.removesuffix(".svg") for entry in folder.iterdir() if entry.name.endswith(".svg")
    )


def _avatar(value: str) -> str:
    if value not in avatar_ids():
        raise PydanticCustomError(
            "unknown_avatar",
            "unknown avatar '{value}'; choose one of {allowed}",
            {"value": value, "allowed": ", ".join(avatar_ids())},
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


PARTICLES = ("은", "는", "이", "가", "을", "를", "과", "와", "으로", "로")
ScriptText = Annotated[Text, AfterValidator(_script_text)]
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
    avatar: Annotated[Identifier, AfterValidator(_avatar)]
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


def dialogue_folder(project: Path) -> tuple[Path, Path]:
    """The project's own dialogues/, or policygen's built-in Ryan and Choonsik scripts."""
    return own_or_builtin(project, DIALOGUE_DIR)


def load_dialogue(project: Path, placeholders: set[str], item_ids: set[str]) -> LoadedDialogue:
    """Read and validate the chat scripts, reporting every problem with its file and line."""
    folder, root = dialogue_folder(project)
    files = yaml_files(
        folder,
        f"{DIALOGUE_DIR}/",
        "add the chat scripts as dialogues/*.yaml, "
        "or delete the empty dialogues/ folder to use the built-in ones",
    )
    source, problems = read_sources(root, files)
    if problems:
        raise UserError(problems)
    raw_cast = source.data.get("cast") if isinstance(source.data.get("cast"), dict) else {}
    raw_glossary = source.data.get("glossary")
    glossary = set(raw_glossary) if isinstance(raw_glossary, dict) else set()
    context = {
        "cast": set(raw_cast or {}),
        "placeholders": placeholders,
        "glossary": glossary | item_ids,
    }
    try:
        dialogue = Dialogue.model_validate(source.data, context=context)
    except ValidationError as error:
        raise UserError(problems_from(error, source, Dialogue, f"{DIALOGUE_DIR}/")) from None
    ids = [scene.id for scene in dialogue.scenes]
    duplicates = [
        Problem(
            source.locate(("scenes", index, "id")),
            f"scene id '{scene_id}' is used twice",
            "give each scene its own id",
        )
        for index, scene_id in enumerate(ids)
        if scene_id in ids[:index]
    ]
    if duplicates:
        raise UserError(duplicates)
    return LoadedDialogue(dialogue, source)


def line_location(loaded: LoadedDialogue, scene: int, line: int, locale: str) -> Location:
    return loaded.source.locate(("scenes", scene, "lines", line, "text", locale))
