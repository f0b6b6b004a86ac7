"""Small pictures drawn in code, so they look the same on every desktop without icon themes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap


def _canvas(size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def padlock_pixmap(size: int, color: QColor, is_open: bool = False, ratio: float = 1.0) -> QPixmap:
    """A closed or open padlock."""
    pixmap = _canvas(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    pen = QPen(color, 1.8 * unit)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # The shackle: an arch over the body, lifted to one side when open.
    lift = 2 * unit if is_open else 0
    shackle = QRectF(4.5 * unit, 2.5 * unit - lift, 7 * unit, 8 * unit)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(QPointF(4.5 * unit, 6.5 * unit - lift), QPointF(4.5 * unit, 7.5 * unit))
    if not is_open:
        painter.drawLine(QPointF(11.5 * unit, 6.5 * unit), QPointF(11.5 * unit, 7.5 * unit))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(2.5 * unit, 7 * unit, 11 * unit, 8 * unit), unit, unit)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QPointF(8 * unit, 10.5 * unit), 1.3 * unit, 1.3 * unit)
    painter.end()
    return pixmap


def carried_over_icon(color: QColor, size: int = 16, ratio: float = 2.0) -> QIcon:
    """An arrow bending forward: this agreement came along from an earlier session."""
    pixmap = _canvas(size, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    pen = QPen(color, 1.8 * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(QPointF(3 * unit, 3 * unit))
    path.lineTo(3 * unit, 8 * unit)
    path.quadTo(3 * unit, 11 * unit, 6 * unit, 11 * unit)
    path.lineTo(13 * unit, 11 * unit)
    painter.drawPath(path)
    head = QPainterPath(QPointF(10 * unit, 8 * unit))
    head.lineTo(13 * unit, 11 * unit)
    head.lineTo(10 * unit, 14 * unit)
    painter.drawPath(head)
    painter.end()
    return QIcon(pixmap)
