"""Run the review rules over a project and report findings with file, line and citation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from babel import Locale

from ..errors import Location
from ..source.load import LoadedPolicy
from ..source.model import Localized
from ..source.vocabulary import Vocabulary
from .chat import Chat
from .guide import GuideChapter
from .readability import hangul_sentence_lengths, readability_of, sentences
from .rules import RULES, SEVERITY_ORDER, ReviewContext, Rule


@dataclass(frozen=True)
class Finding:
    """One thing to fix, with where and why."""

    rule: Rule
    location: Location
    values: dict[str, Any]

    def message(self, locale: str) -> str:
        resolved = {
            key: value(locale) if isinstance(value, Localized) else value
            for key, value in self.values.items()
        }
        return self.rule.message(locale).format_map(resolved)

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


def review(
    loaded: LoadedPolicy, chats: dict[str, Chat], guide: dict[str, list[GuideChapter]]
) -> list[Finding]:
    """Every finding for a policy and the chat and guide made from it, most severe first."""
    readability = readability_of(chats)
    senior_ko = [
        text
        for chapter in guide["ko"]
        for text in (*chapter.paragraphs, *chapter.warnings, *chapter.steps)
    ]
    senior_en = [
        text
        for chapter in guide["en"]
        for text in (*chapter.paragraphs, *chapter.warnings, *chapter.steps)
    ]
    context = ReviewContext(
        loaded.policy,
        loaded.vocabulary,
        readability.english_grade,
        readability.korean_average,
        readability.korean_longest,
        max(hangul_sentence_lengths(senior_ko), default=0),
        max((len(sentence.split()) for sentence in sentences(senior_en)), default=0),
    )
    findings = []
    for rule in RULES:
        for hit in rule.check(context):
            location = loaded.source.locate(hit.path) if hit.path else Location("dialogues/")
            if rule.id == "senior-guide-too-long":
                location = Location("guide/")
            findings.append(Finding(rule, location, readable_values(hit.values, loaded.vocabulary)))
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.rule.severity], f.location, f.rule.id))


def readable_values(values: dict[str, Any], vocabulary: Vocabulary) -> dict[str, Any]:
    """Data item ids and country codes in a finding read as terms and names in each language."""
    readable = dict(values)
    item = values.get("item")
    if isinstance(item, str) and vocabulary.has("data_items", item):
        term = vocabulary.get("data_items", item)
        readable["item"] = Localized(ko=term.ko, en=term.en)
    country = values.get("country")
    if isinstance(country, str) and country in Locale("en").territories:
        readable["country"] = Localized(
            ko=Locale("ko").territories[country], en=Locale("en").territories[country]
        )
    return readable


def counts(findings: list[Finding]) -> dict[str, int]:
    return {
        severity: sum(1 for f in findings if f.rule.severity == severity)
        for severity in SEVERITY_ORDER
    }


def text_report(findings: list[Finding], locale: str) -> str:
    """A readable report: each finding, why it matters and the provision it comes from."""
    labels = {
        "ko": {"error": "오류", "warning": "경고", "note": "참고", "why": "이유", "law": "근거"},
        "en": {
            "error": "error",
            "warning": "warning",
            "note": "note",
            "why": "why",
            "law": "source",
        },
    }[locale]
    lines = []
    for finding in findings:
        lines.append(
            f"{finding.location}: {labels[finding.rule.severity]} "
            f"[{finding.rule.id}] {finding.message(locale)}"
        )
        lines.append(f"    {labels['why']}: {finding.rule.why(locale)}")
        lines.append(f"    {labels['law']}: {finding.rule.citation(locale)}")
    total = counts(findings)
    summary = (
        f"오류 {total['error']}건, 경고 {total['warning']}건, 참고 {total['note']}건"
        if locale == "ko"
        else f"{total['error']} errors, {total['warning']} warnings, {total['note']} notes"
    )
    lines.append(summary)
    return "\n".join(lines)


def json_report(findings: list[Finding], locale: str) -> str:
    return json.dumps(
        {"findings": [f.as_dict(locale) for f in findings], "counts": counts(findings)},
        ensure_ascii=False,
        indent=2,
    )


def rules_listing(locale: str) -> str:
    """Every rule: id, severity, what it checks and its citation."""
    return "\n".join(
        f"{rule.id:34} {rule.severity:8} {rule.why(locale)} ({rule.citation(locale)})"
        for rule in RULES
    )
