"""Paints a goal in the list as a small card: title and progress bar, linked items, status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ledarplan.domain.entities import GoalStatus
from ledarplan.gui.models.goal_list import (
    ItemsTextRole,
    ProgressRole,
    StatusRole,
    StatusTextRole,
    TargetDateTextRole,
)

_Index = QModelIndex | QPersistentModelIndex

_PADDING = 8
_LINE_GAP = 3
_BAR_WIDTH = 110
#: A card's width beside no list (a narrower list's cards are as wide as the list).
_CARD_WIDTH = 260

#: A small coloured mark before the status, so the state of many goals reads at a glance.
STATUS_COLOURS = {
    GoalStatus.NOT_STARTED: QColor("#9e9e9e"),
    GoalStatus.IN_PROGRESS: QColor("#2f7fc1"),
    GoalStatus.DONE: QColor("#3c8d40"),
    GoalStatus.DROPPED: QColor("#b0673a"),
}


#: Room beside the status text: the coloured mark and the gaps around the text.
_STATUS_MARGINS = 8 + 6 + 14


def status_line(metrics: QFontMetrics, status: str, target: str, width: int) -> tuple[str, int]:
    """The card's last line in `width`: (the status text, the progress bar's width). The status
    is read whole first: the bar gives up its track down to the percentage, then the target
    date goes (the editor beside the list shows it), before the status is shortened."""
    percent = metrics.horizontalAdvance("100 %") + 6
    smallest_bar = percent + 24
    for line in (f"{status}  ·  {target}" if target else status, status):
        needed = metrics.horizontalAdvance(line) + _STATUS_MARGINS
        if needed + smallest_bar <= width:
            return line, max(smallest_bar, min(_BAR_WIDTH, width - needed))
    return status, smallest_bar


class GoalCardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.92))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, small = self._fonts(option)
        height = (
            2 * _PADDING
            + QFontMetrics(title).height()
            + 2 * (QFontMetrics(small).height() + _LINE_GAP)
        )
        return QSize(self._width(), height)

    def _width(self) -> int:
        """As wide as the list shows: a narrow list shortens the texts, it does not scroll."""
        view = self.parent()
        if isinstance(view, QListView):
            return max(1, view.viewport().width() - 2 * view.spacing())
        return _CARD_WIDTH

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # the background only; the card's text is drawn below
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        quiet_colour = QColor(text_colour)
        quiet_colour.setAlphaF(0.72)

        title_font, small_font = self._fonts(option)
        title_metrics, metrics = QFontMetrics(title_font), QFontMetrics(small_font)
        title_height, small_height = title_metrics.height(), metrics.height()
        area = opt.rect.adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING)
        status = index.data(StatusRole)

        painter.save()
        # Line 1: the title, as wide as the card.
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            area.width(),
        )
        title_rect = QRect(area.left(), area.top(), area.width(), title_height)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignVCenter), title)

        # Line 2: the linked items.
        painter.setFont(small_font)
        top = area.top() + title_height + _LINE_GAP
        painter.setPen(quiet_colour)
        items = metrics.elidedText(
            str(index.data(ItemsTextRole) or ""), Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(
            QRect(area.left(), top, area.width(), small_height),
            int(Qt.AlignmentFlag.AlignVCenter),
            items,
        )

        # Line 3: status and target date, with the progress at the right.
        top += small_height + _LINE_GAP
        line, bar_width = status_line(
            metrics,
            str(index.data(StatusTextRole) or ""),
            str(index.data(TargetDateTextRole) or ""),
            area.width(),
        )
        bar = QRect(area.right() - bar_width + 1, top, bar_width, small_height)
        bar_colour = text_colour if selected else STATUS_COLOURS.get(status, text_colour)
        progress = int(index.data(ProgressRole) or 0)
        self._paint_progress(painter, bar, progress, bar_colour, text_colour)
        mark = QRect(area.left(), top + (small_height - 8) // 2, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar_colour)
        painter.drawEllipse(mark)
        painter.setPen(quiet_colour)
        status_rect = QRect(mark.right() + 6, top, bar.left() - mark.right() - 14, small_height)
        painter.drawText(
            status_rect,
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, status_rect.width()),
        )
        painter.restore()

    @staticmethod
    def _paint_progress(
        painter: QPainter, rect: QRect, value: int, colour: QColor, text: QColor
    ) -> None:
        """A slim bar with the percentage before it (a native bar is too heavy in a list)."""
        value = max(0, min(100, value))
        label = f"{value} %"
        metrics = painter.fontMetrics()
        label_width = metrics.horizontalAdvance("100 %")
        painter.setPen(text)
        painter.drawText(
            QRect(rect.left(), rect.top(), label_width, rect.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        track = QRect(
            rect.left() + label_width + 6,
            rect.center().y() - 3,
            rect.width() - label_width - 6,
            6,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        empty = QColor(text)
        empty.setAlphaF(0.18)
        painter.setBrush(empty)
        painter.drawRoundedRect(track, 3, 3)
        if value:
            filled = QRect(track)
            filled.setWidth(max(6, track.width() * value // 100))
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
