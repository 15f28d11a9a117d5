"""Readability of the children's chat, computed offline.

English: the Flesch-Kincaid grade level, with syllables counted by a vowel-group rule (the
standard formula; dictionaries are not needed at this precision). Korean has no agreed grade
formula, so we use a proxy: the average and longest sentence length in Hangul syllables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chat import Chat

ENGLISH_GRADE_TARGET = 5.0  # children's chat and the sign-up explainer
TEENS_ENGLISH_GRADE_TARGET = 6.0
KOREAN_AVERAGE_TARGET = 30.0  # syllables per sentence
KOREAN_LONGEST_TARGET = 60.0
SENIOR_KOREAN_LONGEST = 60  # Hangul syllables in one sentence of the senior guide
SENIOR_ENGLISH_LONGEST = 25  # words in one sentence of the senior guide

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?])$")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+")


def sentences(texts: Iterable[str]) -> list[str]:
    result = []
    for text in texts:
        result += [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]
    return result


def syllables(word: str) -> int:
    """Vowel groups, less a silent final 'e'; digits and one-letter words count once."""
    word = word.lower()
    if word.isdigit() or len(word) <= 2:
        return 1
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(count, 1)


def flesch_kincaid_grade(texts: Iterable[str]) -> float:
    parts = sentences(texts)
    words = [word for sentence in parts for word in _WORD.findall(sentence)]
    if not parts or not words:
        return 0.0
    total_syllables = sum(syllables(word) for word in words)
    return 0.39 * len(words) / len(parts) + 11.8 * total_syllables / len(words) - 15.59


def hangul_sentence_lengths(texts: Iterable[str]) -> list[int]:
    return [len(re.findall(r"[\uac00-\ud7a3]", sentence)) for sentence in sentences(texts)]


@dataclass(frozen=True)
class Readability:
    """How hard the chat is to read, per language, against its targets."""

    english_grade: float
    korean_average: float
    korean_longest: int

    @property
    def english_ok(self) -> bool:
        return self.english_grade <= ENGLISH_GRADE_TARGET

    @property
    def korean_ok(self) -> bool:
        return (
            self.korean_average <= KOREAN_AVERAGE_TARGET
            and self.korean_longest <= KOREAN_LONGEST_TARGET
        )

    def report(self, locale: str = "en") -> list[str]:
        if locale == "ko":
            return [
                f"어린이 대화(영어): Flesch-Kincaid 학년 수준 {self.english_grade:.1f} "
                f"(목표 {ENGLISH_GRADE_TARGET:g} 이하)"
                + ("" if self.english_ok else " - 너무 어렵습니다. 짧은 낱말과 문장을 쓰세요."),
                f"어린이 대화(한국어): 문장 평균 {self.korean_average:.0f}자, 가장 긴 문장 "
                f"{self.korean_longest}자 (목표 {KOREAN_AVERAGE_TARGET:g} / "
                f"{KOREAN_LONGEST_TARGET:g}자)"
                + ("" if self.korean_ok else " - 너무 깁니다. 문장을 나누세요."),
            ]
        return [
            f"children's chat (en): Flesch-Kincaid grade {self.english_grade:.1f} "
            f"(target {ENGLISH_GRADE_TARGET:g} or below)"
            + ("" if self.english_ok else " - too hard: use shorter words and sentences"),
            f"children's chat (ko): sentences average {self.korean_average:.0f} syllables, "
            f"longest {self.korean_longest} (targets {KOREAN_AVERAGE_TARGET:g} / "
            f"{KOREAN_LONGEST_TARGET:g})"
            + ("" if self.korean_ok else " - too long: split sentences"),
        ]


def readability_of(chats: Mapping[str, Chat]) -> Readability:
    """How hard the children's chat is to read, in both languages."""

    def texts(locale: str) -> list[str]:
        return [line.text for scene in chats[locale].scenes for line in scene.lines]

    return chat_readability(texts("en"), texts("ko"))


def chat_readability(english: Iterable[str], korean: Iterable[str]) -> Readability:
    lengths = hangul_sentence_lengths(korean)
    average = sum(lengths) / len(lengths) if lengths else 0.0
    return Readability(flesch_kincaid_grade(english), average, max(lengths, default=0))
