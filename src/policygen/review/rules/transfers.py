"""Transfers abroad (PIPA art. 28-8), matched to vendors and third parties by recipient.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...source.model import Localized, OverseasTransfer
from ..engine import Hit, ReviewContext, rule
from ..lookup import same_party
from ..wording import NO_WAY, NOT_CONTRACT, matches


def _transfer_to(context: ReviewContext, who: Localized) -> OverseasTransfer | None:
    """The transfer declared for a recipient, matched by name (never by country)."""
    transfers = context.policy.overseas_transfers
    return next((t for t in transfers if same_party(t.recipient, who)), None)


@rule(
    "vendor-abroad-without-transfer",
    "error",
    message=(
        "수탁자 '{who}'{who:이} {country}에 있지만 이 수탁자에 대한 국외 이전(overseas_transfers)이 없습니다.",
        "The vendor '{who}' is in {country}, but no transfer abroad to this vendor is declared "
        "under overseas_transfers.",
    ),
    why=(
        "국외에서 처리·보관하면 받는 자마다 국가, 항목, 시기·방법, 목적·기간, 거부 방법을 알려야 합니다. 같은 나라의 다른 회사에 대한 이전은 대신하지 못합니다.",
        "Each recipient abroad needs its own disclosure of country, items, timing, purpose, "
        "retention and how to refuse; a transfer to another company in that country does not "
        "cover it.",
    ),
    citation=(
        "「개인정보 보호법」 제28조의8제1항, 제2항, 같은 법 시행령 제31조제1항제2호",
        "PIPA art. 28-8(1) and (2); Enforcement Decree art. 31(1)2",
    ),
)
def vendor_abroad(context: ReviewContext) -> Iterator[Hit]:
    for index, vendor in enumerate(context.policy.entrustment):
        country = getattr(vendor, "country", None)
        if country and country != "KR" and _transfer_to(context, vendor.vendor) is None:
            yield Hit(
                ("entrustment", index, "country"),
                {"who": vendor.vendor, "country": context.country(country)},
            )


@rule(
    "third-party-abroad-without-transfer",
    "error",
    message=(
        "제3자 '{who}'{who:이} {country}에 있지만 이 받는 자에 대한 국외 이전(overseas_transfers)이 없습니다.",
        "The third party '{who}' is in {country}, but no transfer abroad to it is declared under "
        "overseas_transfers.",
    ),
    why=(
        "국외의 제3자에게 제공하는 것은 국외 이전입니다. 별도 동의를 받고 이전 사항을 모두 알려야 합니다.",
        "Provision to a recipient abroad is a transfer: it needs separate consent and the full "
        "transfer disclosure.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항제1호, 제2항", "PIPA art. 28-8(1)1 and (2)"),
)
def third_party_abroad(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if (
            party.country
            and party.country != "KR"
            and _transfer_to(context, party.recipient) is None
        ):
            yield Hit(
                ("third_parties", index, "country"),
                {"who": party.recipient, "country": context.country(party.country)},
            )


@rule(
    "transfer-basis-not-disclosed",
    "warning",
    message=(
        "'{who}'에 대한 국외 이전이 '처리위탁·보관의 공개'를 근거로 하지만 '{who}'{who:은} 수탁자(entrustment) 목록에 없습니다.",
        "The transfer to '{who}' relies on disclosed entrustment or storage, but '{who}' is not "
        "listed as a vendor under entrustment.",
    ),
    why=(
        "동의 없이 국외 이전하려면 그 처리위탁·보관을 처리방침에 공개해야 합니다.",
        "A transfer without consent needs the entrustment or storage disclosed in the policy.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항제3호가목", "PIPA art. 28-8(1)3(a)"),
)
def transfer_basis(context: ReviewContext) -> Iterator[Hit]:
    vendors = [vendor.vendor for vendor in context.policy.entrustment]
    for index, transfer in enumerate(context.policy.overseas_transfers):
        if transfer.basis == "contract_disclosed" and not any(
            same_party(transfer.recipient, vendor) for vendor in vendors
        ):
            yield Hit(("overseas_transfers", index, "basis"), {"who": transfer.recipient})


@rule(
    "transfer-not-contract-necessary",
    "error",
    message=(
        "'{who}'에 대한 이전 목적 '{purpose}'{purpose:은} 계약 이행에 필요한 처리위탁·보관이 아닙니다. 별도 동의(consent)를 근거로 하세요.",
        "The transfer to '{who}' for '{purpose}' is not entrustment or storage needed for the "
        "contract. Base it on separate consent.",
    ),
    why=(
        "처리방침 공개만으로 하는 국외 이전은 계약의 체결·이행에 필요한 처리위탁·보관에 한합니다. 마케팅이나 분석은 해당하지 않습니다.",
        "Disclosure alone covers only entrustment or storage needed to make or perform the "
        "contract; marketing or analytics is not.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항제3호", "PIPA art. 28-8(1)3"),
)
def transfer_not_contract(context: ReviewContext) -> Iterator[Hit]:
    for index, transfer in enumerate(context.policy.overseas_transfers):
        if transfer.basis == "contract_disclosed" and matches(
            NOT_CONTRACT, transfer.purpose.ko, transfer.purpose.en
        ):
            yield Hit(
                ("overseas_transfers", index, "basis"),
                {"who": transfer.recipient, "purpose": transfer.purpose},
            )


@rule(
    "third-party-abroad-basis",
    "error",
    message=(
        "제3자 '{who}'에 대한 국외 이전이 처리위탁·보관의 공개를 근거로 합니다. 제3자 제공에는 별도 동의(consent)가 필요합니다.",
        "The transfer to the third party '{who}' relies on disclosed entrustment or storage. "
        "Provision to a third party abroad needs separate consent.",
    ),
    why=(
        "처리위탁·보관의 공개는 제3자 제공의 근거가 되지 않습니다.",
        "Disclosed entrustment or storage is no ground for provision to a third party.",
    ),
    citation=("「개인정보 보호법」 제28조의8제1항제1호, 제3호", "PIPA art. 28-8(1)1 and 3"),
)
def third_party_abroad_basis(context: ReviewContext) -> Iterator[Hit]:
    for party in context.policy.third_parties:
        transfer = _transfer_to(context, party.recipient)
        if transfer is not None and transfer.basis == "contract_disclosed":
            index = context.policy.overseas_transfers.index(transfer)
            yield Hit(("overseas_transfers", index, "basis"), {"who": party.recipient})


@rule(
    "transfer-refusal-missing",
    "error",
    message=(
        "'{who}'에 대한 국외 이전의 거부 방법이 '{text}'입니다. 실제로 거부할 수 있는 방법과 절차를 적으세요.",
        "The way to refuse the transfer to '{who}' reads '{text}'. Describe a real way and "
        "procedure to refuse.",
    ),
    why=(
        "국외 이전은 거부하는 방법, 절차와 거부의 효과를 알려야 합니다. '거부할 수 없음'은 방법이 아닙니다.",
        "A transfer must come with how to refuse it, the procedure and its effect; 'cannot be "
        "refused' is no method.",
    ),
    citation=("「개인정보 보호법」 제28조의8제2항제5호", "PIPA art. 28-8(2)5"),
)
def transfer_refusal(context: ReviewContext) -> Iterator[Hit]:
    for index, transfer in enumerate(context.policy.overseas_transfers):
        text = transfer.how_to_refuse
        if matches(NO_WAY, text.ko, text.en):
            yield Hit(
                ("overseas_transfers", index, "how_to_refuse"),
                {"who": transfer.recipient, "text": text},
            )


RULES = (
    vendor_abroad,
    third_party_abroad,
    transfer_basis,
    transfer_not_contract,
    third_party_abroad_basis,
    transfer_refusal,
)
