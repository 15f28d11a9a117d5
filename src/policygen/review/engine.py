"""The review engine: rules are data plus a check; the engine locates and sorts what they find.

A rule never knows about files: its hit names the source it points at (the policy, the chat
script or the senior guide) and, for the policy, the key path of the fact. The engine turns that
into a file and line. Messages are Korean and English templates; `{name}` inserts a value and
`{name:을}` the Korean particle that agrees with it (i18n/josa.py), so no message hard-codes
"을(를)".
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from babel import Locale

from ..errors import Location
from ..i18n.josa import particle
from ..source.fields import Localized
from ..source.model import Policy
from ..source.vocabulary import Vocabulary

if TYPE_CHECKING:
    from ..facts.chat import Chat
    from ..facts.guide import GuideChapter
    from ..source.load import LoadedPolicy

Severity = Literal["error", "warning", "note"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "note": 2}
Source = Literal["policy", "dialogues", "guide", "teens"]
KeyPath = tuple[str | int, ...]
Check = Callable[["ReviewContext"], Iterator["Hit"]]


@dataclass(frozen=True)
class Bilingual:
    """A Korean and an English text; rules carry their wording as these."""

    ko: str
    en: str

    def __call__(self, locale: str) -> str:
        return self.ko if locale == "ko" else self.en


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: which source, where in it, and the values its message needs."""

    path: KeyPath = ()
    values: Mapping[str, Any] = field(default_factory=dict)
    source: Source = "policy"


@dataclass(frozen=True)
class ReviewContext:
    """What rules read: the policy, its vocabulary, and the chat and guide made from it."""

    policy: Policy
    vocabulary: Vocabulary
    chats: Mapping[str, Chat] = field(default_factory=dict)
    guide: Mapping[str, list[GuideChapter]] = field(default_factory=dict)
    # What other reader pages say, by page and locale (e.g. "teens", "consent"): plain sentences.
    reader_texts: Mapping[str, Mapping[str, list[str]]] = field(default_factory=dict)

    def term(self, kind: str, term_id: str) -> Bilingual:
        """A vocabulary term as message text in both languages."""
        term = self.vocabulary.get(kind, term_id)
        return Bilingual(term.ko, term.en)

    @staticmethod
    def country(code: str) -> Bilingual:
        """A country code as its name in both languages (일본 / Japan), as readers know it."""
        ko, en = (Locale(locale).territories.get(code, code) for locale in ("ko", "en"))
        return Bilingual(str(ko), str(en))


@dataclass(frozen=True)
class Rule:
    """One review rule: what it says, why, the provision it rests on, and its check."""

    id: str
    severity: Severity
    message: Bilingual
    why: Bilingual
    citation: Bilingual
    check: Check


def rule(
    rule_id: str,
    severity: Severity,
    *,
    message: tuple[str, str],
    why: tuple[str, str],
    citation: tuple[str, str],
) -> Callable[[Check], Rule]:
    """Make a check function into a Rule; message, why and citation are (Korean, English)."""

    def make(check: Check) -> Rule:
        return Rule(
            rule_id, severity, Bilingual(*message), Bilingual(*why), Bilingual(*citation), check
        )

    return make


class _Word:
    """A value in a message: `{x}` prints it, `{x:을}` prints the particle that agrees with it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __format__(self, spec: str) -> str:
        return particle(self.text, spec) if spec else self.text


def _text(value: Any, locale: str) -> str:
    if isinstance(value, Bilingual | Localized):
        return value(locale)
    if isinstance(value, list | tuple):
        return ", ".join(_text(part, locale) for part in value)
    return str(value)


def fill(template: str, values: Mapping[str, Any], locale: str) -> str:
    """A message template with its values (and agreeing particles) in one language."""
    words = {key: _Word(_text(value, locale)) for key, value in values.items()}
    return string.Formatter().vformat(template, (), words)


@dataclass(frozen=True)
class Finding:
    """One thing to fix, with where and why."""

    rule: Rule
    location: Location
    values: Mapping[str, Any]

    def message(self, locale: str) -> str:
        return fill(self.rule.message(locale), self.values, locale)

    def as_dict(self, locale: str) -> dict[str, Any]:
        return {
            "rule": self.rule.id,
            "severity": self.rule.severity,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "message": self.message(locale),
            "why": self.rule.why(locale),
            "citation": self.rule.citation(locale),
        }


_FOLDERS: dict[str, str] = {"dialogues": "dialogues/", "guide": "guide/", "teens": "teens/"}


def locate(hit: Hit, loaded: LoadedPolicy) -> Location:
    """Where a hit points: the fact's file and line, or the folder of the chat or guide."""
    if hit.source == "policy":
        return loaded.source.locate(hit.path)
    return Location(_FOLDERS[hit.source])


def run(rules: tuple[Rule, ...], context: ReviewContext, loaded: LoadedPolicy) -> list[Finding]:
    """Every finding of every rule, most severe first, then by place."""
    findings = [
        Finding(rule, locate(hit, loaded), hit.values)
        for rule in rules
        for hit in rule.check(context)
    ]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.rule.severity], f.location, f.rule.id))
