"""The transparency report's figures, phrased per locale: period names, kinds, rows and a CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from babel.numbers import format_decimal

from ..i18n.catalogs import translations
from ..i18n.formatting import long_date
from ..source.transparency import Period, TransparencyReport
from .articles import N_
from .phrasing import Phrasing

KIND_NAMES = {
    "search_warrant": N_("Court warrants for seizure and search"),
    "communication_data": N_("Requests for communication confirmation data"),
    "communication_restriction": N_("Communication-restriction measures (wiretaps)"),
    "subscriber_information": N_("Requests for subscriber information"),
    "takedown": N_("Takedown requests from government bodies"),
}
KIND_EXPLAINED = {
    "search_warrant": N_(
        "A warrant a court issues so that investigators can seize and search information, "
        "under the Criminal Procedure Act."
    ),
    "communication_data": N_(
        "Records of when and with whom someone communicated, such as log times, with a "
        "court's permission under the Protection of Communications Secrets Act. Not the "
        "content of messages."
    ),
    "communication_restriction": N_(
        "Permission from a court to obtain the content of communications, under the "
        "Protection of Communications Secrets Act."
    ),
    "subscriber_information": N_(
        "A request for a user's name, date of birth, address, phone number or dates of "
        "joining and leaving, under the Telecommunications Business Act; it needs no "
        "warrant, so a company may refuse it."
    ),
    "takedown": N_(
        "A request from a government body, such as the Korea Communications Standards "
        "Commission, to remove or block posts."
    ),
}
MEASURES = ("received", "processed", "accounts")
MEASURE_NAMES = {
    "received": N_("Requests received"),
    "processed": N_("Requests processed"),
    "accounts": N_("Accounts affected"),
}


def period_name(period: Period, locale: str) -> str:
    """'2025년 상반기' / 'H1 2025' for a calendar half-year, else the dates it spans."""
    start, end = period.start, period.end
    if start.year == end.year and (start.month, start.day) in ((1, 1), (7, 1)):
        first = start.month == 1
        if (end.month, end.day) == ((6, 30) if first else (12, 31)):
            if locale == "ko":
                return f"{start.year}년 {'상반기' if first else '하반기'}"
            return f"{'H1' if first else 'H2'} {start.year}"
    return f"{long_date(start, locale)} – {long_date(end, locale)}"


@dataclass(frozen=True)
class Row:
    """One period's figures of one kind (None: that period reports no request of the kind)."""

    period: str
    received: int | None
    processed: int | None
    accounts: int | None


@dataclass(frozen=True)
class KindReport:
    """One kind of request across every period, as a table and a chart."""

    id: str
    name: str
    explained: str
    rows: list[Row]


@dataclass(frozen=True)
class Note:
    period: str
    text: str


def kind_reports(report: TransparencyReport, say: Phrasing) -> list[KindReport]:
    """Every kind any period reports, each with one row per period (oldest first)."""
    _ = translations(say.locale).gettext
    names = [period_name(period, say.locale) for period in report.periods]
    reports = []
    for kind in report.kinds:
        rows = []
        for name, period in zip(names, report.periods, strict=True):
            figures = period.requests.by_kind()[kind]
            rows.append(Row(name, *(getattr(figures, m) if figures else None for m in MEASURES)))
        reports.append(KindReport(kind, _(KIND_NAMES[kind]), _(KIND_EXPLAINED[kind]), rows))
    return reports


def period_notes(report: TransparencyReport, say: Phrasing) -> list[Note]:
    return [
        Note(period_name(period, say.locale), say.text(period.note))
        for period in report.periods
        if period.note is not None
    ]


def number(value: int | None, locale: str) -> str:
    """A count with the locale's digit grouping; a dash where the period reports none."""
    return "–" if value is None else format_decimal(value, locale=locale)


def figures_csv(report: TransparencyReport) -> bytes:
    """Every figure as CSV for journalists and researchers: UTF-8 with a BOM, for Excel."""
    ko_names, en_names = translations("ko").gettext, translations("en").gettext
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "period_start",
            "period_end",
            "period_ko",
            "period_en",
            "kind",
            "kind_ko",
            "kind_en",
            *MEASURES,
        ]
    )
    for period in report.periods:
        for kind, figures in period.requests.by_kind().items():
            if figures is None:
                continue
            writer.writerow(
                [
                    period.start.isoformat(),
                    period.end.isoformat(),
                    period_name(period, "ko"),
                    period_name(period, "en"),
                    kind,
                    ko_names(KIND_NAMES[kind]),
                    en_names(KIND_NAMES[kind]),
                    *(getattr(figures, measure) for measure in MEASURES),
                ]
            )
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
