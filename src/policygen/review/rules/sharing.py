"""Third parties and vendors: what they get, on what ground, and where they are.

Provision to a third party rests on PIPA art. 17(1): consent (17(1)1) or, within the purpose of
collection, the grounds of 15(1)2, 3 and 5 to 7 (17(1)2); a contract (15(1)4) is no ground for
provision. Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule
from ..lookup import items_collected
from ..wording import MARKETING, matches


@rule(
    "shared-item-not-collected",
    "warning",
    message=(
        "'{who}'에 넘기는 항목 '{item}'{item:을} 수집하는 목적이 없습니다.",
        "'{item}', given to '{who}', is not collected for any stated purpose.",
    ),
    why=(
        "제공·위탁·이전하는 항목은 처리 목적과 항목에서 먼저 밝혀야 합니다.",
        "Anything you pass on must first appear among the items you collect, with a purpose.",
    ),
    citation=("「개인정보 보호법」 제17조, 제26조, 제28조의8", "PIPA arts. 17, 26 and 28-8"),
)
def shared_not_collected(context: ReviewContext) -> Iterator[Hit]:
    policy = context.policy
    collected = items_collected(policy)
    if policy.children:
        collected |= set(policy.children.guardian_items)
    groups = [
        ("third_parties", [(p.recipient, p.items) for p in policy.third_parties]),
        ("entrustment", [(v.vendor, v.items) for v in policy.entrustment]),
        ("overseas_transfers", [(t.recipient, t.items) for t in policy.overseas_transfers]),
    ]
    for section, entries in groups:
        for index, (who, items) in enumerate(entries):
            for position, item in enumerate(items):
                if item not in collected:
                    yield Hit(
                        (section, index, "items", position),
                        {"item": context.term("data_items", item), "who": who},
                    )


@rule(
    "third-party-unusual-basis",
    "warning",
    message=(
        "'{who}'에 대한 제3자 제공 근거가 '{basis}'입니다. 수집 목적 범위 안의 제공인지 확인하세요.",
        "Provision to '{who}' rests on '{basis}'. Check that it stays within the purpose of "
        "collection.",
    ),
    why=(
        "정당한 이익이나 급박한 이익에 근거한 제공은 수집 목적 범위에서만 허용됩니다. 대부분은 동의가 필요합니다.",
        "Provision on legitimate or vital interests is allowed only within the purpose of "
        "collection; most provision needs consent.",
    ),
    citation=("「개인정보 보호법」 제17조제1항제2호", "PIPA art. 17(1)2"),
)
def third_party_unusual(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.legal_basis not in ("consent", "legal_obligation", "contract"):
            yield Hit(
                ("third_parties", index, "legal_basis"),
                {"who": party.recipient, "basis": context.term("legal_bases", party.legal_basis)},
            )


@rule(
    "third-party-law-unnamed",
    "error",
    message=(
        "'{who}'에 대한 제공이 법령상 의무에 근거한다고 했지만 어느 법령인지 없습니다. law와 article을 적으세요.",
        "Provision to '{who}' is said to be required by law, but no law is named. Add law and "
        "article.",
    ),
    why=(
        "법령에 따른 제공이라면 그 법률과 조문을 밝혀야 합니다. 밝힐 수 없으면 동의를 받아야 합니다.",
        "Provision required by law must name the statute and article; otherwise it needs consent.",
    ),
    citation=("「개인정보 보호법」 제17조제1항제2호", "PIPA art. 17(1)2"),
)
def third_party_law(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.legal_basis == "legal_obligation" and not (party.law and party.article):
            yield Hit(("third_parties", index, "legal_basis"), {"who": party.recipient})


@rule(
    "third-party-marketing-without-consent",
    "error",
    message=(
        "'{who}'에 마케팅 목적 '{purpose}'{purpose:으로} 제공하면서 동의를 받지 않습니다. 근거를 동의(consent)로 바꾸세요.",
        "'{who}' receives data for marketing ('{purpose}') without consent. Make the basis "
        "consent.",
    ),
    why=(
        "홍보·판매 권유를 위한 제공에는 다른 동의와 구분한 동의가 필요합니다.",
        "Provision for advertising or sales needs its own consent.",
    ),
    citation=("「개인정보 보호법」 제17조제1항제1호, 제22조제1항", "PIPA arts. 17(1)1 and 22(1)"),
)
def third_party_marketing(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.legal_basis != "consent" and matches(
            MARKETING, party.purpose.ko, party.purpose.en
        ):
            yield Hit(
                ("third_parties", index, "legal_basis"),
                {"who": party.recipient, "purpose": party.purpose},
            )


@rule(
    "third-party-country-missing",
    "warning",
    message=(
        "제3자 '{who}'{who:이} 어느 나라에 있는지 없습니다. country를 적으세요(국내면 KR).",
        "The country of the third party '{who}' is not given. Add country (KR if in Korea).",
    ),
    why=(
        "국외의 제3자에게 제공하면 국외 이전이므로 별도 동의와 이전 사항을 알려야 합니다. 나라를 알아야 이를 검토할 수 있습니다.",
        "Provision abroad is a transfer that needs separate consent and its own disclosure; the "
        "country tells whether it is one.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항, 제2항", "PIPA art. 28-8(1) and (2)"),
)
def third_party_country(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.country is None:
            yield Hit(("third_parties", index), {"who": party.recipient})


@rule(
    "vendor-items-missing",
    "warning",
    message=(
        "수탁자 '{who}'에 맡기는 항목(items)이 없습니다. 수탁자가 처리하는 항목을 적으세요.",
        "No items are listed for the vendor '{who}'. List the items the vendor processes.",
    ),
    why=(
        "'업무에 필요한 항목'처럼 항목을 밝히지 않으면 정보주체가 무엇이 맡겨지는지 알 수 없습니다.",
        "Without items, readers cannot tell what the vendor handles.",
    ),
    citation=(
        "「개인정보 보호법」 제26조제2항, 개인정보 처리방침 작성지침",
        "PIPA art. 26(2); PIPC drafting guideline",
    ),
)
def vendor_items(context: ReviewContext) -> Iterator[Hit]:
    for index, vendor in enumerate(context.policy.entrustment):
        if not vendor.items:
            yield Hit(("entrustment", index), {"who": vendor.vendor})


RULES = (
    shared_not_collected,
    third_party_unusual,
    third_party_law,
    third_party_marketing,
    third_party_country,
    vendor_items,
)
