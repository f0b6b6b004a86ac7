"""The agreements of a development talk, edited in place: text, owner, due date, done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import Agreement
from ledarplan.gui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex

COL_TEXT = 0
COL_OWNER = 1
COL_DUE = 2
COL_DONE = 3
COLUMN_COUNT = 4

DONE_FOREGROUND = QBrush(QColor("#6b7680"))

AgreementIdRole = Qt.ItemDataRole.UserRole + 1
DueDateRole = Qt.ItemDataRole.UserRole + 2  # a `date` or None (EditRole of the due column too)
DoneRole = Qt.ItemDataRole.UserRole + 3


#: What the text, owner and due cells hold for editing.
_FIELDS: dict[int, Callable[[Agreement], Any]] = {
    COL_TEXT: lambda agreement: agreement.text,
    COL_OWNER: lambda agreement: agreement.owner,
    COL_DUE: lambda agreement: agreement.due_date,
}


class TalkAgreementsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._read_only = False
        self._headers = {COL_TEXT: "Agreement", COL_OWNER: "Who", COL_DUE: "Due", COL_DONE: "Done"}

    def set_headers(self, headers: dict[int, str]) -> None:
        """Column titles in the UI language (the view translates them)."""
        self._headers.update(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    # --- content -----------------------------------------------------------------------

    def set_rows(self, agreements: list[Agreement]) -> None:
        self.beginResetModel()
        self._rows = [replace(agreement) for agreement in agreements]
        self.endResetModel()

    def agreements(self) -> list[Agreement]:
        return [replace(agreement) for agreement in self._rows]

    def add_agreement(self, agreement: Agreement) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(replace(agreement))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> Agreement | None:
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        return removed

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return flags
        if index.column() == COL_DONE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_DUE:
                return format_date(agreement.due_date)
            return _FIELDS[column](agreement) if column in _FIELDS else None
        if role == Qt.ItemDataRole.EditRole:
            return _FIELDS[column](agreement) if column in _FIELDS else None
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            return Qt.CheckState.Checked if agreement.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and agreement.done:
            return DONE_FOREGROUND
        if role == AgreementIdRole:
            return agreement.id
        if role == DueDateRole:
            return agreement.due_date
        if role == DoneRole:
            return agreement.done
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self._read_only or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = index.row(), index.column()
        agreement = self._rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            self._rows[row] = replace(agreement, done=done)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == COL_TEXT:
            text = str(value or "").strip()
            if not text:  # an agreement needs words; clearing the cell keeps what was there
                return False
            self._rows[row] = replace(agreement, text=text)
        elif column == COL_OWNER:
            self._rows[row] = replace(agreement, owner=str(value or "").strip())
        elif column == COL_DUE and (value is None or isinstance(value, date)):
            self._rows[row] = replace(agreement, due_date=value)
        else:
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None
