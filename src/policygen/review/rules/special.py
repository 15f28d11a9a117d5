"""Sensitive information, unique identifiers, resident registration numbers and location.

Statute citations here must be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

from ...source.model import ItemCategory, SpecialCategory
from ..engine import Bilingual, Hit, ReviewContext, rule
from ..lookup import RRN, SENSITIVE, UNIQUE, category, processed_items
from ..wording import keyword_hit

CATEGORIES = ", ".join(get_args(ItemCategory))


@rule(
    "custom-item-category-missing",
    "error",
    message=(
        "직접 정의한 항목 '{item}'에 종류(category)가 없습니다. 다음 중 하나를 적으세요: {choices}.",
        "The custom item '{item}' has no category. Add one of: {choices}.",
    ),
    why=(
        "민감정보나 고유식별정보는 별도 동의나 법령 근거가 있어야 합니다. 종류를 알아야 policygen이 이를 검토할 수 있습니다.",
        "Sensitive data and unique identifiers need separate consent or a law; policygen can only "
        "check that when it knows what the item is.",
    ),
    citation=(
        "「개인정보 보호법」 제23조, 제24조, 제24조의2, 같은 법 시행령 제18조, 제19조",
        "PIPA arts. 23, 24 and 24-2; Enforcement Decree arts. 18 and 19",
    ),
)
def custom_category_missing(context: ReviewContext) -> Iterator[Hit]:
    for item_id, term in context.vocabulary.terms.get("data_items", {}).items():
        if term.custom and not term.extra.get("category"):
            yield Hit(
                ("terms", "data_items", item_id),
                {"item": context.term("data_items", item_id), "choices": CATEGORIES},
            )


# Words that give away a sensitive item or a unique identifier whatever category it declares.
_LOOKS_SENSITIVE = [
    "지문",
    "홍채",
    "얼굴",
    "안면",
    "정맥",
    "생체",
    "건강",
    "질병",
    "병력",
    "진료",
    "장애",
    "유전",
    "범죄",
    "전과",
    "종교",
    "신념",
    "사상",
    "정당",
    "노동조합",
    "성생활",
    "성적 지향",
    "인종",
    "민족",
    "fingerprint",
    "iris",
    "facial",
    "face",
    "biometric",
    "health",
    "medical",
    "disabilit",
    "genetic",
    "criminal",
    "religio",
    "belief",
    "political",
    "trade union",
    "sex life",
    "sexual orientation",
    "racial",
    "ethnic",
]
_LOOKS_UNIQUE = [
    "주민등록",
    "주민번호",
    "여권",
    "운전면허",
    "외국인등록",
    "resident registration",
    "passport",
    "driver",
    "driving licen",
    "alien registration",
]


@rule(
    "custom-item-category-mismatch",
    "warning",
    message=(
        "항목 '{item}'{item:은} 이름으로 보아 {expected}인데 종류가 '{declared}'{declared:으로} 되어 있습니다.",
        "The item '{item}' reads like {expected} but its category is '{declared}'.",
    ),
    why=(
        "이름과 종류가 맞지 않으면 민감정보나 고유식별정보가 일반 항목처럼 공개됩니다.",
        "A mismatched category publishes sensitive data or identifiers as ordinary items.",
    ),
    citation=(
        "「개인정보 보호법」 제23조, 제24조, 같은 법 시행령 제18조, 제19조",
        "PIPA arts. 23 and 24; Enforcement Decree arts. 18 and 19",
    ),
)
def custom_category_mismatch(context: ReviewContext) -> Iterator[Hit]:
    for item_id, term in context.vocabulary.terms.get("data_items", {}).items():
        declared = str(term.extra.get("category", ""))
        if not term.custom or not declared:
            continue
        if keyword_hit(_LOOKS_UNIQUE, term.ko, term.en) and declared not in UNIQUE:
            expected = ("고유식별정보", "a unique identifier")
        elif keyword_hit(_LOOKS_SENSITIVE, term.ko, term.en) and declared not in SENSITIVE:
            expected = ("민감정보", "sensitive information")
        else:
            continue
        yield Hit(
            ("terms", "data_items", item_id, "category"),
            {
                "item": context.term("data_items", item_id),
                "expected": Bilingual(*expected),
                "declared": declared,
            },
        )


def _undeclared(
    context: ReviewContext, kinds: tuple[str, ...], declared: list[SpecialCategory]
) -> Iterator[Hit]:
    covered = {item for entry in declared for item in entry.items}
    for path, item in processed_items(context.policy):
        if category(context.vocabulary, item) in kinds and item not in covered:
            yield Hit(path, {"item": context.term("data_items", item)})


@rule(
    "sensitive-items-undeclared",
    "error",
    message=(
        "민감정보 '{item}'{item:을} 처리하지만 sensitive_information에 밝히지 않았습니다.",
        "The sensitive item '{item}' is processed but not declared under sensitive_information.",
    ),
    why=(
        "민감정보는 별도 동의나 법령 근거가 있어야 하고, 처리방침에 따로 밝혀야 합니다.",
        "Sensitive information needs separate consent or a law, and its own disclosure.",
    ),
    citation=(
        "「개인정보 보호법」 제23조제1항, 같은 법 시행령 제18조",
        "PIPA art. 23(1); Enforcement Decree art. 18",
    ),
)
def sensitive_undeclared(context: ReviewContext) -> Iterator[Hit]:
    yield from _undeclared(context, SENSITIVE, context.policy.sensitive_information)


@rule(
    "unique-identifiers-undeclared",
    "error",
    message=(
        "고유식별정보 '{item}'{item:을} 처리하지만 unique_identifiers에 밝히지 않았습니다.",
        "The unique identifier '{item}' is processed but not declared under unique_identifiers.",
    ),
    why=(
        "고유식별정보(주민등록번호, 여권번호, 운전면허번호, 외국인등록번호)는 별도 동의나 법령 근거가 있어야 합니다.",
        "Unique identifiers (resident registration, passport, driver's licence and alien "
        "registration numbers) need separate consent or a law.",
    ),
    citation=(
        "「개인정보 보호법」 제24조제1항, 같은 법 시행령 제19조",
        "PIPA art. 24(1); Enforcement Decree art. 19",
    ),
)
def unique_undeclared(context: ReviewContext) -> Iterator[Hit]:
    yield from _undeclared(context, UNIQUE, context.policy.unique_identifiers)


@rule(
    "special-category-ground-missing",
    "error",
    message=(
        "'{items}'의 처리 근거가 별도 동의인지 법령인지 정해지지 않았습니다. separate_consent: true를 쓰거나 law와 article로 법령을 적으세요.",
        "The ground for '{items}' is neither separate consent nor a named law. Write "
        "separate_consent: true, or name the law with law and article.",
    ),
    why=(
        "민감정보와 고유식별정보는 다른 동의와 구분한 별도 동의나 법령 근거로만 처리할 수 있습니다. 약관 동의나 계약으로는 안 됩니다.",
        "Sensitive data and unique identifiers need consent given apart from other consents, or a "
        "law; agreeing to terms or a contract is not enough.",
    ),
    citation=(
        "「개인정보 보호법」 제23조제1항, 제24조제1항",
        "PIPA arts. 23(1) and 24(1)",
    ),
)
def special_ground(context: ReviewContext) -> Iterator[Hit]:
    for section in ("sensitive_information", "unique_identifiers"):
        for index, entry in enumerate(getattr(context.policy, section)):
            if not entry.separate_consent and not (entry.law and entry.article):
                items = [context.term("data_items", item) for item in entry.items]
                yield Hit((section, index, "ground"), {"items": items})


@rule(
    "special-category-on-contract",
    "error",
    message=(
        "'{purpose}'{purpose:은} 민감정보나 고유식별정보 '{item}'{item:을} '{basis}'{basis:으로} 처리합니다. 근거를 동의나 법령상 의무로 바꾸세요.",
        "'{purpose}' processes the sensitive item or identifier '{item}' on '{basis}'. "
        "Base it on consent or a legal obligation.",
    ),
    why=(
        "계약 이행이나 정당한 이익은 민감정보·고유식별정보의 처리 근거가 되지 않습니다.",
        "A contract or legitimate interests are no ground for sensitive data or identifiers.",
    ),
    citation=(
        "「개인정보 보호법」 제23조제1항, 제24조제1항",
        "PIPA arts. 23(1) and 24(1)",
    ),
)
def special_on_contract(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.legal_basis in ("consent", "legal_obligation"):
            continue
        for item in entry.all_items:
            if category(context.vocabulary, item) in (*SENSITIVE, *UNIQUE):
                yield Hit(
                    ("processing", index, "legal_basis"),
                    {
                        "purpose": context.term("purposes", entry.purpose),
                        "item": context.term("data_items", item),
                        "basis": context.term("legal_bases", entry.legal_basis),
                    },
                )
                break


@rule(
    "rrn-without-statute",
    "error",
    message=(
        "주민등록번호를 처리하지만 이를 요구하거나 허용하는 법령이 없습니다. 근거 법률·시행령의 조문을 unique_identifiers의 law와 article에 적거나, 주민등록번호를 받지 마세요.",
        "Resident registration numbers are processed with no statute that requires or permits it. "
        "Name the provision under unique_identifiers (law, article), or stop collecting them.",
    ),
    why=(
        "주민등록번호는 동의가 있어도 처리할 수 없습니다. 법률·대통령령 등이 구체적으로 요구하거나 허용할 때만 처리할 수 있고, 가입할 때 다른 방법도 제공해야 합니다.",
        "Consent never allows resident registration numbers: only a statute that specifically "
        "requires or permits them, and sign-up must offer another way.",
    ),
    citation=(
        "「개인정보 보호법」 제24조의2제1항, 제2항, 제3항",
        "PIPA art. 24-2(1) to (3)",
    ),
)
def rrn_without_statute(context: ReviewContext) -> Iterator[Hit]:
    entries = context.policy.unique_identifiers
    rrn_items = {
        item
        for _, item in processed_items(context.policy)
        if category(context.vocabulary, item) == RRN
    }
    rrn_items |= {
        item
        for entry in entries
        for item in entry.items
        if category(context.vocabulary, item) == RRN
    }
    for item in sorted(rrn_items):
        covering = [i for i, entry in enumerate(entries) if item in entry.items]
        named = [i for i in covering if entries[i].law and entries[i].article]
        if named:
            continue
        if covering:
            yield Hit(("unique_identifiers", covering[0], "ground"))
        else:
            path = next(path for path, found in processed_items(context.policy) if found == item)
            yield Hit(path)


@rule(
    "location-without-consent",
    "warning",
    message=(
        "'{purpose}'{purpose:이} 위치정보 '{item}'{item:을} '{basis}'{basis:으로} 처리합니다. 개인위치정보는 동의를 받아야 합니다.",
        "'{purpose}' processes the location item '{item}' on '{basis}'. Personal location data "
        "needs consent.",
    ),
    why=(
        "직접 위치정보를 수집하거나 위치기반서비스를 제공하면 「위치정보의 보호 및 이용 등에 관한 법률」에 따라 동의와 신고가 필요합니다. 해당 여부를 확인하세요.",
        "Collecting location yourself or running a location-based service needs consent and "
        "registration under the Location Information Act; check whether that applies to you.",
    ),
    citation=(
        "「위치정보의 보호 및 이용 등에 관한 법률」 제18조, 제19조",
        "Act on the Protection, Use, etc. of Location Information arts. 18 and 19",
    ),
)
def location_without_consent(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.legal_basis == "consent":
            continue
        for item in entry.all_items:
            if category(context.vocabulary, item) == "location":
                yield Hit(
                    ("processing", index, "legal_basis"),
                    {
                        "purpose": context.term("purposes", entry.purpose),
                        "item": context.term("data_items", item),
                        "basis": context.term("legal_bases", entry.legal_basis),
                    },
                )
                break


RULES = (
    custom_category_missing,
    custom_category_mismatch,
    sensitive_undeclared,
    unique_undeclared,
    special_ground,
    special_on_contract,
    rrn_without_statute,
    location_without_consent,
)
