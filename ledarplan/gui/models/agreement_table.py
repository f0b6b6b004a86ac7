"""Agreements (text, owner, due date, done) as an editable table — of a coaching session or
of a development talk alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from ledarplan.domain.entities import Agreement
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import Index, RowTableModel

COL_TEXT = 0
COL_OWNER = 1
COL_DUE = 2
COL_DONE = 3
COLUMN_COUNT = 4

AgreementIdRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2  # the due date as a Python date (or None)
CarriedRole = Qt.ItemDataRole.UserRole + 3  # True when carried over from an earlier session

_DONE_TEXT = QBrush(QColor("#7a7a7a"))


class AgreementTableModel(RowTableModel[Agreement]):
    """Holds copies of the agreements it is given, so edits here change no one else's."""

    #: An agreement's "done" box was ticked or cleared: (agreement id, done).
    done_changed = Signal(str, bool)
    #: Text, owner or due date changed (rows added or removed announce themselves as rows).
    edited = Signal()

    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["Agreement", "Owner", "Due", "Done"])
        self._carried_tip = "Carried over from an earlier session"
        self._carried_icon = QIcon()
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """A signed-off talk's agreements can be read, not changed."""
        self._read_only = read_only

    def set_texts(self, headers: list[str], carried_tip: str) -> None:
        """Words of the UI language, given by the view (which translates them)."""
        self._carried_tip = carried_tip
        self._set_headers(headers)

    def set_carried_icon(self, icon: QIcon) -> None:
        self._carried_icon = icon

    def set_rows(self, agreements: Iterable[Agreement]) -> None:
        super().set_rows(replace(a) for a in agreements)

    def agreements(self) -> list[Agreement]:
        return [replace(a) for a in self._rows]

    def agreement_at(self, row: int) -> Agreement | None:
        agreement = self.row_at(row)
        return None if agreement is None else replace(agreement)

    def insert_agreement(self, agreement: Agreement, row: int | None = None) -> int:
        return self.insert_row(replace(agreement), row)

    def remove_agreement(self, row: int) -> None:
        self.remove_row(row)

    def set_done(self, agreement_id: str, done: bool) -> None:
        """Shows an agreement as done or not without announcing it as the user's edit."""
        row = self.row_of(agreement_id)
        if row >= 0:
            self._rows[row].done = done
            self._row_changed(row)

    # --- Qt model ------------------------------------------------------------------------

    def _cell_flags(self, column: int) -> Qt.ItemFlag:
        if self._read_only:
            return Qt.ItemFlag.NoItemFlags
        if column == COL_DONE:
            return Qt.ItemFlag.ItemIsUserCheckable
        return Qt.ItemFlag.ItemIsEditable

    def _row_data(self, agreement: Agreement, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(agreement, column, role)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_DONE:
            return Qt.CheckState.Checked if agreement.done else Qt.CheckState.Unchecked
        if role == AgreementIdRole:
            return agreement.id
        if role == DateRole:
            return agreement.due_date
        if role == CarriedRole:
            return agreement.carried_from is not None
        return self._look(agreement, column, role)

    @staticmethod
    def _text(agreement: Agreement, column: int, role: int) -> Any:
        if column == COL_TEXT:
            return agreement.text
        if column == COL_OWNER:
            return agreement.owner
        if column == COL_DUE:
            return format_date(agreement.due_date) if role == Qt.ItemDataRole.DisplayRole else ""
        return None

    def _look(self, agreement: Agreement, column: int, role: int) -> Any:
        carried = agreement.carried_from is not None and column == COL_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            if carried:
                return f"{agreement.text}\n\n{self._carried_tip}"
            return agreement.text if column == COL_TEXT else None
        if role == Qt.ItemDataRole.DecorationRole and carried:
            return self._carried_icon
        if role == Qt.ItemDataRole.ForegroundRole and agreement.done and column != COL_DONE:
            return _DONE_TEXT
        if role == Qt.ItemDataRole.FontRole and agreement.done and column == COL_TEXT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignVCenter
            if column == COL_DONE:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
        return None

    def _set_row_data(self, agreement: Agreement, index: Index, value: Any, role: int) -> bool:
        if self._read_only:
            return False
        column = index.column()
        if column == COL_DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == agreement.done:
                return True
            agreement.done = done
            self._row_changed(index.row())
            self.done_changed.emit(agreement.id, done)
            return True
        if role not in (Qt.ItemDataRole.EditRole, DateRole):
            return False
        if not self._apply(agreement, column, value):
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    @staticmethod
    def _apply(agreement: Agreement, column: int, value: Any) -> bool:
        if column == COL_TEXT:
            text = str(value or "")
            # An agreement is its text: clearing it keeps what was there (remove the row
            # instead), so an autosave never stores an agreement that says nothing.
            if not text.strip():
                return False
            agreement.text = text
            return True
        if column == COL_OWNER:
            agreement.owner = str(value or "").strip()
            return True
        if column == COL_DUE and (value is None or isinstance(value, date)):
            agreement.due_date = value
            return True
        return False
