"""The building blocks of the policy model: strict blocks, checked text, ids, contacts, periods.

Every section module (model.py and the sections kept in modules of their own) builds on these,
so they live below all of them.
"""

from __future__ import annotations

import re
from typing import Annotated

from babel import Locale
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .links import links_to_script
from .vocabulary import Vocabulary

_RAW_HTML = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)[^>]*>|<!--|<\?")


class Strict(BaseModel):
    """Base for every source block: unknown keys are errors, never silently ignored."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, coerce_numbers_to_str=True, str_strip_whitespace=True
    )


def _plain_text(value: str) -> str:
    match = _RAW_HTML.search(value)
    if match:
        tag = match.group(1) or "comment"
        raise PydanticCustomError(
            "raw_html",
            "text contains the HTML tag <{tag}>, which policygen does not publish",
            {"tag": tag.lower()},
        )
    if links_to_script(value):
        raise PydanticCustomError("unsafe_link", "a link uses a script or data: address", {})
    return value


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=20_000), AfterValidator(_plain_text)
]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
KoreanWord = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=30),
    AfterValidator(_plain_text),
]  # fmt: skip
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9][0-9 -]{1,18}[0-9]$")]
Email = Annotated[
    str,
    StringConstraints(
        pattern=r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", max_length=254
    ),
]
WebAddress = Annotated[str, StringConstraints(pattern="^https?://[^\\s<>\"']+$", max_length=2000)]
# An article, optionally with its paragraph and item: "6", "15-2", "6(1)", "41(2)2".
ArticleNumber = Annotated[
    str, StringConstraints(pattern=r"^[0-9]{1,3}(-[0-9]{1,2})?(\([0-9]{1,2}\)([0-9]{1,2})?)?$")
]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$")]


def _term_of(kind: str) -> AfterValidator:
    """A validator that accepts only ids known to the vocabulary (built-in or custom)."""

    def check(value: str, info: ValidationInfo) -> str:
        vocabulary: Vocabulary | None = (info.context or {}).get("vocabulary")
        if vocabulary is None or vocabulary.has(kind, value):
            return value
        raise PydanticCustomError(
            "unknown_term",
            "unknown {kind} '{value}'",
            {"kind": kind, "value": value, "suggestion": vocabulary.suggest(kind, value) or ""},
        )

    return AfterValidator(check)


ItemId = Annotated[
    Identifier, _term_of("data_items"), Field(json_schema_extra={"x-vocabulary": "data_items"})
]
PurposeId = Annotated[
    Identifier, _term_of("purposes"), Field(json_schema_extra={"x-vocabulary": "purposes"})
]
LegalBasisId = Annotated[
    Identifier, _term_of("legal_bases"), Field(json_schema_extra={"x-vocabulary": "legal_bases"})
]
SecurityId = Annotated[
    Identifier,
    _term_of("security_measures"),
    Field(json_schema_extra={"x-vocabulary": "security_measures"}),
]
DestructionId = Annotated[
    Identifier,
    _term_of("destruction_methods"),
    Field(json_schema_extra={"x-vocabulary": "destruction_methods"}),
]
EventId = Annotated[
    Identifier, _term_of("events"), Field(json_schema_extra={"x-vocabulary": "events"})
]
LawId = Annotated[Identifier, _term_of("laws"), Field(json_schema_extra={"x-vocabulary": "laws"})]
TransferBasisId = Annotated[
    Identifier,
    _term_of("transfer_bases"),
    Field(json_schema_extra={"x-vocabulary": "transfer_bases"}),
]


def _country(value: str) -> str:
    code = value.upper()
    if len(code) != 2 or code not in Locale("en").territories:
        raise PydanticCustomError(
            "country", "'{value}' is not a two-letter country code", {"value": value}
        )
    return code


CountryCode = Annotated[str, AfterValidator(_country)]


class Localized(Strict):
    """Text in both languages; a missing language is an error, never a silent fallback."""

    ko: Text
    en: Text

    def __call__(self, locale: str) -> str:
        return self.ko if locale == "ko" else self.en


class Controller(Strict):
    """Who is responsible for the personal information (the 개인정보처리자)."""

    name: Localized
    # The word the Korean policy's sentences use for you after its opening defines it, e.g. 회사
    # or 꽃집 (English says "we"); without it, the sentences use your name.
    short_name: KoreanWord | None = None
    service: Localized
    representative: Localized | None = None
    address: Localized
    website: WebAddress | None = None
    phone: Phone | None = None
    public_body: bool = False  # a 공공기관: only then does the administrative appeal apply


class Contact(Strict):
    """A person or department readers can reach."""

    name: Localized | None = None
    department: Localized | None = None
    position: Localized | None = None
    phone: Phone
    email: Email

    @model_validator(mode="after")
    def _needs_someone(self) -> Contact:
        if self.name is None and self.department is None:
            raise PydanticCustomError(
                "contact_nobody", "give a 'name' or a 'department' for this contact", {}
            )
        return self


class Retention(Strict):
    """How long something is kept: until an event, or a period (optionally after an event)."""

    until: EventId | None = None
    after: EventId | None = None
    years: int | None = Field(default=None, ge=0, le=100)
    months: int | None = Field(default=None, ge=0, le=1200)
    days: int | None = Field(default=None, ge=0, le=36500)
    law: LawId | None = None
    article: ArticleNumber | None = None
    note: Localized | None = None

    @property
    def has_period(self) -> bool:
        return any(value for value in (self.years, self.months, self.days))

    @property
    def approximate_days(self) -> int:
        """The period in days, to compare periods (0 when kept until an event)."""
        return (self.years or 0) * 365 + (self.months or 0) * 30 + (self.days or 0)

    @model_validator(mode="after")
    def _one_shape(self) -> Retention:
        if self.until and (self.has_period or self.after):
            raise PydanticCustomError(
                "retention_shape",
                "write either 'until: <event>' or a period "
                "(years/months/days, optionally with 'after: <event>'), not both",
                {},
            )
        if not self.until and not self.has_period:
            raise PydanticCustomError(
                "retention_shape",
                "say how long it is kept: 'until: <event>' or a period such as 'years: 5'",
                {},
            )
        if self.article and not self.law:
            raise PydanticCustomError("retention_law", "an 'article' needs the 'law' it is in", {})
        return self
