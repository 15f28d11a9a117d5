"""The senior guide filled from the policy: plain-word placeholders, same syntax as the chat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..errors import Problem, UserError
from ..i18n.josa import with_particle
from ..source.dialogue import PLACEHOLDER, ScriptLocalized
from ..source.guide import Chapter, LoadedGuide
from ..source.model import Policy
from .phrasing import Phrasing, unique

GUIDE_PLACEHOLDERS = frozenset(
    [
        "service",
        "company",
        "items",
        "purposes",
        "contact_name",
        "contact_phone",
        "contact_email",
        "officer_name",
        "officer_phone",
        "response_days",
    ]
)


def guide_values(policy: Policy, say: Phrasing) -> dict[str, str]:
    """Every guide placeholder's value in one language."""
    contact = policy.contact
    officer = policy.privacy_officer
    producers: dict[str, Callable[[], str]] = {
        "service": lambda: say.text(policy.controller.service),
        "company": lambda: say.text(policy.controller.name),
        "items": lambda: say.items(policy.items_processed),
        "purposes": lambda: say.listing(
            unique(say.term("purposes", entry.purpose) for entry in policy.processing)
        ),
        "contact_name": lambda: say.text(contact.department or contact.name),
        "contact_phone": lambda: contact.phone,
        "contact_email": lambda: contact.email,
        "officer_name": lambda: say.text(officer.name or officer.department),
        "officer_phone": lambda: officer.phone,
        "response_days": lambda: str(policy.rights.response_days),
    }
    return {name: produce() for name, produce in producers.items()}


def fill(text: ScriptLocalized, locale: str, values: dict[str, str]) -> str:
    """Replace {placeholders} (with an optional Korean particle) in one language."""

    def replace(match: object) -> str:
        name, particle = match.group(1), match.group(2)  # type: ignore[attr-defined]
        value = values[name]
        return with_particle(value, particle) if particle and locale == "ko" else value

    return PLACEHOLDER.sub(replace, text(locale))


@dataclass(frozen=True)
class GuideChapter:
    """A chapter ready to show in one language."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    warnings: tuple[str, ...]
    steps: tuple[str, ...]
    show: tuple[str, ...]


def guide_chapters(loaded: LoadedGuide, policy: Policy, say: Phrasing) -> list[GuideChapter]:
    """The guide in one language, or a UserError naming every empty placeholder."""
    values = guide_values(policy, say)
    problems = []
    chapters = []
    for index, chapter in enumerate(loaded.guide.chapters):
        for field in ("paragraphs", "warnings", "steps"):
            for position, text in enumerate(getattr(chapter, field)):
                for match in PLACEHOLDER.finditer(text(say.locale)):
                    if not values[match.group(1)]:
                        problems.append(
                            Problem(
                                loaded.source.locate(
                                    ("chapters", index, field, position, say.locale)
                                ),
                                f"{{{match.group(1)}}} prints nothing for this policy",
                                "remove it, or fill in the fact in policy/",
                            )
                        )
        chapters.append(_chapter(chapter, say.locale, values))
    if problems:
        raise UserError(problems)
    return chapters


def _chapter(chapter: Chapter, locale: str, values: dict[str, str]) -> GuideChapter:
    def texts(items: list[ScriptLocalized]) -> tuple[str, ...]:
        return tuple(fill(text, locale, values) for text in items)

    return GuideChapter(
        chapter.id,
        chapter.title(locale),
        texts(chapter.paragraphs),
        texts(chapter.warnings),
        texts(chapter.steps),
        tuple(chapter.show),
    )
