"""Cells whose text is shown whole in narrow columns, long compound words included.

Qt's own item delegate wraps a cell's text at spaces and cuts a word wider than the column off
with "…". Danish and Swedish compounds ("forvaltningsområde", "kerneopgaven",
"Implementeringsledelse") are often wider than a column of the level matrix at 150 %, so a
model's text, which must appear as its organisation wrote it, lost letters. This delegate
wraps at spaces where it can and inside a word only where it must.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


def _option(alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(alignment)
    return option


def _plain(text: str) -> str:
    return text.replace("\n", "\u2028")  # a line break QTextLayout keeps


def text_height(text: str, font: QFont, width: float) -> int:
    """The height `text` takes in `font`, wrapped as the delegate wraps it at `width`."""
    layout = QTextLayout(_plain(text), font)
    layout.setTextOption(_option())
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class WrapAnywhereDelegate(QStyledItemDelegate):
    """Paints and measures a cell's text wrapped at word boundaries, or anywhere in a word
    that is wider than the column; never elided."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus as Qt draws them; the text by this delegate.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        if not text:
            return
        area = self._text_area(item)
        group = (
            QPalette.ColorGroup.Normal
            if item.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if item.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(group, role))
        painter.drawText(area, _plain(text), _option(item.displayAlignment))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if option.rect.width() <= 0:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text:
            return hint
        area = self._text_area(item)
        needed = text_height(item.text, item.font, area.width()) + 2 * self._margin(item)
        return QSize(hint.width(), max(hint.height(), needed))

    @staticmethod
    def _margin(item: QStyleOptionViewItem) -> int:
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, widget) + 1

    def _text_area(self, item: QStyleOptionViewItem) -> QRectF:
        """The cell less the style's text margin (these cells have no icon or check box)."""
        margin = self._margin(item)
        return QRectF(item.rect).adjusted(margin, margin, -margin, -margin)
