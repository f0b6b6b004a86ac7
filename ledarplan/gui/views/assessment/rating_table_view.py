"""The rating table as the user works it: type a digit to rate, click a step, write a comment.

Keys on a row (outside the comment column): a digit on the scale rates the item, 0 (when the
scale starts at 1), Delete or Backspace make it "not assessed", + and − step the rating, Enter
moves to the next row. Tab walks rating → comment → next row's rating and leaves the table after
the last row; Enter in a comment also goes on to the next row's rating, so the next digit rates
the next item. In the comment column any key starts typing; the comment is committed to the model
keystroke by keystroke, so the page's edit session keeps it even if the window closes mid-word.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ledarplan.gui.models.rating_table import (
    COL_AREA,
    COL_COMMENT,
    COL_EXPECTATION,
    COL_ITEM,
    COL_RATING,
    RatingTableModel,
    RatingValueRole,
)
from ledarplan.gui.views.assessment.area_column import area_column_width, span_areas

_Index = QModelIndex | QPersistentModelIndex

_SEGMENT = 21  # side of one rating step, in device-independent pixels
_SPACING = 2
_MARGIN = 6
_NOT_ASSESSED_MARK = "–"
#: Keys typed with only these held still rate ("+" needs Shift on many keyboards).
_PLAIN_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
#: Shares of the width beside the area and rating columns: the expectation is what the user
#: reads while rating, so it gets the most.
_SHARES = {COL_ITEM: 0.27, COL_EXPECTATION: 0.43, COL_COMMENT: 0.30}
_SHARES_NO_EXPECTATION = {COL_ITEM: 0.55, COL_COMMENT: 0.45}
_MIN_TEXT_WIDTH = 90


def segment_rects(cell: QRect, low: int, high: int) -> list[tuple[int | None, QRect]]:
    """Where each choice of the rating cell is drawn: "not assessed" first, then low..high."""
    choices: list[int | None] = [None, *range(low, high + 1)]
    width = len(choices) * _SEGMENT + (len(choices) - 1) * _SPACING
    left = cell.left() + max(_MARGIN, (cell.width() - width) // 2)
    top = cell.top() + (cell.height() - _SEGMENT) // 2
    return [
        (value, QRect(left + n * (_SEGMENT + _SPACING), top, _SEGMENT, _SEGMENT))
        for n, value in enumerate(choices)
    ]


class RatingDelegate(QStyledItemDelegate):
    """Draws the scale as a row of steps, the chosen one filled; a click chooses a step."""

    def _scale(self, index: _Index) -> tuple[int, int]:
        model = index.model()
        return model.scale() if isinstance(model, RatingTableModel) else (1, 5)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        value = index.data(RatingValueRole)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        low, high = self._scale(index)
        for choice, rect in segment_rects(opt.rect, low, high):
            chosen = choice == value
            text = _NOT_ASSESSED_MARK if choice is None else str(choice)
            if chosen:
                if selected:
                    fill = palette.color(QPalette.ColorRole.Base)
                elif choice is None:  # "not assessed" chosen: filled, but quietly
                    fill = palette.color(QPalette.ColorRole.Mid)
                else:
                    fill = palette.color(QPalette.ColorRole.Highlight)
                ink = palette.color(
                    QPalette.ColorRole.Text
                    if selected or choice is None
                    else QPalette.ColorRole.HighlightedText
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
            else:
                ink = palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
                )
                border = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Mid
                painter.setPen(palette.color(border))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
            font = painter.font()
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        low, high = self._scale(index)
        count = high - low + 2
        return QSize(count * _SEGMENT + (count - 1) * _SPACING + 2 * _MARGIN, _SEGMENT + 8)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        return None  # rated by keys and clicks on the steps, never through an editor

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        mouse_events = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if event.type() not in mouse_events or not isinstance(event, QMouseEvent):
            return False
        low, high = self._scale(index)
        for choice, rect in segment_rects(option.rect, low, high):
            if rect.contains(event.position().toPoint()):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    model.setData(index, choice, Qt.ItemDataRole.EditRole)
                return True
        return False


class CommentDelegate(QStyledItemDelegate):
    """A one-line editor that hands every keystroke to the model at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAccessibleName(self.tr("Comment"))
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        # The model echoes each committed keystroke back; resetting equal text would move the
        # cursor to the end while the user types in the middle.
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QLineEdit) and editor.text() != text:
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RatingTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rating_delegate = RatingDelegate(self)
        self._comment_delegate = CommentDelegate(self)
        self.setItemDelegateForColumn(COL_RATING, self._rating_delegate)
        self.setItemDelegateForColumn(COL_COMMENT, self._comment_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(60)
        # Row heights follow the wrapped texts: recompute once the column widths settle.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._after_reset)

    def rating_model(self) -> RatingTableModel | None:
        model = self.model()
        return model if isinstance(model, RatingTableModel) else None

    # --- layout -------------------------------------------------------------------------

    def _after_reset(self) -> None:
        model = self.rating_model()
        if model is None:
            return
        span_areas(self, COL_AREA, model.area_spans())
        self.setColumnHidden(COL_AREA, model.area_count() <= 1)
        self.setColumnHidden(COL_EXPECTATION, not model.has_expectations())
        self._size_columns()
        if model.rowCount():
            self.setCurrentIndex(model.index(0, COL_RATING))

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        model = self.rating_model()
        low, high = model.scale() if model else (1, 5)
        count = high - low + 2
        rating_width = count * _SEGMENT + (count - 1) * _SPACING + 2 * _MARGIN
        for column in (COL_AREA, COL_ITEM, COL_EXPECTATION, COL_COMMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_RATING, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.setColumnWidth(COL_AREA, area_column_width(self, COL_AREA))
        self.setColumnWidth(COL_RATING, max(rating_width, header.sectionSizeHint(COL_RATING)))
        self._share_width()

    def _share_width(self) -> None:
        """Gives the text columns their shares of the width beside area and rating."""
        fixed = sum(
            self.columnWidth(c) for c in (COL_AREA, COL_RATING) if not self.isColumnHidden(c)
        )
        free = max(0, self.viewport().width() - fixed)
        shares = _SHARES if not self.isColumnHidden(COL_EXPECTATION) else _SHARES_NO_EXPECTATION
        for column, share in shares.items():
            self.setColumnWidth(column, max(_MIN_TEXT_WIDTH, int(free * share)))
        self._fit_rows()

    def _fit_rows(self, *_args: object) -> None:
        self._fit_timer.start()  # once, after a burst of column changes

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_width()

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.rating_model()
        index = self.currentIndex()
        if (
            model is None
            or not index.isValid()
            or self.state() == QAbstractItemView.State.EditingState
            or event.modifiers() & ~_PLAIN_MODIFIERS
        ):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move_to_row(index.row() + 1, index.column())
            return
        if index.column() == COL_COMMENT or not self._rate_by_key(model, index.row(), event):
            super().keyPressEvent(event)

    def _rate_by_key(self, model: RatingTableModel, row: int, event: QKeyEvent) -> bool:
        """Handles a rating key on `row`; False when the key is not one."""
        low, high = model.scale()
        current = model.index(row, COL_RATING).data(RatingValueRole)
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_rating(row, None)
        elif text in ("+", "-", "−"):
            step = 1 if text == "+" else -1
            start = (low if step > 0 else high) if current is None else current + step
            model.set_rating(row, min(high, max(low, start)))
        elif len(text) == 1 and text.isdigit():
            value = int(text)
            if low <= value <= high:
                model.set_rating(row, value)
            elif value == 0:
                model.set_rating(row, None)
            else:
                QApplication.beep()
        else:
            return False
        self.setCurrentIndex(model.index(row, COL_RATING))
        return True

    def _move_to_row(self, row: int, column: int) -> None:
        model = self.model()
        if model is not None and 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab goes rating → comment → next rating; past the last row it leaves the table."""
        model = self.model()
        index = self.currentIndex()
        action = QAbstractItemView.CursorAction
        if model is None or cursor_action not in (action.MoveNext, action.MovePrevious):
            return super().moveCursor(cursor_action, modifiers)
        row = index.row() if index.isValid() else -1
        column = index.column() if index.isValid() else COL_COMMENT
        if cursor_action == action.MoveNext:
            if column < COL_RATING:
                return model.index(max(row, 0), COL_RATING)
            if column == COL_RATING:
                return model.index(row, COL_COMMENT)
            return model.index(row + 1, COL_RATING) if row + 1 < model.rowCount() else QModelIndex()
        if column == COL_COMMENT:
            return model.index(row, COL_RATING)
        return model.index(row - 1, COL_COMMENT) if row > 0 else QModelIndex()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter in a comment commits it and moves on to the next item's rating, so that the
        next digit typed rates it (and never becomes the next item's comment)."""
        index = self.currentIndex()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and index.isValid():
            self._move_to_row(index.row() + 1, COL_RATING)

    def commit_open_editor(self) -> None:
        """Hands a comment still being typed to the model (before a flush)."""
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.commitData(editor)
