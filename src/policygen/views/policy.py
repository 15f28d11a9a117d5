"""The full legal privacy policy (개인정보 처리방침), one page per locale."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.derived import applicable_rights, security_by_category
from ..facts.remedies import AGENCIES
from ..graphics.policy_pdf import policy_pdf
from ..inputs import LABELS
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
            page = render_policy_page(site, locale, f"{locale}/policy/index.html")
            yield page
            yield Output(
                PDF_PATH.format(locale=locale), policy_pdf(page.content.decode("utf-8"), locale)
            )


def render_policy_page(
    site: Site, locale: str, path: str, *, archived: bool = False, current_url: str = ""
) -> Output:
    """The full policy of `site`'s version; archived versions carry a notice and no kit links."""
    vocabulary = site.loaded.vocabulary
    archived_versions = {v.policy.current.version for v in site.versions}
    return site.page(
        "policy/page.html",
        locale,
        path,
        articles=site.articles,
        article_of=_article_lookup(site),
        rights=applicable_rights(site.policy, vocabulary),
        security_by_category=security_by_category(site.policy, vocabulary),
        agencies=AGENCIES,
        history=sorted(site.policy.history, key=lambda entry: entry.date, reverse=True),
        archived=archived,
        current_url=current_url,
        archived_versions=archived_versions,
    )


def _article_lookup(site: Site) -> dict[str, int]:
    """Article numbers by id, so one article can refer to another."""
    return {article.id: article.number for article in site.articles}
