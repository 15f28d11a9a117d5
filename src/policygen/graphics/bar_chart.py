"""A grouped bar chart as inline SVG, drawn at build time: no script, readable on a phone.

The chart is an image with a title and a description; the page puts the same numbers in a
table beside it, so nothing is known only from the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH, HEIGHT = 360, 232
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 34, 40
TEXT = "#1f1f1f"
GRID = "#767676"  # 4.5:1 on white: axis lines stay visible (WCAG 1.4.11)


@dataclass(frozen=True)
class Series:
    """One kind of bar: its name in the legend, colour, whether hatched, and a value per group."""

    name: str
    colour: str
    values: Sequence[int | None]
    hatched: bool = False


def nice_maximum(value: int) -> int:
    """The top of the axis: the first of 1, 2, 5 × 10ⁿ at or above the largest value."""
    top = 1
    while True:
        for step in (1, 2, 5):
            if top * step >= value:
                return top * step
        top *= 10


def bar_chart(
    chart_id: str,
    title: str,
    description: str,
    groups: Sequence[str],
    series: Sequence[Series],
    number: Callable[[int], str] = str,
) -> str:
    """The chart as an <svg> element, its text escaped; `number` formats the value labels."""
    fmt = number
    peak = max((v for s in series for v in s.values if v is not None), default=0)
    top = nice_maximum(max(peak, 1))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    slot = plot_w / max(len(groups), 1)
    bar = min(slot * 0.8 / max(len(series), 1), 28)
    parts = [
        f'<svg class="chart" id={quoteattr(chart_id)} viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
        "<defs>",
    ]
    for index, item in enumerate(series):
        if item.hatched:
            parts.append(
                f'<pattern id="{chart_id}-hatch-{index}" width="6" height="6" '
                'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
                f'<rect width="6" height="6" fill="#ffffff"/>'
                f'<rect width="3" height="6" fill="{item.colour}"/></pattern>'
            )
    parts.append("</defs>")
    # legend
    x = float(LEFT)
    for index, item in enumerate(series):
        parts.append(_swatch(chart_id, index, item, x, 8, 14, 14))
        parts.append(
            f'<text x="{x + 20:.1f}" y="20" font-size="13" fill="{TEXT}">{escape(item.name)}</text>'
        )
        x += 24 + _text_width(item.name, 13) + 10
    # axis and grid
    for fraction in (0, 0.5, 1):
        y = base - plot_h * fraction
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="{1 if fraction == 0 else 0.5}"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="12" text-anchor="end" '
            f'fill="{TEXT}">{escape(fmt(round(top * fraction)))}</text>'
        )
    # bars, their values, and the group names
    for group_index, name in enumerate(groups):
        centre = LEFT + slot * (group_index + 0.5)
        start = centre - bar * len(series) / 2
        for index, item in enumerate(series):
            value = item.values[group_index]
            if value is None:
                continue
            height = plot_h * value / top
            bx = start + bar * index
            parts.append(_swatch(chart_id, index, item, bx, base - height, bar - 2, height))
            parts.append(
                f'<text x="{bx + (bar - 2) / 2:.1f}" y="{base - height - 4:.1f}" font-size="11" '
                f'text-anchor="middle" fill="{TEXT}">{escape(fmt(value))}</text>'
            )
        parts.append(_group_name(name, centre, base, slot))
    parts.append("</svg>")
    return "".join(parts)


def _group_name(name: str, centre: float, base: float, slot: float) -> str:
    """A group's name under its bars, on two lines when one would run into the next group."""
    lines = [name]
    if _text_width(name, 12) > slot - 4 and " " in name:
        lines = name.rsplit(" ", 1)
    spans = "".join(
        f'<tspan x="{centre:.1f}" dy="{0 if index == 0 else 14}">{escape(line)}</tspan>'
        for index, line in enumerate(lines)
    )
    return (
        f'<text x="{centre:.1f}" y="{base + 17}" font-size="12" text-anchor="middle" '
        f'fill="{TEXT}">{spans}</text>'
    )


def _text_width(text: str, size: float) -> float:
    """About how wide a text is drawn: Hangul twice as wide as Latin letters."""
    return sum(size if ord(char) > 0x2E80 else size * 0.55 for char in text)


def _swatch(chart_id: str, index: int, item: Series, x: float, y: float, w: float, h: float) -> str:
    fill = f"url(#{chart_id}-hatch-{index})" if item.hatched else item.colour
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{max(h, 0):.1f}" '
        f'fill="{fill}" stroke="{item.colour}" stroke-width="1"/>'
    )
