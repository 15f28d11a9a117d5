"""The articles of the legal policy, in order, with the condition under which each appears."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..source.model import Policy


def N_(message: str) -> str:
    """Mark a string for the catalog; it is translated when rendered."""
    return message


@dataclass(frozen=True)
class ArticleSpec:
    """An article the law may require: its stable anchor, English title and when it applies."""

    id: str
    title: str
    applies: Callable[[Policy], bool]
    required: bool = False  # required by PIPA art. 30 / Decree art. 31 for every business


def _always(_: Policy) -> bool:
    return True


ARTICLES: tuple[ArticleSpec, ...] = (
    ArticleSpec("purposes", N_("Purposes of processing"), _always, required=True),
    ArticleSpec("items", N_("Personal information we process"), _always, required=True),
    ArticleSpec("retention", N_("How long we keep personal information"), _always, required=True),
    ArticleSpec("children", N_("Children under 14"), lambda p: p.children is not None),
    ArticleSpec("third-parties", N_("Provision to third parties"), lambda p: bool(p.third_parties)),
    ArticleSpec("entrustment", N_("Entrustment of processing"), lambda p: bool(p.entrustment)),
    ArticleSpec(
        "overseas",
        N_("Transfers of personal information abroad"),
        lambda p: bool(p.overseas_transfers),
    ),
    ArticleSpec("destruction", N_("Destruction of personal information"), _always, required=True),
    ArticleSpec("sensitive", N_("Sensitive information"), lambda p: bool(p.sensitive_information)),
    ArticleSpec(
        "unique-identifiers", N_("Unique identifiers"), lambda p: bool(p.unique_identifiers)
    ),
    ArticleSpec("pseudonymised", N_("Pseudonymised information"), lambda p: bool(p.pseudonymised)),
    ArticleSpec("rights", N_("Your rights and how to use them"), _always, required=True),
    ArticleSpec("security", N_("How we keep personal information safe"), _always, required=True),
    ArticleSpec(
        "cookies",
        N_("Cookies and other automatic collection"),
        lambda p: p.automatic_collection is not None,
    ),
    ArticleSpec(
        "behavioural-advertising",
        N_("Behavioural information and advertising"),
        lambda p: p.behavioural_advertising is not None,
    ),
    ArticleSpec(
        "automated-decisions", N_("Automated decisions"), lambda p: bool(p.automated_decisions)
    ),
    ArticleSpec("cctv", N_("Fixed video devices (CCTV)"), lambda p: bool(p.cctv)),
    ArticleSpec(
        "domestic-representative",
        N_("Domestic representative"),
        lambda p: p.domestic_representative is not None,
    ),
    ArticleSpec(
        "privacy-officer", N_("Privacy officer and complaints department"), _always, required=True
    ),
    ArticleSpec("remedies", N_("Remedies for infringement of your rights"), _always, required=True),
    ArticleSpec("changes", N_("Changes to this policy"), _always, required=True),
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
