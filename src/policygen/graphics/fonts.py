"""The Korean font for captions: glyph outlines for SVG/PNG, a small subset file for PDFs."""

from __future__ import annotations

import io
import tempfile
from functools import cache
from pathlib import Path

import pylopdf_fonts_ko
from fontTools import subset
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

from ..output.cache import cache_folder, cache_key


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


def outline_path(text: str, size: float, x: float, baseline: float) -> str:
    """SVG path data drawing `text` as glyph outlines, starting at (x, baseline)."""
    font = caption_font()
    glyphs = font.getGlyphSet()
    cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
    scale = size / font["head"].unitsPerEm
    pen = SVGPathPen(glyphs, ntos=lambda value: f"{value:.2f}".rstrip("0").rstrip("."))
    cursor = x
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, cursor, baseline)))
        cursor += metrics[name][0] * scale
    return pen.getCommands()


def missing_glyphs(text: str) -> list[str]:
    """Characters the caption font cannot draw."""
    cmap = caption_font().getBestCmap()
    return [ch for ch in text if not ch.isspace() and ord(ch) not in cmap]


@cache
def _subset_bytes(characters: str) -> bytes:
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(pylopdf_fonts_ko.sans_path(), lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in characters])
    subsetter.subset(font)
    font.recalcTimestamp = False
    data = io.BytesIO()  # in memory: a temporary file here was never removed
    font.save(data)
    return data.getvalue()


def pdf_font_file(characters: str) -> Path:
    """A font file with just these characters, so each PDF embeds a tiny, quick subset."""
    characters = "".join(sorted(set(characters) | {" "}))
    folder = cache_folder() or Path(tempfile.gettempdir()) / "policygen-fonts"
    path = folder / "caption-fonts" / f"{cache_key([characters])}.otf"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_subset_bytes(characters))
    return path
