"""The full legal policy as a PDF: searchable Korean text, one bookmark per article.

The PDF is made from the rendered policy page itself (no second copy of the wording): each
article's HTML is simplified to what fpdf2's HTML layout understands and laid out in order.
"""

from __future__ import annotations

import re

import fpdf
import pylopdf_fonts_ko
from fpdf.fonts import TextStyle

from ..output.cache import cached
from ..output.reproducible import build_time

_ARTICLE = re.compile(r'<section id="([^"]+)" class="article"[^>]*>(.*?)</section>', re.S)
_HEADING = re.compile(r"<h2[^>]*>(.*?)</h2>", re.S)
INK = "#1b1f24"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def _simplify(body: str) -> str:
    """Keep headings, paragraphs, lists and flat tables; drop what print does not need."""
    body = _HEADING.sub("", body, count=1)
    body = re.sub(r'<p class="to-top">.*?</p>', "", body, flags=re.S)
    body = re.sub(r"<svg.*?</svg>", "", body, flags=re.S)
    body = re.sub(r'<a href="#[^"]*">(.*?)</a>', r"\1", body, flags=re.S)
    body = re.sub(r"<dt>(.*?)</dt>", r"<p><b>\1</b></p>", body, flags=re.S)
    body = re.sub(r"<dd>(.*?)</dd>", r"<p>\1</p>", body, flags=re.S)
    body = re.sub(r"</?(span|div|time|dl)[^>]*>", "", body)
    body = re.sub(r' (scope|class|id|aria-[a-z]+|rel|hreflang|lang)="[^"]*"', "", body)

    def flat_cell(match: re.Match[str]) -> str:
        inner = re.sub(r"<br\s*/?>", " / ", match.group(2))
        return f'<{match.group(1)} align="left">{_text(inner)}</{match.group(1)}>'

    return re.sub(r"<(td|th)>(.*?)</\1>", flat_cell, body, flags=re.S)


def policy_pdf(page_html: str, language: str) -> bytes:
    """A4 PDF of a rendered policy page (title, effective date, then every article)."""
    main = page_html[page_html.index('<article class="legal-policy">') :]
    title = _text(re.search(r"<h1>(.*?)</h1>", main, re.S).group(1))  # type: ignore[union-attr]
    effective = _text(
        re.search(
            r'<p class="effective">(.*?)</p>',
            main,  # type: ignore[union-attr]
            re.S,
        ).group(1)
    )
    articles = [
        (_text(_HEADING.search(body).group(1)), _simplify(body))  # type: ignore[union-attr]
        for _id, body in _ARTICLE.findall(main)
    ]

    def render() -> bytes:
        document = fpdf.FPDF(format="A4")
        document.set_creation_date(build_time())
        document.set_title(title)
        document.set_lang(language)
        document.set_producer("policygen")
        font = str(pylopdf_fonts_ko.sans_path())
        document.add_font("Body", fname=font)
        document.add_font("Body", style="B", fname=font)
        document.set_auto_page_break(True, margin=18)
        document.add_page()
        document.set_text_color(INK)
        document.set_font("Body", size=20)
        document.multi_cell(0, 10, title, align="L", new_x="LMARGIN", new_y="NEXT")
        document.set_font("Body", size=11)
        document.multi_cell(0, 7, effective, align="L", new_x="LMARGIN", new_y="NEXT")
        styles = {
            "h2": TextStyle(font_family="Body", font_size_pt=15, color=INK, t_margin=6, b_margin=2),
            "h3": TextStyle(
                font_family="Body", font_size_pt=12.5, color=INK, t_margin=4, b_margin=1
            ),
        }
        for heading, body in articles:
            document.start_section(heading)
            document.write_html(
                f"<h2>{heading}</h2>{body}",
                font_family="Body",
                table_line_separators=True,
                tag_styles=styles,
            )
        return bytes(document.output())

    return cached(
        "policy-pdf",
        [page_html, language, fpdf.__version__, build_time().isoformat()],
        render,
        ".pdf",
    )
