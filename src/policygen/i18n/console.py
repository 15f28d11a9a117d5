"""The language of what policygen says in the terminal: --lang, else the system locale."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from . import LOCALES
from .catalogs import translations

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX precedence


def N_(message: str) -> str:
    """Mark an English message for the catalog; it is translated where it is shown."""
    return message


def console_language(lang: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """ko or en: an explicit --lang wins, then the first locale variable that is set."""
    if lang in LOCALES:
        return str(lang)
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def say(locale: str, message: str, **values: Any) -> str:
    """A marked English message in the console's language, with its {placeholders} filled."""
    text = translations(locale).gettext(message) if locale != "en" else message
    return text.format(**values) if values else text


class Msg(str):
    """An English message that remembers its msgid and values, so it can be shown in Korean."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Msg:
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Msg:
    return Msg(template, **values)


def localize(text: str, locale: str) -> str:
    """A Msg in the locale's words (its values too); any other text as it is."""
    if not isinstance(text, Msg) or locale == "en":
        return str(text)
    values = {
        key: localize(value, locale) if isinstance(value, str) else value
        for key, value in text.values.items()
    }
    return say(locale, text.template, **values)


def matching_template(
    table: Iterable[tuple[re.Pattern[str], str]], text: str
) -> tuple[str, dict[str, str]] | None:
    """The message template of the first pattern that matches a library's words, and its values.

    Libraries (PyYAML, the command-line framework) speak English; a table of their messages
    as patterns lets each be shown as one of ours, in the reader's language.
    """
    for pattern, template in table:
        match = pattern.match(text)
        if match:
            return template, {key: value or "" for key, value in match.groupdict().items()}
    return None
