"""The review as text for an editor, as JSON for CI, and the list of rules."""

from __future__ import annotations

import json

from .engine import SEVERITY_ORDER, Finding
from .rules import RULES

_WORDS: dict[str, dict[str, str]] = {
    "ko": {"error": "오류", "warning": "경고", "note": "참고", "why": "이유", "law": "근거"},
    "en": {"error": "error", "warning": "warning", "note": "note", "why": "why", "law": "source"},
}
_SUMMARY = {
    "ko": "오류 {error}건, 경고 {warning}건, 참고 {note}건",
    "en": "{error} errors, {warning} warnings, {note} notes",
}
# Said once under every report: the tool's citations are a drafting aid, not legal advice.
_COUNSEL = {
    "ko": "법령 인용은 작성 보조용입니다. 실제로 게시하기 전에 전문가의 검토를 받으세요.",
    "en": "Citations are a drafting aid; have counsel review them before real use.",
}


def counts(findings: list[Finding]) -> dict[str, int]:
    return {
        severity: sum(1 for f in findings if f.rule.severity == severity)
        for severity in SEVERITY_ORDER
    }


def text_report(findings: list[Finding], locale: str) -> str:
    """A readable report: each finding, why it matters and the provision it comes from."""
    words = _WORDS[locale]
    lines = []
    for finding in findings:
        lines.append(
            f"{finding.location}: {words[finding.rule.severity]} "
            f"[{finding.rule.id}] {finding.message(locale)}"
        )
        lines.append(f"    {words['why']}: {finding.rule.why(locale)}")
        lines.append(f"    {words['law']}: {finding.rule.citation(locale)}")
    lines.append(_SUMMARY[locale].format_map(counts(findings)))
    if findings:
        lines.append(_COUNSEL[locale])
    return "\n".join(lines)


def json_report(findings: list[Finding], locale: str) -> str:
    return json.dumps(
        {"findings": [f.as_dict(locale) for f in findings], "counts": counts(findings)},
        ensure_ascii=False,
        indent=2,
    )


def rules_listing(locale: str) -> str:
    """Every rule: id, severity, what it checks and its citation."""
    words = _WORDS[locale]
    lines = [
        f"{rule.id:42} {words[rule.severity]:8} {rule.why(locale)} ({rule.citation(locale)})"
        for rule in RULES
    ]
    return "\n".join([*lines, _COUNSEL[locale]])
