"""Purposes and items: specific wording, and consent where the person may say no."""

from __future__ import annotations

from collections.abc import Iterator

from ...source.model import Localized
from ..engine import Hit, KeyPath, ReviewContext, rule
from ..lookup import is_marketing
from ..wording import VAGUE, VAGUE_RECIPIENT, matches


def _purpose_texts(context: ReviewContext) -> Iterator[tuple[KeyPath, Localized | None]]:
    """Every purpose the editor wrote, wherever it appears, with its key path."""
    policy = context.policy
    for index, entry in enumerate(policy.processing):
        term = context.vocabulary.get("purposes", entry.purpose)
        if term.custom:  # built-in purposes are the tool's wording, checked by its own tests
            yield ("terms", "purposes", entry.purpose), Localized(ko=term.ko, en=term.en)
        yield ("processing", index, "details"), entry.details
    for section in ("third_parties", "overseas_transfers", "pseudonymised"):
        for index, entry in enumerate(getattr(policy, section)):
            yield (section, index, "purpose"), entry.purpose
    for section in ("sensitive_information", "unique_identifiers"):
        for index, entry in enumerate(getattr(policy, section)):
            yield (section, index, "purpose"), entry.purpose
    for index, vendor in enumerate(policy.entrustment):
        yield ("entrustment", index, "task"), vendor.task
    if policy.behavioural_advertising:
        yield ("behavioural_advertising", "purpose"), policy.behavioural_advertising.purpose
    for index, camera in enumerate(policy.cctv):
        yield ("cctv", index, "purpose"), camera.purpose


@rule(
    "purpose-vague",
    "warning",
    message=(
        "목적 '{text}'에 '등'이나 '기타' 같은 열린 말이 있습니다. 실제로 하는 일을 모두 구체적으로 적으세요.",
        "The purpose '{text}' is open-ended ('etc.', 'and so on'). Name everything you actually do.",
    ),
    why=(
        "처리 목적과 제공·위탁 업무는 구체적이어야 합니다. '등'이 들어간 목적은 평가에서 감점됩니다.",
        "Purposes and the tasks of recipients must be specific; open-ended lists are marked down.",
    ),
    citation=(
        "「개인정보 보호법」 제30조제1항제1호, 제17조제2항제1호, 개인정보 처리방침 작성지침",
        "PIPA arts. 30(1)1 and 17(2)1; PIPC drafting guideline",
    ),
)
def purpose_vague(context: ReviewContext) -> Iterator[Hit]:
    for path, text in _purpose_texts(context):
        if text is None:
            continue
        for phrase in (text.ko, text.en):
            if VAGUE.search(phrase):
                yield Hit(path, {"text": text})
                break


def _recipients(context: ReviewContext) -> Iterator[tuple[KeyPath, Localized]]:
    policy = context.policy
    for index, party in enumerate(policy.third_parties):
        yield ("third_parties", index, "recipient"), party.recipient
    for index, vendor in enumerate(policy.entrustment):
        yield ("entrustment", index, "vendor"), vendor.vendor
    for index, transfer in enumerate(policy.overseas_transfers):
        yield ("overseas_transfers", index, "recipient"), transfer.recipient
    for index, data in enumerate(policy.pseudonymised):
        if data.recipient:
            yield ("pseudonymised", index, "recipient"), data.recipient
    if policy.behavioural_advertising:
        for index, name in enumerate(policy.behavioural_advertising.collectors):
            yield ("behavioural_advertising", "collectors", index), name


@rule(
    "recipient-vague",
    "warning",
    message=(
        "받는 자 '{who}'{who:이} 특정 회사를 가리키지 않습니다. 회사의 정식 명칭을 하나씩 적으세요.",
        "The recipient '{who}' names no company. Give each company's full name.",
    ),
    why=(
        "누가 개인정보를 받는지 정보주체가 알 수 있어야 합니다. '협력사 등'은 받는 자를 알려 주지 않습니다.",
        "People must be able to tell who receives their data; 'partners' tells them nothing.",
    ),
    citation=(
        "「개인정보 보호법」 제17조제2항제1호, 제26조제2항, 제28조의8제2항제3호",
        "PIPA arts. 17(2)1, 26(2) and 28-8(2)3",
    ),
)
def recipient_vague(context: ReviewContext) -> Iterator[Hit]:
    for path, name in _recipients(context):
        if matches(VAGUE, name.ko, name.en) or matches(VAGUE_RECIPIENT, name.ko, name.en):
            yield Hit(path, {"who": name})


@rule(
    "items-vague",
    "warning",
    message=(
        "항목 '{text}'에 '등' 같은 열린 말이 있어 무엇을 받는지 알 수 없습니다. 받는 항목을 모두 적으세요.",
        "The item '{text}' is open-ended ('etc.'); readers cannot tell what you collect. Name each item.",
    ),
    why=(
        "처리하는 항목은 빠짐없이 구체적으로 적어야 합니다.",
        "Every item processed must be named specifically.",
    ),
    citation=("「개인정보 보호법 시행령」 제31조제1항제1호", "PIPA Enforcement Decree art. 31(1)1"),
)
def items_vague(context: ReviewContext) -> Iterator[Hit]:
    for item_id, term in context.vocabulary.terms.get("data_items", {}).items():
        if term.custom and (VAGUE.search(term.ko) or VAGUE.search(term.en)):
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
def optional_without_consent(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.optional_items and entry.legal_basis != "consent":
            yield Hit(
                ("processing", index, "optional_items"),
                {
                    "purpose": context.term("purposes", entry.purpose),
                    "basis": context.term("legal_bases", entry.legal_basis),
                },
            )


@rule(
    "marketing-without-consent",
    "error",
    message=(
        "광고·마케팅 목적 '{purpose}'{purpose:이} 동의 없이 처리됩니다. 처리 근거를 동의(consent)로 바꾸세요.",
        "The marketing purpose '{purpose}' is processed without consent. Make its basis consent.",
    ),
    why=(
        "광고성 정보 전송과 맞춤형 광고에는 정보주체의 동의가 필요합니다.",
        "Sending advertising and targeting ads needs the person's consent.",
    ),
    citation=(
        "「개인정보 보호법」 제22조제1항, 「정보통신망법」 제50조",
        "PIPA art. 22(1); Information Network Act art. 50",
    ),
)
def marketing_without_consent(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if is_marketing(context.vocabulary, entry.purpose) and entry.legal_basis != "consent":
            yield Hit(
                ("processing", index, "legal_basis"),
                {"purpose": context.term("purposes", entry.purpose)},
            )


@rule(
    "marketing-items-required",
    "error",
    message=(
        "광고·마케팅 목적 '{purpose}'에 필수 항목이 있습니다. 모두 선택 항목(optional_items)으로 옮기세요.",
        "The marketing purpose '{purpose}' has required items. Make them all optional_items.",
    ),
    why=(
        "홍보·마케팅에 동의하지 않았다는 이유로 서비스 제공을 거부할 수 없습니다. 이를 어기면 과태료 대상입니다.",
        "Service may not be refused because someone declines marketing; doing so is fined.",
    ),
    citation=(
        "「개인정보 보호법」 제16조제3항, 제22조제5항",
        "PIPA arts. 16(3) and 22(5)",
    ),
)
def marketing_items_required(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.required_items and is_marketing(context.vocabulary, entry.purpose):
            yield Hit(
                ("processing", index, "required_items"),
                {"purpose": context.term("purposes", entry.purpose)},
            )


@rule(
    "legitimate-interest-unexplained",
    "note",
    message=(
        "'{purpose}'{purpose:이} 정당한 이익에 근거하지만 어떤 이익인지 설명(details)이 없습니다.",
        "'{purpose}' relies on legitimate interests without explaining them (details).",
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
def legitimate_interest(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.legal_basis == "legitimate_interests" and entry.details is None:
            yield Hit(
                ("processing", index, "legal_basis"),
                {"purpose": context.term("purposes", entry.purpose)},
            )


RULES = (
    purpose_vague,
    recipient_vague,
    items_vague,
    optional_without_consent,
    marketing_without_consent,
    marketing_items_required,
    legitimate_interest,
)
