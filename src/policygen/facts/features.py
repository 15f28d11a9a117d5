"""What the business does, as one table of named yes/no facts about a policy.

The legal policy's conditional articles, the children's chat's `when:` and the teenagers' guide
all ask these by name, so "does the business do X" is answered in one place. The chat's
`Condition` names in source/dialogue.py are kept equal to this table by a test.
"""

from __future__ import annotations

from collections.abc import Callable

from ..source.model import Policy
from .phrasing import unique

MESSAGE_ITEMS = ("message_content",)
DELIVERY_PURPOSES = ("service_provision",)
ACCOUNT_ITEMS = ("password",)  # a password is only ever kept for an account
ACCOUNT_PURPOSES = ("account_management",)


def scan_purposes(policy: Policy) -> list[str]:
    """Purposes other than delivering messages that use message content (e.g. spam checks)."""
    return unique(
        entry.purpose
        for entry in policy.processing
        if entry.purpose not in DELIVERY_PURPOSES
        and any(item in MESSAGE_ITEMS for item in entry.all_items)
    )


def reads_messages(policy: Policy) -> bool:
    """Whether a computer reads message content for something other than delivering it."""
    decisions = any(
        item in MESSAGE_ITEMS for decision in policy.automated_decisions for item in decision.items
    )
    return decisions or bool(scan_purposes(policy))


def shows_ads(policy: Policy) -> bool:
    """Whether the policy shows personalised advertising (as a purpose or a section)."""
    purposes = [entry.purpose for entry in policy.processing]
    if policy.automatic_collection:
        purposes += policy.automatic_collection.purposes
    return policy.behavioural_advertising is not None or "personalised_advertising" in purposes


def _automatic_items(policy: Policy) -> bool:
    automatic = any(entry.automatic_items for entry in policy.processing)
    return automatic or policy.automatic_collection is not None


def has_accounts(policy: Policy) -> bool:
    """Whether readers have accounts to log in to: a password or account management is declared."""
    items = any(item in ACCOUNT_ITEMS for item in policy.items_processed)
    return items or any(entry.purpose in ACCOUNT_PURPOSES for entry in policy.processing)


def has_usual_retention(policy: Policy) -> bool:
    """Whether one retention covers most of the items, so 'usually we keep it …' is true."""
    usual = policy.usual_retention
    total = sum(len(entry.all_items) for entry in policy.processing)
    covered = sum(len(e.all_items) for e in policy.processing if e.retention == usual)
    return covered * 2 > total


def _kept_longer(policy: Policy) -> bool:
    longest = policy.longest_retention
    return longest is not None and longest != policy.usual_retention


FEATURES: dict[str, Callable[[Policy], bool]] = {
    "always": lambda p: True,
    "third_parties": lambda p: bool(p.third_parties),
    "entrustment": lambda p: bool(p.entrustment),
    "overseas_transfers": lambda p: bool(p.overseas_transfers),
    "sharing": lambda p: bool(p.third_parties or p.entrustment or p.overseas_transfers),
    "children": lambda p: p.children is not None,
    "accounts": has_accounts,
    "login": has_accounts,  # one fact, named as the sentences that depend on it read
    "automatic_items": _automatic_items,
    "automatic_collection": lambda p: p.automatic_collection is not None,
    "optional_items": lambda p: bool(p.optional_only_items),
    "kept_under_law": lambda p: bool(p.kept_under_law),
    "kept_longer": _kept_longer,
    "usual_retention": has_usual_retention,
    "mixed_retention": lambda p: not has_usual_retention(p),
    "automated_decisions": lambda p: bool(p.automated_decisions),
    "portability": lambda p: p.rights.portability,
    "third_parties_consent": lambda p: any(t.legal_basis == "consent" for t in p.third_parties),
    "third_parties_other": lambda p: any(t.legal_basis != "consent" for t in p.third_parties),
    "consent_purposes": lambda p: any(e.legal_basis == "consent" for e in p.processing),
    "ads": shows_ads,
    "behavioural_advertising": lambda p: p.behavioural_advertising is not None,
    "ads_children_excluded": lambda p: bool(
        p.behavioural_advertising and p.behavioural_advertising.children_excluded
    ),
    "message_scanning": reads_messages,
    "eu_children": lambda p: bool(p.gdpr and p.gdpr.child_consent_age and p.children),
    "sensitive_information": lambda p: bool(p.sensitive_information),
    "sensitive_disclosure": lambda p: p.sensitive_disclosure is not None,
    "unique_identifiers": lambda p: bool(p.unique_identifiers),
    "pseudonymised": lambda p: bool(p.pseudonymised),
    "cctv": lambda p: bool(p.cctv),
    "domestic_representative": lambda p: p.domestic_representative is not None,
}


def does(feature: str, policy: Policy) -> bool:
    """Whether the business does `feature` (a name of FEATURES)."""
    return FEATURES[feature](policy)
