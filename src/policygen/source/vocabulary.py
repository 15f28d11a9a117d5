"""Look up built-in and custom terms by kind and id; both languages always come together."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..i18n.console import N_

KINDS: dict[str, str] = {
    "data_items": N_("data item"),
    "purposes": N_("purpose"),
    "legal_bases": N_("legal basis"),
    "security_measures": N_("security measure"),
    "destruction_methods": N_("destruction method"),
    "rights": N_("right"),
    "events": N_("retention event"),
    "laws": N_("law"),
    "transfer_bases": N_("overseas transfer basis"),
}
CUSTOMISABLE = ("data_items", "purposes", "security_measures", "destruction_methods", "laws")


@dataclass(frozen=True)
class Term:
    """One vocabulary entry; `extra` keeps kind-specific facts such as a label or an article."""

    kind: str
    id: str
    ko: str
    en: str
    kid_ko: str = ""
    kid_en: str = ""
    custom: bool = False
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def text(self, locale: str) -> str:
        return self.ko if locale == "ko" else self.en

    def kid(self, locale: str) -> str:
        return (self.kid_ko if locale == "ko" else self.kid_en) or self.text(locale)

    def localized(self, key: str, locale: str) -> str:
        """A localized extra field, e.g. the article of a legal basis."""
        value = self.extra[key]
        return str(value[locale]) if isinstance(value, dict) else str(value)


@dataclass
class Vocabulary:
    """All terms by kind; custom terms from a project join the built-in ones."""

    terms: dict[str, dict[str, Term]]

    def get(self, kind: str, term_id: str) -> Term:
        return self.terms[kind][term_id]

    def has(self, kind: str, term_id: str) -> bool:
        return term_id in self.terms.get(kind, {})

    def suggest(self, kind: str, term_id: str) -> str | None:
        """The closest known id, for 'did you mean' hints."""
        matches = difflib.get_close_matches(
            term_id, list(self.terms.get(kind, {})), n=1, cutoff=0.6
        )
        return matches[0] if matches else None

    def ids(self, kind: str) -> list[str]:
        return sorted(self.terms.get(kind, {}))

    def with_custom(self, custom: dict[str, dict[str, Term]]) -> Vocabulary:
        merged = {kind: dict(entries) for kind, entries in self.terms.items()}
        for kind, entries in custom.items():
            merged.setdefault(kind, {}).update(entries)
        return Vocabulary(merged)


def term_from_mapping(kind: str, term_id: str, raw: dict[str, Any], *, custom: bool) -> Term:
    """Build a term from its YAML mapping (built-in file or an editor's custom term)."""
    kid = raw.get("kid") or {}
    if set(kid) - {"ko", "en"}:
        raise ValueError(f"{kind}.{term_id}: 'kid' has keys {sorted(kid)}; quote texts with commas")
    rest = {key: value for key, value in raw.items() if key not in ("ko", "en", "kid")}
    return Term(
        kind,
        term_id,
        str(raw.get("ko", "")),
        str(raw.get("en", "")),
        str(kid.get("ko", "")),
        str(kid.get("en", "")),
        custom,
        rest,
    )


# Our own files, read on every build: libyaml's safe loader when present (10x faster, same data).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def builtin_vocabulary() -> Vocabulary:
    """The vocabulary shipped with policygen, read once per process."""
    folder = resources.files("policygen") / "vocabulary"
    terms: dict[str, dict[str, Term]] = {}
    for kind in KINDS:
        text = (folder / f"{kind}.yaml").read_text(encoding="utf-8")
        raw = yaml.load(text, Loader=_SAFE_LOADER) or {}
        terms[kind] = {
            tid: term_from_mapping(kind, tid, entry, custom=False) for tid, entry in raw.items()
        }
    return Vocabulary(terms)
