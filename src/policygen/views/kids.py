"""The children's version: a messenger chat between two characters, per locale."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from ..facts.articles import N_
from .base import HubEntry, Output
from .site import Site


class KidsChat:
    """Ryan and Choonsik (or the project's own cast) explain the policy to a child."""

    name = "kids"
    hub_entry = HubEntry(
        "kids",
        N_("For children"),
        N_("A chat that explains the policy in words children understand."),
    )

    def render(self, site: Site) -> Iterator[Output]:
        dialogue = site.dialogue.dialogue
        for locale in site.locales:
            yield site.page(
                "kids/page.html",
                locale,
                f"{locale}/kids/index.html",
                chat=site.chats[locale],
                cast=dialogue.cast,
                reader_voice=dialogue.reader_voice,
            )
        folder = resources.files("policygen") / "avatars"
        for avatar in sorted({character.avatar for character in dialogue.cast.values()}):
            yield Output(f"assets/avatars/{avatar}.svg", (folder / f"{avatar}.svg").read_bytes())
