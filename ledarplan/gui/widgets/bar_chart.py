"""Bars drawn with QPainter as vectors, like the radar chart: horizontal bars with their figures,
the 70-20-10 mix as one stacked bar, and a rating distribution in a table cell.

Colours are the radar chart's colour-blind-safe ones (lighter on a dark palette); every bar
carries its figure as text and a distribution runs from light to dark along the scale, so
nothing needs colour to be read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ledarplan.gui.widgets.radar_chart import SERIES_COLOURS

#: A third colour (bluish green) after the radar chart's two, for the 70-20-10 mix.
THIRD_COLOUR = (QColor("#009E73"), QColor("#33C29A"))
#: The role a distribution cell answers with its counts (lowest point first).
CountsRole = Qt.ItemDataRole.UserRole + 20
_GAP = 8.0


def series_colour(widget: QWidget, number: int) -> QColor:
    colours = (*SERIES_COLOURS, THIRD_COLOUR)
    light, dark = colours[number % len(colours)]
    return dark if widget.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5 else light


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def ramp(base: QColor, steps: int) -> list[QColor]:
    """`steps` tones of `base` from light to dark (the points of a rating scale), as the
    report's (`pdf.hr_charts.ramp`)."""
    if steps <= 1:
        return [base]
    light, dark = _mix(QColor("white"), base, 0.15), _mix(base, QColor("black"), 0.4)
    tones = []
    for step in range(steps):
        t = step / (steps - 1)
        tones.append(_mix(light, base, t / 0.6) if t <= 0.6 else _mix(base, dark, (t - 0.6) / 0.4))
    return tones


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the figure, as the language writes it


class BarChart(QWidget):
    """One horizontal bar per row, its label on the left and its figure on the right."""

    def __init__(self, parent: QWidget | None = None, series: int = 0):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._maximum = 1.0
        self._series = series
        self.setMinimumHeight(24)

    def set_bars(self, bars: Sequence[Bar], maximum: float) -> None:
        self._bars = list(bars)
        self._maximum = maximum
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def describe(self) -> str:
        return "\n".join(f"{bar.label}: {bar.text}" for bar in self._bars)

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() * 1.5

    def sizeHint(self) -> QSize:
        return QSize(520, int(self._row_height() * max(len(self._bars), 1) + 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = QFontMetricsF(painter.font())
            text_colour = self.palette().color(QPalette.ColorRole.WindowText)
            track = QColor(text_colour)
            track.setAlpha(30)
            colour = series_colour(self, self._series)
            width = float(self.width())
            label_width = width * 0.42
            figure_width = max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0)
            room = max(20.0, width - label_width - figure_width - 2 * _GAP)
            row = self._row_height()
            for index, bar in enumerate(self._bars):
                top = index * row
                label = metrics.elidedText(
                    bar.label, Qt.TextElideMode.ElideRight, label_width - _GAP
                )
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(0, top, label_width - _GAP, row),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    label,
                )
                bar_rect = QRectF(label_width, top + row * 0.25, room, row * 0.5)
                painter.fillRect(bar_rect, track)
                share = min(bar.value / self._maximum, 1.0) if self._maximum else 0.0
                painter.fillRect(
                    QRectF(bar_rect.left(), bar_rect.top(), room * share, bar_rect.height()),
                    colour,
                )
                painter.drawText(
                    QRectF(label_width + room + _GAP, top, figure_width + 2, row),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    bar.text,
                )
        finally:
            painter.end()


class MixBar(QWidget):
    """Shares of a whole (0–1) as one stacked bar, each part named below, with the 70-20-10
    model's own split marked by dashed lines."""

    MARKS = (0.7, 0.9)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._parts: list[tuple[str, float]] = []
        self.setMinimumHeight(48)

    def set_parts(self, parts: Sequence[tuple[str, float]]) -> None:
        self._parts = list(parts)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.update()

    def parts(self) -> list[tuple[str, float]]:
        return list(self._parts)

    def describe(self) -> str:
        return "\n".join(name for name, _ in self._parts)

    def sizeHint(self) -> QSize:
        return QSize(520, 52)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = QFontMetricsF(painter.font())
            text_colour = self.palette().color(QPalette.ColorRole.WindowText)
            width = float(self.width())
            bar = QRectF(0, 6, width, 16)
            track = QColor(text_colour)
            track.setAlpha(30)
            painter.fillRect(bar, track)
            x = 0.0
            for number, (_, share) in enumerate(self._parts):
                part = width * share
                painter.fillRect(
                    QRectF(x, bar.top(), part, bar.height()), series_colour(self, number)
                )
                x += part
            pen = QPen(text_colour, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for mark in self.MARKS:
                painter.drawLine(QPointF(width * mark, 2), QPointF(width * mark, bar.bottom() + 4))
            column = width / max(len(self._parts), 1)
            line = bar.bottom() + 8
            for number, (name, _) in enumerate(self._parts):
                left = number * column
                painter.fillRect(QRectF(left, line + 3, 10, 10), series_colour(self, number))
                painter.setPen(text_colour)
                text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, column - 18)
                painter.drawText(
                    QRectF(left + 14, line, column - 16, metrics.lineSpacing() + 4),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    text,
                )
        finally:
            painter.end()


class DistributionDelegate(QStyledItemDelegate):
    """A cell whose model answers `CountsRole` with counts per point: one bar, light → dark."""

    def __init__(self, series: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._series = series

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        counts = index.data(CountsRole)
        if not counts:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the selection's and the row's background
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        rect = QRectF(option.rect).adjusted(4, option.rect.height() * 0.25, -4, 0)
        rect.setHeight(option.rect.height() * 0.5)
        painter.save()
        text = option.palette.color(QPalette.ColorRole.Text)
        track = QColor(text)
        track.setAlpha(30)
        painter.fillRect(rect, track)
        total = sum(counts)
        if total:
            base = series_colour(widget, self._series) if widget is not None else QColor("#0072B2")
            x = rect.left()
            for count, tone in zip(counts, ramp(base, len(counts)), strict=True):
                part = rect.width() * count / total
                painter.fillRect(QRectF(x, rect.top(), part, rect.height()), tone)
                x += part
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), hint.height())
