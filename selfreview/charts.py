"""The ratings as an accessible SVG bar chart, drawn on the server.

No JavaScript and no chart library: the SVG is built with ElementTree, so
every label is escaped and the output is always well-formed XML. It is made
to be read without colour and without sight:

* `role="img"` with a <title> and a <desc> that lists every rating, so a
  screen reader hears the whole chart (a table with the same data follows
  it on the page);
* the rating is shown four ways: bar length, colour, a pattern (stripes,
  cross-hatch, dots, solid) and a text label at the end of every bar;
* the colours are the site's rating colours, each at least 4.5:1 against
  white, and bars have a solid outline so the patterns never thin the edge;
* presentation attributes only (no <style>, no style=""), which the site's
  Content Security Policy allows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .models import RATING_ORDER, Rating

SVG_NS = "http://www.w3.org/2000/svg"
INK = "#1b1f24"
GRID = "#8a949e"
COLOURS = {
    Rating.RED: "#a4262c",
    Rating.AMBER_RED: "#b4530c",
    Rating.AMBER_GREEN: "#6b6a00",
    Rating.GREEN: "#2b6a2f",
}
# A narrow drawing scales up well and stays legible when a phone shrinks it.
WIDTH = 480
LEFT = 8
UNIT = 95  # bar length per step of the scale
BAR = 22
TOP = 52
AREA_GAP = 36
ROW = 60
LEGEND_ROW = 26
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


@dataclass
class ChartRow:
    code: str
    name: str
    area: str  # the area's label; a new value starts a new group
    rating: Rating


def pattern_id(prefix: str, rating: Rating) -> str:
    return f"{prefix}-pattern-{rating.value}"


def _sub(parent: ET.Element, tag: str, text: Any = None, **attrs: Any) -> ET.Element:
    element = ET.SubElement(
        parent, tag, {k.rstrip("_").replace("_", "-"): str(v) for k, v in attrs.items()}
    )
    if text is not None:
        element.text = str(text)  # labels may be lazy translations
    return element


def _patterns(defs: ET.Element, prefix: str) -> None:
    """Red: stripes; amber-red: cross-hatch; amber-green: dots; green: solid."""
    for rating in RATING_ORDER:
        colour = COLOURS[rating]
        pattern = _sub(
            defs,
            "pattern",
            id=pattern_id(prefix, rating),
            width=8,
            height=8,
            patternUnits="userSpaceOnUse",
        )
        _sub(pattern, "rect", width=8, height=8, fill=colour)
        if rating == Rating.RED:
            _sub(
                pattern,
                "path",
                d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
                stroke="#ffffff",
                stroke_width=1.6,
            )
        elif rating == Rating.AMBER_RED:
            _sub(
                pattern,
                "path",
                d="M0,0 l8,8 M8,0 l-8,8",
                stroke="#ffffff",
                stroke_width=1.2,
            )
        elif rating == Rating.AMBER_GREEN:
            _sub(pattern, "circle", cx=4, cy=4, r=1.6, fill="#ffffff")


def rating_label(rating: Rating) -> str:
    return f"{rating.label} ({rating.description})"


def ratings_chart(
    rows: list[ChartRow], *, title: str, description: str, prefix: str = "ratings"
) -> SafeString:
    """An inline <svg> for the page; `prefix` keeps ids unique on the page."""
    groups = len({row.area for row in rows})
    legend_y = TOP + groups * AREA_GAP + len(rows) * ROW + 12
    height = legend_y + len(RATING_ORDER) * LEGEND_ROW + 8
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {WIDTH} {height}",
            "width": str(WIDTH),
            "height": str(height),
            "role": "img",
            "aria-labelledby": f"{title_id} {desc_id}",
            "class": "ratings-chart",
            "font-family": FONT,
            "font-size": "17",
            "fill": INK,
        },
    )
    _sub(svg, "title", title, id=title_id)
    _sub(svg, "desc", description, id=desc_id)
    _patterns(_sub(svg, "defs"), prefix)

    # The scale: each step named at the top, with a dashed mark beside every
    # bar (not through the labels); a bar ends on the mark of its rating.
    scale = _sub(svg, "g", aria_hidden="true")
    bottom = legend_y - 12
    for level, rating in enumerate(RATING_ORDER, start=1):
        x = LEFT + level * UNIT
        _sub(
            scale,
            "text",
            rating.label,
            x=x,
            y=TOP - 22,
            text_anchor="middle",
            font_size=14,
        )
    _sub(
        scale,
        "line",
        x1=LEFT,
        y1=TOP - 14,
        x2=LEFT,
        y2=bottom,
        stroke=INK,
        stroke_width=1.5,
    )

    y = TOP
    current_area = None
    for row in rows:
        if row.area != current_area:
            current_area = row.area
            _sub(svg, "text", row.area, x=LEFT, y=y + 24, font_weight="700")
            y += AREA_GAP
        group = _sub(
            svg,
            "g",
            class_=f"ratings-chart__row ratings-chart__row--{row.rating.value}",
        )
        _sub(group, "text", f"{row.code} {row.name}", x=LEFT + 6, y=y + 18)
        for level in range(1, len(RATING_ORDER) + 1):
            _sub(
                group,
                "line",
                x1=LEFT + level * UNIT,
                y1=y + 23,
                x2=LEFT + level * UNIT,
                y2=y + 27 + BAR + 4,
                stroke=GRID,
                stroke_width=1,
                stroke_dasharray="3 3",
                aria_hidden="true",
            )
        length = row.rating.level * UNIT
        _sub(
            group,
            "rect",
            x=LEFT,
            y=y + 27,
            width=length,
            height=BAR,
            fill=f"url(#{pattern_id(prefix, row.rating)})",
            stroke=COLOURS[row.rating],
            stroke_width=2,
        )
        _sub(
            group,
            "text",
            row.rating.label,
            x=LEFT + length + 6,
            y=y + 44,
            font_weight="700",
            font_size=15,
        )
        y += ROW

    # The legend: each pattern with its name and meaning, one per line.
    legend = _sub(svg, "g", aria_hidden="true")
    for n, rating in enumerate(RATING_ORDER):
        top = legend_y + n * LEGEND_ROW
        _sub(
            legend,
            "rect",
            x=LEFT,
            y=top,
            width=30,
            height=18,
            fill=f"url(#{pattern_id(prefix, rating)})",
            stroke=COLOURS[rating],
            stroke_width=2,
        )
        _sub(
            legend, "text", rating_label(rating), x=LEFT + 40, y=top + 15, font_size=15
        )
    return mark_safe(ET.tostring(svg, encoding="unicode"))  # noqa: S308 - built by ElementTree


def chart_description(rows: list[ChartRow]) -> str:
    """Every rating in words, for the chart's <desc>."""
    parts = [
        _(
            "A bar for each element: the longer the bar, the stronger the "
            "capacity, from red (weak) to green (strong)."
        )
    ]
    parts += [f"{row.code} {row.name}: {rating_label(row.rating)}." for row in rows]
    return " ".join(parts)
