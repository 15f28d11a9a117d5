"""A grouped bar chart as inline SVG, drawn at build time: no script, readable on a phone.

Bars run across, one group per row with its name above it and each value at the end of its
bar, so a narrow screen never squeezes the labels together and more periods only make the
chart taller. The chart is an image with a title and a description; the page puts the same
numbers in a table beside it, so nothing is known only from the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH = 320  # shown about as wide on a 360 px phone, so 16 units of text stay 16 px or more
FONT = 16
BAR = 18
VALUE_ROOM = 64  # right of the longest bar, for its number
TEXT = "#1f1f1f"


@dataclass(frozen=True)
class Series:
    """One kind of bar: its name in the legend, colour, whether hatched, and a value per group."""

    name: str
    colour: str
    values: Sequence[int | None]
    hatched: bool = False


def bar_chart(
    chart_id: str,
    title: str,
    description: str,
    groups: Sequence[str],
    series: Sequence[Series],
    number: Callable[[int], str] = str,
) -> str:
    """The chart as an <svg> element, its text escaped; `number` formats the value labels."""
    peak = max((v for s in series for v in s.values if v is not None), default=0)
    scale = (WIDTH - VALUE_ROOM) / max(peak, 1)
    body: list[str] = []
    y = 0.0
    for index, item in enumerate(series):  # the legend, one entry per line
        body.append(_bar(chart_id, index, item, 0, y + 4, FONT, FONT))
        body.append(_text(FONT + 8, y + FONT + 2, item.name))
        y += FONT + 10
    y += 8
    for group_index, name in enumerate(groups):
        body.append(_text(0, y + FONT, name, weight="700"))
        y += FONT + 8
        for index, item in enumerate(series):
            value = item.values[group_index]
            if value is not None:
                length = value * scale
                body.append(_bar(chart_id, index, item, 0, y, length, BAR))
                body.append(_text(length + 6, y + BAR - 3, number(value)))
            y += BAR + 4
        y += 10
    patterns = [
        f'<pattern id="{chart_id}-hatch-{index}" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" '
        f'fill="{item.colour}"/></pattern>'
        for index, item in enumerate(series)
        if item.hatched
    ]
    return "".join(
        [
            f'<svg class="chart" id={quoteattr(chart_id)} viewBox="0 0 {WIDTH} {y:.0f}" '
            f'role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
            'xmlns="http://www.w3.org/2000/svg">',
            f'<title id="{chart_id}-title">{escape(title)}</title>',
            f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
            f"<defs>{''.join(patterns)}</defs>",
            *body,
            "</svg>",
        ]
    )


def _text(x: float, y: float, text: str, size: int = FONT, weight: str = "400") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
        f'fill="{TEXT}">{escape(text)}</text>'
    )


def _bar(chart_id: str, index: int, item: Series, x: float, y: float, w: float, h: float) -> str:
    fill = f"url(#{chart_id}-hatch-{index})" if item.hatched else item.colour
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" '
        f'fill="{fill}" stroke="{item.colour}" stroke-width="1"/>'
    )
