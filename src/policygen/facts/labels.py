"""Which privacy labels a policy shows, and the one-line summary each gives in each language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n.catalogs import translations
from ..source.fields import Contact, Localized
from ..source.labelset import LabelSet, LabelSpec
from ..source.model import Policy
from .articles import applicable_articles
from .cctv import label_summary as cctv_summary
from .derived import applicable_rights, security_by_category
from .phrasing import Phrasing, capitalise_first, unique
from .remedies import AGENCIES

SUMMARY_NAMES = 2  # names shown before "and N more"
#: The labels policygen summarises from the facts: the built-in set's. A project's own label
#: shows the summary its labels file gives, or none.
SUMMARISED = frozenset((
    "items_collected", "purposes", "retention", "third_party", "entrustment", "complaints",
    "destruction", "overseas_transfer", "automatic_collection", "sensitive",
    "unique_identifiers", "pseudonymised", "automated_decisions", "rights", "security",
    "privacy_officer", "remedies", "changes", "children", "cctv",
))  # fmt: skip


@dataclass(frozen=True)
class Label:
    """A label as a policy shows it: the spec, its article number and a summary per locale."""

    spec: LabelSpec
    article_number: int
    summary: Localized | None  # None: a project's own label that states no summary

    @property
    def id(self) -> str:
        return self.spec.id


def applicable_labels(
    policy: Policy, label_set: LabelSet, say_ko: Phrasing, say_en: Phrasing
) -> list[Label]:
    """The labels for processing the business does, in set order, each with its summary."""
    numbers = {article.id: article.number for article in applicable_articles(policy)}
    labels = []
    for spec in label_set.specs:
        if spec.article not in numbers:
            continue
        summary = spec.summary
        if spec.id in SUMMARISED:  # computed from the facts, whatever a labels file says
            summary = Localized(
                ko=summarise(spec.id, policy, say_ko), en=summarise(spec.id, policy, say_en)
            )
        labels.append(Label(spec, numbers[spec.article], summary))
    return labels


def _first_and_more(names: list[str], say: Phrasing, shown: int = SUMMARY_NAMES) -> str:
    """'이메일, 휴대전화번호 외 3개' / 'Email, phone number and 3 more'."""
    _ = translations(say.locale).gettext
    if len(names) <= shown + 1:
        return say.listing(names)
    return _("%(names)s and %(count)s more") % {
        "names": ", ".join(names[:shown]),
        "count": len(names) - shown,
    }


def summarise(label_id: str, policy: Policy, say: Phrasing) -> str:
    """The one-line summary a label shows under its caption, drawn from the source."""
    _ = translations(say.locale).gettext
    vocabulary = say.vocabulary
    summaries: dict[str, Callable[[], str]] = {
        "items_collected": lambda: _first_and_more(
            say.terms("data_items", policy.items_processed), say
        ),
        "purposes": lambda: _first_and_more(
            say.terms("purposes", [entry.purpose for entry in policy.processing]), say, 1
        ),
        "retention": lambda: _retention_summary(policy, say),
        "third_party": lambda: _first_and_more(
            [say.text(party.recipient) for party in policy.third_parties], say, 1
        ),
        "entrustment": lambda: _first_and_more(
            [say.text(vendor.vendor) for vendor in policy.entrustment], say, 1
        ),
        "complaints": lambda: _contact_summary(policy.contact, say),
        "destruction": lambda: _("Destroyed without delay when no longer needed"),
        "overseas_transfer": lambda: say.listing(
            unique(say.country(transfer.country) for transfer in policy.overseas_transfers)
        ),
        "automatic_collection": lambda: (
            _("%(items)s; you can refuse") % {"items": say.items(policy.automatic_collection.items)}
            if policy.automatic_collection
            else ""
        ),
        "sensitive": lambda: say.items(
            item for entry in policy.sensitive_information for item in entry.items
        ),
        "unique_identifiers": lambda: say.items(
            item for entry in policy.unique_identifiers for item in entry.items
        ),
        "pseudonymised": lambda: _first_and_more(
            [say.text(entry.purpose) for entry in policy.pseudonymised], say, 1
        ),
        "automated_decisions": lambda: _first_and_more(
            [say.text(decision.name) for decision in policy.automated_decisions], say
        ),
        "rights": lambda: (
            _("%(count)s rights, answered within %(days)s days")
            % {
                "count": len(applicable_rights(policy, vocabulary)),
                "days": policy.rights.response_days,
            }
        ),
        "security": lambda: (
            _("%(count)s administrative, technical and physical measures")
            % {
                "count": sum(
                    len(group) for group in security_by_category(policy, vocabulary).values()
                )
            }
        ),
        "privacy_officer": lambda: _contact_summary(policy.privacy_officer, say),
        "remedies": lambda: (
            _("%(first)s, phone %(phone)s, and %(count)s more")
            % {"first": _(AGENCIES[0].name), "phone": AGENCIES[0].phone, "count": len(AGENCIES) - 1}
        ),
        "changes": lambda: _("In effect from %(date)s") % {"date": say.date(policy.effective_date)},
        "children": lambda: _("Under 14: a parent or guardian consents"),
        "cctv": lambda: cctv_summary(policy, say),
    }
    return capitalise_first(summaries[label_id]())


def _retention_summary(policy: Policy, say: Phrasing) -> str:
    """What most data is kept for, and the longest period any section of the policy states."""
    _ = translations(say.locale).gettext
    usual = say.retention(policy.usual_retention)
    longest = policy.longest_retention
    if longest is None or say.retention(longest) == usual:
        return usual
    return _("%(usual)s; the longest: %(longest)s") % {
        "usual": usual,
        "longest": say.retention(longest),
    }


def _contact_summary(contact: Contact, say: Phrasing) -> str:
    """'개인정보보호팀 02-0000-1235': who to call, in a few words."""
    return f"{say.text(contact.department or contact.name)} {contact.phone}"
