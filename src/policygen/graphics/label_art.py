"""Compose a label: badge, pictogram and caption, in the online (colour) or offline (print) style.

Every label is drawn on a 240 x 320 canvas: a 224 px badge with the pictogram, and the caption
under it as glyph outlines, so the SVG and PNG files need no font on the reader's machine.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape

from ..output.cache import cached
from .fonts import outline_path, text_width

SVG_NS = "http://www.w3.org/2000/svg"
WIDTH, HEIGHT = 240, 320
BADGE = 224
PICTOGRAM_SCALE = 2.75  # the 64-unit master drawn at 176 px
CAPTION_TOP = 244
CAPTION_SIZE = 34
CAPTION_MIN_SIZE = 24
CAPTION_WIDTH = 232
INK = "#1b1f24"
PAPER = "#ffffff"
DEFAULT_COLOUR = "#0b57a4"
ET.register_namespace("", SVG_NS)


@dataclass(frozen=True)
class Style:
    """How a variant paints a label."""

    name: str
    badge_fill: str
    badge_stroke: str | None
    badge_stroke_width: float
    pictogram_colour: str
    stroke_factor: float  # offline labels thicken the pictogram's lines for print
    caption_colour: str


def online_style(colour: str = DEFAULT_COLOUR) -> Style:
    return Style("online", colour, None, 0, PAPER, 1.0, INK)


def offline_style() -> Style:
    return Style("offline", PAPER, "#000000", 10, "#000000", 1.3, "#000000")


def pictogram_markup(master: str, colour: str, stroke_factor: float) -> str:
    """The master's drawing elements, coloured and with its line weight adjusted."""
    root = ET.fromstring(master)
    width = float(root.get("stroke-width", "4")) * stroke_factor
    group = ET.Element(
        f"{{{SVG_NS}}}g",
        {
            "fill": "none",
            "stroke": colour,
            "stroke-width": f"{width:g}",
            "stroke-linecap": root.get("stroke-linecap", "round"),
            "stroke-linejoin": root.get("stroke-linejoin", "round"),
            "transform": f"translate({(WIDTH - 64 * PICTOGRAM_SCALE) / 2:g} "
            f"{(BADGE - 64 * PICTOGRAM_SCALE) / 2 + 8:g}) scale({PICTOGRAM_SCALE:g})",
        },
    )
    for element in root:
        for key, value in list(element.attrib.items()):
            if value == "currentColor":
                element.set(key, colour)
        group.append(element)
    # Registered again at each use: importing WeasyPrint re-registers the empty prefix for itself.
    ET.register_namespace("", SVG_NS)
    text = ET.tostring(group, encoding="unicode")
    return re.sub(r"\s*<!--.*?-->", "", text)


def badge_markup(style: Style) -> str:
    inset = 8 + style.badge_stroke_width / 2
    size = BADGE - style.badge_stroke_width
    stroke = (
        f' stroke="{style.badge_stroke}" stroke-width="{style.badge_stroke_width:g}"'
        if style.badge_stroke
        else ""
    )
    return (
        f'<rect x="{inset:g}" y="{inset:g}" width="{size:g}" height="{size:g}" rx="44" '
        f'fill="{style.badge_fill}"{stroke}/>'
    )


def caption_lines(caption: str) -> tuple[list[str], float]:
    """Break the caption into one or two lines and pick the largest size that fits."""
    size = CAPTION_SIZE
    while size > CAPTION_MIN_SIZE and text_width(caption, size) > CAPTION_WIDTH:
        size -= 1
    if text_width(caption, size) <= CAPTION_WIDTH or " " not in caption:
        return [caption], size
    words = caption.split(" ")
    best = min(
        range(1, len(words)),
        key=lambda cut: abs(
            text_width(" ".join(words[:cut]), 30) - text_width(" ".join(words[cut:]), 30)
        ),
    )
    lines = [" ".join(words[:best]), " ".join(words[best:])]
    size = 30
    while size > 18 and max(text_width(line, size) for line in lines) > CAPTION_WIDTH:
        size -= 1
    return lines, size


@cache  # drawing glyph outlines is most of a label's cost: kept between builds, and in serve
def caption_markup(caption: str, colour: str) -> str:
    """The caption as glyph outlines (no font needed to show it), centred under the badge."""
    drawn = cached(
        "caption",
        [caption, colour],
        lambda: _draw_caption(caption, colour).encode(),
        scope="graphics",
        now=True,
    )
    return drawn.decode("utf-8")


def _draw_caption(caption: str, colour: str) -> str:
    lines, size = caption_lines(caption)
    paths = []
    for index, line in enumerate(lines):
        baseline = CAPTION_TOP + size * 0.9 + index * size * 1.2
        x = (WIDTH - text_width(line, size)) / 2
        paths.append(outline_path(line, size, x, baseline))
    # a hairline of the same colour around the glyphs gives the regular-only font some weight
    return (
        f'<path d="{" ".join(paths)}" fill="{colour}" stroke="{colour}" '
        f'stroke-width="{size / 30:.2f}" stroke-linejoin="round"/>'
    )


@lru_cache(maxsize=4096)  # the kit asks for each label again on every rebuild that serve does
def label_svg(
    master: str, caption: str, style: Style, *, title: str | None, with_caption: bool = True
) -> str:
    """A complete, self-contained label SVG; without a title it is decorative (aria-hidden)."""
    height = HEIGHT if with_caption else WIDTH
    role = 'role="img"' if title else 'aria-hidden="true" focusable="false"'
    parts = [
        f'<svg xmlns="{SVG_NS}" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" {role}>',
        *([f"<title>{escape(title)}</title>"] if title else []),
        badge_markup(style),
        pictogram_markup(master, style.pictogram_colour, style.stroke_factor),
    ]
    if with_caption:
        parts.append(caption_markup(caption, style.caption_colour))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
