"""Fixed cameras (CCTV): every fact PIPA art. 25 and its Enforcement Decree ask a business to state.

The items follow PIPA art. 25(4) (the notice sign) and (7), Enforcement Decree art. 25(1) (the
operating policy) and art. 26(2) (an entrusted operator). Statute citations are to be reviewed
by counsel before real use.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import ArticleNumber, Contact, LawId, Localized, Phone, Retention, Strict

# The grounds of PIPA art. 25(1) on which cameras may film a place open to the public:
# 1 a law permits it specifically, 2 preventing and investigating crime, 3 the safety and
# management of facilities and fire prevention, 4 traffic enforcement, 5 traffic information.
FOOTAGE = "cctv_footage"  # the data item (vocabulary/data_items.yaml) the cameras collect
CctvGround = Literal[
    "law_permits",
    "crime_prevention",
    "facility_safety",
    "traffic_enforcement",
    "traffic_information",
]


class CameraPlace(Strict):
    """Where cameras stand, how many, and what they film (Decree art. 25(1)2)."""

    place: Localized = Field(description="where the cameras are installed, e.g. the shop entrance")
    count: int = Field(ge=1, le=100_000, description="how many cameras are installed there")
    filming_range: Localized = Field(
        description="what the cameras show, e.g. the entrance door and the counter"
    )


class CctvOperator(Strict):
    """A company the business entrusts with running the cameras (Decree art. 26(2))."""

    name: Localized
    phone: Phone


class Cctv(Strict):
    """One group of fixed cameras (고정형 영상정보처리기기) with one purpose and one manager."""

    purpose: Localized = Field(description="why the cameras film, in specific words")
    grounds: list[CctvGround] = Field(
        min_length=1, description="the PIPA art. 25(1) grounds the cameras are installed on"
    )
    law: LawId | None = None  # the law that permits the cameras, with ground law_permits
    article: ArticleNumber | None = None
    places: list[CameraPlace] = Field(min_length=1)
    hours: Localized = Field(description="when the cameras film, e.g. 24 hours a day")
    records_sound: bool = Field(description="whether the cameras record sound (PIPA art. 25(5))")
    retention: Retention = Field(description="how long footage is kept before it is deleted")
    storage: Localized = Field(
        description="where the footage is stored, e.g. a recorder in the office"
    )
    handling: Localized = Field(
        description="how footage is handled and destroyed, e.g. overwritten after the period"
    )
    manager: Contact = Field(description="the person responsible, with department and contact")
    access: Localized = Field(description="who may see the footage")
    viewing: Localized = Field(
        description="how and where the business itself checks footage (Decree art. 25(1)5)"
    )
    how_to_request: Localized = Field(
        description="how a person asks to see footage of themselves, and what happens then"
    )
    safeguards: list[Localized] = Field(
        min_length=1, description="the administrative, technical and physical protections"
    )
    operator: CctvOperator | None = None  # an entrusted company that runs the cameras

    @model_validator(mode="after")
    def _law_named(self) -> Cctv:
        if ("law_permits" in self.grounds) != (self.law is not None and self.article is not None):
            raise PydanticCustomError(
                "cctv_law",
                "with the ground 'law_permits', name the law and its article ('law', "
                "'article'); without that ground, leave both out",
                {},
            )
        if self.manager.name is None:
            raise PydanticCustomError(
                "cctv_manager",
                "the CCTV manager needs a 'name': the notice sign names the person responsible",
                {},
            )
        return self

    @property
    def items(self) -> list[str]:
        """What the cameras collect: footage of the people they film, a data item like any other."""
        return [FOOTAGE]

    @property
    def count(self) -> int:
        """All cameras of this group."""
        return sum(place.count for place in self.places)
