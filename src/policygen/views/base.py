"""What every view shares: how it is offered on the hub and the small interface the build calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ..artifact import Output
from .site import HubEntry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..project import ProjectInput
    from .site import Site

__all__ = ["HubEntry", "Output", "View"]


class View(Protocol):
    """A view renders the validated facts into files; it never writes them itself.

    `inputs` names the project folders it reads besides the policy (see inputs.py); the build
    loads exactly the inputs of the views it renders, and watches their folders.
    """

    hub_entry: HubEntry | None
    inputs: tuple[ProjectInput[Any, Any], ...]

    def render(self, site: Site) -> Iterable[Output]: ...
