"""Retention: concrete periods, nothing kept past its purpose without a law, and the law's own
periods respected both ways (vocabulary/laws.yaml; to be reviewed by counsel before real use).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...source.model import Retention
from ..engine import Bilingual, Hit, KeyPath, ReviewContext, rule
from ..lookup import months
from ..statutes import StatutoryPeriod, kind_of, periods, source_of

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


@rule(
    "retention-open-ended",
    "warning",
    message=(
        "보유 기간 '{text}'{text:은} 언제 끝나는지 알 수 없습니다. 끝나는 시점이나 기간을 적으세요.",
        "The retention period '{text}' does not say when it ends. Give an end event or a period.",
    ),
    why=(
        "'필요한 기간 동안'처럼 끝이 없는 기간은 적정성 평가에서 감점됩니다.",
        "Open-ended periods such as 'as long as necessary' are marked down.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제2호", "PIPA art. 30(1)2"),
)
def retention_open(context: ReviewContext) -> Iterator[Hit]:
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
def kept_after_end(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        retention = entry.retention
        long = (retention.years or 0) >= 1 or (retention.months or 0) > 6
        if retention.after in _KEPT_AFTER_END and long and not retention.law:
            period = f"{retention.years or 0}y {retention.months or 0}m"
            yield Hit(
                ("processing", index, "retention"),
                {"purpose": context.term("purposes", entry.purpose), "period": period},
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
def until_purpose(context: ReviewContext) -> Iterator[Hit]:
    for index, entry in enumerate(context.policy.processing):
        if entry.retention.until == "purpose_achieved":
            yield Hit(
                ("processing", index, "retention", "until"),
                {"purpose": context.term("purposes", entry.purpose)},
            )


@rule(
    "recipient-retention-vague",
    "warning",
    message=(
        "'{who}'의 보유 기간이 '처리 목적 달성 시까지'로 되어 있습니다. 받는 자가 언제까지 보관하는지 적으세요.",
        "'{who}' keeps data 'until the purpose is achieved'. Say how long the recipient keeps it.",
    ),
    why=(
        "제3자가 언제까지 보관하는지 구체적으로 알려야 합니다.",
        "Say concretely how long the recipient keeps the data.",
    ),
    citation=("「개인정보 보호법」 제17조제2항제4호", "PIPA art. 17(2)4"),
)
def recipient_retention(context: ReviewContext) -> Iterator[Hit]:
    for index, party in enumerate(context.policy.third_parties):
        if party.retention.until == "purpose_achieved":
            yield Hit(("third_parties", index, "retention"), {"who": party.recipient})


def _cited(
    context: ReviewContext,
) -> Iterator[tuple[KeyPath, Retention, tuple[str, ...], str | None]]:
    """Every period kept under a law: where, the period, the words naming it, its purpose."""
    policy = context.policy
    for index, entry in enumerate(policy.processing):
        term = context.vocabulary.get("purposes", entry.purpose)
        texts = (term.ko, term.en, *((entry.details.ko, entry.details.en) if entry.details else ()))
        yield ("processing", index, "retention"), entry.retention, texts, entry.purpose
    for index, row in enumerate(policy.kept_under_law):
        yield ("kept_under_law", index), row.retention, (row.record.ko, row.record.en), None
    for section in ("third_parties", "overseas_transfers", "pseudonymised"):
        for index, entry in enumerate(getattr(policy, section)):
            texts = (entry.purpose.ko, entry.purpose.en)
            yield (section, index, "retention"), entry.retention, texts, None


def _law_checks(
    context: ReviewContext,
) -> Iterator[tuple[KeyPath, Retention, float, list[StatutoryPeriod], StatutoryPeriod | None]]:
    for path, retention, texts, purpose in _cited(context):
        if not retention.law or not retention.has_period:
            continue
        known = periods(context.vocabulary, retention.law)
        if not known:
            continue
        period = months(retention.years, retention.months, retention.days)
        yield path, retention, period, known, kind_of(known, texts, purpose)


def _values(context: ReviewContext, retention: Retention, statutory: str) -> dict[str, object]:
    law = retention.law or ""
    return {
        "law": context.term("laws", law),
        "period": _period_text(retention),
        "statutory": statutory,
        "source": source_of(context.vocabulary, law) or context.term("laws", law),
    }


def _period_text(retention: Retention) -> Bilingual:
    parts_ko, parts_en = [], []
    for amount, ko, en in (
        (retention.years, "년", "years"),
        (retention.months, "개월", "months"),
        (retention.days, "일", "days"),
    ):
        if amount:
            parts_ko.append(f"{amount}{ko}")
            parts_en.append(f"{amount} {en}")
    return Bilingual(" ".join(parts_ko), " ".join(parts_en))


@rule(
    "retention-longer-than-law",
    "error",
    message=(
        "{period} 보관을 「{law}」에 근거한다고 했지만 이 법이 정한 기간은 {statutory}입니다({source}). 법이 정한 기간으로 줄이거나, 더 보관하는 이유를 따로 적으세요.",
        "{period} is said to be kept under the {law}, but that law sets {statutory} ({source}). "
        "Shorten it to the law's period, or give the other reason for keeping it longer.",
    ),
    why=(
        "법령이 정한 기간이 지나면 지체 없이 파기해야 합니다. 법령보다 긴 기간에 그 법을 인용하면 사실과 다른 문장이 게시됩니다.",
        "Data must be destroyed once the law's period ends; citing a law for a longer period "
        "publishes a false statement.",
    ),
    citation=("「개인정보 보호법」 제21조제1항", "PIPA art. 21(1)"),
)
def longer_than_law(context: ReviewContext) -> Iterator[Hit]:
    for path, retention, period, known, kind in _law_checks(context):
        limit = kind.months if kind else max(p.months for p in known)
        if period > limit + 0.5:
            statutory = kind.describe if kind else max(known, key=lambda p: p.months).describe
            yield Hit(
                path, _values(context, retention, Bilingual(statutory("ko"), statutory("en")))
            )


@rule(
    "retention-shorter-than-law",
    "error",
    message=(
        "{period} 보관은 「{law}」{law:이} 요구하는 {statutory}보다 짧습니다({source}). 법이 정한 기간 동안 보관하세요.",
        "{period} is shorter than the {statutory} the {law} requires ({source}). Keep it for the "
        "law's period.",
    ),
    why=(
        "법령이 보관을 요구하는 기록을 먼저 파기하면 그 법을 어기게 됩니다.",
        "Destroying records a law makes you keep breaks that law.",
    ),
    citation=(
        "「개인정보 보호법」 제21조제1항 단서, 제30조제1항제2호",
        "PIPA arts. 21(1) proviso and 30(1)2",
    ),
)
def shorter_than_law(context: ReviewContext) -> Iterator[Hit]:
    for path, retention, period, _known, kind in _law_checks(context):
        if kind and period < kind.months - 0.5:
            yield Hit(
                path,
                _values(context, retention, Bilingual(kind.describe("ko"), kind.describe("en"))),
            )


@rule(
    "retention-period-not-in-law",
    "warning",
    message=(
        "{period} 보관이 「{law}」에 근거한다고 했지만 어떤 기록인지 알 수 없고, 이 법이 정한 기간({statutory})과도 맞지 않습니다. 기록의 종류와 조문을 확인하세요.",
        "{period} is said to be kept under the {law}, but the record matches none of that law's "
        "periods ({statutory}). Check which record it is and the article.",
    ),
    why=(
        "보관 기간은 법령이 정한 기록과 기간에 맞아야 평가에서 '법령 근거'로 인정됩니다.",
        "A period kept under a law must match a record and period that law sets.",
    ),
    citation=("「개인정보 보호법」 제30조제1항제2호", "PIPA art. 30(1)2"),
)
def period_not_in_law(context: ReviewContext) -> Iterator[Hit]:
    for path, retention, period, known, kind in _law_checks(context):
        if kind is None and all(abs(period - p.months) > 0.5 for p in known):
            listing = Bilingual(
                ", ".join(p.describe("ko") for p in known),
                "; ".join(p.describe("en") for p in known),
            )
            yield Hit(path, _values(context, retention, listing))


@rule(
    "inactive-accounts-kept-long",
    "warning",
    message=(
        "휴면 계정 정보를 {period} 분리 보관하지만 근거 법령이나 이유(note)가 없습니다.",
        "Inactive accounts are stored apart for {period} with no law or reason (note) given.",
    ),
    why=(
        "휴면 계정 제도(구 「개인정보 보호법」 제39조의6)는 2023년에 삭제되었습니다. 1년 넘게 보관하려면 이유를 밝혀야 합니다.",
        "The old inactive-account rule (former PIPA art. 39-6) was repealed in 2023; keeping them "
        "over a year needs a stated reason.",
    ),
    citation=("「개인정보 보호법」 제21조제1항", "PIPA art. 21(1)"),
)
def inactive_long(context: ReviewContext) -> Iterator[Hit]:
    inactive = context.policy.destruction.inactive_accounts
    if inactive is None:
        return
    kept = inactive.kept_for
    if kept.law or kept.note or kept.until:
        return
    if months(kept.years, kept.months, kept.days) > 12.5:
        yield Hit(("destruction", "inactive_accounts", "kept_for"), {"period": _period_text(kept)})


@rule(
    "inactive-notice-missing",
    "warning",
    message=(
        "휴면 계정으로 분리하기 전에 알리는 기간(notice_days)이 0일입니다. 며칠 전에 알릴지 적으세요(보통 30일).",
        "Inactive accounts are moved with 0 days' notice (notice_days). Say how many days ahead "
        "you tell people (30 is usual).",
    ),
    why=(
        "처리방침에 '0일 전에 알려 드립니다'라는 문장이 게시됩니다. 미리 알려야 이용자가 계정을 지킬 수 있습니다.",
        "The policy would say 'we tell you 0 days before'; notice lets people keep their account.",
    ),
    citation=("개인정보 처리방침 작성지침", "PIPC drafting guideline"),
)
def inactive_notice(context: ReviewContext) -> Iterator[Hit]:
    inactive = context.policy.destruction.inactive_accounts
    if inactive is not None and inactive.notice_days == 0:
        yield Hit(("destruction", "inactive_accounts", "notice_days"))


RULES = (
    retention_open,
    kept_after_end,
    until_purpose,
    recipient_retention,
    longer_than_law,
    shorter_than_law,
    period_not_in_law,
    inactive_long,
    inactive_notice,
)
