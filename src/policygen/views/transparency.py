"""The transparency report: government requests per period as tables, charts, a FAQ and a CSV."""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup

from ..facts.articles import N_
from ..facts.transparency import (
    MEASURE_NAMES,
    KindReport,
    figures_csv,
    kind_reports,
    number,
    period_notes,
)
from ..graphics.bar_chart import Series, bar_chart
from ..i18n.catalogs import translations
from ..inputs import TRANSPARENCY_FAQ
from ..source.model import Policy
from .base import HubEntry, Output
from .site import Site

CSV_PATH = "downloads/transparency.csv"
PROCESSED_COLOUR = "#8a3b00"  # dark orange: 7:1 on white, apart from the brand blues


def _has_report(policy: Policy) -> bool:
    return policy.transparency is not None


def _chart(kind: KindReport, locale: str, colour: str) -> Markup:
    """Received and processed requests per period, with a description that reads the trend."""
    _ = translations(locale).gettext
    received = [row.received for row in kind.rows]
    processed = [row.processed for row in kind.rows]
    reported = [row for row in kind.rows if row.received is not None] or kind.rows
    first, last = reported[0], reported[-1]
    if first is last:
        description = _(
            "Bar chart of requests received and processed. Received: %(r1)s in %(p1)s. "
            "Processed: %(d1)s. The table below has every number."
        )
    else:
        description = _(
            "Bar chart of requests received and processed in each period. Received: %(r1)s in "
            "%(p1)s and %(r2)s in %(p2)s. Processed: %(d1)s and %(d2)s. The table below has "
            "every number."
        )
    description %= {
        "p1": first.period,
        "p2": last.period,
        "r1": number(first.received, locale),
        "r2": number(last.received, locale),
        "d1": number(first.processed, locale),
        "d2": number(last.processed, locale),
    }
    svg = bar_chart(
        f"chart-{kind.id.replace('_', '-')}",
        kind.name,
        description,
        [row.period for row in kind.rows],
        [
            Series(_(MEASURE_NAMES["received"]), colour, received),
            Series(_(MEASURE_NAMES["processed"]), PROCESSED_COLOUR, processed, hatched=True),
        ],
        number=lambda value: number(value, locale),
    )
    return Markup(svg)  # every text in it was escaped by bar_chart


class TransparencyPage:
    """One page per locale: each kind of request across periods, then the FAQ."""

    hub_entry = HubEntry(
        "transparency",
        N_("Transparency report"),
        N_("How often government bodies asked for users' information, and how we answered."),
        applies=_has_report,
    )
    inputs = (TRANSPARENCY_FAQ,)

    def render(self, site: Site) -> Iterator[Output]:
        report = site.policy.transparency
        if report is None:
            return
        faq = site.input(TRANSPARENCY_FAQ)
        colour = site.policy.brand.colour
        for locale in site.locales:
            kinds = kind_reports(report, site.phrasing(locale))
            yield site.page(
                "transparency/page.html",
                locale,
                f"{locale}/transparency/index.html",
                kinds=kinds,
                charts={kind.id: _chart(kind, locale, colour) for kind in kinds},
                notes=period_notes(report, site.phrasing(locale)),
                number=lambda value, locale=locale: number(value, locale),
                questions=[
                    question
                    for question in faq.faq.questions
                    if question.when == "always" or report.none_without_warrant
                ],
                csv_path=CSV_PATH,
            )
        yield Output(CSV_PATH, figures_csv(report))
