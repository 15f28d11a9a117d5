"""How changes to the policy are announced: where, and how many days before they take effect.

PIPA art. 30(2) asks that changes be published; the lead time is the business's own promise
(the PIPC drafting guideline's model text uses 7 days, 30 for changes that weigh on users), so
it is a fact the editor gives, never a default. To be reviewed by counsel before real use.
"""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import Localized, Strict


class ChangeNotice(Strict):
    """Where a change is announced and how long before it takes effect."""

    where: Localized = Field(description="where changes are announced, e.g. the website's notices")
    days_before: int = Field(ge=1, le=365, description="days before a change takes effect")
    days_before_adverse: int | None = Field(
        default=None,
        ge=1,
        le=365,
        description="days before a change that weighs on users' rights takes effect",
    )

    @model_validator(mode="after")
    def _adverse_not_shorter(self) -> ChangeNotice:
        if self.days_before_adverse is not None and self.days_before_adverse < self.days_before:
            raise PydanticCustomError(
                "notice_days",
                "'days_before_adverse' ({adverse}) is shorter than 'days_before' ({days}): a "
                "change that weighs on users needs at least as long a notice",
                {"adverse": self.days_before_adverse, "days": self.days_before},
            )
        return self
