"""Edits an agreement's due date in place with a date field that may be left empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ledarplan.gui.models.agreement_table import COL_DUE, DateRole
from ledarplan.gui.widgets.date_edit import OptionalDateEdit

_Index = QModelIndex | QPersistentModelIndex


class _DueDateEditor(OptionalDateEdit):
    """Starts at today when there is no date yet (not at the year 1900), and stores nothing
    unless the user changed it; Delete or Backspace with everything selected clears it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.touched = False
        self.dateChanged.connect(self._mark_touched)

    def _mark_touched(self) -> None:
        self.touched = True

    def start_at(self, value: date | None) -> None:
        self.set_value(value or date.today())
        self.touched = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        everything = self.lineEdit().selectedText() == self.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and everything:
            self.clear_value()
            return
        super().keyPressEvent(event)


class DueDateDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() != COL_DUE:
            return super().createEditor(parent, option, index)
        editor = _DueDateEditor(parent)
        editor.setAccessibleName(self.tr("Due date"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, _DueDateEditor):
            editor.start_at(index.data(DateRole))
            editor.lineEdit().selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, _DueDateEditor):
            if editor.touched:
                model.setData(index, editor.value(), DateRole)
            return
        super().setModelData(editor, model, index)
