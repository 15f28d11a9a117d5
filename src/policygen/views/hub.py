"""The language entrance (build/index.html) and each locale's hub of the four versions."""

from __future__ import annotations

from collections.abc import Iterator

from .base import Output
from .site import Site


class Entrance:
    """A bilingual front door that sends readers to their language."""

    hub_entry = None
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        yield site.page("entrance.html", None, "index.html")


class Hub:
    """Per locale: the versions of the policy, made for different readers."""

    hub_entry = None
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            yield site.page(
                "hub.html",
                locale,
                f"{locale}/index.html",
                entries=[entry for entry in site.hub_entries if entry.applies(site.policy)],
            )
