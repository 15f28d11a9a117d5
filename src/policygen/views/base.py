"""What every view shares: its output files and the small interface the build calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .site import Site


@dataclass(frozen=True)
class Output:
    """One file of the site, by its path under build/ (forward slashes)."""

    path: str
    content: bytes


@dataclass(frozen=True)
class HubEntry:
    """How a reader-facing view is offered on the hub page."""

    folder: str  # under {locale}/, e.g. "policy"
    title: str  # English msgid
    description: str  # English msgid


class View(Protocol):
    """A view renders the validated facts into files; it never writes them itself."""

    name: str
    hub_entry: HubEntry | None

    def render(self, site: Site) -> Iterable[Output]: ...
