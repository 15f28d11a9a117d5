"""Automated decisions: the items they use, the purpose they serve, a real way to object.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import entry_for, items_collected
from ..wording import NO_WAY, matches


@rule(
    "decision-items-not-collected",
    "warning",
    message=(
        "자동화된 결정 '{name}'에 쓰는 항목 '{item}'{item:을} 수집하는 목적이 없습니다.",
        "The automated decision '{name}' uses '{item}', which no stated purpose collects.",
    ),
    why=(
        "자동화된 결정에 쓰는 정보도 처리 목적과 항목에서 밝혀야 합니다.",
        "Data used in automated decisions must appear among the items processed.",
    ),
    citation=("「개인정보 보호법」 제37조의2제4항", "PIPA art. 37-2(4)"),
)
def decision_items(context: ReviewContext) -> Iterator[Hit]:
    collected = items_collected(context.policy)
    for index, decision in enumerate(context.policy.automated_decisions):
        for position, item in enumerate(decision.items):
            if item not in collected:
                yield Hit(
                    ("automated_decisions", index, "items", position),
                    {"name": decision.name, "item": context.term("data_items", item)},
                )


@rule(
    "decision-purpose-missing",
    "warning",
    message=(
        "자동화된 결정 '{name}'{name:이} 어느 처리 목적에 속하는지(purpose) 없습니다. 그 목적을 적고, 결정에 쓰는 항목을 그 목적의 항목에 넣으세요.",
        "The automated decision '{name}' does not say which processing purpose it serves "
        "(purpose). Name it, and list the items the decision uses under that purpose.",
    ),
    why=(
        "예를 들어 대화 내용을 스팸 판단에 쓰면, 대화 내용을 그 목적으로 처리한다고 밝혀야 합니다.",
        "If, say, message content is scanned for spam, it must be declared for that purpose.",
    ),
    citation=(
        "「개인정보 보호법」 제18조제1항, 제37조의2제4항",
        "PIPA arts. 18(1) and 37-2(4)",
    ),
)
def decision_purpose(context: ReviewContext) -> Iterator[Hit]:
    for index, decision in enumerate(context.policy.automated_decisions):
        if decision.purpose is None:
            yield Hit(("automated_decisions", index), {"name": decision.name})


@rule(
    "decision-purpose-undeclared",
    "error",
    message=(
        "자동화된 결정 '{name}'의 목적 '{purpose}'{purpose:이} 처리 목적(processing)에 없습니다.",
        "The purpose '{purpose}' of the automated decision '{name}' is not a processing purpose.",
    ),
    why=(
        "결정이 속한 목적도 근거와 항목, 보유 기간과 함께 밝혀야 합니다.",
        "The purpose a decision serves needs its basis, items and retention like any other.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제1호", "PIPA art. 30(1)1"),
)
def decision_purpose_undeclared(context: ReviewContext) -> Iterator[Hit]:
    for index, decision in enumerate(context.policy.automated_decisions):
        if decision.purpose and entry_for(context.policy, decision.purpose) is None:
            yield Hit(
                ("automated_decisions", index, "purpose"),
                {"name": decision.name, "purpose": context.term("purposes", decision.purpose)},
            )


@rule(
    "decision-objection-missing",
    "error",
    message=(
        "자동화된 결정 '{name}'에 대한 거부·설명 요구 방법이 '{text}'입니다. 결정을 거부하거나 설명과 사람의 검토를 요구하는 실제 방법을 적으세요.",
        "The way to object to the automated decision '{name}' reads '{text}'. Describe a real "
        "way to refuse it, or to ask for an explanation and a human review.",
    ),
    why=(
        "정보주체는 자동화된 결정에 대해 설명을 요구할 수 있고, 중대한 영향을 미치는 결정은 거부할 수 있습니다. 방법이 없으면 이 권리를 쓸 수 없습니다.",
        "People may ask for an explanation of automated decisions and refuse those with a "
        "significant effect; without a way to do so the right is empty.",
    ),
    citation=("「개인정보 보호법」 제37조의2제1항부터 제4항까지", "PIPA art. 37-2(1) to (4)"),
)
def decision_objection(context: ReviewContext) -> Iterator[Hit]:
    for index, decision in enumerate(context.policy.automated_decisions):
        text = decision.how_to_object
        if matches(NO_WAY, text.ko, text.en):
            yield Hit(
                ("automated_decisions", index, "how_to_object"),
                {"name": decision.name, "text": text},
            )


RULES = (decision_items, decision_purpose, decision_purpose_undeclared, decision_objection)
