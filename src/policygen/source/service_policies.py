"""Short service policies published beside the legal policy: ads, deletion, the deceased, design.

Each is optional and becomes its own page. Prose is editor Markdown under the policy's rules
(no HTML, both languages); the advertising page adds the commitments a company chooses from a
fixed list, so every sentence it prints is one the company declared.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..errors import Problem
from ..i18n.console import N_, Msg
from .fields import Localized, Strict
from .yaml_tree import LocatedData

# Promises about personalised ads, each printed as one fixed sentence in both languages.
AdCommitment = Literal[
    "no_sensitive_information",  # no health, beliefs, sex life… to pick ads (PIPA art. 23)
    "no_children_under_14",  # no personalised ads to accounts of known under-14s
    "no_message_content",  # private messages are never read to choose ads
    "no_sale_of_profiles",  # interest profiles are not sold or handed to advertisers
]


class AdvertisingPolicy(Strict):
    """The personalised-advertising page: commitments and the service's own opt-out steps."""

    intro: Localized | None = None
    commitments: list[AdCommitment] = Field(default_factory=list)
    # further promises in the company's own words
    own_commitments: list[Localized] = Field(default_factory=list)
    opt_out_steps: list[Localized] = Field(min_length=1)


class ProsePolicy(Strict):
    """A page of editor prose (Markdown, both languages)."""

    body: Localized


class Principle(Strict):
    """One principle of privacy by design."""

    title: Localized
    text: Localized


class DesignPolicy(ProsePolicy):
    """Privacy by design: editor prose with an optional list of principles."""

    principles: list[Principle] = Field(default_factory=list)


class ServicePolicies(Strict):
    """Which service pages the site publishes; each left out is neither built nor listed."""

    advertising: AdvertisingPolicy | None = None
    forget: ProsePolicy | None = None  # deleting your traces (the right to be forgotten)
    deceased: ProsePolicy | None = None  # accounts of people who have died
    privacy_by_design: DesignPolicy | None = None


def service_problems(
    pages: ServicePolicies, has_advertising_facts: bool, source: LocatedData
) -> list[Problem]:
    """The advertising page is made from the policy's facts: without them it cannot be."""
    if pages.advertising is None or has_advertising_facts:
        return []
    return [
        Problem(
            source.locate(("service_policies", "advertising"), key=True),
            Msg(N_("the advertising page needs 'behavioural_advertising' in the policy")),
            Msg(
                N_(
                    "describe the behavioural advertising under 'behavioural_advertising:', "
                    "or remove 'service_policies: advertising:'"
                )
            ),
        )
    ]
