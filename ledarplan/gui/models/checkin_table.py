"""A goal's dated check-ins, newest first: date, progress then, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ledarplan.domain.entities import CheckIn
from ledarplan.gui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_PROGRESS = 1
COL_NOTE = 2
COLUMN_COUNT = 3

CheckInIdRole = Qt.ItemDataRole.UserRole + 1


class CheckInTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._headers = ["Date", "Progress", "Note"]

    def set_rows(self, checkins: list[CheckIn]) -> None:
        self.beginResetModel()
        # Newest first: the latest word on how it goes is what the reader looks for.
        order = sorted(enumerate(checkins), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
        self._rows = [checkin for _, checkin in order]
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def checkin_at(self, row: int) -> CheckIn | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        checkin = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return format_date(checkin.date)
            if column == COL_PROGRESS:
                return "" if checkin.progress is None else f"{checkin.progress} %"
            return " ".join(checkin.note.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return checkin.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CheckInIdRole:
            return checkin.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
