"""Public bodies that help people whose privacy rights were infringed (facts, not wording)."""

from __future__ import annotations

from dataclasses import dataclass

from .articles import N_


@dataclass(frozen=True)
class Agency:
    """A public help line: English name (translated by the catalog), phone and web address."""

    name: str
    phone: str
    url: str


AGENCIES: tuple[Agency, ...] = (
    Agency(
        N_("Personal Information Infringement Report Center (KISA)"),
        "118",
        "https://privacy.kisa.or.kr",
    ),
    Agency(
        N_("Personal Information Dispute Mediation Committee"),
        "1833-6972",
        "https://www.kopico.go.kr",
    ),
    Agency(N_("Supreme Prosecutors' Office"), "1301", "https://www.spo.go.kr"),
    Agency(N_("Korean National Police Agency, Cyber Bureau"), "182", "https://ecrm.police.go.kr"),
)
