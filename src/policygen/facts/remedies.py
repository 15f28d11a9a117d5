"""Public bodies that help people whose privacy rights were infringed (facts, not wording)."""

from __future__ import annotations

from dataclasses import dataclass

from .articles import N_


@dataclass(frozen=True)
class Agency:
    """A public help line: English name (translated by the catalog), phone, web address, role.

    kind: "mediation" (dispute mediation and counselling) or "report" (reports of infringements
    and crimes): the policy groups the bodies by what they do, since only some mediate.
    """

    name: str
    phone: str
    url: str
    kind: str = "report"


AGENCIES: tuple[Agency, ...] = (
    Agency(
        N_("Personal Information Infringement Report Center (KISA)"),
        "118",
        "https://privacy.kisa.or.kr",
        "mediation",
    ),
    Agency(
        N_("Personal Information Dispute Mediation Committee"),
        "1833-6972",
        "https://www.kopico.go.kr",
        "mediation",
    ),
    Agency(N_("Supreme Prosecutors' Office"), "1301", "https://www.spo.go.kr", "report"),
    Agency(
        N_("Korean National Police Agency, Cyber Bureau"),
        "182",
        "https://ecrm.police.go.kr",
        "report",
    ),
)
