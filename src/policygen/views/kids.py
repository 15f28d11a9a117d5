"""The children's version: a messenger chat between two characters, per locale."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..inputs import CHAT
from ..source.dialogue import avatar_file
from .base import HubEntry, Output
from .site import Site


class KidsChat:
    """Ryan and Choonsik (or the project's own cast) explain the policy to a child."""

    hub_entry = HubEntry(
        "kids",
        N_("For children"),
        N_("A chat that explains the policy in words children understand."),
    )
    inputs = (CHAT,)

    def render(self, site: Site) -> Iterator[Output]:
        chat = site.input(CHAT)
        dialogue = chat.dialogue.dialogue
        for locale in site.locales:
            yield site.page(
                "kids/page.html",
                locale,
                f"{locale}/kids/index.html",
                chat=chat.chats[locale],
                cast=dialogue.cast,
                reader_voice=dialogue.reader_voice,
            )
        # one file per character, named after it: text browsers print an image's file name
        for character_id, character in sorted(dialogue.cast.items()):
            yield Output(
                f"assets/cast/{character_id}.svg",
                avatar_file(site.project.source, character.avatar).read_bytes(),
            )
