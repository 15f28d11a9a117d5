"""The typed policy model: every fact the four views need, validated before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

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

from .vocabulary import Vocabulary

_RAW_HTML = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)[^>]*>|<!--|<\?")
_UNSAFE_LINK = re.compile(r"\]\(\s*(?:javascript|data|vbscript):", re.IGNORECASE)


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
    if _UNSAFE_LINK.search(value):
        raise PydanticCustomError("unsafe_link", "a link uses a script or data: address", {})
    return value


Text = Annotated[
    str, StringConstraints(min_length=1, max_length=20_000), AfterValidator(_plain_text)
]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Phone = Annotated[str, StringConstraints(pattern=r"^\+?[0-9][0-9 -]{1,18}[0-9]$")]
Email = Annotated[
    str,
    StringConstraints(
        pattern=r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", max_length=254
    ),
]
WebAddress = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"']+$", max_length=2000)]
ArticleNumber = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,3}(-[0-9]{1,2})?$")]
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
    service: Localized
    representative: Localized | None = None
    address: Localized
    website: WebAddress | None = None
    phone: Phone | None = None


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


class Processing(Strict):
    """One purpose, the items it needs, its legal basis and how long they are kept."""

    purpose: PurposeId
    details: Localized | None = None
    required_items: list[ItemId] = []
    optional_items: list[ItemId] = []
    automatic_items: list[ItemId] = []
    legal_basis: LegalBasisId
    retention: Retention

    @model_validator(mode="after")
    def _has_items(self) -> Processing:
        if not (self.required_items or self.optional_items or self.automatic_items):
            raise PydanticCustomError(
                "no_items",
                "a purpose needs at least one item in 'required_items', "
                "'optional_items' or 'automatic_items'",
                {},
            )
        return self

    @property
    def all_items(self) -> list[str]:
        return [*self.required_items, *self.optional_items, *self.automatic_items]


class LegalRetention(Strict):
    """A record another law obliges us to keep, with its period and the article."""

    record: Localized
    years: int | None = Field(default=None, ge=0, le=100)
    months: int | None = Field(default=None, ge=0, le=1200)
    days: int | None = Field(default=None, ge=0, le=36500)
    law: LawId
    article: ArticleNumber

    @model_validator(mode="after")
    def _has_period(self) -> LegalRetention:
        if not any((self.years, self.months, self.days)):
            raise PydanticCustomError(
                "retention_shape", "give the period the law sets, e.g. 'years: 5'", {}
            )
        return self

    @property
    def retention(self) -> Retention:
        return Retention(
            years=self.years, months=self.months, days=self.days, law=self.law, article=self.article
        )


class InactiveAccounts(Strict):
    """Accounts unused for a while are stored apart from active ones."""

    years: int | None = Field(default=None, ge=0, le=10)
    months: int | None = Field(default=None, ge=0, le=120)
    kept_for: Retention
    notice_days: int = Field(default=30, ge=0, le=365)

    @model_validator(mode="after")
    def _has_period(self) -> InactiveAccounts:
        if not (self.years or self.months):
            raise PydanticCustomError(
                "retention_shape",
                "say after how long an account counts as inactive, e.g. 'years: 1'",
                {},
            )
        return self


class Destruction(Strict):
    """How and when personal information is destroyed."""

    methods: list[DestructionId] = Field(min_length=1)
    procedure: Localized | None = None
    inactive_accounts: InactiveAccounts | None = None


class Rights(Strict):
    """How readers exercise their rights."""

    how: Localized
    response_days: int = Field(default=10, ge=1, le=30)
    portability: bool = False


class ThirdParty(Strict):
    """A recipient that gets personal information for its own purposes."""

    recipient: Localized
    purpose: Localized
    items: list[ItemId] = Field(min_length=1)
    retention: Retention
    legal_basis: LegalBasisId = "consent"


class Entrustment(Strict):
    """A vendor that processes personal information on our behalf."""

    vendor: Localized
    task: Localized
    items: list[ItemId] = []
    country: CountryCode = "KR"


class OverseasTransfer(Strict):
    """Personal information sent or stored abroad (PIPA art. 28-8)."""

    recipient: Localized
    country: CountryCode
    contact: Email
    items: list[ItemId] = Field(min_length=1)
    timing_and_method: Localized
    purpose: Localized
    retention: Retention
    basis: TransferBasisId
    how_to_refuse: Localized
    refusal_consequence: Localized


class Children(Strict):
    """Children under 14 use the service; a parent or guardian consents for them."""

    consent_method: Localized
    guardian_items: list[ItemId] = Field(min_length=1)


class AutomaticCollection(Strict):
    """Cookies and similar devices that collect information automatically."""

    items: list[ItemId] = Field(min_length=1)
    purposes: list[PurposeId] = Field(min_length=1)
    web_cookies: bool = True
    advertising_id: bool = False


class BehaviouralAdvertising(Strict):
    """Behavioural information collected to show interest-based ads."""

    items: list[ItemId] = Field(min_length=1)
    method: Localized
    purpose: Localized
    retention: Retention
    collectors: list[Localized] = []


class AutomatedDecision(Strict):
    """A decision made by fully automated processing that affects a person's rights."""

    id: Identifier
    name: Localized
    criteria: Localized
    procedure: Localized
    items: list[ItemId] = Field(min_length=1)
    how_to_object: Localized


class Pseudonymised(Strict):
    """Pseudonymised information processed for statistics, research or archiving."""

    purpose: Localized
    items: list[ItemId] = Field(min_length=1)
    retention: Retention
    safeguards: Localized
    recipient: Localized | None = None


class SpecialCategory(Strict):
    """Sensitive information or unique identifiers, with the ground that allows them."""

    items: list[ItemId] = Field(min_length=1)
    purpose: Localized
    ground: Localized


class Representative(Strict):
    """The domestic representative of a business without an address in Korea."""

    name: Localized
    address: Localized
    phone: Phone
    email: Email


class Cctv(Strict):
    """A fixed camera (고정형 영상정보처리기기) installed and operated by the business."""

    purpose: Localized
    locations: Localized
    count: int = Field(ge=1, le=100_000)
    recording: Localized
    retention: Retention
    manager: Contact


class Gdpr(Strict):
    """Facts the English edition adds for readers in the EU (GDPR art. 13)."""

    eu_representative: Localized | None = None
    supervisory_authority: Localized


def _legible_brand_colour(value: str) -> str:
    from ..graphics.colour import contrast_ratio

    colour = value.lower()
    ratio = contrast_ratio(colour, "#ffffff")
    if ratio < MIN_BADGE_CONTRAST:
        raise PydanticCustomError(
            "brand_colour",
            "colour {value} is too light for white pictograms (contrast {ratio}:1, at least "
            "{needed}:1 is needed)",
            {"value": value, "ratio": f"{ratio:.1f}", "needed": f"{MIN_BADGE_CONTRAST:g}"},
        )
    return colour


MIN_BADGE_CONTRAST = 4.5
HexColour = Annotated[
    str,
    StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$"),
    AfterValidator(_legible_brand_colour),
]


class Brand(Strict):
    """How the business's labels look: the badge colour of the online (colour) label set."""

    colour: HexColour = "#0b57a4"


class HistoryEntry(Strict):
    """One published version of the policy."""

    version: Version
    date: dt.date
    summary: Localized


class CustomTerm(Strict):
    """A term the built-in vocabulary lacks, given in both languages."""

    ko: Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_plain_text)]
    en: Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_plain_text)]
    kid: Localized | None = None
    label: Identifier | None = None
    dpv: str | None = None


class CustomEvent(Strict):
    """A retention event the built-in vocabulary lacks, e.g. pickup_complete for a shop."""

    until: Localized  # how "until <event>" reads, e.g. 픽업 완료 시까지 / until you pick it up
    after: Localized  # how "<period> after <event>" reads; {period} marks where the period goes
    kid_until: Localized | None = None
    kid_after: Localized | None = None

    @model_validator(mode="after")
    def _period_slot(self) -> CustomEvent:
        for name in ("after", "kid_after"):
            text = getattr(self, name)
            if text is not None and ("{period}" not in text.ko or "{period}" not in text.en):
                raise PydanticCustomError(
                    "period_slot",
                    "'{name}' needs '{{period}}' in both languages, where the period goes, "
                    "e.g. '픽업 완료 후 {{period}}' / '{{period}} after you pick it up'",
                    {"name": name},
                )
        return self


class CustomTerms(Strict):
    """Custom vocabulary, by kind."""

    data_items: dict[Identifier, CustomTerm] = {}
    purposes: dict[Identifier, CustomTerm] = {}
    security_measures: dict[Identifier, CustomTerm] = {}
    destruction_methods: dict[Identifier, CustomTerm] = {}
    laws: dict[Identifier, CustomTerm] = {}
    events: dict[Identifier, CustomEvent] = {}


class Policy(Strict):
    """The whole validated source of one privacy policy."""

    controller: Controller
    privacy_officer: Contact
    complaints_department: Contact | None = None
    processing: list[Processing] = Field(min_length=1)
    kept_under_law: list[LegalRetention] = []
    destruction: Destruction
    security_measures: list[SecurityId] = Field(min_length=1)
    rights: Rights
    third_parties: list[ThirdParty] = []
    entrustment: list[Entrustment] = []
    overseas_transfers: list[OverseasTransfer] = []
    children: Children | None = None
    automatic_collection: AutomaticCollection | None = None
    behavioural_advertising: BehaviouralAdvertising | None = None
    automated_decisions: list[AutomatedDecision] = []
    pseudonymised: list[Pseudonymised] = []
    sensitive_information: list[SpecialCategory] = []
    unique_identifiers: list[SpecialCategory] = []
    domestic_representative: Representative | None = None
    cctv: list[Cctv] = []
    gdpr: Gdpr | None = None
    brand: Brand = Brand()
    history: list[HistoryEntry] = Field(min_length=1)
    terms: CustomTerms = CustomTerms()

    @property
    def current(self) -> HistoryEntry:
        """The newest version: its date is the effective date."""
        return max(self.history, key=lambda entry: entry.date)

    @property
    def effective_date(self) -> dt.date:
        return self.current.date


def model_fields_of(model: Any) -> list[str]:
    """The keys an editor may write in a block, for 'allowed keys' hints."""
    return list(getattr(model, "model_fields", {}))
