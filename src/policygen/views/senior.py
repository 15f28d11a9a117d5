"""The senior guide: large print, plain steps, phishing warnings, big call buttons, and its PDF."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.helplines import help_lines
from ..inputs import GUIDE
from ..pdf.writer import pdf_from_print_page, print_context
from .base import HubEntry, Output
from .site import Site

PDF_PATH = "downloads/senior-{locale}.pdf"


class SeniorGuide:
    """One large-print page per locale (the PDF of the same text is SeniorPdf)."""

    hub_entry = HubEntry(
        "senior",
        N_("Large-print guide"),
        N_("Large print and plain steps: protecting your information and avoiding scams."),
    )
    inputs = (GUIDE,)

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            chapters = site.input(GUIDE)[locale]
            yield site.page(
                "senior/page.html",
                locale,
                f"{locale}/senior/index.html",
                chapters=chapters,
                help_lines=help_lines(),
                pdf_path=PDF_PATH.format(locale=locale),
            )


class SeniorPdf:
    """The senior guide in large print on A4, from the page's own chapter template (PDF/UA-1)."""

    hub_entry = None
    inputs = (GUIDE,)

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            path = PDF_PATH.format(locale=locale)
            page = site.page(
                "print/senior.html",
                locale,
                path,
                chapters=site.input(GUIDE)[locale],
                help_lines=help_lines(),
                **print_context(),
            )
            yield Output(path, pdf_from_print_page("guide-pdf", page.content.decode("utf-8")))
