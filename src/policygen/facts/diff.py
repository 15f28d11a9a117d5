"""What changed between two versions of a policy, in plain words for readers (and editors)."""

from __future__ import annotations

from collections.abc import Callable

from ..i18n.catalogs import translations
from ..source.model import Policy
from .phrasing import Phrasing, unique


def _all_items(policy: Policy) -> list[str]:
    return unique(item for entry in policy.processing for item in entry.all_items)


def _added_removed(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    return [value for value in new if value not in old], [
        value for value in old if value not in new
    ]


def policy_changes(old: Policy, new: Policy, say: Phrasing) -> list[str]:
    """Sentences describing every fact that differs between `old` and `new`."""
    _ = translations(say.locale).gettext
    changes: list[str] = []

    def report(
        old_values: list[str],
        new_values: list[str],
        added: str,
        removed: str,
        show: Callable[[list[str]], str],
    ) -> None:
        plus, minus = _added_removed(old_values, new_values)
        if plus:
            changes.append(added % {"what": show(plus)})
        if minus:
            changes.append(removed % {"what": show(minus)})

    report(
        _all_items(old),
        _all_items(new),
        _("New items we process: %(what)s."),
        _("Items we no longer process: %(what)s."),
        say.items,
    )
    old_purposes = [entry.purpose for entry in old.processing]
    new_purposes = [entry.purpose for entry in new.processing]
    report(
        old_purposes,
        new_purposes,
        _("New purposes: %(what)s."),
        _("Purposes we dropped: %(what)s."),
        lambda ids: say.listing(say.terms("purposes", ids)),
    )
    for entry in new.processing:
        before = next((e for e in old.processing if e.purpose == entry.purpose), None)
        if before is not None and before.retention != entry.retention:
            changes.append(
                _("Retention for %(purpose)s changed from %(old)s to %(new)s.")
                % {
                    "purpose": say.term("purposes", entry.purpose),
                    "old": say.retention(before.retention),
                    "new": say.retention(entry.retention),
                }
            )
    report(
        [say.text(p.recipient) for p in old.third_parties],
        [say.text(p.recipient) for p in new.third_parties],
        _("New recipients of personal information: %(what)s."),
        _("Recipients we no longer provide personal information to: %(what)s."),
        say.listing,
    )
    report(
        [say.text(v.vendor) for v in old.entrustment],
        [say.text(v.vendor) for v in new.entrustment],
        _("New vendors processing personal information for us: %(what)s."),
        _("Vendors we no longer use: %(what)s."),
        say.listing,
    )
    report(
        [f"{say.text(t.recipient)} ({say.country(t.country)})" for t in old.overseas_transfers],
        [f"{say.text(t.recipient)} ({say.country(t.country)})" for t in new.overseas_transfers],
        _("New transfers abroad: %(what)s."),
        _("Transfers abroad that ended: %(what)s."),
        say.listing,
    )
    report(
        [say.text(d.name) for d in old.automated_decisions],
        [say.text(d.name) for d in new.automated_decisions],
        _("New automated decisions: %(what)s."),
        _("Automated decisions we stopped: %(what)s."),
        say.listing,
    )
    if (old.children is None) != (new.children is None):
        changes.append(
            _("We now accept children under 14, with a parent's or guardian's consent.")
            if new.children
            else _("We no longer accept children under 14.")
        )
    if (old.automatic_collection is None) != (new.automatic_collection is None):
        changes.append(
            _("We now use cookies and similar devices.")
            if new.automatic_collection
            else _("We no longer use cookies and similar devices.")
        )
    if old.destruction.inactive_accounts != new.destruction.inactive_accounts:
        changes.append(_("The rules for storing unused accounts separately changed."))
    if (old.privacy_officer.phone, old.privacy_officer.email) != (
        new.privacy_officer.phone,
        new.privacy_officer.email,
    ) or old.privacy_officer.name != new.privacy_officer.name:
        changes.append(_("The privacy officer or their contact details changed."))
    return changes
