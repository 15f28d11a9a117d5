"""Everything one build reads: the policy, the chat scripts, and the chat filled from the policy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import Problem, UserError
from .facts.chat import PLACEHOLDERS, Chat, chats
from .facts.guide import GUIDE_PLACEHOLDERS, GuideChapter, guide_chapters
from .facts.phrasing import Phrasing
from .facts.readability import Readability, chat_readability
from .i18n import LOCALES
from .source.dialogue import LoadedDialogue, load_dialogue
from .source.guide import load_guide
from .source.load import LoadedPolicy, load_policy
from .source.versions import load_versions
from .source.vocabulary import builtin_vocabulary


@dataclass(frozen=True)
class Project:
    """A validated project: nothing is written until all of this loaded without problems."""

    loaded: LoadedPolicy
    dialogue: LoadedDialogue
    chats: dict[str, Chat]
    guide: dict[str, list[GuideChapter]]
    versions: list[LoadedPolicy]

    @property
    def readability(self) -> Readability:
        def texts(locale: str) -> list[str]:
            return [line.text for scene in self.chats[locale].scenes for line in scene.lines]

        return chat_readability(texts("en"), texts("ko"))


def load_project(source: Path) -> Project:
    """Read and check the policy and the chat scripts, reporting all their problems together."""
    problems: list[Problem] = []
    loaded = None
    try:
        loaded = load_policy(source)
    except UserError as error:
        problems += error.problems
    vocabulary = loaded.vocabulary if loaded else builtin_vocabulary()
    dialogue = guide = None
    versions: list[LoadedPolicy] = []
    try:
        versions = load_versions(source)
    except UserError as error:
        problems += error.problems
    try:
        dialogue = load_dialogue(source, set(PLACEHOLDERS), set(vocabulary.ids("data_items")))
    except UserError as error:
        problems += error.problems
    try:
        guide = load_guide(source, set(GUIDE_PLACEHOLDERS))
    except UserError as error:
        problems += error.problems
    if problems or loaded is None or dialogue is None or guide is None:
        raise UserError(problems)
    phrasings = [Phrasing(locale, loaded.vocabulary) for locale in LOCALES]
    filled_chats = filled_guide = None
    try:
        filled_chats = chats(dialogue, loaded.policy, phrasings)
    except UserError as error:
        problems += error.problems
    try:
        filled_guide = {say.locale: guide_chapters(guide, loaded.policy, say) for say in phrasings}
    except UserError as error:
        problems += error.problems
    if problems or filled_chats is None or filled_guide is None:
        raise UserError(problems)
    return Project(loaded, dialogue, filled_chats, filled_guide, versions)
