"""Rewrite pydantic's validation errors as advice for editors who are not programmers."""

from __future__ import annotations

import difflib
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .vocabulary import CUSTOMISABLE, KINDS

_PATTERNS = {
    r"^[a-z][a-z0-9_]{0,63}$": (
        "an id",
        "ids use lowercase English letters, digits and '_', starting with a letter, "
        "e.g. phone_number",
    ),
    r"^\+?[0-9][0-9 -]{1,18}[0-9]$": ("a phone number", "write it like 02-1234-5678 or 1588-0000"),
    "^https?://[^\\s<>\"']+$": ("a web address", "start it with https://"),
    r"^[0-9]{1,3}(-[0-9]{1,2})?$": (
        "an article number",
        'write only the number, in quotes: "6", or "15-2" for 제15조의2',
    ),
    r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$": ("a version", 'write a short version such as "2.1"'),
    r"^#[0-9A-Fa-f]{6}$": ("a colour", 'write it as six hex digits in quotes, e.g. "#0b57a4"'),
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
_EMAIL_HINT = ("an email address", "write it like privacy@example.com")


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, dict):
        return "a block of keys"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"'{text}'"


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
            language = "Korean" if loc[-1] == "ko" else "English"
            return (
                f"the {language} text ('{loc[-1]}:') of '{_field_name(loc[:-1])}' is missing",
                "every text needs both 'ko:' and 'en:'",
            )
        needed = [
            key
            for key, field in (parent.model_fields.items() if parent else [])
            if field.is_required()
        ]
        hint = f"add '{name}:' here"
        if needed:
            hint += f" (required here: {', '.join(needed)})"
        return f"'{name}' is missing", hint
    if kind == "extra_forbidden":
        parent = model_at(root, loc[:-1])
        allowed = list(parent.model_fields) if parent else []
        key = str(loc[-1])
        close = [_LANGUAGE_KEYS[key.lower()]] if key.lower() in _LANGUAGE_KEYS else []
        close = close or difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        hint += f"allowed here: {', '.join(allowed)}" if allowed else "remove it"
        return f"unknown key '{key}' (check the spelling and the indentation)", hint
    if kind == "unknown_term":
        suggestion = ctx.get("suggestion")
        section = str(ctx["kind"])
        hint = f"did you mean '{suggestion}'? " if suggestion else ""
        hint += f"'policygen vocabulary {section}' lists the built-in ids"
        if section in CUSTOMISABLE:
            hint += f"; define a new one under 'terms: {section}:' with ko and en"
        return f"unknown {KINDS[section]} '{ctx['value']}'", hint
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
        return f"'{name}' is empty", "fill it in, or delete the line"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        target = model_at(root, loc)
        if target is not None and target.__name__ == "Localized":
            return (
                f"'{name}' needs text in both languages, got {_describe(value)}",
                f"write it on two indented lines:\n      {name}:\n        ko: …\n        en: …",
            )
        return (
            f"'{name}' should be a block of 'key: value' lines, got {_describe(value)}",
            "indent the keys that belong to it by two spaces",
        )
    if kind == "string_type":
        hint = "put the value in quotes"
        if isinstance(value, list | dict):
            hint = "write a single value on the same line as the key"
        return f"'{name}' should be text, got {_describe(value)}", hint
    if kind == "string_too_short":
        return f"'{name}' is empty", "write the text, or delete the line"
    if kind == "string_too_long":
        return f"'{name}' is too long", f"keep it under {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        what, hint = _PATTERNS.get(str(ctx.get("pattern")), _EMAIL_HINT)
        return f"'{name}' should be {what}, got {_describe(value)}", hint
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return (
            f"'{name}' should be a whole number, got {_describe(value)}",
            "write digits only, e.g. 5",
        )
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        word = "at least" if kind.startswith("greater") else "at most"
        return f"'{name}' should be {word} {bound}, got {_describe(value)}", "change the number"
    if kind in ("bool_parsing", "bool_type"):
        return f"'{name}' should be true or false, got {_describe(value)}", "write true or false"
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"'{name}' should be a date, got {_describe(value)}",
            "write it as year-month-day, e.g. 2026-12-01, and check the month and day exist",
        )
    if kind == "list_type":
        return (
            f"'{name}' should be a list, got {_describe(value)}",
            "write each entry on its own line starting with '- '",
        )
    if kind == "too_short":
        return f"'{name}' needs at least one entry", "add an entry starting with '- '"
    if kind == "literal_error":
        return (
            f"'{name}' should be one of {ctx.get('expected')}, got {_describe(value)}",
            "use one of the values listed",
        )
    if kind == "raw_html":
        return (
            f"'{name}' contains the HTML tag <{ctx.get('tag')}>; HTML is not published",
            "write plain text or Markdown: **bold**, [link text](https://…)",
        )
    if kind == "unsafe_link":
        return f"'{name}' has a link to a script or data address", "link only to https:// pages"
    if kind == "brand_colour":
        return error["msg"], "choose a darker colour so the white pictograms stay visible"
    if kind == "country":
        return (
            f"'{name}' should be a two-letter country code, got {_describe(value)}",
            "use ISO codes such as US, JP, SG or IE",
        )
    message = error["msg"].removeprefix("Value error, ")
    allowed = ctx.get("allowed")
    if isinstance(allowed, list) and "value" in ctx:
        close = difflib.get_close_matches(str(ctx["value"]), allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return message, hint + f"known here: {', '.join(allowed)}"
    return message, ""
