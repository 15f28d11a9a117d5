"""The full legal privacy policy (개인정보 처리방침), one page per locale."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from ..facts.articles import N_
from ..facts.cctv import grounds as cctv_grounds
from ..facts.derived import applicable_rights, security_by_category
from ..facts.remedies import AGENCIES
from ..inputs import LABELS
from ..pdf.writer import pdf_from_print_page, print_context
from .base import HubEntry, Output
from .site import Site

PDF_PATH = "downloads/policy-{locale}.pdf"


class LegalPolicy:
    """Every article PIPA art. 30 requires, and the conditional ones the source calls for."""

    hub_entry = HubEntry(
        "policy",
        N_("Full privacy policy"),
        N_("Every detail the law requires, article by article."),
    )
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            yield render_policy_page(site, locale, f"{locale}/policy/index.html")


class PolicyPdf:
    """The legal policy on A4, from the page's own templates laid out for print (PDF/UA-1)."""

    hub_entry = None
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        badge_sources = {
            label_id: "data:image/svg+xml;base64,"
            + base64.b64encode(str(svg).encode("utf-8")).decode("ascii")
            for label_id, svg in site.badges.items()
        }
        for locale in site.locales:
            path = PDF_PATH.format(locale=locale)
            page = site.page(
                "print/policy.html",
                locale,
                path,  # links to other pages are made relative to the PDF's place on the site
                badge_sources=badge_sources,
                **policy_context(site),
                **print_context(),
            )
            yield Output(path, pdf_from_print_page("policy-pdf", page.content.decode("utf-8")))


def render_policy_page(
    site: Site, locale: str, path: str, *, archived: bool = False, current_url: str = ""
) -> Output:
    """The full policy of `site`'s version; archived versions carry a notice and no kit links."""
    return site.page(
        "policy/page.html",
        locale,
        path,
        archived=archived,
        current_url=current_url,
        **policy_context(site),
    )


def policy_context(site: Site) -> dict[str, Any]:
    """What the article templates read, the same for the page and the PDF."""
    vocabulary = site.loaded.vocabulary
    return {
        "articles": site.articles,
        "article_of": _article_lookup(site),
        "rights": applicable_rights(site.policy, vocabulary),
        "security_by_category": security_by_category(site.policy, vocabulary),
        "agencies": AGENCIES,
        "cctv_grounds": cctv_grounds,
        "history": sorted(site.policy.history, key=lambda entry: entry.date, reverse=True),
        "archived_versions": {v.policy.current.version for v in site.versions},
    }


def _article_lookup(site: Site) -> dict[str, int]:
    """Article numbers by id, so one article can refer to another."""
    return {article.id: article.number for article in site.articles}
