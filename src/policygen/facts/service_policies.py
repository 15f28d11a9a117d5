"""What the service policies say in fixed words: page names and advertising commitments."""

from __future__ import annotations

from ..source.service_policies import ServicePolicies
from .articles import N_

# The block under service_policies:, its page folder, its title and its hub description.
PAGES = {
    "advertising": (
        "ads",
        N_("Personalised advertising"),
        N_("What we use to choose ads, what we never use, and how to switch them off."),
    ),
    "forget": (
        "forget",
        N_("Deleting your traces"),
        N_("How to delete your posts, hide them from search, and report posts about you."),
    ),
    "deceased": (
        "deceased",
        N_("Accounts of people who have died"),
        N_("What families can ask for, what we cannot give, and memorial accounts."),
    ),
    "privacy_by_design": (
        "principles",
        N_("Privacy by design"),
        N_("The principles we follow when we build the service."),
    ),
}

# The sentence each advertising commitment prints (source/service_policies.py AdCommitment).
COMMITMENTS = {
    "no_sensitive_information": N_(
        "We never use sensitive information, such as your health, beliefs, political views or "
        "sex life, to choose ads."
    ),
    "no_children_under_14": N_(
        "We do not show personalised ads to children we know to be under 14, and we do not use "
        "their behaviour to choose ads."
    ),
    "no_message_content": N_("We never read your private messages to choose ads."),
    "no_sale_of_profiles": N_("We do not sell interest profiles or hand them to advertisers."),
}


def declared_pages(pages: ServicePolicies) -> list[str]:
    """The keys of the service pages a source declares, in the hub's order."""
    return [key for key in PAGES if getattr(pages, key) is not None]


def commitments(pages: ServicePolicies) -> list[str]:
    """The advertising commitments declared (none without an advertising page)."""
    return list(pages.advertising.commitments) if pages.advertising else []
