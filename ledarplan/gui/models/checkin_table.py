"""A goal's dated check-ins, newest first: date, progress then, note."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt

from ledarplan.domain.entities import CheckIn
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowTableModel, one_line

COL_DATE = 0
COL_PROGRESS = 1
COL_NOTE = 2
COLUMN_COUNT = 3

CheckInIdRole = Qt.ItemDataRole.UserRole + 1


class CheckInTableModel(RowTableModel[CheckIn]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["Date", "Progress", "Note"])

    def set_rows(self, checkins: Iterable[CheckIn]) -> None:
        # Newest first: the latest word on how it goes is what the reader looks for.
        order = sorted(enumerate(checkins), key=lambda pair: (pair[1].date, pair[0]), reverse=True)
        super().set_rows(checkin for _, checkin in order)

    def set_headers(self, headers: list[str]) -> None:
        self._set_headers(headers)

    def checkin_at(self, row: int) -> CheckIn | None:
        return self.row_at(row)

    def _row_data(self, checkin: CheckIn, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return format_date(checkin.date)
            if column == COL_PROGRESS:
                return "" if checkin.progress is None else f"{checkin.progress} %"
            return one_line(checkin.note)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return checkin.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CheckInIdRole:
            return checkin.id
        return None
