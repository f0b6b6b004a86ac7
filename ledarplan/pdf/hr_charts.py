"""The HR report's charts as vector graphics: rating distributions, bars, the 70-20-10 mix.

Readable in black and white: a distribution runs from light to dark along the scale, bars carry
their figures as text, and the mix names each part. The radar chart is the plan's own
(`pdf.chart`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from ledarplan.pdf.fonts import BOLD, REGULAR, fit_line
from ledarplan.pdf.styles import INK, MUTED, RULE, SERIES, SHADE

TEXT_SIZE = 8.0
BAR = 8.5  # height of a bar


def _mix(a: colors.Color, b: colors.Color, t: float) -> colors.Color:
    return colors.Color(
        a.red + (b.red - a.red) * t,
        a.green + (b.green - a.green) * t,
        a.blue + (b.blue - a.blue) * t,
    )


def ramp(base: colors.Color, steps: int) -> list[colors.Color]:
    """`steps` tones of `base` from light to dark, lightest first (the points of a scale)."""
    light, dark = _mix(colors.white, base, 0.15), _mix(base, colors.black, 0.4)
    if steps == 1:
        return [base]
    tones = []
    for step in range(steps):
        t = step / (steps - 1)
        tones.append(_mix(light, base, t / 0.6) if t <= 0.6 else _mix(base, dark, (t - 0.6) / 0.4))
    return tones


def distribution_bar(
    counts: Sequence[int], series: int, width: float, height: float = BAR + 2
) -> Drawing:
    """How many ratings gave each point of the scale, as one bar split light → dark."""
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=TEXT_SIZE)
    total = sum(counts)
    drawing.add(Rect(0, 1, width, height - 2, fillColor=SHADE, strokeColor=RULE, strokeWidth=0.4))
    if not total:
        return drawing
    tones = ramp(SERIES[series % len(SERIES)], len(counts))
    x = 0.0
    for count, tone in zip(counts, tones, strict=True):
        if not count:
            continue
        part = width * count / total
        drawing.add(
            Rect(x, 1, part, height - 2, fillColor=tone, strokeColor=colors.white, strokeWidth=0.5)
        )
        x += part
    return drawing


def scale_key(points: Sequence[int], series: int, width: float) -> Drawing:
    """The tones of the scale's points, with their numbers: the key to the distributions."""
    height = 12.0
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=TEXT_SIZE)
    tones = ramp(SERIES[series % len(SERIES)], len(points))
    box = min(22.0, width / max(len(points), 1))
    for index, (point, tone) in enumerate(zip(points, tones, strict=True)):
        x = index * box
        drawing.add(Rect(x, 2, box - 1, height - 3, fillColor=tone, strokeColor=None))
        light = index < len(points) * 0.6
        drawing.add(
            String(
                x + (box - 1) / 2,
                4,
                str(point),
                fontName=BOLD,
                fontSize=7,
                fillColor=INK if light else colors.white,
                textAnchor="middle",
            )
        )
    return drawing


def bar(value: float, maximum: float, width: float, series: int = 0) -> Drawing:
    """One bar: `value` of `maximum` filled in, the rest shaded (a table cell's chart)."""
    drawing = Drawing(width, BAR + 2, initialFontName=REGULAR, initialFontSize=TEXT_SIZE)
    drawing.add(Rect(0, 1, width, BAR, fillColor=SHADE, strokeColor=None))
    length = width * min(value / maximum, 1.0) if maximum else 0.0
    if length > 0:
        colour = SERIES[series % len(SERIES)]
        drawing.add(Rect(0, 1, length, BAR, fillColor=colour, strokeColor=None))
    return drawing


def mix_bar(parts: Sequence[tuple[str, float]], width: float) -> Drawing:
    """Shares (0–1) of a whole as one bar, each part named with its share below it, and the
    70-20-10 model's own split marked above."""
    height = 40.0
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=TEXT_SIZE)
    top, bar = 30.0, 12.0
    drawing.add(Rect(0, top - bar, width, bar, fillColor=SHADE, strokeColor=RULE, strokeWidth=0.4))
    x = 0.0
    for index, (_, share) in enumerate(parts):
        part = width * share
        if part > 0:
            drawing.add(
                Rect(
                    x,
                    top - bar,
                    part,
                    bar,
                    fillColor=SERIES[index % len(SERIES)],
                    strokeColor=colors.white,
                    strokeWidth=0.8,
                )
            )
        x += part
    for mark in (0.7, 0.9):  # the model's 70 % and 20 %
        drawing.add(
            Line(
                width * mark,
                top - bar - 2,
                width * mark,
                top + 4,
                strokeColor=INK,
                strokeWidth=0.8,
                strokeDashArray=[2, 1.5],
            )
        )
    x = 0.0
    column = width / max(len(parts), 1)
    for index, (name, _) in enumerate(parts):
        drawing.add(
            Rect(index * column, 3, 7, 7, fillColor=SERIES[index % len(SERIES)], strokeColor=None)
        )
        drawing.add(
            String(
                index * column + 10,
                4,
                fit_line(name, REGULAR, TEXT_SIZE, column - 14),
                fontName=REGULAR,
                fontSize=TEXT_SIZE,
                fillColor=MUTED,
            )
        )
    return drawing
