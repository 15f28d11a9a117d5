"""Sensitive information that may become visible to others, and how a reader keeps it private.

PIPA art. 23(3) and art. 30(1)3-3 (stated only where it applies): where information shown in the
course of the service may reveal a reader's sensitive information, the policy says so and how to
choose not to show it. To be reviewed by counsel before real use.
"""

from __future__ import annotations

from pydantic import Field

from .fields import Localized, Strict


class SensitiveDisclosure(Strict):
    """What others may see that can reveal sensitive information, and how to keep it private."""

    what: Localized = Field(
        description="what shown to others may reveal sensitive information, e.g. a status message"
    )
    how_to_keep_private: Localized = Field(
        description="how a reader chooses not to show it, step by step"
    )
