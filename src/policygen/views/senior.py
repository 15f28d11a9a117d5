"""The senior guide: large print, plain steps, phishing warnings, big call buttons, and a PDF."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.guide import GuideChapter
from ..facts.helplines import help_lines
from ..facts.phrasing import capitalise_first
from ..graphics.guide_pdf import guide_pdf
from ..i18n.catalogs import translations
from ..inputs import GUIDE
from ..text.markdown import render_block
from .base import HubEntry, Output
from .site import Site

PDF_PATH = "downloads/senior-{locale}.pdf"


class SeniorGuide:
    """One page per locale and a large-print A4 PDF of the same text."""

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
            yield Output(PDF_PATH.format(locale=locale), _pdf(site, locale, chapters))


def _pdf(site: Site, locale: str, chapters: list[GuideChapter]) -> bytes:
    _ = translations(locale).gettext
    say = site.phrasing(locale)
    policy = site.policy
    service = say.text(policy.controller.service)
    contact = policy.contact
    sections = []
    for chapter in chapters:
        blocks = [("p", text) for text in chapter.paragraphs]
        blocks += [("warn", text) for text in chapter.warnings]
        blocks += [("step", text) for text in chapter.steps]
        if "items" in chapter.show:
            blocks.append(
                (
                    "p",
                    capitalise_first(say.items(policy.items_processed)),
                )
            )
        if "rights_how" in chapter.show:
            blocks.append(("p", _plain(render_block(say.text(policy.rights.how)))))
        if "contacts" in chapter.show:
            blocks.append(
                (
                    "phone",
                    f"{say.text(contact.department or contact.name)}: "
                    f"{contact.phone}, {contact.email}",
                )
            )
            if policy.complaints_department:
                officer = policy.privacy_officer
                blocks.append(
                    (
                        "phone",
                        f"{_('Privacy officer')}: "
                        f"{say.text(officer.name or officer.department)}, "
                        f"{officer.phone}",
                    )
                )
        if "help_lines" in chapter.show:
            blocks += [("phone", f"{_(line.name)}: {line.phone}") for line in help_lines()]
        sections.append((chapter.title, blocks))
    title = _("%(service)s privacy guide in large print") % {"service": service}
    subtitle = _("Effective date: %(date)s") % {"date": say.date(policy.effective_date)}
    return guide_pdf(title, subtitle, sections, locale)


def _plain(html: str) -> str:
    """Markdown rendered to HTML, back to plain text for the PDF."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html)).strip()
