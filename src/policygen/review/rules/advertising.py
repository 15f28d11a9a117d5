"""Cookies, personalised advertising and children: declared purposes, consent, a real opt-out.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import entry_for


@rule(
    "automatic-items-without-article",
    "warning",
    message=(
        "자동 수집 항목 '{item}'{item:이} 있지만 자동 수집 장치(automatic_collection)와 거부 방법을 밝히지 않았습니다.",
        "'{item}' is collected automatically, but cookies and how to refuse them are not "
        "declared (automatic_collection).",
    ),
    why=(
        "쿠키 같은 자동 수집 장치를 쓰면 설치·운영과 거부 방법을 알려야 합니다.",
        "Using cookies or similar devices must come with how to refuse them.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제7호", "PIPA art. 30(1)7"),
)
def automatic_without_article(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.automatic_collection is not None:
        return
    for index, entry in enumerate(context.policy.processing):
        for item in entry.all_items:
            if item in ("cookie", "advertising_id"):
                yield Hit(("processing", index), {"item": context.term("data_items", item)})
                return


@rule(
    "cookies-without-refusal",
    "error",
    message=(
        "'{item}'{item:을} 수집한다고 했지만 거부 방법 안내가 꺼져 있습니다.",
        "'{item}' is collected, but the instructions for refusing it are switched off.",
    ),
    why=(
        "정보주체가 자동 수집 장치를 거부할 수 있는 방법을 알려야 합니다.",
        "People must be told how to refuse automatic collection.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제7호", "PIPA art. 30(1)7"),
)
def cookies_refusal(context: ReviewContext) -> Iterator[Hit]:
    auto = context.policy.automatic_collection
    if auto and "cookie" in auto.items and not auto.web_cookies:
        yield Hit(
            ("automatic_collection", "web_cookies"), {"item": context.term("data_items", "cookie")}
        )
    if auto and "advertising_id" in auto.items and not auto.advertising_id:
        yield Hit(
            ("automatic_collection", "advertising_id"),
            {"item": context.term("data_items", "advertising_id")},
        )


@rule(
    "automatic-purpose-undeclared",
    "error",
    message=(
        "자동 수집 목적 '{purpose}'{purpose:이} 처리 목적(processing)에 없습니다. 그 목적의 항목, 근거, 보유 기간을 processing에 적으세요.",
        "The automatic-collection purpose '{purpose}' is not a processing purpose. Add it to "
        "processing with its items, basis and retention.",
    ),
    why=(
        "모든 처리 목적은 제1조에 근거와 함께 있어야 합니다. 쿠키 조항에만 나오는 목적은 근거 없는 처리입니다.",
        "Every purpose must be listed with its basis; one that appears only in the cookie "
        "article has none.",
    ),
    citation=(
        "「개인정보 보호법」 제15조제1항, 제30조제1항제1호, 제7호",
        "PIPA arts. 15(1) and 30(1)1 and 7",
    ),
)
def automatic_purpose(context: ReviewContext) -> Iterator[Hit]:
    auto = context.policy.automatic_collection
    for position, purpose in enumerate(auto.purposes if auto else []):
        if entry_for(context.policy, purpose) is None:
            yield Hit(
                ("automatic_collection", "purposes", position),
                {"purpose": context.term("purposes", purpose)},
            )


def _advertising_entries(context: ReviewContext) -> list[int]:
    return [
        index
        for index, entry in enumerate(context.policy.processing)
        if entry.purpose == "personalised_advertising"
    ]


@rule(
    "advertising-purpose-undeclared",
    "error",
    message=(
        "맞춤형 광고(behavioural_advertising)를 하지만 처리 목적에 'personalised_advertising'이 없습니다. 동의(consent)를 근거로 항목과 보유 기간을 함께 적으세요.",
        "Behavioural advertising is described, but 'personalised_advertising' is not a processing "
        "purpose. Add it with consent as its basis, its items and retention.",
    ),
    why=(
        "맞춤형 광고도 처리 목적이므로 근거, 항목, 보유 기간을 밝혀야 하고, 홍보 목적 처리에는 동의가 필요합니다.",
        "Personalised advertising is a purpose: it needs its basis, items and retention, and "
        "consent for promotion.",
    ),
    citation=(
        "「개인정보 보호법」 제15조제1항, 제22조제1항, 제30조제1항제1호·제2호",
        "PIPA arts. 15(1), 22(1) and 30(1)1-2",
    ),
)
def advertising_purpose(context: ReviewContext) -> Iterator[Hit]:
    if context.policy.behavioural_advertising and not _advertising_entries(context):
        yield Hit(("behavioural_advertising",))


_DEVICE_SETTINGS = re.compile(
    r"쿠키|브라우저|광고\s*식별자|ADID|IDFA|cookie|browser|advertising ID", re.I
)
_IN_SERVICE = re.compile(r"앱|서비스|계정|설정\s*>|\bapp\b|service|account|>", re.I)


@rule(
    "advertising-opt-out-missing",
    "error",
    message=(
        "맞춤형 광고를 거부하는 방법(how_to_refuse)이 쿠키나 광고식별자 설정뿐입니다. 서비스 안에서 맞춤형 광고를 끄는 방법과 그것이 무엇을 멈추는지 적으세요.",
        "The way to refuse personalised ads (how_to_refuse) is only cookie or ad-ID settings. "
        "Say how to switch them off in the service and what that stops.",
    ),
    why=(
        "브라우저 쿠키나 광고식별자를 끄는 것만으로는 앱 안의 이용 기록으로 만든 관심사 분석이 멈추지 않습니다. 실제로 작동하는 거부 방법을 알려야 합니다.",
        "Turning off cookies or the ad ID does not stop profiles built from in-app usage; "
        "people must be told a refusal that works.",
    ),
    citation=(
        "「개인정보 보호법」 제30조제1항제7호, 제37조, 개인정보보호위원회 맞춤형 광고 가이드라인",
        "PIPA arts. 30(1)7 and 37; PIPC guidance on behavioural advertising",
    ),
)
def advertising_opt_out(context: ReviewContext) -> Iterator[Hit]:
    ads = context.policy.behavioural_advertising
    if ads is None:
        return
    for text in (ads.how_to_refuse.ko, ads.how_to_refuse.en):
        if _DEVICE_SETTINGS.search(text) and not _IN_SERVICE.search(text):
            yield Hit(("behavioural_advertising", "how_to_refuse"))
            return


@rule(
    "advertising-to-children",
    "error",
    message=(
        "만 14세 미만 아동이 이용하는 서비스에서 맞춤형 광고를 합니다. 아동의 행태정보를 광고에 쓰지 않는다면 behavioural_advertising에 children_excluded: true를 적으세요.",
        "Personalised ads run in a service children under 14 use. If no behavioural data of "
        "known under-14s is used for ads, write children_excluded: true under "
        "behavioural_advertising.",
    ),
    why=(
        "아동의 행태정보로 맞춤형 광고를 하려면 법정대리인의 별도 동의가 필요하고, 지침은 아동을 맞춤형 광고에서 빼도록 권합니다.",
        "Ads targeted at children need the guardian's separate consent, and the PIPC's guidance "
        "asks that known children be left out.",
    ),
    citation=(
        "「개인정보 보호법」 제22조의2제1항, 개인정보 처리방침 작성지침(아동), 맞춤형 광고 가이드라인",
        "PIPA art. 22-2(1); PIPC drafting guideline (children) and behavioural advertising guidance",
    ),
)
def advertising_to_children(context: ReviewContext) -> Iterator[Hit]:
    policy = context.policy
    if policy.children is None:
        return
    ads = policy.behavioural_advertising
    if ads is not None:
        if not ads.children_excluded:
            yield Hit(("behavioural_advertising",))
        return
    for index in _advertising_entries(context):
        yield Hit(("processing", index, "purpose"))


@rule(
    "item-not-declared-for-purpose",
    "warning",
    message=(
        "'{item}'{item:을} '{purpose}'에 쓰지만 처리 목적 '{purpose}'의 항목에 없습니다. 그 목적의 항목에 추가하세요.",
        "'{item}' is used for '{purpose}' but not listed among that purpose's items. Add it there.",
    ),
    why=(
        "항목은 그것을 쓰는 목적마다 밝혀야 합니다. 다른 목적으로 받은 정보를 밝히지 않고 쓰면 목적 외 이용입니다.",
        "Each item must be declared for every purpose it serves; using data collected for "
        "another purpose without saying so is use beyond the purpose.",
    ),
    citation=(
        "「개인정보 보호법」 제15조제1항, 제18조제1항, 같은 법 시행령 제31조제1항제1호",
        "PIPA arts. 15(1) and 18(1); Enforcement Decree art. 31(1)1",
    ),
)
def item_for_purpose(context: ReviewContext) -> Iterator[Hit]:
    policy = context.policy
    uses: list[tuple[tuple[str | int, ...], list[str], str]] = []
    if policy.behavioural_advertising:
        uses.append(
            (
                ("behavioural_advertising", "items"),
                policy.behavioural_advertising.items,
                "personalised_advertising",
            )
        )
    for index, decision in enumerate(policy.automated_decisions):
        if decision.purpose:
            uses.append((("automated_decisions", index, "items"), decision.items, decision.purpose))
    for path, items, purpose in uses:
        entry = entry_for(policy, purpose)
        if entry is None:
            continue  # reported by the rules for undeclared purposes
        for position, item in enumerate(items):
            if item not in entry.all_items:
                yield Hit(
                    (*path, position),
                    {
                        "item": context.term("data_items", item),
                        "purpose": context.term("purposes", purpose),
                    },
                )
    auto = policy.automatic_collection
    if auto is None:
        return
    entries = [e for e in (entry_for(policy, p) for p in auto.purposes) if e is not None]
    for position, item in enumerate(auto.items):
        if entries and all(item not in entry.all_items for entry in entries):
            yield Hit(
                ("automatic_collection", "items", position),
                {
                    "item": context.term("data_items", item),
                    "purpose": context.term("purposes", entries[0].purpose),
                },
            )


RULES = (
    automatic_without_article,
    cookies_refusal,
    automatic_purpose,
    advertising_purpose,
    advertising_opt_out,
    advertising_to_children,
    item_for_purpose,
)
