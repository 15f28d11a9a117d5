"""Facts about a policy that several rules ask: what is collected, for what, and of what kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..source.fields import Controller, Localized
from ..source.model import Policy, Processing
from ..source.vocabulary import Vocabulary
from .wording import MARKETING, matches

RRN = "resident_registration_number"
SENSITIVE = ("sensitive",)
UNIQUE = ("unique_identifier", RRN)
# Items that name or reach a person directly: never part of pseudonymised data (PIPA 28-2, 28-4).
DIRECT = ("direct_identifier", "unique_identifier", RRN)


def category(vocabulary: Vocabulary, item: str) -> str:
    """What the law makes of an item (see vocabulary/data_items.yaml); custom items may not say."""
    term = vocabulary.get("data_items", item)
    return str(term.extra.get("category", "" if term.custom else "general"))


def items_collected(policy: Policy) -> set[str]:
    return {item for entry in policy.processing for item in entry.all_items}


def entry_for(policy: Policy, purpose: str) -> Processing | None:
    return next((entry for entry in policy.processing if entry.purpose == purpose), None)


def is_marketing(vocabulary: Vocabulary, purpose: str) -> bool:
    """Advertising or sales promotion: built-in flag, or a custom purpose that reads like one."""
    term = vocabulary.get("purposes", purpose)
    if term.extra.get("marketing"):
        return True
    return term.custom and matches(MARKETING, term.ko, term.en)


def processed_items(policy: Policy) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every item named where it is processed, with the key path it is written at."""
    keys = ("required_items", "optional_items", "automatic_items")
    for index, entry in enumerate(policy.processing):
        for key in keys:
            for position, item in enumerate(getattr(entry, key)):
                yield ("processing", index, key, position), item


_CORPORATE = re.compile(
    r"주식회사|\(주\)|㈜|유한회사|co\.?,? ?ltd\.?|inc\.?|llc|corp(oration)?\.?|limited|gmbh|\W|_",
    re.IGNORECASE,
)


def _core(name: str) -> str:
    return _CORPORATE.sub("", name.lower())


def same_party(first: Localized, second: Localized) -> bool:
    """Whether two names are the same company, whatever the legal suffix or language."""
    for one in (first.ko, first.en):
        for other in (second.ko, second.en):
            a, b = _core(one), _core(other)
            if a and b and (a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))):
                return True
    return False


def months(years: int | None, month_count: int | None, days: int | None) -> float:
    """A period in months, to compare periods written in different units."""
    return (years or 0) * 12 + (month_count or 0) + (days or 0) / 30.4


_KOREAN_REGIONS = re.compile(
    r"서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주"
)


def controller_in_korea(controller: Controller) -> bool:
    """Whether the controller's address is in Korea (a Korean region, or 'Korea' in English)."""
    address = controller.address
    return bool(_KOREAN_REGIONS.search(address.ko)) or "korea" in address.en.lower()
