"""What every view shares: how it is offered on the hub and the small interface the build calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..artifact import Output
from ..source.model import Policy

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..project import ProjectInput
    from .site import Site

__all__ = ["HubEntry", "Output", "View"]


@dataclass(frozen=True)
class HubEntry:
    """How a reader-facing view is offered on the hub page."""

    folder: str  # under {locale}/, e.g. "policy"
    title: str  # English msgid
    description: str  # English msgid
    applies: Callable[[Policy], bool] = lambda _policy: True  # listed only for such policies


class View(Protocol):
    """A view renders the validated facts into files; it never writes them itself.

    `inputs` names the project folders it reads besides the policy (see inputs.py); the build
    loads exactly the inputs of the views it renders, and watches their folders.
    """

    hub_entry: HubEntry | None
    inputs: tuple[ProjectInput[Any, Any], ...]

    def render(self, site: Site) -> Iterable[Output]: ...
