"""Static files every page links to (style sheets)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from .base import Output
from .site import Site

ASSETS = ("site.css",)


class StaticAssets:
    """Copies the package's static files into build/assets/."""

    hub_entry = None
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        folder = resources.files("policygen") / "static"
        for name in ASSETS:
            yield Output(f"assets/{name}", (folder / name).read_bytes())
