"""A list of things the user ticks (a session's goals, agreements to carry over)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ledarplan.gui.models.row_table import Index, RowListModel

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class CheckableEntry:
    id: str
    text: str
    tooltip: str = ""


class CheckableListModel(RowListModel[CheckableEntry]):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._checked: set[str] = set()

    def set_rows(self, entries: list[CheckableEntry], checked: set[str] | list[str]) -> None:
        entries = list(entries)
        known = {e.id for e in entries}
        self._checked = {i for i in checked if i in known}
        super().set_rows(entries)

    def checked_ids(self) -> list[str]:
        """The ticked ids, in the order of the list."""
        return [e.id for e in self._rows if e.id in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {e.id for e in self._rows} if checked else set()
        self._all_changed([Qt.ItemDataRole.CheckStateRole])

    def _cell_flags(self, column: int) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsUserCheckable

    def _row_data(self, entry: CheckableEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or entry.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.id in self._checked else Qt.CheckState.Unchecked
        if role == IdRole:
            return entry.id
        return None

    def _set_row_data(self, entry: CheckableEntry, index: Index, value: Any, role: int) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entry.id)
        else:
            self._checked.discard(entry.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
