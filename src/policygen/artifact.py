"""One file of the built site: the neutral unit every renderer yields and the writer writes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    """One file of the site, by its path under build/ (forward slashes)."""

    path: str
    content: bytes
