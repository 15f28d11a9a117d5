"""Pseudonymised information: only for statistics, research or public-interest archiving, and
never with the items that identify a person directly.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import DIRECT, category
from ..wording import MARKETING, PSEUDONYMISED_PURPOSES, matches


@rule(
    "pseudonymised-purpose-not-allowed",
    "error",
    message=(
        "가명정보의 목적 '{purpose}'{purpose:은} 통계 작성, 과학적 연구, 공익적 기록 보존이 아닙니다. 다른 목적이면 동의를 받아 처리하세요.",
        "The pseudonymised-data purpose '{purpose}' is not statistics, scientific research or "
        "public-interest archiving. Any other purpose needs consent.",
    ),
    why=(
        "동의 없는 가명정보 처리는 이 세 가지 목적에만 허용됩니다. 광고 대상 선정이나 판매는 해당하지 않습니다.",
        "Pseudonymised data may be processed without consent only for these three purposes; ad "
        "targeting or sale is not one of them.",
    ),
    citation=("「개인정보 보호법」 제28조의2제1항", "PIPA art. 28-2(1)"),
)
def pseudonymised_purpose(context: ReviewContext) -> Iterator[Hit]:
    for index, data in enumerate(context.policy.pseudonymised):
        purpose = data.purpose
        allowed = matches(PSEUDONYMISED_PURPOSES, purpose.ko, purpose.en)
        if not allowed or matches(MARKETING, purpose.ko, purpose.en):
            yield Hit(("pseudonymised", index, "purpose"), {"purpose": purpose})


@rule(
    "pseudonymised-direct-identifiers",
    "error",
    message=(
        "가명정보 항목에 '{item}'{item:이} 있습니다. 이름, 연락처, 식별번호처럼 사람을 바로 알아보는 항목은 가명처리하면 삭제하거나 대체해야 합니다.",
        "The pseudonymised items include '{item}'. Items that identify a person directly "
        "(names, contact details, identification numbers) are removed or replaced when data is "
        "pseudonymised.",
    ),
    why=(
        "가명정보는 추가 정보 없이는 특정 개인을 알아볼 수 없어야 하고, 제공할 때 특정 개인을 알아보는 정보를 넣으면 안 됩니다.",
        "Pseudonymised data must not identify anyone without the additional information, and "
        "nothing that identifies a person may go with it when provided.",
    ),
    citation=(
        "「개인정보 보호법」 제2조제1호의2, 제28조의2제2항",
        "PIPA arts. 2(1-2) and 28-2(2)",
    ),
)
def pseudonymised_identifiers(context: ReviewContext) -> Iterator[Hit]:
    for index, data in enumerate(context.policy.pseudonymised):
        for position, item in enumerate(data.items):
            if category(context.vocabulary, item) in DIRECT:
                yield Hit(
                    ("pseudonymised", index, "items", position),
                    {"item": context.term("data_items", item)},
                )


RULES = (pseudonymised_purpose, pseudonymised_identifiers)
