"""The review rules of `policygen check`: what a regulator or reader would mark down.

Each rule is a small function over the validated policy that yields findings (where, and the
values for its message); its id, severity, bilingual message, why it matters and the legal
provision are data beside it. `policygen check --rules` lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ..source.model import Localized, Policy
from ..source.vocabulary import Vocabulary
from .readability import ENGLISH_GRADE_TARGET, KOREAN_AVERAGE_TARGET, KOREAN_LONGEST_TARGET

Severity = Literal["error", "warning", "note"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "note": 2}
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Hit:
    """One place a rule fires, and the values its message needs."""

    path: Path
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewContext:
    """What rules may look at besides the policy."""

    policy: Policy
    vocabulary: Vocabulary
    kids_grade: float = 0.0
    kids_korean_average: float = 0.0
    kids_korean_longest: int = 0
    senior_korean_longest: int = 0  # Hangul syllables in the longest sentence
    senior_english_longest: int = 0  # words in the longest sentence


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    message: Localized
    why: Localized
    citation: Localized
    check: Callable[[ReviewContext], Iterator[Hit]]


RULES: list[Rule] = []


def rule(
    rule_id: str,
    severity: Severity,
    *,
    message: tuple[str, str],
    why: tuple[str, str],
    citation: tuple[str, str],
) -> Callable[[Callable[[ReviewContext], Iterator[Hit]]], Callable[[ReviewContext], Iterator[Hit]]]:
    """Register a rule; message, why and citation are (Korean, English)."""

    def register(
        check: Callable[[ReviewContext], Iterator[Hit]],
    ) -> Callable[[ReviewContext], Iterator[Hit]]:
        RULES.append(
            Rule(
                rule_id,
                severity,
                Localized(ko=message[0], en=message[1]),
                Localized(ko=why[0], en=why[1]),
                Localized(ko=citation[0], en=citation[1]),
                check,
            )
        )
        return check

    return register


_VAGUE_ENDING = re.compile(r"(등|등등|기타|etc\.?|and so on|and more)\s*[.)]?\s*$", re.IGNORECASE)
_OPEN_RETENTION = re.compile(
    r"필요한 기간|불필요하게 될 때|no longer needed|as long as necessary", re.IGNORECASE
)
_KEPT_AFTER_END = {
    "account_deletion",
    "contract_end",
    "transaction",
    "purpose_achieved",
    "delivery_complete",
    "consent_withdrawal",
}


def _term(context: ReviewContext, kind: str, term_id: str) -> Localized:
    term = context.vocabulary.get(kind, term_id)
    return Localized(ko=term.ko, en=term.en)


def _items_collected(policy: Policy) -> set[str]:
    return {item for entry in policy.processing for item in entry.all_items}


def _label(context: ReviewContext, item: str) -> str:
    return str(context.vocabulary.get("data_items", item).extra.get("label", ""))


# ---- purposes and items -------------------------------------------------------------------


@rule(
    "purpose-vague",
    "warning",
    message=(
        "처리 목적 '{text}'이(가) '등'이나 '기타'로 끝나 구체적이지 않습니다.",
        "The purpose '{text}' ends in 'etc.' and is not specific.",
    ),
    why=(
        "평가에서 모호한 목적은 감점됩니다. 실제로 하는 일을 모두 적으세요.",
        "Regulators mark down vague purposes; list what you actually do.",
    ),
    citation=(
        "「개인정보 보호법」 제30조제1항제1호, 개인정보 처리방침 작성지침",
        "PIPA art. 30(1)1; PIPC drafting guideline",
    ),
)
def _purpose_vague(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        term = context.vocabulary.get("purposes", entry.purpose)
        texts = [
            (("processing", index, "purpose"), term.ko),
            (("processing", index, "purpose"), term.en),
        ]
        if entry.details:
            texts += [
                (("processing", index, "details", "ko"), entry.details.ko),
                (("processing", index, "details", "en"), entry.details.en),
            ]
        for path, text in texts:
            if _VAGUE_ENDING.search(text.strip()):
                yield Hit(path, {"text": text.strip()})
                break


@rule(
    "items-vague",
    "warning",
    message=(
        "항목 '{text}'이(가) '등'으로 끝나 무엇을 받는지 알 수 없습니다.",
        "The item '{text}' ends in 'etc.'; readers cannot tell what you collect.",
    ),
    why=(
        "처리하는 항목은 빠짐없이 구체적으로 적어야 합니다.",
        "Every item processed must be named specifically.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제2호", "PIPA art. 30(1)2"),
)
def _items_vague(context: ReviewContext) -> Iterator[Hit]:
    for item_id, term in context.vocabulary.terms.get("data_items", {}).items():
        if term.custom and (_VAGUE_ENDING.search(term.ko) or _VAGUE_ENDING.search(term.en)):
            yield Hit(("terms", "data_items", item_id), {"text": Localized(ko=term.ko, en=term.en)})


@rule(
    "optional-items-without-consent",
    "warning",
    message=(
        "'{purpose}'의 선택 항목이 동의가 아닌 '{basis}'에 근거합니다.",
        "Optional items for '{purpose}' rest on '{basis}', not on consent.",
    ),
    why=(
        "선택 항목은 정보주체가 거부할 수 있어야 하므로 보통 별도 동의를 받습니다.",
        "Items a person may refuse are normally processed with their consent.",
    ),
    citation=("「개인정보 보호법」 제16조제3항, 제22조", "PIPA arts. 16(3) and 22"),
)
def _optional_without_consent(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.optional_items and entry.legal_basis not in ("consent",):
            yield Hit(
                ("processing", index, "optional_items"),
                {
                    "purpose": _term(context, "purposes", entry.purpose),
                    "basis": _term(context, "legal_bases", entry.legal_basis),
                },
            )


@rule(
    "marketing-without-consent",
    "error",
    message=(
        "광고·마케팅 목적 '{purpose}'이(가) 동의 없이 처리됩니다.",
        "The marketing purpose '{purpose}' is processed without consent.",
    ),
    why=(
        "광고성 정보 전송과 맞춤형 광고에는 정보주체의 동의가 필요합니다.",
        "Sending advertising and targeting ads needs the person's consent.",
    ),
    citation=(
        "「개인정보 보호법」 제22조, 「정보통신망법」 제50조",
        "PIPA art. 22; Information Network Act art. 50",
    ),
)
def _marketing_without_consent(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if (
            entry.purpose in ("marketing", "personalised_advertising")
            and entry.legal_basis != "consent"
        ):
            yield Hit(
                ("processing", index, "legal_basis"),
                {"purpose": _term(context, "purposes", entry.purpose)},
            )


@rule(
    "shared-item-not-collected",
    "warning",
    message=(
        "'{who}'에 넘기는 항목 '{item}'을(를) 수집하는 목적이 없습니다.",
        "'{item}', given to '{who}', is not collected for any stated purpose.",
    ),
    why=(
        "제공·위탁·이전하는 항목은 처리 목적과 항목에서 먼저 밝혀야 합니다.",
        "Anything you pass on must first appear among the items you collect, with a purpose.",
    ),
    citation=("「개인정보 보호법」 제17조, 제26조, 제28조의8", "PIPA arts. 17, 26 and 28-8"),
)
def _shared_not_collected(context: ReviewContext) -> Iterator[Hit]:
    collected = _items_collected(context.policy)
    if context.policy.children:
        collected |= set(context.policy.children.guardian_items)
    groups = [
        ("third_parties", "recipient", context.policy.third_parties),
        ("entrustment", "vendor", context.policy.entrustment),
        ("overseas_transfers", "recipient", context.policy.overseas_transfers),
    ]
    for section, name_field, entries in groups:
        for index, entry in enumerate(entries):
            for position, item in enumerate(entry.items):
                if item not in collected:
                    yield Hit(
                        (section, index, "items", position),
                        {"item": item, "who": getattr(entry, name_field)},
                    )


# ---- retention ----------------------------------------------------------------------------


@rule(
    "retention-open-ended",
    "warning",
    message=(
        "보유 기간 '{text}'이(가) 언제까지인지 알 수 없습니다.",
        "The retention period '{text}' does not say when it ends.",
    ),
    why=(
        "'필요한 기간 동안'처럼 끝이 없는 기간은 적정성 평가에서 감점됩니다.",
        "Open-ended periods such as 'as long as necessary' are marked down.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제3호", "PIPA art. 30(1)3"),
)
def _retention_open(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        note = entry.retention.note
        for text in [note.ko, note.en] if note else []:
            if _OPEN_RETENTION.search(text):
                yield Hit(("processing", index, "retention", "note"), {"text": text})
                break


@rule(
    "kept-after-end-without-law",
    "warning",
    message=(
        "'{purpose}' 정보를 관계가 끝난 뒤에도 {period} 보관하지만 근거 법령이 없습니다.",
        "'{purpose}' data is kept {period} after the relationship ends, with no law cited.",
    ),
    why=(
        "목적을 달성한 정보는 지체 없이 파기해야 하며, 더 보관하려면 법령 근거를 적어야 합니다.",
        "Data must be destroyed once its purpose is met; keeping it longer needs a law.",
    ),
    citation=("「개인정보 보호법」 제21조제1항", "PIPA art. 21(1)"),
)
def _kept_after_end(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        retention = entry.retention
        long = (retention.years or 0) >= 1 or (retention.months or 0) > 6
        if retention.after in _KEPT_AFTER_END and long and not retention.law:
            period = f"{retention.years or 0}y {retention.months or 0}m"
            yield Hit(
                ("processing", index, "retention"),
                {"purpose": _term(context, "purposes", entry.purpose), "period": period},
            )


@rule(
    "retention-until-purpose",
    "note",
    message=(
        "'{purpose}'의 보유 기간이 '처리 목적 달성 시까지'입니다.",
        "'{purpose}' is kept 'until the purpose is achieved'.",
    ),
    why=(
        "읽는 사람이 실제 기간을 알 수 있도록 구체적인 시점이나 기간을 적으면 더 좋습니다.",
        "A concrete event or period tells readers more.",
    ),
    citation=("개인정보 처리방침 작성지침", "PIPC drafting guideline"),
)
def _until_purpose(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.retention.until == "purpose_achieved":
            yield Hit(
                ("processing", index, "retention", "until"),
                {"purpose": _term(context, "purposes", entry.purpose)},
            )


@rule(
    "recipient-retention-vague",
    "warning",
    message=(
        "'{who}'의 보유 기간이 '처리 목적 달성 시까지'로 되어 있습니다.",
        "'{who}' keeps data 'until the purpose is achieved'.",
    ),
    why=(
        "제3자가 언제까지 보관하는지 구체적으로 알려야 합니다.",
        "Say concretely how long the recipient keeps the data.",
    ),
    citation=("「개인정보 보호법」 제17조제2항제4호", "PIPA art. 17(2)4"),
)
def _recipient_retention(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.retention.until == "purpose_achieved":
            yield Hit(("third_parties", index, "retention"), {"who": party.recipient})


# ---- sharing and transfers ----------------------------------------------------------------


@rule(
    "vendor-abroad-without-transfer",
    "error",
    message=(
        "수탁자 '{who}'이(가) {country}에 있지만 국외 이전 내용이 없습니다.",
        "The vendor '{who}' is in {country}, but no transfer abroad is declared.",
    ),
    why=(
        "국외에서 처리·보관하면 이전받는 자, 국가, 항목, 시기·방법, 거부 방법을 모두 알려야 합니다.",
        "Processing abroad must be disclosed with recipient, country, items, timing, and how to "
        "refuse.",
    ),
    citation=("「개인정보 보호법」 제28조의8", "PIPA art. 28-8"),
)
def _vendor_abroad(context: ReviewContext) -> Iterator[Hit]:
    countries = {transfer.country for transfer in context.policy.overseas_transfers}
    for index, vendor in enumerate(context.policy.entrustment):
        if vendor.country != "KR" and vendor.country not in countries:
            yield Hit(
                ("entrustment", index, "country"),
                {"who": vendor.vendor, "country": vendor.country},
            )


@rule(
    "transfer-basis-not-disclosed",
    "warning",
    message=(
        "'{who}'에 대한 국외 이전이 '처리방침 공개'를 근거로 하지만 위탁 목록에 없습니다.",
        "The transfer to '{who}' relies on disclosure as entrustment, but '{who}' is not "
        "listed as a vendor.",
    ),
    why=(
        "동의 없이 국외 이전하려면 그 처리위탁·보관을 처리방침에 공개해야 합니다.",
        "A transfer without consent needs the entrustment or storage disclosed in the policy.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항제3호", "PIPA art. 28-8(1)3"),
)
def _transfer_basis(context: ReviewContext) -> Iterator[Hit]:
    vendors = {vendor.vendor.en.lower() for vendor in context.policy.entrustment}
    for index, transfer in enumerate(context.policy.overseas_transfers):
        if transfer.basis == "contract_disclosed" and transfer.recipient.en.lower() not in vendors:
            yield Hit(("overseas_transfers", index, "basis"), {"who": transfer.recipient})


@rule(
    "third-party-unusual-basis",
    "warning",
    message=(
        "'{who}'에 대한 제3자 제공 근거가 '{basis}'입니다.",
        "Provision to '{who}' rests on '{basis}'.",
    ),
    why=(
        "제3자 제공은 대부분 별도 동의나 법률의 특별한 규정이 있어야 합니다. 근거를 다시 확인하세요.",
        "Provision to third parties almost always needs consent or a specific law; check it.",
    ),
    citation=("「개인정보 보호법」 제17조제1항", "PIPA art. 17(1)"),
)
def _third_party_basis(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.legal_basis not in ("consent", "legal_obligation"):
            yield Hit(
                ("third_parties", index, "legal_basis"),
                {
                    "who": party.recipient,
                    "basis": _term(context, "legal_bases", party.legal_basis),
                },
            )


# ---- special categories, devices, children, decisions -------------------------------------


@rule(
    "sensitive-items-undeclared",
    "error",
    message=(
        "민감정보 '{item}'을(를) 수집하지만 민감정보 처리 내용이 없습니다.",
        "The sensitive item '{item}' is collected, but sensitive information is not declared.",
    ),
    why=(
        "민감정보는 별도 동의나 법령 근거가 있어야 하고, 처리방침에 따로 밝혀야 합니다.",
        "Sensitive information needs separate consent or a law, and its own disclosure.",
    ),
    citation=("「개인정보 보호법」 제23조", "PIPA art. 23"),
)
def _sensitive(context: ReviewContext) -> Iterator[Hit]:
    declared = {item for entry in context.policy.sensitive_information for item in entry.items}
    for index, entry in enumerate(context.policy.processing):
        for item in entry.all_items:
            if _label(context, item) == "sensitive" and item not in declared:
                yield Hit(("processing", index), {"item": item})


@rule(
    "unique-identifiers-undeclared",
    "error",
    message=(
        "고유식별정보 '{item}'을(를) 수집하지만 고유식별정보 처리 내용이 없습니다.",
        "The unique identifier '{item}' is collected, but unique identifiers are not declared.",
    ),
    why=(
        "고유식별정보, 특히 주민등록번호는 법령 근거가 있을 때만 처리할 수 있습니다.",
        "Unique identifiers, above all resident registration numbers, need a legal basis.",
    ),
    citation=("「개인정보 보호법」 제24조, 제24조의2", "PIPA arts. 24 and 24-2"),
)
def _unique(context: ReviewContext) -> Iterator[Hit]:
    declared = {item for entry in context.policy.unique_identifiers for item in entry.items}
    for index, entry in enumerate(context.policy.processing):
        for item in entry.all_items:
            if _label(context, item) == "unique_identifiers" and item not in declared:
                yield Hit(("processing", index), {"item": item})


@rule(
    "automatic-items-without-article",
    "warning",
    message=(
        "자동 수집 항목 '{item}'이(가) 있지만 자동 수집 장치와 거부 방법을 밝히지 않았습니다.",
        "'{item}' is collected automatically, but cookies and how to refuse them are not declared.",
    ),
    why=(
        "쿠키 등 자동 수집 장치를 쓰면 설치·운영과 거부 방법을 알려야 합니다.",
        "Using cookies or similar devices must come with how to refuse them.",
    ),
    citation=("「개인정보 보호법 시행령」 제31조제1항", "PIPA Enforcement Decree art. 31(1)"),
)
def _automatic_without_article(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.automatic_collection is not None:
        return
    for index, entry in enumerate(context.policy.processing):
        for item in entry.all_items:
            if item in ("cookie", "advertising_id"):
                yield Hit(("processing", index), {"item": item})
                return


@rule(
    "cookies-without-refusal",
    "error",
    message=(
        "쿠키를 수집한다고 했지만 거부 방법 안내가 꺼져 있습니다.",
        "Cookies are collected, but the instructions for refusing them are switched off.",
    ),
    why=(
        "정보주체가 자동 수집 장치를 거부할 수 있는 방법을 알려야 합니다.",
        "People must be told how to refuse automatic collection.",
    ),
    citation=("「개인정보 보호법 시행령」 제31조제1항", "PIPA Enforcement Decree art. 31(1)"),
)
def _cookies_refusal(context: ReviewContext) -> Iterator[Hit]:
    auto = context.policy.automatic_collection
    if auto and "cookie" in auto.items and not auto.web_cookies:
        yield Hit(("automatic_collection", "web_cookies"))
    if auto and "advertising_id" in auto.items and not auto.advertising_id:
        yield Hit(("automatic_collection", "advertising_id"))


@rule(
    "guardian-items-not-processed",
    "warning",
    message=(
        "법정대리인 동의에 쓰는 항목 '{item}'이(가) 처리 목적과 항목에 없습니다.",
        "'{item}', used for a parent's or guardian's consent, is not listed among the items "
        "processed.",
    ),
    why=(
        "법정대리인의 정보도 어떤 목적으로 얼마나 보관하는지 밝혀야 합니다.",
        "A guardian's data also needs a purpose and a retention period.",
    ),
    citation=("「개인정보 보호법」 제22조의2", "PIPA art. 22-2"),
)
def _guardian_items(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.children is None:
        return
    collected = _items_collected(context.policy)
    for position, item in enumerate(context.policy.children.guardian_items):
        if item not in collected:
            yield Hit(("children", "guardian_items", position), {"item": item})


@rule(
    "decision-items-not-collected",
    "warning",
    message=(
        "자동화된 결정 '{name}'에 쓰는 항목 '{item}'을(를) 수집하는 목적이 없습니다.",
        "The automated decision '{name}' uses '{item}', which no stated purpose collects.",
    ),
    why=(
        "자동화된 결정에 쓰는 정보도 처리 목적과 항목에서 밝혀야 합니다.",
        "Data used in automated decisions must appear among the items processed.",
    ),
    citation=("「개인정보 보호법」 제37조의2", "PIPA art. 37-2"),
)
def _decision_items(context: ReviewContext) -> Iterator[Hit]:
    collected = _items_collected(context.policy)
    for index, decision in enumerate(context.policy.automated_decisions):
        for position, item in enumerate(decision.items):
            if item not in collected:
                yield Hit(
                    ("automated_decisions", index, "items", position),
                    {"name": decision.name, "item": item},
                )


# ---- contacts, history, readability -------------------------------------------------------


@rule(
    "no-complaints-department",
    "note",
    message=(
        "고충처리 부서가 따로 없어 보호책임자가 열람청구와 고충을 처리합니다.",
        "There is no separate complaints department; the privacy officer handles requests.",
    ),
    why=(
        "허용되지만, 요청을 받는 부서가 있으면 정보주체가 더 쉽게 연락할 수 있습니다.",
        "Allowed, but a department that receives requests is easier for people to reach.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제6호", "PIPA art. 30(1)6"),
)
def _no_department(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.complaints_department is None:
        yield Hit(("privacy_officer",))


@rule(
    "no-website",
    "note",
    message=(
        "처리방침을 게시할 웹사이트 주소가 없습니다.",
        "No website address is given for publishing the policy.",
    ),
    why=(
        "처리방침은 인터넷 홈페이지에 지속적으로 게재해야 합니다. 홈페이지가 없으면 사업장 게시 등 다른 방법을 쓰세요.",
        "The policy must stay published on your website, or be posted at your premises.",
    ),
    citation=("「개인정보 보호법 시행령」 제31조제2항", "PIPA Enforcement Decree art. 31(2)"),
)
def _no_website(context: ReviewContext) -> Iterator[Hit]:
    if not context.policy.controller.website:
        yield Hit(("controller",))


@rule(
    "history-out-of-order",
    "warning",
    message=(
        "버전 '{version}'의 날짜가 앞선 버전보다 이릅니다.",
        "Version '{version}' is dated before an earlier version.",
    ),
    why=(
        "변경 이력은 읽는 사람이 순서대로 비교할 수 있어야 합니다.",
        "Readers compare versions in order; the dates must follow the versions.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제8호", "PIPA art. 30(1)8"),
)
def _history_order(context: ReviewContext) -> Iterator[Hit]:
    history = context.policy.history
    for index in range(1, len(history)):
        if history[index].date < history[index - 1].date:
            yield Hit(("history", index, "date"), {"version": history[index].version})


@rule(
    "legitimate-interest-unexplained",
    "note",
    message=(
        "'{purpose}'이(가) 정당한 이익에 근거하지만 어떤 이익인지 설명이 없습니다.",
        "'{purpose}' relies on legitimate interests without explaining them.",
    ),
    why=(
        "정당한 이익을 근거로 할 때는 그 이익이 무엇인지 알려 주어야 합니다(GDPR 제13조).",
        "When relying on legitimate interests, say what they are (GDPR art. 13(1)(d)).",
    ),
    citation=(
        "「개인정보 보호법」 제15조제1항제6호, GDPR 제13조제1항(d)",
        "PIPA art. 15(1)6; GDPR art. 13(1)(d)",
    ),
)
def _legitimate_interest(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.legal_basis == "legitimate_interests" and entry.details is None:
            yield Hit(
                ("processing", index, "legal_basis"),
                {"purpose": _term(context, "purposes", entry.purpose)},
            )


@rule(
    "kids-chat-too-hard",
    "warning",
    message=(
        "어린이 대화가 읽기 어렵습니다(영어 학년 수준 {grade}, 한국어 문장 평균 {average}자, 가장 긴 문장 {longest}자).",
        "The children's chat is hard to read (English grade {grade}; Korean sentences {average} syllables on average, {longest} at most).",
    ),
    why=(
        "아동에게는 이해하기 쉬운 말로 알려야 합니다. 영어는 5학년 이하, 한국어는 짧은 문장을 목표로 하세요.",
        "Children must be told in words they understand: grade 5 or below in English, short sentences in Korean.",
    ),
    citation=("「개인정보 보호법」 제22조의2제3항", "PIPA art. 22-2(3)"),
)
def _kids_readability(context: ReviewContext) -> Iterator[Hit]:
    if (
        context.kids_grade > ENGLISH_GRADE_TARGET
        or context.kids_korean_average > KOREAN_AVERAGE_TARGET
        or context.kids_korean_longest > KOREAN_LONGEST_TARGET
    ):
        yield Hit(
            (),
            {
                "grade": f"{context.kids_grade:.1f}",
                "average": f"{context.kids_korean_average:.0f}",
                "longest": context.kids_korean_longest,
            },
        )


@rule(
    "senior-guide-too-long",
    "warning",
    message=(
        "어르신 안내에 너무 긴 문장이 있습니다(한국어 {korean}자, 영어 {english}단어).",
        "The senior guide has an overlong sentence (Korean {korean} syllables, English {english} words).",
    ),
    why=(
        "어르신 안내는 짧은 문장과 쉬운 말로 써야 읽기 쉽습니다. 한 문장은 한국어 60자, 영어 25단어 안쪽으로 쓰세요.",
        "Short sentences make the guide readable for older adults: keep them under 60 Korean syllables or 25 English words.",
    ),
    citation=("개인정보 처리방침 평가 기준(가독성)", "PIPC policy evaluation (readability)"),
)
def _senior_readability(context: ReviewContext) -> Iterator[Hit]:
    if context.senior_korean_longest > 60 or context.senior_english_longest > 25:
        yield Hit(
            (), {"korean": context.senior_korean_longest, "english": context.senior_english_longest}
        )


# ---- placeholder data ---------------------------------------------------------------------

_EXAMPLE_DOMAIN = re.compile(
    r"[A-Za-z0-9.-]*\.example\b|\bexample\.(?:com|org|net|kr|co\.kr)\b", re.IGNORECASE
)
_PHONE_LIKE = re.compile(r"\+?\d[\d -]{5,}\d")
_STREET_ZEROS = re.compile(r"(?<![\d,.])000(?!\d|,\d)")
# Names of the bundled examples (the `init --defaults` shop and the sample service).
SAMPLE_NAMES = (
    "봄날꽃집",
    "Bomnal Flowers",
    "김하늘",
    "Kim Haneul",
    "한결택배",
    "Hangyeol Parcel",
    "바른결제",
    "Bareun Payments",
    "도담소프트",
    "Dodam Soft",
    "도담톡",
    "DodamTalk",
    "도담페이",
    "Dodam Pay",
    "한서윤",
    "Han Seoyun",
    "윤재희",
    "Yoon Jaehee",
    "한빛알림",
    "Hanbit Notify",
    "새솔고객센터",
    "노스윈드 클라우드",
    "Northwind Cloud",
)
_SAMPLE_KIND = Localized(ko="예시의 이름", en="a name from the examples")
_PLACEHOLDER_KINDS = {
    "domain": Localized(ko="예시용 주소(.example, example.com)", en="an example address"),
    "phone": Localized(ko="0으로 채운 전화번호", en="a phone number with a block of zeros"),
    "street": Localized(ko="'000' 번지", en="a '000' street number"),
}


def _strings(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every text in the source with its path, as the editor wrote it."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def _placeholder_kind(path: Path, text: str) -> Localized | None:
    """Why a text looks like sample data, or None."""
    if _EXAMPLE_DOMAIN.search(text):
        return _PLACEHOLDER_KINDS["domain"]
    for number in _PHONE_LIKE.findall(text):
        blocks = re.split(r"[ -]", number)
        if len(blocks) > 1 and any(set(block) == {"0"} and len(block) >= 3 for block in blocks[1:]):
            return _PLACEHOLDER_KINDS["phone"]
    if "address" in path and _STREET_ZEROS.search(text):
        return _PLACEHOLDER_KINDS["street"]
    lowered = text.lower()
    if any(name.lower() in lowered for name in SAMPLE_NAMES):
        return _SAMPLE_KIND
    return None


@rule(
    "placeholder-data",
    "warning",
    message=(
        "예시 데이터로 보이는 값: '{value}' ({what}). 가게의 실제 정보로 바꾸세요.",
        "'{value}' looks like sample data ({what}); replace it with your business's real details.",
    ),
    why=(
        "처리방침은 실제 개인정보처리자와 연락처를 알려야 합니다. 예시 값을 그대로 게시하면 "
        "정보주체가 엉뚱한 곳에 연락하게 됩니다.",
        "The policy must name the real controller and contacts; published sample values send "
        "people to the wrong place.",
    ),
    citation=("「개인정보 보호법」 제30조제1항", "PIPA art. 30(1)"),
)
def _placeholder_data(context: ReviewContext) -> Iterator[Hit]:
    for path, text in _strings(context.policy.model_dump(mode="json", exclude_none=True)):
        what = _placeholder_kind(path, text)
        if what is not None:
            shown = text if len(text) <= 60 else text[:57] + "..."
            yield Hit(path, {"value": shown, "what": what})
