"""The sign-up consent explained to children; published only when children under 14 may join."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.consent import consent_explainer
from ..source.model import Policy
from .base import HubEntry, Output
from .site import Site


def _has_children(policy: Policy) -> bool:
    return policy.children is not None


class ConsentExplainer:
    """What a child (and the parent beside them) agrees to at sign-up, purpose by purpose."""

    hub_entry = HubEntry(
        "consent",
        N_("What you agree to, for children"),
        N_("The sign-up consent in a child's words: what is needed, what you can skip."),
        applies=_has_children,
    )
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        if not _has_children(site.policy):
            return
        for locale in site.locales:
            yield site.page(
                "consent/page.html",
                locale,
                f"{locale}/consent/index.html",
                consent=consent_explainer(site.policy, site.phrasing(locale)),
            )
