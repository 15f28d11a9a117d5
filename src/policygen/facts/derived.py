"""Facts computed from the policy that several views need, in one place."""

from __future__ import annotations

from ..source.model import Policy
from ..source.vocabulary import Term, Vocabulary

SECURITY_CATEGORIES = ("administrative", "technical", "physical")


def relies_on_consent(policy: Policy) -> bool:
    """Whether anything is processed on consent, so that withdrawing consent means something."""
    bases = [entry.legal_basis for entry in policy.processing]
    bases += [party.legal_basis for party in policy.third_parties]
    bases += [transfer.basis for transfer in policy.overseas_transfers]
    return "consent" in bases or policy.children is not None


def applicable_rights(policy: Policy, vocabulary: Vocabulary) -> list[Term]:
    """The rights readers have: conditional ones only when the business does that processing."""
    conditions = {
        "portability": policy.rights.portability,
        "automated_decisions": bool(policy.automated_decisions),
        "consent": relies_on_consent(policy),
    }
    return [
        term
        for term in vocabulary.terms["rights"].values()
        if conditions.get(term.extra.get("condition", ""), True)
    ]


def security_by_category(policy: Policy, vocabulary: Vocabulary) -> dict[str, list[str]]:
    """Security measure ids grouped as the law groups them; custom ones may fall under 'other'."""
    groups: dict[str, list[str]] = {}
    for measure in policy.security_measures:
        category = vocabulary.get("security_measures", measure).extra.get("category", "other")
        groups.setdefault(category if category in SECURITY_CATEGORIES else "other", []).append(
            measure
        )
    return groups
