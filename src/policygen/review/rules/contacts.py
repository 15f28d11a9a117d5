"""Who readers reach, where the policy is published, its history, and a domestic representative.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import controller_in_korea


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
def no_department(context: ReviewContext) -> Iterator[Hit]:
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
        "처리방침은 인터넷 홈페이지에 지속적으로 게재해야 합니다. 홈페이지가 없으면 사업장에 게시하는 것 같은 다른 방법을 쓰세요.",
        "The policy must stay published on your website, or be posted at your premises.",
    ),
    citation=("「개인정보 보호법 시행령」 제31조제2항", "PIPA Enforcement Decree art. 31(2)"),
)
def no_website(context: ReviewContext) -> Iterator[Hit]:
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
    citation=("「개인정보 보호법」 제30조제2항", "PIPA art. 30(2)"),
)
def history_order(context: ReviewContext) -> Iterator[Hit]:
    history = context.policy.history
    for index in range(1, len(history)):
        if history[index].date < history[index - 1].date:
            yield Hit(("history", index, "date"), {"version": history[index].version})


@rule(
    "foreign-controller-without-representative",
    "warning",
    message=(
        "처리자의 주소가 국내가 아닌데 국내대리인(domestic_representative)이 없습니다. 지정 대상이면 국내대리인을 지정하고 적으세요.",
        "The controller's address is outside Korea and no domestic representative is given. "
        "If you meet the thresholds, designate one and add domestic_representative.",
    ),
    why=(
        "국내에 주소나 영업소가 없는 처리자는 매출액이나 이용자 수 같은 기준에 해당하면 국내대리인을 지정하고 처리방침에 밝혀야 합니다.",
        "A controller without an address or office in Korea must designate a domestic "
        "representative when it meets the thresholds (turnover, users), and disclose it.",
    ),
    citation=("「개인정보 보호법」 제31조의2", "PIPA art. 31-2"),
)
def foreign_without_representative(context: ReviewContext) -> Iterator[Hit]:
    policy = context.policy
    if policy.domestic_representative is None and not controller_in_korea(policy.controller):
        yield Hit(("controller", "address"))


RULES = (no_department, no_website, history_order, foreign_without_representative)
