"""Edits a table cell's optional date with the same field as the forms (may be left empty)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ledarplan.gui.widgets.date_edit import OptionalDateEdit

_Index = QModelIndex | QPersistentModelIndex


class OptionalDateDelegate(QStyledItemDelegate):
    """The model gives and takes a `date` or None in its EditRole."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = OptionalDateEdit(parent)
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        )
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_value(value if isinstance(value, date) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
