"""The teenagers' guide: teen words, the service's own menus, and scam chats to practise on."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.features import does
from ..facts.helplines import help_lines
from ..inputs import TEENS
from ..source.dialogue import avatar_file
from .base import HubEntry, Output
from .site import Site


class TeensGuide:
    """One page per locale for middle and high school readers."""

    hub_entry = HubEntry(
        "teens",
        N_("For teenagers"),
        N_("Passwords, privacy settings, scams to spot, and what to do if something leaks."),
        describe=lambda policy: (
            N_("Passwords, privacy settings, scams to spot, and what to do if something leaks.")
            if does("accounts", policy)
            else N_("Scams to spot, what to do if something leaks, and your rights.")
        ),
    )
    inputs = (TEENS,)

    def render(self, site: Site) -> Iterator[Output]:
        sections = site.input(TEENS)
        for locale in site.locales:
            yield site.page(
                "teens/page.html",
                locale,
                f"{locale}/teens/index.html",
                sections=sections[locale],
                help_lines=help_lines(),
            )
        avatars = {s.simulation.avatar for s in sections["ko"] if s.simulation is not None}
        for avatar in sorted(avatars):
            drawing = avatar_file(site.project.source, avatar)
            yield Output(f"assets/teens/{avatar}.svg", drawing.read_bytes())
