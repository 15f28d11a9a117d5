"""Children under 14: the guardian's consent, confirmed in a way the Decree accepts.

Citations to be reviewed by counsel before real use (the Decree article listing the methods is
not cited by number here because its number changed in the 2023 revision).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import items_collected
from ..wording import CHILD_CLICKS, GUARDIAN_METHODS, matches


@rule(
    "guardian-items-not-processed",
    "warning",
    message=(
        "법정대리인 동의에 쓰는 항목 '{item}'{item:이} 처리 목적과 항목에 없습니다.",
        "'{item}', used for a parent's or guardian's consent, is not listed among the items "
        "processed.",
    ),
    why=(
        "법정대리인의 정보도 어떤 목적으로 얼마나 보관하는지 밝혀야 합니다.",
        "A guardian's data also needs a purpose and a retention period.",
    ),
    citation=("「개인정보 보호법」 제22조의2제2항", "PIPA art. 22-2(2)"),
)
def guardian_items(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.children is None:
        return
    collected = items_collected(context.policy)
    for position, item in enumerate(context.policy.children.guardian_items):
        if item not in collected:
            yield Hit(
                ("children", "guardian_items", position),
                {"item": context.term("data_items", item)},
            )


@rule(
    "guardian-consent-method-weak",
    "error",
    message=(
        "법정대리인 동의 확인 방법이 법정대리인 본인의 동의를 확인하지 못합니다. 휴대전화 본인인증, 신용카드·직불카드 정보, 서명한 동의서, 전자우편 회신, 전화 통화처럼 시행령이 정한 방법을 두 언어로 적으세요.",
        "The consent method does not confirm that the parent or guardian consents. Describe, in "
        "both languages, a method the Decree lists: mobile identity verification, card details, "
        "a signed form, a reply by e-mail, or a phone call.",
    ),
    why=(
        "아동이 직접 체크하거나 아동이 입력한 번호로 인증번호만 보내는 것은 법정대리인의 동의를 확인한 것이 아닙니다.",
        "A box the child ticks, or a code sent to a number the child types, does not show that "
        "the guardian agreed.",
    ),
    citation=(
        "「개인정보 보호법」 제22조의2제1항 및 같은 법 시행령의 법정대리인 동의 확인 방법",
        "PIPA art. 22-2(1) and the Enforcement Decree's methods for confirming a guardian's "
        "consent",
    ),
)
def guardian_method(context: ReviewContext) -> Iterator[Hit]:
    children = context.policy.children
    if children is None:
        return
    method = children.consent_method
    named = matches(GUARDIAN_METHODS, method.ko) and matches(GUARDIAN_METHODS, method.en)
    if not named or matches(CHILD_CLICKS, method.ko, method.en):
        yield Hit(("children", "consent_method"))


RULES = (guardian_items, guardian_method)
