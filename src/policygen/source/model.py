"""The typed policy model: every fact the four views need, validated before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .cctv import Cctv
from .disclosure import SensitiveDisclosure
from .fields import (
    ArticleNumber,
    Contact,
    Controller,
    CountryCode,
    DestructionId,
    Email,
    Identifier,
    ItemId,
    LawId,
    LegalBasisId,
    Localized,
    Phone,
    PurposeId,
    Retention,
    SecurityId,
    Strict,
    TransferBasisId,
    Version,
    _plain_text,
)
from .notice import ChangeNotice
from .service_policies import ServicePolicies
from .transparency import TransparencyReport
from .vocabulary import Vocabulary

_RAW_HTML = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)[^>]*>|<!--|<\?")


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
    items: list[ItemId] = []  # the personal data kept in these records (PIPA art. 30(1)3-2)

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
    selection: Localized | None = None  # how information due for destruction is picked out
    approval: Localized | None = None  # who approves the destruction
    inactive_accounts: InactiveAccounts | None = None


class Rights(Strict):
    """How readers exercise their rights."""

    how: Localized
    response_days: int = Field(default=10, ge=1, le=30)
    portability: bool = False
    duties: Localized | None = None  # what readers owe in turn (PIPA art. 30(1)5 '의무')


class ThirdParty(Strict):
    """A recipient that gets personal information for its own purposes."""

    recipient: Localized
    purpose: Localized
    items: list[ItemId] = Field(min_length=1)
    retention: Retention
    legal_basis: LegalBasisId  # required: a default would publish a ground nobody chose
    country: CountryCode | None = None  # where the recipient is; abroad needs a transfer entry
    law: LawId | None = None  # the statute a `legal_obligation` provision rests on
    article: ArticleNumber | None = None

    @model_validator(mode="after")
    def _ground_for_provision(self, info: ValidationInfo) -> ThirdParty:
        vocabulary: Vocabulary | None = (info.context or {}).get("vocabulary")
        if vocabulary is None or not vocabulary.has("legal_bases", self.legal_basis):
            return self
        if not vocabulary.get("legal_bases", self.legal_basis).extra.get("provision"):
            raise PydanticCustomError(
                "provision_basis",
                "'{basis}' is not a ground for giving personal information to a third party "
                "(PIPA art. 17(1)): use 'consent', or the law that requires or allows it",
                {"basis": self.legal_basis},
            )
        return self


class Entrustment(Strict):
    """A vendor that processes personal information on our behalf."""

    vendor: Localized
    task: Localized
    items: list[ItemId] = []
    country: CountryCode  # required: a default would publish where a vendor is without knowing


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
    eu_safeguard: Localized | None = None  # GDPR art. 13(1)(f), 46: needed with `gdpr`


class Children(Strict):
    """Children under 14 use the service; a parent or guardian consents for them."""

    consent_method: Localized
    guardian_items: list[ItemId] = Field(min_length=1)


class ServiceMenus(Strict):
    """Where readers find privacy tools in the service's own menus (for the teenagers' guide).

    Each is the menu path or page as readers see it, e.g. "설정 > 계정 > 비밀번호 변경". A tool
    left out is explained in general words; the guide never invents a menu.
    """

    password: Localized | None = None
    two_step: Localized | None = None
    devices: Localized | None = None
    privacy_settings: Localized | None = None
    report: Localized | None = None


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
    how_to_refuse: Localized  # a switch that stops the profiling, not only cookie settings
    collectors: list[Localized]  # required: [] is the editor's word that nobody else collects
    children_excluded: bool = False  # True: no behavioural data of known under-14s for ads
    complaints: Contact | None = None  # a separate contact for questions about the ads


class AutomatedDecision(Strict):
    """A decision made by fully automated processing that affects a person's rights."""

    id: Identifier
    name: Localized
    purpose: PurposeId | None = None  # the processing purpose whose items the decision uses
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
    separate_consent: bool = False  # consent asked apart from every other consent
    law: LawId | None = None  # or the statute that requires or permits it
    article: ArticleNumber | None = None


class Representative(Strict):
    """The domestic representative of a business without an address in Korea."""

    name: Localized
    address: Localized
    phone: Phone
    email: Email


class Gdpr(Strict):
    """Facts the English edition adds for readers in the EU (GDPR art. 13)."""

    eu_representative: Localized | None = None
    no_eu_representative_because: Localized | None = None  # the art. 27(2) exemption relied on
    supervisory_authority: Localized
    child_consent_age: int | None = Field(default=None, ge=13, le=16)  # GDPR art. 8(1)

    @model_validator(mode="after")
    def _representative(self) -> Gdpr:
        if (self.eu_representative is None) == (self.no_eu_representative_because is None):
            raise PydanticCustomError(
                "eu_representative",
                "name your representative in the EU ('eu_representative', GDPR art. 27), or "
                "say why you need none ('no_eu_representative_because'): give exactly one",
                {},
            )
        return self


def _legible_brand_colour(value: str) -> str:
    from ..graphics.colour import contrast_ratio, darker_shade

    colour = value.lower()
    ratio = contrast_ratio(colour, "#ffffff")
    if ratio < MIN_BADGE_CONTRAST:
        raise PydanticCustomError(
            "brand_colour",
            "colour {value} is too light for white pictograms (contrast {ratio}:1, at least "
            "{needed}:1 is needed)",
            {
                "value": value,
                "ratio": f"{ratio:.1f}",
                "needed": f"{MIN_BADGE_CONTRAST:g}",
                "darker": darker_shade(colour, needed=MIN_BADGE_CONTRAST),
            },
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
    share_label_kit: bool = False  # publish a page offering the label files to other businesses


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


ItemCategory = Literal[
    "general",
    "direct_identifier",
    "sensitive",
    "unique_identifier",
    "resident_registration_number",
    "location",
]


class CustomItem(CustomTerm):
    """A custom data item, with what the law makes of it (`policygen check` asks for it)."""

    category: ItemCategory | None = None


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

    data_items: dict[Identifier, CustomItem] = {}
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
    sensitive_disclosure: SensitiveDisclosure | None = None
    unique_identifiers: list[SpecialCategory] = []
    domestic_representative: Representative | None = None
    cctv: list[Cctv] = []
    change_notice: ChangeNotice | None = None
    service_menus: ServiceMenus | None = None
    gdpr: Gdpr | None = None
    transparency: TransparencyReport | None = None
    service_policies: ServicePolicies = ServicePolicies()
    brand: Brand = Brand()
    history: list[HistoryEntry] = Field(min_length=1)
    terms: CustomTerms = CustomTerms()
    example: bool = False  # a fictional example project: every page and PDF says so

    @field_validator("gdpr")
    @classmethod
    def _gdpr_facts(cls, gdpr: Gdpr | None, info: ValidationInfo) -> Gdpr | None:
        """Facts the English edition must state once the GDPR applies (earlier fields known)."""
        if gdpr is None:
            return gdpr
        if info.data.get("children") is not None and gdpr.child_consent_age is None:
            raise PydanticCustomError(
                "gdpr_children",
                "with 'children' and 'gdpr', give 'gdpr.child_consent_age' (13 to 16): the age "
                "under which you ask a parent's consent of readers in the EU (GDPR art. 8)",
                {},
            )
        transfers = info.data.get("overseas_transfers") or []
        if any(transfer.eu_safeguard is None for transfer in transfers):
            raise PydanticCustomError(
                "gdpr_transfer",
                "with 'gdpr', every overseas transfer needs 'eu_safeguard': the GDPR safeguard "
                "(adequacy decision or standard contractual clauses) and how to get a copy "
                "(GDPR art. 13(1)(f))",
                {},
            )
        return gdpr

    # ---- facts several views share, computed once ---------------------------------------

    @property
    def contact(self) -> Contact:
        """Whom readers contact: the complaints department, or else the privacy officer."""
        return self.complaints_department or self.privacy_officer

    @property
    def items_processed(self) -> list[str]:
        """Every data item the policy names anywhere, once each, in order of first mention."""
        items = [item for entry in self.processing for item in entry.all_items]
        if self.children:
            items += self.children.guardian_items
        if self.automatic_collection:
            items += self.automatic_collection.items
        if self.behavioural_advertising:
            items += self.behavioural_advertising.items
        items += [item for camera in self.cctv for item in camera.items]  # footage is collected
        return list(dict.fromkeys(items))

    @property
    def required_items(self) -> list[str]:
        """Items some purpose requires."""
        return list(dict.fromkeys(i for entry in self.processing for i in entry.required_items))

    @property
    def optional_only_items(self) -> list[str]:
        """Items optional for every purpose that asks for them: refusing them is truly safe."""
        required = set(self.required_items)
        optional = (i for entry in self.processing for i in entry.optional_items)
        return [item for item in dict.fromkeys(optional) if item not in required]

    @property
    def retentions(self) -> list[Retention]:
        """Every retention period the policy states, from every section."""
        periods = [entry.retention for entry in self.processing]
        periods += [record.retention for record in self.kept_under_law]
        periods += [party.retention for party in self.third_parties]
        periods += [transfer.retention for transfer in self.overseas_transfers]
        periods += [entry.retention for entry in self.pseudonymised]
        periods += [camera.retention for camera in self.cctv]
        if self.behavioural_advertising:
            periods.append(self.behavioural_advertising.retention)
        if self.destruction.inactive_accounts:
            periods.append(self.destruction.inactive_accounts.kept_for)
        return periods

    @property
    def longest_retention(self) -> Retention | None:
        """The longest stated period (None when everything is kept only until an event)."""
        periods = [retention for retention in self.retentions if retention.has_period]
        return max(periods, key=lambda r: r.approximate_days) if periods else None

    @property
    def usual_retention(self) -> Retention:
        """The retention that covers the most items (the first on a tie): 'usually we keep it'."""
        shapes = [entry.retention for entry in self.processing]
        weight = [
            sum(len(e.all_items) for e in self.processing if e.retention == shape)
            for shape in shapes
        ]
        return shapes[max(range(len(shapes)), key=lambda i: (weight[i], -i))]

    @property
    def current(self) -> HistoryEntry:
        """The newest version: its date is the effective date."""
        return max(self.history, key=lambda entry: entry.date)

    @property
    def effective_date(self) -> dt.date:
        return self.current.date
