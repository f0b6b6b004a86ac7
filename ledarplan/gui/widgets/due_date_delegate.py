"""Edits an agreement's due date in place with the program's date field (it may be left empty).

The date is stored only when the user changed it, and a text that is not a date keeps the cell
open, marked, with the reason: nothing typed becomes another date or is dropped unseen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ledarplan.gui.models.agreement_table import COL_DUE, DateRole
from ledarplan.gui.widgets.date_edit import DateEdit

_Index = QModelIndex | QPersistentModelIndex
_DONE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class _DueDateEditor(DateEdit):
    """Remembers the date it started with, so an unchanged date is not stored again."""

    started: date | None = None


class DueDateDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        #: The plan's period: an empty due date's calendar opens inside it.
        self.period: tuple[date | None, date | None] = (None, None)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() != COL_DUE:
            return super().createEditor(parent, option, index)
        editor = _DueDateEditor(parent)
        editor.setFrame(False)
        editor.set_period(*self.period)
        editor.setAccessibleName(self.tr("Due date"))
        return editor

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Room for the date field with its calendar button, not only for the shown date: a
        date typed or picked is never cut (a due column of Danish dates was)."""
        hint = super().sizeHint(option, index)
        if index.column() == COL_DUE:
            field = DateEdit.width_for(option.fontMetrics)
            hint.setWidth(max(hint.width(), field))
        return hint

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, _DueDateEditor):
            if editor.has_pending_text() or editor.problem():
                return  # the user's typing is not overwritten by the model's echo
            editor.started = index.data(DateRole)
            editor.set_value(editor.started)
            editor.selectAll()  # what is typed replaces the date
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, _DueDateEditor):
            if editor.commit() and editor.value() != editor.started:
                model.setData(index, editor.value(), DateRole)
                editor.started = editor.value()
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A due date that is not a date stays in its cell, marked, until corrected."""
        if isinstance(watched, _DueDateEditor):
            kind = event.type()
            done = (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in _DONE_KEYS
            )
            if (done or kind == QEvent.Type.FocusOut) and not watched.commit():
                return True  # the cell stays open with the text (focus may still leave)
        return super().eventFilter(watched, event)


def show_plan_period(root: QWidget, start: date | None, end: date | None) -> None:
    """Every date field under `root`, in forms and in tables, opens its calendar inside the
    plan's period when it has no date yet."""
    for edit in root.findChildren(DateEdit):
        edit.set_period(start, end)
    for delegate in root.findChildren(DueDateDelegate):
        delegate.period = (start, end)
