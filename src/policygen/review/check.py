"""Review a loaded project with every registered rule."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .engine import Finding, ReviewContext, run
from .rules import RULES

if TYPE_CHECKING:
    from ..facts.chat import Chat
    from ..facts.guide import GuideChapter
    from ..source.load import LoadedPolicy


def review(
    loaded: LoadedPolicy,
    chats: Mapping[str, Chat],
    guide: Mapping[str, list[GuideChapter]],
    reader_texts: Mapping[str, Mapping[str, list[str]]] | None = None,
) -> list[Finding]:
    """Every finding for a policy and the reader pages made from it, most severe first."""
    context = ReviewContext(loaded.policy, loaded.vocabulary, chats, guide, reader_texts or {})
    return run(RULES, context, loaded)
