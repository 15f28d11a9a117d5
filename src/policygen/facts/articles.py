"""The articles of the legal policy, in order, with the condition under which each appears."""

from __future__ import annotations

from dataclasses import dataclass

from ..source.model import Policy
from .features import does


def N_(message: str) -> str:
    """Mark a string for the catalog; it is translated when rendered."""
    return message


@dataclass(frozen=True)
class ArticleSpec:
    """An article the law may require: its stable anchor, English title and when it applies."""

    id: str
    title: str
    when: str  # a name of features.FEATURES: the article appears when the business does it
    required: bool = False  # required by PIPA art. 30 / Decree art. 31 for every business

    def applies(self, policy: Policy) -> bool:
        return does(self.when, policy)


ARTICLES: tuple[ArticleSpec, ...] = (
    ArticleSpec("purposes", N_("Purposes of processing"), "always", required=True),
    ArticleSpec("items", N_("Personal information we process"), "always", required=True),
    ArticleSpec("retention", N_("How long we keep personal information"), "always", required=True),
    ArticleSpec("children", N_("Children under 14"), "children"),
    ArticleSpec("third-parties", N_("Provision to third parties"), "third_parties"),
    ArticleSpec("entrustment", N_("Entrustment of processing"), "entrustment"),
    ArticleSpec(
        "overseas",
        N_("Transfers of personal information abroad"),
        "overseas_transfers",
    ),
    ArticleSpec("destruction", N_("Destruction of personal information"), "always", required=True),
    ArticleSpec(
        "sensitive-disclosure",
        N_("Sensitive information others may see, and how to keep it private"),
        "sensitive_disclosure",
    ),
    ArticleSpec("sensitive", N_("Sensitive information"), "sensitive_information"),
    ArticleSpec("unique-identifiers", N_("Unique identifiers"), "unique_identifiers"),
    ArticleSpec("pseudonymised", N_("Pseudonymised information"), "pseudonymised"),
    ArticleSpec("rights", N_("Your rights and how to use them"), "always", required=True),
    ArticleSpec("security", N_("How we keep personal information safe"), "always", required=True),
    ArticleSpec(
        "cookies",
        N_("Cookies and other automatic collection"),
        "automatic_collection",
    ),
    ArticleSpec(
        "behavioural-advertising",
        N_("Behavioural information and advertising"),
        "behavioural_advertising",
    ),
    ArticleSpec("automated-decisions", N_("Automated decisions"), "automated_decisions"),
    ArticleSpec("cctv", N_("Fixed video devices (CCTV)"), "cctv"),
    ArticleSpec(
        "domestic-representative",
        N_("Domestic representative"),
        "domestic_representative",
    ),
    ArticleSpec(
        "privacy-officer", N_("Privacy officer and complaints department"), "always", required=True
    ),
    ArticleSpec(
        "remedies", N_("Remedies for infringement of your rights"), "always", required=True
    ),
    ArticleSpec("changes", N_("Changes to this policy"), "always", required=True),
)


@dataclass(frozen=True)
class Article:
    """An article as published: numbered in order among the articles that apply."""

    number: int
    spec: ArticleSpec

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title


def applicable_articles(policy: Policy) -> list[Article]:
    """Only the articles for processing the business does, numbered 1..n."""
    specs = [spec for spec in ARTICLES if spec.applies(policy)]
    return [Article(number, spec) for number, spec in enumerate(specs, start=1)]
