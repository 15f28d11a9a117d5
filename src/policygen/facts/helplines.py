"""Public help lines seniors can call: scam reports and privacy remedies (facts, not wording)."""

from __future__ import annotations

from .articles import N_
from .remedies import AGENCIES, Agency

PHISHING_LINES: tuple[Agency, ...] = (
    Agency(N_("Police: report a scam, or money already sent"), "112", "https://www.police.go.kr"),
    Agency(
        N_("Financial Supervisory Service: scams and stopping payments"),
        "1332",
        "https://www.fss.or.kr",
    ),
)


def help_lines() -> tuple[Agency, ...]:
    """Scam lines first (they are urgent), then the privacy remedy bodies."""
    return (*PHISHING_LINES, *AGENCIES)
