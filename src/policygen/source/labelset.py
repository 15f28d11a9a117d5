"""The label set (labels/): captions and articles per label, and each label's pictogram."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, RootModel, ValidationInfo
from pydantic_core import PydanticCustomError

from ..errors import Location, Problem, UserError, display_path
from ..i18n.console import N_, Msg
from .fields import Identifier, Localized, Strict
from .layers import BUILTIN_PREFIX, layered_file, load_layered
from .svg_safety import svg_problem

LABELS_DIR = "labels"
PICTOGRAM_DIR = "pictograms"
KIT_README = "KIT-README.txt"


def _article(value: str, info: ValidationInfo) -> str:
    """A label stands for an article of the policy: one policygen writes, or it never shows."""
    known: tuple[str, ...] = (info.context or {}).get("articles", ())
    if known and value not in known:
        raise PydanticCustomError(
            "unknown_article",
            "unknown article '{value}'; choose one of {allowed}",
            {"value": value, "allowed": ", ".join(known)},
        )
    return value


class LabelEntry(Strict):
    """One label of the set as labels/labels.yaml describes it."""

    caption: Localized
    article: Annotated[str, AfterValidator(_article)]
    standard: bool = False
    # A project's own label says what it summarises; policygen writes the others' summaries.
    summary: Localized | None = None


class LabelFile(RootModel[dict[Identifier, LabelEntry]]):
    """labels/*.yaml: label id → caption, article and whether it is one of the standard six."""


@dataclass(frozen=True)
class LabelSpec:
    """A label of the set: its id (also its file name), caption and the article it stands for."""

    id: str
    caption: Localized
    article: str
    standard: bool
    summary: Localized | None = None  # the editor's, for a label policygen cannot summarise


@dataclass(frozen=True)
class LabelSet:
    """Every label a project can show, standard six first, with the drawing of each."""

    specs: tuple[LabelSpec, ...]
    pictograms: dict[str, str]  # label id → SVG master (64 × 64, strokes in currentColor)
    kit_readme: bytes

    def pictogram(self, label_id: str) -> str:
        return self.pictograms[label_id]


def load_label_set(project: Path, articles: tuple[str, ...] = ()) -> LabelSet:
    """The built-in label set, overlaid label by label and drawing by drawing with the project's.

    `articles` are the ids a label may stand for (the policy's articles), checked when given.
    """
    entries, source = load_layered(project, LABELS_DIR, LabelFile, {"articles": articles})
    specs = [
        LabelSpec(label_id, entry.caption, entry.article, entry.standard, entry.summary)
        for label_id, entry in entries.root.items()
    ]
    problems: list[Problem] = []
    pictograms: dict[str, str] = {}
    for spec in specs:
        relative = f"{PICTOGRAM_DIR}/{spec.id}.svg"
        path = layered_file(project, LABELS_DIR, relative)
        if path is None:
            problems.append(
                Problem(
                    source.locate((spec.id,), key=True),
                    Msg(N_("label '{label}' has no drawing"), label=spec.id),
                    Msg(
                        N_("add {path} (an SVG of 64 × 64 units)"),
                        path=f"{LABELS_DIR}/{relative}",
                    ),
                )
            )
            continue
        own = path.is_relative_to(project / LABELS_DIR)
        shown = display_path(path, project) if own else f"{BUILTIN_PREFIX}{LABELS_DIR}/{relative}"
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            problems.append(
                Problem(
                    Location(shown),
                    Msg(N_("the drawing is not UTF-8")),
                    Msg(N_("save it as UTF-8")),
                )
            )
            continue
        problem = svg_problem(text, shown) if own else None
        if problem:
            problems.append(problem)
        pictograms[spec.id] = text
    if problems:
        raise UserError(problems)
    readme = layered_file(project, LABELS_DIR, KIT_README)
    assert readme is not None, "the built-in label set ships its read-me"
    return LabelSet(
        tuple(sorted(specs, key=lambda spec: not spec.standard)), pictograms, readme.read_bytes()
    )
