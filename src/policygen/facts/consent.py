"""What a child agrees to at sign-up, from the processing facts, in a child's words."""

from __future__ import annotations

from dataclasses import dataclass

from ..source.model import Policy, Processing
from .chat import kid_retention
from .phrasing import Phrasing, capitalise_first, unique


@dataclass(frozen=True)
class Reason:
    """One purpose in child words, and the items it needs (or may have)."""

    why: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Word:
    """A data item a child may not know, and what it means (the chat's glossary wording)."""

    word: str
    meaning: str


@dataclass(frozen=True)
class ConsentExplainer:
    """The sign-up consent for children, in one language."""

    required: tuple[Reason, ...]
    optional: tuple[Reason, ...]
    automatic: tuple[str, ...]
    deletion: tuple[tuple[str, str], ...]  # (why, when it is deleted), per purpose
    kept_under_law: bool
    words: tuple[Word, ...]

    @property
    def texts(self) -> list[str]:
        """The sentences drawn from the source, for readability checks."""
        return [
            *(reason.why for reason in (*self.required, *self.optional)),
            *(when for _why, when in self.deletion),
            *(word.meaning for word in self.words),
        ]


def _why(entry: Processing, say: Phrasing) -> str:
    return capitalise_first(say.vocabulary.get("purposes", entry.purpose).kid(say.locale))


def consent_explainer(policy: Policy, say: Phrasing) -> ConsentExplainer:
    """Required and optional purposes with their items, automatic items, and when it all goes."""
    required_anywhere = {item for entry in policy.processing for item in entry.required_items}
    required = tuple(
        Reason(_why(entry, say), tuple(say.terms("data_items", entry.required_items)))
        for entry in policy.processing
        if entry.required_items
    )
    # Only what no other purpose needs anyway: saying no to it really leaves the child free.
    optional = tuple(
        Reason(_why(entry, say), tuple(say.terms("data_items", free)))
        for entry in policy.processing
        if (free := [item for item in entry.optional_items if item not in required_anywhere])
    )
    automatic_ids = unique(
        [
            *(item for entry in policy.processing for item in entry.automatic_items),
            *(policy.automatic_collection.items if policy.automatic_collection else []),
        ]
    )
    deletion = tuple(
        (_why(entry, say), capitalise_first(kid_retention(entry.retention, say)))
        for entry in policy.processing
    )
    shown = unique(
        [
            *(i for e in policy.processing for i in e.required_items),
            *(i for e in policy.processing for i in e.optional_items),
            *automatic_ids,
        ]
    )
    words = tuple(
        Word(say.term("data_items", item), term.kid(say.locale))
        for item in shown
        if (term := say.vocabulary.get("data_items", item)).kid(say.locale) != term.text(say.locale)
    )
    return ConsentExplainer(
        required,
        optional,
        tuple(say.terms("data_items", automatic_ids)),
        deletion,
        bool(policy.kept_under_law),
        words,
    )
