"""The radar (spider) chart of the assessment as vector graphics, like the GUI's chart.

One spoke per axis (an area of the model, or an item when the model has fewer than three areas,
see `services.area_scores.chart_axes`), rings for the scale with their numbers, one polygon per
round. The rounds differ in colour AND in dash and marker, so the chart reads in black and white.
The axes are numbered; the table under the chart gives every number its full title and values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ledarplan.pdf.fonts import REGULAR, fit_line, printable
from ledarplan.pdf.styles import INK, MUTED, RULE, SERIES

LABEL_SIZE = 7.6
LABEL_LINES = 3
RING_SIZE = 6.5
LEGEND_SIZE = 8.2
_GAP = 7.0
_SIDEWAYS = 0.25
_LEGEND_LINE = 13.0
_LINE_HEIGHT = LABEL_SIZE * 1.2
_TITLE_LIMIT = 160  # characters of an axis title worth wrapping; three lines hold fewer


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per axis; None: nothing rated on that axis


def _wrap(text: str, width: float) -> list[str]:
    lines = simpleSplit(text, REGULAR, LABEL_SIZE, width) or [""]
    if len(lines) <= LABEL_LINES:
        return lines
    kept = lines[: LABEL_LINES - 1]
    last = " ".join(lines[LABEL_LINES - 1 :])
    while last and stringWidth(last + "…", REGULAR, LABEL_SIZE) > width:
        last = last[:-1]
    return [*kept, last.rstrip() + "…"]


@dataclass(frozen=True)
class _Geometry:
    count: int  # axes
    low: int
    high: int
    cx: float
    cy: float
    radius: float

    def angle(self, axis: int) -> float:
        """Clockwise from twelve o'clock."""
        return math.pi / 2 - 2 * math.pi * axis / self.count

    def distance(self, value: float) -> float:
        # The centre is one step below the lowest rating: the lowest rating is a ring.
        return self.radius * (value - (self.low - 1)) / (self.high - (self.low - 1))

    def point(self, axis: int, distance: float) -> tuple[float, float]:
        angle = self.angle(axis)
        return self.cx + distance * math.cos(angle), self.cy + distance * math.sin(angle)


def radar_drawing(
    axes: list[str],
    series: list[Series],
    scale: tuple[int, int],
    width: float,
    height: float,
) -> Drawing:
    """The chart, `width` wide and at most `height` tall; `axes` are titles in the model order."""
    # The drawing's own initial font would otherwise be a standard font the file cannot embed.
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)
    if not axes:
        return drawing
    legend_height = len(series) * _LEGEND_LINE + _GAP
    label_width = max(60.0, min(118.0, width * 0.22))
    labels = [
        _wrap(printable(f"{n}. {' '.join(t[:_TITLE_LIMIT].split())}"), label_width)
        for n, t in enumerate(axes, 1)
    ]
    # The drawing is only as tall as the chart and its labels need (at most `height`), so short
    # area names leave no empty band under the heading.
    radius = width / 2 - label_width - 2 * _GAP
    room = height - legend_height - 2 * _GAP
    for _ in range(4):
        up, down = _reach(labels, radius)
        if up + down <= room:
            break
        radius = max(30.0, radius * room / (up + down))
    up, down = _reach(labels, radius)
    drawing.height = legend_height + 2 * _GAP + up + down
    low, high = scale[0], max(scale)
    centre_y = legend_height + _GAP + down
    geometry = _Geometry(len(axes), low, high, width / 2, centre_y, radius)
    _grid(drawing, geometry)
    for number, one in enumerate(series):
        _polygon(drawing, geometry, number, one)
    _ring_numbers(drawing, geometry)
    _axis_labels(drawing, geometry, labels)
    _legend(drawing, series, width, legend_height)
    return drawing


def _label_top(lines: list[str], y: float, sin: float) -> float:
    """The top of an axis label whose spoke ends (plus the gap) at height `y`."""
    block = len(lines) * _LINE_HEIGHT
    if sin > _SIDEWAYS:  # above the centre: the block sits on the point
        return y + block
    if sin < -_SIDEWAYS:  # below: the block hangs from it
        return y
    return y + block / 2


def _reach(labels: list[list[str]], radius: float) -> tuple[float, float]:
    """How far the chart with its labels reaches above and below the centre."""
    up = down = radius
    for axis, lines in enumerate(labels):
        sin = math.sin(math.pi / 2 - 2 * math.pi * axis / len(labels))
        top = _label_top(lines, (radius + _GAP) * sin, sin)
        up = max(up, top)
        down = max(down, len(lines) * _LINE_HEIGHT - top)
    return up, down


def _grid(drawing: Drawing, g: _Geometry) -> None:
    """Rings for the scale's steps and a spoke per axis."""
    for value in range(g.low, g.high + 1):
        distance = g.distance(value)
        stroke = colors.HexColor("#8A94A3") if value == g.high else RULE
        if g.count >= 3:
            ring = [c for axis in range(g.count) for c in g.point(axis, distance)]
            drawing.add(Polygon(ring, strokeColor=stroke, strokeWidth=0.6, fillColor=None))
        else:
            drawing.add(
                Circle(g.cx, g.cy, distance, strokeColor=stroke, strokeWidth=0.6, fillColor=None)
            )
    for axis in range(g.count):
        x, y = g.point(axis, g.radius)
        drawing.add(Line(g.cx, g.cy, x, y, strokeColor=RULE, strokeWidth=0.6))


def _polygon(drawing: Drawing, g: _Geometry, number: int, one: Series) -> None:
    """A round's values joined up (gaps skipped, as in the GUI), with a marker on each."""
    colour = SERIES[number % len(SERIES)]
    points = [
        g.point(axis, g.distance(value))
        for axis, value in enumerate(one.values)
        if value is not None
    ]
    flat = [c for p in points for c in p]
    dash = _dash(number)
    if len(points) >= 3:
        drawing.add(
            Polygon(
                flat,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=dash,
                strokeLineJoin=1,
                fillColor=colour,
                fillOpacity=0.10,
            )
        )
    elif len(points) == 2:
        drawing.add(Line(*flat, strokeColor=colour, strokeWidth=1.6, strokeDashArray=dash))
    for x, y in points:
        drawing.add(_marker(x, y, number, colour))


def _ring_numbers(drawing: Drawing, g: _Geometry) -> None:
    """The scale's numbers beside the first spoke, on white so that no line crosses them."""
    for value in range(g.low, g.high + 1):
        x, y = g.point(0, g.distance(value))
        text = str(value)
        text_width = stringWidth(text, REGULAR, RING_SIZE)
        drawing.add(
            Rect(x + 2.5, y - 3.5, text_width + 3, 8, fillColor=colors.white, strokeColor=None)
        )
        drawing.add(
            String(x + 4, y - 2.2, text, fontName=REGULAR, fontSize=RING_SIZE, fillColor=MUTED)
        )


def _axis_labels(drawing: Drawing, g: _Geometry, labels: list[list[str]]) -> None:
    """Each axis's number and title just outside the end of its spoke."""
    for axis, lines in enumerate(labels):
        cos, sin = math.cos(g.angle(axis)), math.sin(g.angle(axis))
        x, y = g.point(axis, g.radius + _GAP)
        anchor = "start" if cos > _SIDEWAYS else "end" if cos < -_SIDEWAYS else "middle"
        top = _label_top(lines, y, sin)
        for index, line in enumerate(lines):
            baseline = top - (index + 1) * _LINE_HEIGHT + (_LINE_HEIGHT - LABEL_SIZE) / 2 + 1
            drawing.add(
                String(
                    x,
                    baseline,
                    line,
                    fontName=REGULAR,
                    fontSize=LABEL_SIZE,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )


#: Up to six series (two rounds and four feedback groups) differ in dash and marker too.
_DASHES: tuple[list[float] | None, ...] = (
    None,
    [4, 2.5],
    [1.2, 2],
    [6, 2, 1.2, 2],
    [2.5, 2.5],
    [8, 3],
)


def _dash(number: int) -> list[float] | None:
    return _DASHES[number % len(_DASHES)]


def _marker(x: float, y: float, number: int, colour: colors.Color):
    shape = number % 6
    style = {"fillColor": colour, "strokeColor": colour}
    if shape == 1:
        return Rect(x - 2.6, y - 2.6, 5.2, 5.2, **style)
    if shape == 2:
        return Polygon([x, y + 3.4, x - 3.2, y - 2.2, x + 3.2, y - 2.2], **style)
    if shape == 3:
        return Polygon([x, y + 3.4, x + 3.2, y, x, y - 3.4, x - 3.2, y], **style)
    if shape == 4:
        return Polygon([x, y - 3.4, x - 3.2, y + 2.2, x + 3.2, y + 2.2], **style)
    if shape == 5:
        return Circle(x, y, 2.8, fillColor=colors.white, strokeColor=colour, strokeWidth=1.4)
    return Circle(x, y, 2.8, **style)


def _legend(drawing: Drawing, series: list[Series], width: float, height: float) -> None:
    sample = 26.0
    room = width - sample - 4 * _GAP
    names = [fit_line(one.name, REGULAR, LEGEND_SIZE, room) for one in series]
    widest = max((stringWidth(n, REGULAR, LEGEND_SIZE) for n in names), default=0) + sample
    left = max(_GAP, (width - widest) / 2)
    for number, name in enumerate(names):
        middle = height - _GAP / 2 - _LEGEND_LINE * number - _LEGEND_LINE / 2
        colour = SERIES[number % len(SERIES)]
        drawing.add(
            Line(
                left,
                middle,
                left + sample - 8,
                middle,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=_dash(number),
            )
        )
        drawing.add(_marker(left + (sample - 8) / 2, middle, number, colour))
        drawing.add(
            String(
                left + sample,
                middle - LEGEND_SIZE * 0.35,
                name,
                fontName=REGULAR,
                fontSize=LEGEND_SIZE,
                fillColor=INK,
            )
        )
