"""A radar (spider) chart: one spoke per axis, one polygon per series, rings for the scale.

Drawn with QPainter as vectors, so it is sharp at any DPI and prints well. Text and grid take
their colours from the palette (light and dark themes); the series (two rounds, then a line per
group of feedback from others) use colour-blind-safe Okabe–Ito colours, in lighter tones on a
dark palette, and also differ in line style and marker so they can be told apart without colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

#: (light palette, dark palette) colours of the series, in order.
SERIES_COLOURS = (
    (QColor("#0072B2"), QColor("#56B4E9")),  # blue / sky blue
    (QColor("#D55E00"), QColor("#E69F00")),  # vermillion / orange
    (QColor("#009E73"), QColor("#3FD0A6")),  # bluish green
    (QColor("#CC79A7"), QColor("#E3A9CA")),  # reddish purple
    (QColor("#B07A00"), QColor("#F0E442")),  # dark yellow / yellow
    (QColor("#56B4E9"), QColor("#A6DCF7")),  # sky blue / pale blue
)
_PEN_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
    Qt.PenStyle.SolidLine,
)
_LABEL_LINES = 3  # axis labels wrap to at most this many lines, then are elided
_GAP = 8.0
#: A label whose spoke leans further sideways than this (cosine) hangs off to that side.
_SIDEWAYS = 0.25
_WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: tuple[float | None, ...]  # one per axis; None leaves a gap


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._axes: list[str] = []
        self._series: list[RadarSeries] = []
        self._scale = (1, 5)
        self._placeholder = ""
        self._label_rects: list[QRectF] = []
        self.setMinimumSize(280, 260)

    # --- data ---------------------------------------------------------------------------

    def set_data(
        self, axes: list[str], series: list[RadarSeries], scale: tuple[int, int] = (1, 5)
    ) -> None:
        for one in series:
            if len(one.values) != len(axes):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for {axes}")
        self._axes = list(axes)
        self._series = list(series)
        self._scale = scale
        self.setAccessibleDescription(self.describe())
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    def axes(self) -> list[str]:
        return list(self._axes)

    def series(self) -> list[RadarSeries]:
        return list(self._series)

    def scale(self) -> tuple[int, int]:
        return self._scale

    def set_placeholder(self, text: str) -> None:
        """What the chart says while it has nothing to show."""
        self._placeholder = text
        self.update()

    def describe(self) -> str:
        """The chart as text, for screen readers and tooltips."""
        lines = []
        for number, axis in enumerate(self._axes):
            values = ", ".join(
                f"{one.name}: {_format_value(one.values[number])}" for one in self._series
            )
            lines.append(f"{axis} — {values}")
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        return QSize(460, 440)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._label_rects = self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> list[QRectF]:
        """Draws the chart into `rect` of any paint device; returns where the labels went."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if len(self._axes) < 1 or not self._series:
            painter.setPen(_faded(text_colour, 170))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return []
        metrics = QFontMetricsF(painter.font())
        legend_height = self._legend_height(metrics)
        width = max(70.0, min(170.0, rect.width() * 0.2))
        texts = [_fit(title, metrics, width) for title in self._axes]
        sizes = [metrics.boundingRect(QRectF(0, 0, width, 10_000), _WRAP, t).size() for t in texts]
        radius = self._fit_radius(
            (rect.width() - 2 * _GAP) / 2, (rect.height() - legend_height - 2 * _GAP) / 2, sizes
        )
        # Chart and legend as one block, centred, so the legend sits right under the chart.
        boxes = [self._label_box(axis, size, radius) for axis, size in enumerate(sizes)]
        above = max(radius, *(-box.top() for box in boxes))
        below = max(radius, *(box.bottom() for box in boxes))
        top = rect.top() + max(_GAP, (rect.height() - above - below - legend_height) / 2)
        centre = QPointF(rect.center().x(), top + above)
        self._paint_grid(painter, centre, radius, text_colour)
        for number, one in enumerate(self._series):
            self._paint_series(painter, centre, radius, one, number)
        painter.setPen(text_colour)
        placed = []
        for axis, (text, box) in enumerate(zip(texts, boxes, strict=True)):
            where = box.translated(centre)
            painter.drawText(where, int(self._label_alignment(axis)) | _WRAP, text)
            placed.append(where)
        self._paint_legend(
            painter,
            QRectF(rect.left(), centre.y() + below + _GAP, rect.width(), legend_height),
            metrics,
            text_colour,
        )
        return placed

    def _fit_radius(self, half_width: float, half_height: float, sizes: list[QSizeF]) -> float:
        """The largest radius at which every label still fits inside the half-extents."""
        limits = [half_width, half_height]
        for axis, size in enumerate(sizes):
            cos, sin = math.cos(self._angle(axis)), math.sin(self._angle(axis))
            need_x = size.width() if abs(cos) > _SIDEWAYS else size.width() / 2
            need_y = size.height() if abs(sin) > _SIDEWAYS else size.height() / 2
            if abs(cos) > 1e-6:
                limits.append((half_width - need_x) / abs(cos) - _GAP)
            if abs(sin) > 1e-6:
                limits.append((half_height - need_y) / abs(sin) - _GAP)
        return max(20.0, min(limits))

    def _label_box(self, axis: int, size: QSizeF, radius: float) -> QRectF:
        """Where an axis label goes, relative to the centre: outside the spoke's end."""
        angle = self._angle(axis)
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = (radius + _GAP) * cos, (radius + _GAP) * sin
        if cos < -_SIDEWAYS:
            x -= size.width()
        elif cos <= _SIDEWAYS:
            x -= size.width() / 2
        if sin < -_SIDEWAYS:
            y -= size.height()
        elif sin <= _SIDEWAYS:
            y -= size.height() / 2
        return QRectF(x, y, size.width(), size.height())

    def _label_alignment(self, axis: int) -> Qt.AlignmentFlag:
        cos = math.cos(self._angle(axis))
        if cos > _SIDEWAYS:
            return Qt.AlignmentFlag.AlignLeft
        if cos < -_SIDEWAYS:
            return Qt.AlignmentFlag.AlignRight
        return Qt.AlignmentFlag.AlignHCenter

    def _angle(self, axis: int) -> float:
        """Clockwise from twelve o'clock."""
        return -math.pi / 2 + 2 * math.pi * axis / len(self._axes)

    def _radius_of(self, value: float, radius: float) -> float:
        # The centre is one step below the lowest rating, so the lowest is a ring, not a point.
        low, high = self._scale
        return radius * (value - (low - 1)) / (high - (low - 1))

    def _point(self, centre: QPointF, axis: int, distance: float) -> QPointF:
        angle = self._angle(axis)
        return QPointF(
            centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
        )

    def _paint_grid(
        self, painter: QPainter, centre: QPointF, radius: float, text_colour: QColor
    ) -> None:
        count = len(self._axes)
        low, high = self._scale
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for value in range(low, high + 1):
            distance = self._radius_of(value, radius)
            painter.setPen(QPen(_faded(text_colour, 110 if value == high else 55), 1))
            if count >= 3:
                ring = QPolygonF([self._point(centre, a, distance) for a in range(count)])
                painter.drawPolygon(ring)
            else:
                painter.drawEllipse(centre, distance, distance)
        painter.setPen(QPen(_faded(text_colour, 70), 1))
        for axis in range(count):
            painter.drawLine(centre, self._point(centre, axis, radius))
        # Ring numbers beside the first spoke, small and quiet.
        font = painter.font()
        small = painter.font()
        small.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        painter.setFont(small)
        small_metrics = QFontMetricsF(small)
        for value in range(low, high + 1):
            point = self._point(centre, 0, self._radius_of(value, radius))
            text = str(value)
            box = QRectF(
                point.x() + 4,
                point.y() - small_metrics.height() / 2,
                small_metrics.horizontalAdvance(text) + 2,
                small_metrics.height(),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_faded(self.palette().color(QPalette.ColorRole.Window), 190))
            painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3)
            painter.setPen(_faded(text_colour, 170))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(font)

    def _series_colour(self, number: int) -> QColor:
        dark = self.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5
        light_colour, dark_colour = SERIES_COLOURS[number % len(SERIES_COLOURS)]
        return dark_colour if dark else light_colour

    def _series_pen(self, number: int) -> QPen:
        pen = QPen(self._series_colour(number), 2.2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setStyle(_PEN_STYLES[number % len(_PEN_STYLES)])
        return pen

    def _paint_series(
        self, painter: QPainter, centre: QPointF, radius: float, one: RadarSeries, number: int
    ) -> None:
        points = [
            self._point(centre, axis, self._radius_of(value, radius))
            for axis, value in enumerate(one.values)
            if value is not None
        ]
        colour = self._series_colour(number)
        fill = QColor(colour)
        fill.setAlpha(40 if number < 2 else 16)  # many shapes on top of each other stay readable
        painter.setPen(self._series_pen(number))
        painter.setBrush(QBrush(fill) if len(points) >= 3 else Qt.BrushStyle.NoBrush)
        if len(points) >= 3:
            painter.drawPolygon(QPolygonF(points))
        elif len(points) == 2:
            painter.drawLine(points[0], points[1])
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QBrush(colour))
        for point in points:
            _draw_marker(painter, point, number)

    def _legend_entries(self, metrics: QFontMetricsF, width: float) -> list[tuple[str, float]]:
        sample = 34.0
        room = max(40.0, width - sample - 2 * _GAP)
        return [
            (metrics.elidedText(one.name, Qt.TextElideMode.ElideRight, room), sample)
            for one in self._series
        ]

    def _legend_height(self, metrics: QFontMetricsF) -> float:
        return len(self._series) * metrics.lineSpacing() * 1.35 + _GAP

    def _paint_legend(
        self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF, text_colour: QColor
    ) -> None:
        entries = self._legend_entries(metrics, rect.width())
        widest = max(metrics.horizontalAdvance(text) + sample for text, sample in entries)
        left = rect.left() + max(_GAP, (rect.width() - widest - _GAP) / 2)
        line = metrics.lineSpacing() * 1.35
        for number, (text, sample) in enumerate(entries):
            middle = rect.top() + _GAP / 2 + line * number + line / 2
            colour = self._series_colour(number)
            painter.setPen(self._series_pen(number))
            painter.drawLine(QPointF(left, middle), QPointF(left + sample - 8, middle))
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(QBrush(colour))
            _draw_marker(painter, QPointF(left + (sample - 8) / 2, middle), number)
            painter.setPen(text_colour)
            box = QRectF(left + sample, middle - line / 2, rect.right() - left - sample, line)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
            )

    # --- tooltips -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            axis = self.axis_at(QPointF(event.pos()))
            if axis is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._axis_tooltip(axis), self)
            return True
        return super().event(event)

    def label_rects(self) -> list[QRectF]:
        """Where the axis labels were last painted on screen, one per axis."""
        return list(self._label_rects)

    def axis_at(self, point: QPointF) -> int | None:
        """The axis whose label is under `point` (as last painted on screen)."""
        for axis, rect in enumerate(self._label_rects):
            if rect.adjusted(-4, -4, 4, 4).contains(point):
                return axis
        return None

    def _axis_tooltip(self, axis: int) -> str:
        lines = [self._axes[axis]]
        lines += [f"{one.name}: {_format_value(one.values[axis])}" for one in self._series]
        return "\n".join(lines)


def _draw_marker(painter: QPainter, point: QPointF, number: int) -> None:
    x, y = point.x(), point.y()
    shape = number % 6
    if shape == 1:
        painter.drawRect(QRectF(x - 3.5, y - 3.5, 7, 7))
    elif shape == 2:
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - 4.5), QPointF(x - 4, y + 3), QPointF(x + 4, y + 3)])
        )
    elif shape == 3:
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x, y - 4.5), QPointF(x + 4.5, y), QPointF(x, y + 4.5), QPointF(x - 4.5, y)]
            )
        )
    elif shape == 4:
        painter.drawPolygon(
            QPolygonF([QPointF(x, y + 4.5), QPointF(x - 4, y - 3), QPointF(x + 4, y - 3)])
        )
    elif shape == 5:
        painter.setBrush(Qt.BrushStyle.NoBrush)  # a ring: the sixth line's own mark
        painter.drawEllipse(point, 4, 4)
    else:
        painter.drawEllipse(point, 4, 4)


def _faded(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


def _fit(text: str, metrics: QFontMetricsF, width: float) -> str:
    """Elides a label that would wrap to more than `_LABEL_LINES` lines."""
    flags = _WRAP
    limit = metrics.lineSpacing() * _LABEL_LINES + 1
    if metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height() <= limit:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, candidate).height() <= limit:
            return candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _format_value(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", 1)
