"""The teenagers' guide filled from the policy: the guide's placeholders, the service's menus."""

from __future__ import annotations

from dataclasses import dataclass

from ..source.dialogue import ScriptLocalized
from ..source.model import Policy
from ..source.teens import LoadedTeens, Section
from .features import does
from .guide import fill, guide_values
from .phrasing import Phrasing


@dataclass(frozen=True)
class TeenStep:
    """Something to do, and where it is in this service when the policy says so."""

    text: str
    menu: str | None


@dataclass(frozen=True)
class Bubble:
    """One message of a scam simulation; `mine` for the reader's own."""

    mine: bool
    text: str


@dataclass(frozen=True)
class TeenSimulation:
    """A stranger's chat, what went wrong, and what to do."""

    stranger: str
    avatar: str
    bubbles: tuple[Bubble, ...]
    went_wrong: tuple[str, ...]
    what_to_do: tuple[str, ...]


@dataclass(frozen=True)
class TeenSection:
    """A section ready to show in one language."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    steps: tuple[TeenStep, ...]
    simulation: TeenSimulation | None
    show: tuple[str, ...]

    @property
    def texts(self) -> list[str]:
        """Every sentence a reader reads here, for readability checks."""
        simulation = self.simulation
        chat = (
            [b.text for b in simulation.bubbles] + [*simulation.went_wrong, *simulation.what_to_do]
            if simulation
            else []
        )
        return [*self.paragraphs, *(step.text for step in self.steps), *chat]


def teen_sections(loaded: LoadedTeens, policy: Policy, say: Phrasing) -> list[TeenSection]:
    """The sections that apply to this policy, in one language."""
    values = guide_values(policy, say)
    return [
        _section(section, say, values, policy)
        for section in loaded.guide.sections
        if does(section.when, policy)
    ]


def _section(
    section: Section, say: Phrasing, values: dict[str, str], policy: Policy
) -> TeenSection:
    locale = say.locale

    def texts(items: list[ScriptLocalized]) -> tuple[str, ...]:
        return tuple(fill(text, locale, values) for text in items)

    menus = policy.service_menus
    steps = tuple(
        TeenStep(
            fill(step.text, locale, values),
            say.text(path) if menus and step.menu and (path := getattr(menus, step.menu)) else None,
        )
        for step in section.steps
        if does(step.when, policy)
    )
    simulation = None
    if section.simulation:
        sim = section.simulation
        simulation = TeenSimulation(
            sim.stranger(locale),
            sim.avatar,
            tuple(
                Bubble(line.speaker == "me", fill(line.text, locale, values)) for line in sim.lines
            ),
            texts(sim.went_wrong),
            texts(sim.what_to_do),
        )
    return TeenSection(
        section.id,
        section.title(locale),
        texts(section.paragraphs),
        steps,
        simulation,
        tuple(section.show),
    )
