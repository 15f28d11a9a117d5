"""Rewrite pydantic's validation errors as advice for editors who are not programmers."""

from __future__ import annotations

import difflib
import re
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from ..i18n.console import N_, Msg
from .visible import visible
from .vocabulary import CUSTOMISABLE, KINDS, builtin_vocabulary

_ID_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
_PATTERNS = {
    _ID_PATTERN: (
        N_("an id"),
        N_(
            "ids use lowercase English letters, digits and '_', starting with a letter, "
            "e.g. phone_number"
        ),
    ),
    r"^\+?[0-9][0-9 -]{1,18}[0-9]$": (
        N_("a phone number"),
        N_("write it like 02-1234-5678 or 1588-0000"),
    ),
    "^https?://[^\\s<>\"']+$": (N_("a web address"), N_("start it with https://")),
    r"^[0-9]{1,3}(-[0-9]{1,2})?$": (
        N_("an article number"),
        N_('write only the number, in quotes: "6", or "15-2" for 제15조의2'),
    ),
    r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$": (
        N_("a version"),
        N_('write a short version such as "2.1"'),
    ),
    r"^#[0-9A-Fa-f]{6}$": (
        N_("a colour"),
        N_('write it as six hex digits in quotes, e.g. "#0b57a4"'),
    ),
}
_LANGUAGE_KEYS = {
    "kr": "ko",
    "kor": "ko",
    "korean": "ko",
    "한국어": "ko",
    "eng": "en",
    "english": "en",
    "영어": "en",
}
_EMAIL_HINT = (N_("an email address"), N_("write it like privacy@example.com"))


def _describe(value: Any) -> str:
    if value is None:
        return Msg(N_("nothing"))
    if isinstance(value, bool):
        return Msg(N_("{value} (a yes/no value)"), value=str(value).lower())
    if isinstance(value, dict):
        return Msg(N_("a block of keys"))
    if isinstance(value, list):
        return Msg(N_("a list"))
    text = visible(str(value))
    if len(text) > 60:
        text = text[:57] + "..."
    return f"'{text}'"


def _vocabulary_kind(root: type[BaseModel], loc: tuple[Any, ...]) -> str | None:
    """The vocabulary an id field draws from (x-vocabulary in its schema), if any."""
    parent = model_at(root, loc[:-1]) if loc and isinstance(loc[-1], str) else None
    if parent is None and len(loc) >= 2 and isinstance(loc[-1], int):
        parent, loc = model_at(root, loc[:-2]), loc[:-1]
    field = parent.model_fields.get(str(loc[-1])) if parent and loc else None
    if field is None:
        return None
    found = re.search(r"'x-vocabulary': '([a-z_]+)'", repr(field.annotation) + repr(field))
    return found.group(1) if found else None


def term_by_words(kind: str, words: str) -> str | None:
    """The id whose Korean or English term is these words (동의 -> consent), for a hint."""
    vocabulary = builtin_vocabulary()
    wanted = words.strip().lower()
    candidates = [
        (len(term.ko), term_id)
        for term_id in vocabulary.ids(kind)
        for term in [vocabulary.get(kind, term_id)]
        if wanted and (wanted == term.en.lower() or wanted in term.ko or wanted == term.ko.lower())
    ]
    return min(candidates)[1] if candidates else None


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [str(part) for part in loc if isinstance(part, str) and part != "[key]"]
    if len(names) >= 2 and names[-1] in ("ko", "en"):
        return f"{names[-2]}.{names[-1]}"
    return names[-1] if names else "the source"


def model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """Follow a pydantic error location down the model classes to the block it points into."""
    current: Any = root
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return current
            current = field.annotation
        elif get_origin(current) is list and isinstance(part, int):
            current = get_args(current)[0]
        elif get_origin(current) is dict:
            current = get_args(current)[1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """Strip Optional[...] and Annotated[...] to reach the real type."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, UnionType):
            options = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def explain(error: ErrorDetails, root: type[BaseModel]) -> tuple[str, str]:
    """Return (message, hint) for one pydantic error."""
    kind = error["type"]
    loc = tuple(error["loc"])
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    name = _field_name(loc)

    if kind == "missing":
        parent = model_at(root, loc[:-1])
        if loc and loc[-1] in ("ko", "en"):
            return (
                Msg(
                    N_("the Korean text ('ko:') of '{name}' is missing")
                    if loc[-1] == "ko"
                    else N_("the English text ('en:') of '{name}' is missing"),
                    name=_field_name(loc[:-1]),
                ),
                Msg(N_("every text needs both 'ko:' and 'en:'")),
            )
        needed = [
            key
            for key, field in (parent.model_fields.items() if parent else [])
            if field.is_required()
        ]
        hint = Msg(N_("add '{name}:' here"), name=name)
        if needed:
            hint = Msg(
                N_("add '{name}:' here (required here: {needed})"),
                name=name,
                needed=", ".join(needed),
            )
        return Msg(N_("'{name}' is missing"), name=name), hint
    if kind == "extra_forbidden":
        parent = model_at(root, loc[:-1])
        allowed = list(parent.model_fields) if parent else []
        key = str(loc[-1])
        close = [_LANGUAGE_KEYS[key.lower()]] if key.lower() in _LANGUAGE_KEYS else []
        close = close or difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close and allowed:
            hint = Msg(
                N_("did you mean '{close}'? allowed here: {allowed}"),
                close=close[0],
                allowed=", ".join(allowed),
            )
        elif allowed:
            hint = Msg(N_("allowed here: {allowed}"), allowed=", ".join(allowed))
        else:
            hint = Msg(N_("remove it"))
        return Msg(
            N_("unknown key '{key}' (check the spelling and the indentation)"), key=key
        ), hint
    if kind == "unknown_term":
        section = str(ctx["kind"])
        suggestion = ctx.get("suggestion") or term_by_words(section, str(ctx["value"]))
        return (
            Msg(N_("unknown {kind} '{value}'"), kind=Msg(KINDS[section]), value=ctx["value"]),
            _vocabulary_hint(section, suggestion),
        )
    if value is None and kind in (
        "model_type",
        "dict_type",
        "string_type",
        "list_type",
        "model_attributes_type",
    ):
        if name == "colour":
            return (
                f"'{name}' is empty",
                'put the colour in quotes, e.g. colour: "#0b57a4" (an unquoted # starts a comment)',
            )
        parent = model_at(root, loc[:-1])
        field = parent.model_fields.get(str(loc[-1])) if parent and loc else None
        if field is not None and field.is_required():  # deleting the line is an error too
            return Msg(N_("'{name}' is empty"), name=name), Msg(N_("fill it in"))
        return Msg(N_("'{name}' is empty"), name=name), Msg(N_("fill it in, or delete the line"))
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        target = model_at(root, loc)
        if target is not None and target.__name__ == "Localized":
            return (
                Msg(
                    N_("'{name}' needs text in both languages, got {value}"),
                    name=name,
                    value=_describe(value),
                ),
                Msg(
                    N_(
                        "write it on two indented lines:\n      {name}:\n"
                        "        ko: …\n        en: …"
                    ),
                    name=name,
                ),
            )
        return (
            Msg(
                N_("'{name}' should be a block of 'key: value' lines, got {value}"),
                name=name,
                value=_describe(value),
            ),
            Msg(N_("indent the keys that belong to it by two spaces")),
        )
    if kind == "string_type":
        hint = Msg(N_("put the value in quotes"))
        if isinstance(value, list | dict):
            hint = Msg(N_("write a single value on the same line as the key"))
        return Msg(
            N_("'{name}' should be text, got {value}"), name=name, value=_describe(value)
        ), hint
    if kind == "string_too_short":
        return Msg(N_("'{name}' is empty"), name=name), Msg(N_("write the text"))
    if kind == "string_too_long":
        return (
            Msg(N_("'{name}' is too long"), name=name),
            Msg(N_("keep it under {count} characters"), count=ctx.get("max_length")),
        )
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern"))
        what, hint = _PATTERNS.get(pattern, _EMAIL_HINT)
        message = Msg(
            N_("'{name}' should be {what}, got {value}"),
            name=name,
            what=Msg(what),
            value=_describe(value),
        )
        section = _vocabulary_kind(root, loc) if pattern == _ID_PATTERN else None
        if section is not None:
            return message, _vocabulary_hint(section, term_by_words(section, str(value)))
        return message, Msg(hint)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return (
            Msg(
                N_("'{name}' should be a whole number, got {value}"),
                name=name,
                value=_describe(value),
            ),
            Msg(N_("write digits only, e.g. 5")),
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        template = (
            N_("'{name}' should be at least {bound}, got {value}")
            if kind.startswith("greater")
            else N_("'{name}' should be at most {bound}, got {value}")
        )
        return (
            Msg(template, name=name, bound=bound, value=_describe(value)),
            Msg(N_("change the number")),
        )
    if kind in ("bool_parsing", "bool_type"):
        return (
            Msg(
                N_("'{name}' should be true or false, got {value}"),
                name=name,
                value=_describe(value),
            ),
            Msg(N_("write true or false")),
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            Msg(N_("'{name}' should be a date, got {value}"), name=name, value=_describe(value)),
            Msg(
                N_("write it as year-month-day, e.g. 2026-12-01, and check the month and day exist")
            ),
        )
    if kind == "list_type":
        return (
            Msg(N_("'{name}' should be a list, got {value}"), name=name, value=_describe(value)),
            Msg(N_("write each entry on its own line starting with '- '")),
        )
    if kind == "too_short":
        return (
            Msg(N_("'{name}' needs at least one entry"), name=name),
            Msg(N_("add an entry starting with '- '")),
        )
    if kind == "literal_error":
        return (
            Msg(
                N_("'{name}' should be one of {expected}, got {value}"),
                name=name,
                expected=ctx.get("expected"),
                value=_describe(value),
            ),
            Msg(N_("use one of the values listed")),
        )
    if kind == "raw_html":
        return (
            Msg(
                N_("'{name}' contains the HTML tag <{tag}>; HTML is not published"),
                name=name,
                tag=ctx.get("tag"),
            ),
            Msg(N_("write plain text or Markdown: **bold**, [link text](https://…)")),
        )
    if kind == "unsafe_link":
        return (
            Msg(N_("'{name}' has a link to a script or data address"), name=name),
            Msg(N_("link only to https:// pages")),
        )
    if kind == "brand_colour":
        return (
            Msg(
                N_(
                    "colour {value} is too light for white pictograms (contrast {ratio}:1, "
                    "at least {needed}:1 is needed)"
                ),
                value=str(ctx.get("value")),
                ratio=str(ctx.get("ratio")),
                needed=str(ctx.get("needed")),
            ),
            Msg(
                N_('a darker shade of the same colour that works: "{darker}"'),
                darker=str(ctx.get("darker")),
            ),
        )
    if kind == "country":
        return (
            Msg(
                N_("'{name}' should be a two-letter country code, got {value}"),
                name=name,
                value=_describe(value),
            ),
            Msg(N_("use ISO codes such as US, JP, SG or IE")),
        )
    message = error["msg"].removeprefix("Value error, ")
    if kind in _CUSTOM_MESSAGES:
        shown = {key: ", ".join(v) if isinstance(v, list) else str(v) for key, v in ctx.items()}
        message = Msg(_CUSTOM_MESSAGES[kind], **shown)
    allowed = ctx.get("allowed")
    if isinstance(allowed, list) and "value" in ctx:
        close = difflib.get_close_matches(str(ctx["value"]), allowed, n=1, cutoff=0.6)
        if close:
            return message, Msg(
                N_("did you mean '{close}'? known here: {allowed}"),
                close=close[0],
                allowed=", ".join(allowed),
            )
        return message, Msg(N_("known here: {allowed}"), allowed=", ".join(allowed))
    return message, ""


# The checks of the chat scripts (source/dialogue.py) raise these kinds; their English text is
# the same, marked here so it reaches the catalog and is shown in the reader's language.
_CUSTOM_MESSAGES = {
    "unknown_avatar": N_("unknown avatar '{value}'; choose one of {allowed}"),
    "unknown_speaker": N_("unknown speaker '{value}'; the cast is {allowed}"),
    "unknown_placeholder": N_("unknown placeholder {shown}"),
    "unknown_particle": N_("unknown particle '{value}' after {shown}"),
    "unknown_glossary": N_("unknown glossary word [[{value}]]"),
    "cast_sides": N_("one character must talk on the left and one on the right"),
    "unknown_article": N_("unknown article '{value}'; choose one of {allowed}"),
}


def _vocabulary_hint(section: str, suggestion: str | None) -> str:
    """Where the ids of a vocabulary are listed, and the closest one when there is one."""
    if suggestion and section in CUSTOMISABLE:
        template = N_(
            "did you mean '{suggestion}'? 'policygen vocabulary {section}' lists the built-in "
            "ids; define a new one under 'terms: {section}:' with ko and en"
        )
    elif suggestion:
        template = N_(
            "did you mean '{suggestion}'? 'policygen vocabulary {section}' lists the built-in ids"
        )
    elif section in CUSTOMISABLE:
        template = N_(
            "'policygen vocabulary {section}' lists the built-in ids; define a new one under "
            "'terms: {section}:' with ko and en"
        )
    else:
        template = N_("'policygen vocabulary {section}' lists the built-in ids")
    return Msg(template, suggestion=suggestion or "", section=section)
