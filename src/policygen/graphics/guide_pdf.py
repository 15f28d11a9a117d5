"""The senior guide as a large-print A4 PDF: real, searchable text in an embedded Korean font."""

from __future__ import annotations

import fpdf
import pylopdf_fonts_ko
from fpdf.enums import TextMode, XPos, YPos

from ..output.cache import cached
from ..output.reproducible import build_time

BODY_PT = 17
HEADING_PT = 26
TITLE_PT = 32
MARGIN_MM = 20
INK = (27, 31, 36)


class _GuideDocument(fpdf.FPDF):
    page_label = "{page} / {pages}"

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Guide", size=14)
        self.set_text_color(*INK)
        label = self.page_label.format(page=self.page_no(), pages="{nb}")
        self.cell(0, 10, label, align="C")


def guide_pdf(
    title: str, subtitle: str, sections: list[tuple[str, list[tuple[str, str]]]], language: str
) -> bytes:
    """Lay out `sections` as (heading, [(kind, text)]) with kind 'p', 'warn', 'step' or 'phone'."""

    def render() -> bytes:
        document = _GuideDocument(format="A4", unit="mm")
        document.set_creation_date(build_time())
        document.set_title(title)
        document.set_lang(language)
        document.set_producer("policygen")
        document.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        document.set_auto_page_break(True, margin=25)
        document.add_font("Guide", fname=str(pylopdf_fonts_ko.sans_path()))
        document.alias_nb_pages()
        document.add_page()
        document.set_text_color(*INK)
        _heading(document, title, TITLE_PT)
        document.set_font("Guide", size=BODY_PT)
        document.multi_cell(
            0, BODY_PT * 0.55, subtitle, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        for heading, blocks in sections:
            document.ln(6)
            document.start_section(heading)
            _heading(document, heading, HEADING_PT)
            step = 0
            for kind, text in blocks:
                document.set_font("Guide", size=BODY_PT)
                if kind == "step":
                    step += 1
                    text = f"{step}.  {text}"
                elif kind == "warn":
                    text = f"!  {text}"
                elif kind == "phone":
                    document.set_font("Guide", size=BODY_PT + 3)
                document.multi_cell(
                    0, BODY_PT * 0.55, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
                document.ln(2.5)
        return bytes(document.output())

    parts = [title, subtitle, repr(sections), language, fpdf.__version__, build_time().isoformat()]
    return cached("guide-pdf", parts, render, ".pdf")


def _heading(document: fpdf.FPDF, text: str, size: float) -> None:
    document.set_font("Guide", size=size)
    document.text_mode = TextMode.FILL_STROKE  # the font has one weight; a stroke makes it bold
    document.set_line_width(size / 60)
    document.set_draw_color(*INK)
    document.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    document.text_mode = TextMode.FILL
    document.ln(3)
