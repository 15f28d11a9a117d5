"""Turn a composed label into the files businesses download: SVG, PNG sizes and a vector PDF."""

from __future__ import annotations

import io

from ..output.cache import cached, library_version
from ..output.reproducible import build_time
from .fonts import pdf_font_file
from .label_art import CAPTION_TOP, HEIGHT, WIDTH, Style, caption_lines, label_svg

PNG_WIDTHS = (1024, 512, 128)  # the first is the file without a size suffix


def load_renderers() -> None:
    """Import resvg and fpdf2 (with Pillow and fontTools' subsetter, a tenth of a second): only
    a build that renders label files needs them, and its workers share the parent's import."""
    import fpdf  # noqa: F401
    import resvg  # noqa: F401


def png_bytes(svg: str, width: int) -> bytes:
    """Rasterise a label SVG at `width` pixels with resvg (no fonts needed: text is outlines).

    Nearly all of its time is resvg's PNG encoder (adaptive filters, zlib), which the binding
    does not let us tune: rasterising a label takes a few percent of it.
    """

    def render() -> bytes:
        import resvg

        height = (
            round(width * HEIGHT / WIDTH) if f'viewBox="0 0 {WIDTH} {HEIGHT}"' in svg else width
        )
        sized = svg.replace(
            f'width="{WIDTH}" height="{HEIGHT}"', f'width="{width}" height="{height}"', 1
        )
        sized = sized.replace(
            f'width="{WIDTH}" height="{WIDTH}"', f'width="{width}" height="{width}"', 1
        )
        tree = resvg.usvg.Tree.from_str(sized, resvg.usvg.Options.default())
        return bytes(resvg.render(tree, (1, 0, 0, 0, 1, 0)))

    parts = ["resvg", library_version("resvg"), svg, str(width)]
    return cached("label-png", parts, render, ".png", scope="graphics", prepare=load_renderers)


def pdf_bytes(
    master: str, caption: str, style: Style, title: str, characters: str, language: str
) -> bytes:
    """A one-page vector PDF: the drawing as vector paths, the caption as real, searchable text.

    For screen readers it names its language and title, and the drawing is a figure whose
    alternative text is the caption (fpdf2 tags that figure; the caption stays plain text).
    """
    art = label_svg(master, caption, style, title=None, with_caption=False)
    created = build_time()

    def render() -> bytes:
        import fpdf
        from fpdf.enums import TextMode
        from fpdf.prefs import ViewerPreferences

        document = fpdf.FPDF(unit="pt", format=(WIDTH, HEIGHT))
        document.set_creation_date(created)
        document.set_title(title)
        document.set_lang(language)
        document.viewer_preferences = ViewerPreferences(display_doc_title=True)
        document.set_producer("policygen")
        document.set_margin(0)
        document.set_auto_page_break(False)
        document.add_page()
        document.image(
            io.BytesIO(art.encode("utf-8")), x=0, y=0, w=WIDTH, h=WIDTH, alt_text=caption
        )
        document.add_font("Caption", fname=str(pdf_font_file(characters)))
        lines, size = caption_lines(caption)
        document.set_font("Caption", size=size)
        document.set_text_color(style.caption_colour)
        document.set_draw_color(style.caption_colour)
        document.set_line_width(size / 30)
        document.text_mode = TextMode.FILL_STROKE
        for index, line in enumerate(lines):
            baseline = CAPTION_TOP + size * 0.9 + index * size * 1.2
            document.text((WIDTH - document.get_string_width(line)) / 2, baseline, line)
        return bytes(document.output())

    return cached(
        "label-pdf",
        [
            "fpdf2",
            library_version("fpdf2"),
            art,
            caption,
            title,
            characters,
            language,
            style.caption_colour,
            created.isoformat(),
        ],
        render,
        ".pdf",
        scope="graphics",
        prepare=load_renderers,
    )
