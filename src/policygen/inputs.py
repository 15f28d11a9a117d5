"""The project folders that more than one view (or the review) reads, declared once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .facts.articles import ARTICLES
from .facts.chat import PLACEHOLDERS, Chat, chats
from .facts.consent import consent_explainer
from .facts.guide import GUIDE_PLACEHOLDERS, GuideChapter, guide_chapters
from .facts.phrasing import Phrasing
from .facts.teens import TeenSection, teen_sections
from .i18n import LOCALES
from .project import Project, ProjectInput, load_project
from .review.check import review
from .review.engine import Finding
from .source.dialogue import DIALOGUE_DIR, LoadedDialogue, load_dialogue
from .source.guide import GUIDE_DIR, LoadedGuide, load_guide
from .source.labelset import LABELS_DIR, LabelSet, load_label_set
from .source.load import LoadedPolicy
from .source.teens import TEENS_DIR, LoadedTeens, load_teens
from .source.transparency_faq import TRANSPARENCY_DIR, LoadedFaq, load_faq
from .source.vocabulary import Vocabulary


@dataclass(frozen=True)
class ChatInput:
    """The children's chat script and the conversation it makes for this policy, per locale."""

    dialogue: LoadedDialogue
    chats: dict[str, Chat]


def _read_dialogue(source: Path, vocabulary: Vocabulary) -> LoadedDialogue:
    return load_dialogue(source, set(PLACEHOLDERS), set(vocabulary.ids("data_items")))


def _fill_chat(dialogue: LoadedDialogue, loaded: LoadedPolicy) -> ChatInput:
    phrasings = [Phrasing(locale, loaded.vocabulary) for locale in LOCALES]
    return ChatInput(dialogue, chats(dialogue, loaded.policy, phrasings))


def _read_guide(source: Path, _vocabulary: Vocabulary) -> LoadedGuide:
    return load_guide(source, set(GUIDE_PLACEHOLDERS))


def _fill_guide(guide: LoadedGuide, loaded: LoadedPolicy) -> dict[str, list[GuideChapter]]:
    return {
        locale: guide_chapters(guide, loaded.policy, Phrasing(locale, loaded.vocabulary))
        for locale in LOCALES
    }


def _read_teens(source: Path, _vocabulary: Vocabulary) -> LoadedTeens:
    return load_teens(source, set(GUIDE_PLACEHOLDERS))


def _fill_teens(teens: LoadedTeens, loaded: LoadedPolicy) -> dict[str, list[TeenSection]]:
    return {
        locale: teen_sections(teens, loaded.policy, Phrasing(locale, loaded.vocabulary))
        for locale in LOCALES
    }


def _read_labels(source: Path, _vocabulary: Vocabulary) -> LabelSet:
    return load_label_set(source, tuple(spec.id for spec in ARTICLES))


CHAT: ProjectInput[LoadedDialogue, ChatInput] = ProjectInput(
    "chat", DIALOGUE_DIR, _read_dialogue, _fill_chat
)
GUIDE: ProjectInput[LoadedGuide, dict[str, list[GuideChapter]]] = ProjectInput(
    "guide", GUIDE_DIR, _read_guide, _fill_guide
)
LABELS: ProjectInput[LabelSet, LabelSet] = ProjectInput("labels", LABELS_DIR, _read_labels)
TEENS: ProjectInput[LoadedTeens, dict[str, list[TeenSection]]] = ProjectInput(
    "teens", TEENS_DIR, _read_teens, _fill_teens
)
TRANSPARENCY_FAQ: ProjectInput[LoadedFaq, LoadedFaq] = ProjectInput(
    "transparency_faq", TRANSPARENCY_DIR, lambda source, _vocabulary: load_faq(source)
)


def load_for_review(source: Path) -> Project:
    """The policy with the chat and guide made from it: everything the review rules read."""
    return load_project(source, (CHAT, GUIDE, TEENS))


def review_project(project: Project) -> list[Finding]:
    """Every review finding for a project loaded with load_for_review."""
    loaded = project.loaded
    reader_texts = {
        "teens": {
            locale: [text for section in sections for text in section.texts]
            for locale, sections in project.get(TEENS).items()
        }
    }
    if loaded.policy.children is not None:
        reader_texts["consent"] = {
            locale: consent_explainer(loaded.policy, Phrasing(locale, loaded.vocabulary)).texts
            for locale in LOCALES
        }
    return review(loaded, project.get(CHAT).chats, project.get(GUIDE), reader_texts)
