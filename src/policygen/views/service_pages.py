"""Service policies beside the legal policy: personalised ads, deleting your traces, the deceased,
privacy by design. Each is published, and listed on the hub, only when the source declares it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..facts.service_policies import COMMITMENTS, PAGES
from ..source.model import Policy
from .base import HubEntry, Output
from .site import Site


@dataclass(frozen=True)
class ServicePage:
    """One service policy: the source block it shows, its page, and its offer on the hub."""

    key: str  # the block under service_policies:
    hub_entry: HubEntry
    inputs: tuple[Any, ...] = ()

    def section(self, policy: Policy) -> Any:
        return getattr(policy.service_policies, self.key)

    def render(self, site: Site) -> Iterator[Output]:
        section = self.section(site.policy)
        if section is None:
            return
        folder = self.hub_entry.folder
        for locale in site.locales:
            yield site.page(
                f"service/{folder}.html",
                locale,
                f"{locale}/{folder}/index.html",
                section=section,
                commitments=COMMITMENTS,
            )


def _declared(key: str) -> Callable[[Policy], bool]:
    return lambda policy: getattr(policy.service_policies, key) is not None


SERVICE_PAGES = tuple(
    ServicePage(key, HubEntry(folder, title, description, applies=_declared(key)))
    for key, (folder, title, description) in PAGES.items()
)
