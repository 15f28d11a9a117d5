"""What changed between two versions of a policy, in plain words for readers (and editors).

Driven by the model: every section of `Policy` either has a reporter that says in detail what
changed, or is named in a general sentence; a difference is never left unsaid. A new section
must be given a name in SECTIONS (a test fails until it is).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import Any

from ..i18n.catalogs import translations
from ..i18n.josa import particle
from ..source.model import Policy, Processing
from ..source.service_policies import ServicePolicies
from .articles import N_
from .cctv import changes as cctv_changes
from .phrasing import Phrasing, unique
from .service_policies import COMMITMENTS, PAGES, commitments, declared_pages

# Sections whose differences readers are not told about: the version list itself (the changes
# page is organised by it), the badge colour, and the definitions of custom terms (their use in
# items and purposes is reported where it changes).
# The transparency report is published beside the policy, not in it: its figures grow every
# period, and a new period is not a change of what the policy says. Whether the project is a
# fictional example is a banner, not a fact of the policy.
UNREPORTED = frozenset({"history", "brand", "terms", "transparency", "example"})

# Every other section, by the name a sentence gives it when it changed in a way no detailed
# reporter describes.
SECTIONS: dict[str, str] = {
    "controller": N_("who is responsible for your information"),
    "privacy_officer": N_("the privacy officer"),
    "complaints_department": N_("the department that handles requests and complaints"),
    "processing": N_("purposes and items"),
    "kept_under_law": N_("records kept because a law requires it"),
    "destruction": N_("how information is destroyed"),
    "security_measures": N_("security measures"),
    "rights": N_("your rights and how to use them"),
    "third_parties": N_("provision to third parties"),
    "entrustment": N_("entrusted processing"),
    "overseas_transfers": N_("transfers abroad"),
    "children": N_("children under 14"),
    "automatic_collection": N_("cookies and similar devices"),
    "behavioural_advertising": N_("personalised advertising"),
    "automated_decisions": N_("automated decisions"),
    "pseudonymised": N_("pseudonymised information"),
    "sensitive_information": N_("sensitive information"),
    "sensitive_disclosure": N_("sensitive information others may see"),
    "unique_identifiers": N_("unique identifiers"),
    "domestic_representative": N_("the domestic representative"),
    "cctv": N_("CCTV"),
    "change_notice": N_("how we announce changes to this policy"),
    "gdpr": N_("information for readers in the EU"),
    "service_menus": N_("where to find privacy tools in the service"),
    "service_policies": N_("the service policies beside this policy"),
}

Reporter = Callable[[Any, Any, Phrasing], list[str]]


def _added_removed(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    return [v for v in new if v not in old], [v for v in old if v not in new]


def _lists(
    added: str, removed: str, name: Callable[[Any, Phrasing], str], show: str = "listing"
) -> Reporter:
    """A reporter for a list section: which entries (by `name`) came and went."""

    def report(old: list[Any], new: list[Any], say: Phrasing) -> list[str]:
        _ = translations(say.locale).gettext
        before = [name(entry, say) for entry in old]
        after = [name(entry, say) for entry in new]
        plus, minus = _added_removed(before, after)
        sentences = []
        if plus:
            sentences.append(_(added) % {"what": say.listing(plus)})
        if minus:
            sentences.append(_(removed) % {"what": say.listing(minus)})
        return sentences

    return report


def _switch(now: str, no_longer: str) -> Reporter:
    """A reporter for an optional block: started or stopped (other edits: the general sentence)."""

    def report(old: Any, new: Any, say: Phrasing) -> list[str]:
        _ = translations(say.locale).gettext
        if (old is None) == (new is None):
            return []
        return [_(now) if new is not None else _(no_longer)]

    return report


def _processing(old: list[Processing], new: list[Processing], say: Phrasing) -> list[str]:
    _ = translations(say.locale).gettext
    sentences: list[str] = []
    items_before = unique(item for entry in old for item in entry.all_items)
    items_after = unique(item for entry in new for item in entry.all_items)
    plus, minus = _added_removed(items_before, items_after)
    if plus:
        sentences.append(_("New items we process: %(what)s.") % {"what": say.items(plus)})
    if minus:
        sentences.append(_("Items we no longer process: %(what)s.") % {"what": say.items(minus)})
    plus, minus = _added_removed([e.purpose for e in old], [e.purpose for e in new])
    if plus:
        sentences.append(
            _("New purposes: %(what)s.") % {"what": say.listing(say.terms("purposes", plus))}
        )
    if minus:
        sentences.append(
            _("Purposes we dropped: %(what)s.")
            % {"what": say.listing(say.terms("purposes", minus))}
        )
    moved = _moved_items(old, new)
    for item, (left, joined) in moved.items():
        sentences.append(
            _("We now use %(item)s for %(new)s instead of %(old)s.")
            % {
                "item": say.items([item]),
                "new": say.listing(say.terms("purposes", joined)),
                "old": say.listing(say.terms("purposes", left)),
            }
        )
    for entry in new:
        before = next((e for e in old if e.purpose == entry.purpose), None)
        if before is not None:
            sentences += _purpose_changes(before, entry, say, set(moved))
    return sentences


def _moved_items(
    old: list[Processing], new: list[Processing]
) -> dict[str, tuple[list[str], list[str]]]:
    """Items that left some purposes and joined others: (purposes left, purposes joined)."""

    def uses(entries: list[Processing], item: str) -> list[str]:
        return [e.purpose for e in entries if item in e.all_items]

    kept = {e.purpose for e in old} & {e.purpose for e in new}
    moved = {}
    for item in unique(i for entry in new for i in entry.all_items):
        before, after = uses(old, item), uses(new, item)
        left = [p for p in before if p not in after and p in kept]
        joined = [p for p in after if p not in before and p in kept]
        if left and joined:
            moved[item] = (left, joined)
    return moved


def _purpose_changes(
    before: Processing, after: Processing, say: Phrasing, moved: AbstractSet[str] = frozenset()
) -> list[str]:
    """What changed within one purpose: its items, which are required, its basis, its period."""
    _ = translations(say.locale).gettext
    purpose = say.term("purposes", after.purpose)
    sentences = []
    plus, minus = _added_removed(before.all_items, after.all_items)
    plus, minus = [i for i in plus if i not in moved], [i for i in minus if i not in moved]
    if plus:
        sentences.append(
            _("For %(purpose)s we now also use %(what)s.")
            % {"purpose": purpose, "what": say.items(plus)}
        )
    if minus:
        sentences.append(
            _("For %(purpose)s we no longer use %(what)s.")
            % {"purpose": purpose, "what": say.items(minus)}
        )
    now_required = [i for i in after.required_items if i in before.optional_items]
    now_optional = [i for i in after.optional_items if i in before.required_items]
    if now_required:
        sentences.append(
            _("For %(purpose)s, %(what)s are now required.")
            % {"purpose": purpose, "what": say.items(now_required)}
        )
    if now_optional:
        sentences.append(
            _("For %(purpose)s, %(what)s are now optional.")
            % {"purpose": purpose, "what": say.items(now_optional)}
        )
    if before.legal_basis != after.legal_basis:
        sentences.append(
            _("The legal basis for %(purpose)s changed from %(old)s to %(new)s.")
            % {
                "purpose": purpose,
                "old": say.term("legal_bases", before.legal_basis),
                "new": say.term("legal_bases", after.legal_basis),
            }
        )
    if before.retention != after.retention:
        old, new = say.retention(before.retention), say.retention(after.retention)
        if old != new:
            # the Korean sentence quotes the new period, then the particle that agrees with it
            sentences.append(
                _("Retention for %(purpose)s changed from %(old)s to %(new)s.")
                % {"purpose": purpose, "old": old, "new": new, "to": particle(new, "으로")}
            )
        else:  # the same period, with another law, article or note
            sentences.append(
                _("Retention for %(purpose)s is still %(period)s; its legal basis or note changed.")
                % {"purpose": purpose, "period": new}
            )
    return sentences


def _service_policies(old: ServicePolicies, new: ServicePolicies, say: Phrasing) -> list[str]:
    """Service pages that came or went, and advertising promises made or withdrawn."""
    _ = translations(say.locale).gettext
    sentences = []
    plus, minus = _added_removed(declared_pages(old), declared_pages(new))
    if plus:
        what = say.listing([_(PAGES[key][1]) for key in plus])
        sentences.append(_("New pages beside this policy: %(what)s.") % {"what": what})
    if minus:
        what = say.listing([_(PAGES[key][1]) for key in minus])
        sentences.append(
            _("Pages we no longer publish beside this policy: %(what)s.") % {"what": what}
        )
    if old.advertising is None or new.advertising is None:
        return sentences  # a page that came or went: its promises came or went with it
    plus, minus = _added_removed(commitments(old), commitments(new))
    for key in plus:
        sentences.append(
            _("A new promise about personalised ads: %(what)s") % {"what": _(COMMITMENTS[key])}
        )
    for key in minus:
        sentences.append(
            _("We withdrew this promise about personalised ads: %(what)s")
            % {"what": _(COMMITMENTS[key])}
        )
    return sentences


REPORTERS: dict[str, Reporter] = {
    "service_policies": _service_policies,
    "processing": _processing,
    "third_parties": _lists(
        N_("New recipients of personal information: %(what)s."),
        N_("Recipients we no longer provide personal information to: %(what)s."),
        lambda party, say: say.text(party.recipient),
    ),
    "entrustment": _lists(
        N_("New vendors processing personal information for us: %(what)s."),
        N_("Vendors we no longer use: %(what)s."),
        lambda vendor, say: say.text(vendor.vendor),
    ),
    "overseas_transfers": _lists(
        N_("New transfers abroad: %(what)s."),
        N_("Transfers abroad that ended: %(what)s."),
        lambda transfer, say: f"{say.text(transfer.recipient)} ({say.country(transfer.country)})",
    ),
    "automated_decisions": _lists(
        N_("New automated decisions: %(what)s."),
        N_("Automated decisions we stopped: %(what)s."),
        lambda decision, say: say.text(decision.name),
    ),
    "cctv": cctv_changes,
    "children": _switch(
        N_("We now accept children under 14, with a parent's or guardian's consent."),
        N_("We no longer accept children under 14."),
    ),
    "automatic_collection": _switch(
        N_("We now use cookies and similar devices."),
        N_("We no longer use cookies and similar devices."),
    ),
    "behavioural_advertising": _switch(
        N_("We now show personalised advertising."),
        N_("We no longer show personalised advertising."),
    ),
}


def policy_changes(old: Policy, new: Policy, say: Phrasing) -> list[str]:
    """Sentences describing every fact that differs between `old` and `new`."""
    _ = translations(say.locale).gettext
    changes: list[str] = []
    for field in Policy.model_fields:
        if field in UNREPORTED:
            continue
        before, after = getattr(old, field), getattr(new, field)
        if before == after:
            continue
        reporter = REPORTERS.get(field)
        sentences = reporter(before, after, say) if reporter else []
        changes += sentences or [
            _("What we say about %(section)s changed.") % {"section": _(SECTIONS[field])}
        ]
    return changes
