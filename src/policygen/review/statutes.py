"""Retention periods the built-in laws set (vocabulary/laws.yaml), and which one a record is under.

The table is a drafting aid: its periods and citations must be reviewed by counsel before real
use. A law without `periods` (or a custom law) is not checked.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..source.vocabulary import Vocabulary
from .engine import Bilingual
from .lookup import months
from .wording import keyword_hit


@dataclass(frozen=True)
class StatutoryPeriod:
    """One kind of record a law makes a business keep, and for how long."""

    kind: Bilingual
    months: float
    words: tuple[str, ...]
    purposes: tuple[str, ...]

    def describe(self, locale: str) -> str:
        whole_years = self.months / 12
        if whole_years == int(whole_years):
            amount = f"{int(whole_years)}년" if locale == "ko" else f"{int(whole_years)} years"
        else:
            amount = f"{self.months:g}개월" if locale == "ko" else f"{self.months:g} months"
        separator = " " if locale == "ko" else ": "
        return f"{self.kind(locale)}{separator}{amount}"


def _table_law(vocabulary: Vocabulary, law: str) -> str:
    """The law whose period table applies: a Decree's entry can point at its Act's."""
    return str(vocabulary.get("laws", law).extra.get("periods_of", law))


def periods(vocabulary: Vocabulary, law: str) -> list[StatutoryPeriod]:
    """The periods a law sets, most specific kinds first (as the vocabulary lists them)."""
    found = []
    for raw in vocabulary.get("laws", _table_law(vocabulary, law)).extra.get("periods", []):
        found.append(
            StatutoryPeriod(
                Bilingual(raw["kind"]["ko"], raw["kind"]["en"]),
                months(raw.get("years"), raw.get("months"), raw.get("days")),
                tuple(raw.get("match", ())),
                tuple(raw.get("purposes", ())),
            )
        )
    return found


def source_of(vocabulary: Vocabulary, law: str) -> Bilingual | None:
    raw = vocabulary.get("laws", _table_law(vocabulary, law)).extra.get("periods_source")
    return Bilingual(raw["ko"], raw["en"]) if raw else None


def kind_of(
    known: list[StatutoryPeriod], texts: tuple[str, ...], purpose: str | None = None
) -> StatutoryPeriod | None:
    """The kind of record a retention row is: by its purpose, else by the words in its name."""
    for period in known:
        if purpose and purpose in period.purposes:
            return period
    for period in known:
        if period.words and keyword_hit(list(period.words), *texts):
            return period
    return next((period for period in known if not period.words), None)
