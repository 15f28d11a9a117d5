"""Every review rule, one module per topic, in the order `policygen check --rules` lists them.

Statute citations in these modules are a drafting aid and must be reviewed by counsel before
real use.
"""

from __future__ import annotations

from ..engine import Rule
from . import (
    ad_pages,
    advertising,
    cctv,
    children,
    contacts,
    custom_terms,
    decisions,
    placeholders,
    pseudonymised,
    purposes,
    readability,
    retention,
    safeguards,
    sharing,
    special,
    transfers,
)

TOPICS = (
    purposes,
    special,
    retention,
    sharing,
    transfers,
    advertising,
    ad_pages,
    children,
    decisions,
    pseudonymised,
    safeguards,
    cctv,
    contacts,
    placeholders,
    custom_terms,
    readability,
)
RULES: tuple[Rule, ...] = tuple(rule for topic in TOPICS for rule in topic.RULES)
