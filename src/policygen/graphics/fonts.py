"""The Korean font for captions: glyph outlines for SVG/PNG, a small subset file for PDFs."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pylopdf_fonts_ko
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

from ..output.cache import cached_file


@cache
def caption_font() -> TTFont:
    """Noto Sans KR, loaded once per process."""
    return TTFont(pylopdf_fonts_ko.sans_path(), lazy=True)


def text_width(text: str, size: float) -> float:
    """Advance width of a line of text at `size` pixels (no kerning: captions are short)."""
    font = caption_font()
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    units = font["head"].unitsPerEm
    return sum(metrics[cmap.get(ord(ch), ".notdef")][0] for ch in text) * size / units


@cache
def _glyph_drawing(name: str) -> RecordingPen:
    """A glyph's outline in font units, read from the font's charstrings once per process."""
    pen = RecordingPen()
    caption_font().getGlyphSet()[name].draw(pen)
    return pen


def outline_path(text: str, size: float, x: float, baseline: float) -> str:
    """SVG path data drawing `text` as glyph outlines, starting at (x, baseline)."""
    font = caption_font()
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    scale = size / font["head"].unitsPerEm
    pen = SVGPathPen(None, ntos=lambda value: f"{value:.2f}".rstrip("0").rstrip("."))
    cursor = x
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        _glyph_drawing(name).replay(TransformPen(pen, (scale, 0, 0, -scale, cursor, baseline)))
        cursor += metrics[name][0] * scale
    return pen.getCommands()


# What a PDF of horizontal captions never reads: fpdf2 embeds the CFF outlines and reads the
# metrics, names and cmap; layout and vertical tables would only make it subset and save more.
_PDF_UNUSED_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]


@cache
def _subset_bytes(characters: str) -> bytes:
    """The caption font cut to `characters`, lean for fpdf2, which subsets it again per PDF.

    Without subroutines and unused tables, fpdf2's own subset of each PDF costs a third less;
    bounds stay the source font's (as pyftsubset leaves them), a box that contains every glyph.
    """
    from fontTools import subset  # only a build that renders label PDFs needs the subsetter

    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.desubroutinize = True
    options.layout_features = []
    options.drop_tables += _PDF_UNUSED_TABLES
    font = TTFont(pylopdf_fonts_ko.sans_path(), lazy=True, recalcBBoxes=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in characters])
    subsetter.subset(font)
    font.recalcTimestamp = False
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def pdf_font_file(characters: str) -> Path:
    """A font file with just these characters, so each PDF embeds a tiny, quick subset."""
    characters = "".join(sorted(set(characters) | {" "}))
    return cached_file(
        "caption-fonts", [characters], lambda: _subset_bytes(characters), ".otf", scope="graphics"
    )
