"""The transparency report: how many requests from government bodies came in, period by period.

The figures live in the policy source (`transparency:`), beside the facts they explain; the FAQ
that goes with them is in transparency_faq.py.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ..errors import Location, Problem
from ..i18n.console import N_, Msg
from .fields import Localized, Strict
from .yaml_tree import LocatedData

MAX_COUNT = 100_000_000

# The kinds of request, in the order the report lists them. Each is a key under `requests:`;
# an unknown key is refused with a "did you mean" like any other misspelt key.
KINDS = (
    "search_warrant",  # 압수·수색·검증 영장 (Criminal Procedure Act art. 215)
    "communication_data",  # 통신사실확인자료 (Protection of Communications Secrets Act art. 13)
    "communication_restriction",  # 통신제한조치 (same Act arts. 5-7)
    "subscriber_information",  # 통신이용자정보 (Telecommunications Business Act art. 83(3))
    "takedown",  # 정부기관의 게시물 삭제·차단 요청
)


class Figures(Strict):
    """One kind of request in one period: documents received, processed, accounts affected."""

    received: int = Field(ge=0, le=MAX_COUNT)
    processed: int = Field(ge=0, le=MAX_COUNT)
    accounts: int = Field(ge=0, le=MAX_COUNT)


class Requests(Strict):
    """The requests of one period, by kind; a kind left out had no request to report."""

    search_warrant: Figures | None = None
    communication_data: Figures | None = None
    communication_restriction: Figures | None = None
    subscriber_information: Figures | None = None
    takedown: Figures | None = None

    def by_kind(self) -> dict[str, Figures | None]:
        return {kind: getattr(self, kind) for kind in KINDS}


class Period(Strict):
    """One reporting period (usually a half-year), its figures and an optional note."""

    start: dt.date
    end: dt.date
    requests: Requests
    note: Localized | None = None


class TransparencyReport(Strict):
    """Every reported period, oldest first."""

    periods: list[Period] = Field(min_length=1)

    @property
    def none_without_warrant(self) -> bool:
        """No period handed over subscriber information, the one kind that needs no warrant."""
        given = (period.requests.subscriber_information for period in self.periods)
        return all(figures is None or figures.processed == 0 for figures in given)

    @property
    def kinds(self) -> list[str]:
        """The kinds any period reports, in the report's order."""
        return [
            kind
            for kind in KINDS
            if any(period.requests.by_kind()[kind] is not None for period in self.periods)
        ]


def report_problems(report: TransparencyReport | None, source: LocatedData) -> list[Problem]:
    """Figures pydantic cannot judge alone: periods in order, processed within received."""
    if report is None:
        return []
    problems: list[Problem] = []
    root = ("transparency", "periods")
    previous: Period | None = None
    for index, period in enumerate(report.periods):
        where = source.locate((*root, index, "start"))
        if period.end < period.start:
            problems.append(
                Problem(
                    source.locate((*root, index, "end")),
                    Msg(
                        N_("the period ends ({end}) before it starts ({start})"),
                        start=period.start.isoformat(),
                        end=period.end.isoformat(),
                    ),
                    Msg(N_("swap 'start' and 'end'")),
                )
            )
        elif previous is not None:
            problems += _against_previous(previous, period, where)
        if period.end >= period.start:
            previous = period
        for kind, figures in period.requests.by_kind().items():
            if figures is not None and figures.processed > figures.received:
                problems.append(
                    Problem(
                        source.locate((*root, index, "requests", kind, "processed")),
                        Msg(
                            N_("'{kind}': {processed} processed but only {received} received"),
                            kind=kind,
                            processed=figures.processed,
                            received=figures.received,
                        ),
                        Msg(N_("a request can be processed only once it is received")),
                    )
                )
    return problems


def _against_previous(previous: Period, period: Period, where: Location) -> list[Problem]:
    """A period twice, overlapping the one before, or listed before an older one."""
    start = period.start.isoformat()
    if period.start == previous.start:
        return [
            Problem(
                where,
                Msg(N_("the period starting {start} is listed twice"), start=start),
                Msg(N_("remove the second one or merge the figures")),
            )
        ]
    if period.start < previous.start:
        return [
            Problem(
                where,
                Msg(
                    N_("the period starting {start} comes after a later one ({later})"),
                    start=start,
                    later=previous.start.isoformat(),
                ),
                Msg(N_("list the periods oldest first")),
            )
        ]
    if period.start <= previous.end:
        return [
            Problem(
                where,
                Msg(
                    N_("the period starting {start} overlaps the one before, which ends {end}"),
                    start=start,
                    end=previous.end.isoformat(),
                ),
                Msg(N_("start each period after the previous one ends")),
            )
        ]
    return []
