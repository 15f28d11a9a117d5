"""The personalised-advertising page against the policy: promises to children, retention.

The page (service_policies: advertising) is made from the behavioural-advertising facts plus
the company's commitments; these rules catch a page and a policy that say different things.
Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...facts.phrasing import Phrasing
from ...source.model import Retention
from ..engine import Bilingual, Hit, ReviewContext, rule

NO_CHILDREN = "no_children_under_14"


@rule(
    "ads-page-children-without-commitment",
    "error",
    message=(
        "만 14세 미만 아동이 가입하는 서비스인데 맞춤형 광고 페이지에 아동을 맞춤형 광고에서 빼겠다는 약속이 없습니다. commitments에 no_children_under_14를 적으세요.",
        "Children under 14 can join, but the personalised-advertising page makes no commitment "
        "to leave them out. Add no_children_under_14 to its commitments.",
    ),
    why=(
        "아동의 행태정보로 맞춤형 광고를 하려면 법정대리인의 별도 동의가 필요하고, 지침은 아동을 맞춤형 광고에서 빼도록 권합니다. 광고 정책 페이지가 이 점을 말하지 않으면 부모는 알 수 없습니다.",
        "Ads targeted at children need the guardian's separate consent and the PIPC's guidance "
        "asks that known children be left out; a page about ads that is silent on it leaves "
        "parents guessing.",
    ),
    citation=(
        "「개인정보 보호법」 제22조의2제1항, 맞춤형 광고 가이드라인",
        "PIPA art. 22-2(1); PIPC behavioural advertising guidance",
    ),
)
def ads_page_children(context: ReviewContext) -> Iterator[Hit]:
    page = context.policy.service_policies.advertising
    if context.policy.children is None or page is None or NO_CHILDREN in page.commitments:
        return
    yield Hit(("service_policies", "advertising"))


@rule(
    "ads-page-promise-not-in-policy",
    "error",
    message=(
        "맞춤형 광고 페이지는 만 14세 미만 아동을 맞춤형 광고에서 뺀다고 약속하지만, 처리방침의 behavioural_advertising에는 children_excluded: true가 없습니다.",
        "The personalised-advertising page promises to leave children under 14 out, but "
        "behavioural_advertising in the policy does not say children_excluded: true.",
    ),
    why=(
        "광고 정책 페이지와 처리방침이 서로 다른 말을 하면 둘 중 하나는 거짓입니다. 실제로 아동을 뺀다면 처리방침에도 적어야 합니다.",
        "When the ads page and the policy disagree, one of them is false; if children really "
        "are left out, the policy must say so too.",
    ),
    citation=("「개인정보 보호법」 제30조제1항", "PIPA art. 30(1)"),
)
def ads_page_promise(context: ReviewContext) -> Iterator[Hit]:
    page = context.policy.service_policies.advertising
    ads = context.policy.behavioural_advertising
    if page is None or ads is None or ads.children_excluded:
        return
    if NO_CHILDREN in page.commitments:
        position = page.commitments.index(NO_CHILDREN)
        yield Hit(("service_policies", "advertising", "commitments", position))


def _longer(kept: Retention, stated: Retention) -> bool:
    both = kept.has_period and stated.has_period
    return both and kept.approximate_days > stated.approximate_days


@rule(
    "advertising-behaviour-kept-longer",
    "error",
    message=(
        "맞춤형 광고 목적의 보유 기간({kept})이 행태정보 조항이 밝힌 기간({stated})보다 깁니다.",
        "Personalised advertising keeps data for {kept}, longer than the {stated} the "
        "behavioural-advertising article states.",
    ),
    why=(
        "같은 행태정보의 보유 기간을 두 조항이 다르게 말하면 짧은 쪽은 거짓이 됩니다. 실제로 지우는 시점에 맞춰 한 기간으로 적으세요.",
        "Two articles that give the same behaviour data different periods make the shorter "
        "one false; state the period after which it is really deleted, once.",
    ),
    citation=(
        "「개인정보 보호법」 제21조제1항, 제30조제1항제2호",
        "PIPA arts. 21(1) and 30(1)2",
    ),
)
def behaviour_kept_longer(context: ReviewContext) -> Iterator[Hit]:
    ads = context.policy.behavioural_advertising
    if ads is None:
        return
    ko, en = Phrasing("ko", context.vocabulary), Phrasing("en", context.vocabulary)
    for index, entry in enumerate(context.policy.processing):
        if entry.purpose == "personalised_advertising" and _longer(entry.retention, ads.retention):
            yield Hit(
                ("processing", index, "retention"),
                {
                    "kept": Bilingual(ko.retention(entry.retention), en.retention(entry.retention)),
                    "stated": Bilingual(ko.retention(ads.retention), en.retention(ads.retention)),
                },
            )


RULES = (ads_page_children, ads_page_promise, behaviour_kept_longer)
