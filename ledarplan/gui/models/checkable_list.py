"""A list of things the user ticks (a session's goals, agreements to carry over).

An entry may be *locked*: shown ticked, in italics, and not to be unticked (a talk's common
themes among the cards to pick); it is not among `checked_ids`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ledarplan.gui.models.row_table import Index, RowListModel

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class CheckableEntry:
    id: str
    text: str
    tooltip: str = ""
    locked: bool = False


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
        """The ticked ids, in the order of the list (not the locked ones)."""
        return [e.id for e in self._rows if e.id in self._checked and not e.locked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {e.id for e in self._rows} if checked else set()
        self._all_changed([Qt.ItemDataRole.CheckStateRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        entry = self._row_for(index)
        if entry is not None and not entry.locked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _row_data(self, entry: CheckableEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or entry.text
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = entry.locked or entry.id in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and entry.locked:
            font = QFont()
            font.setItalic(True)
            return font
        if role == IdRole:
            return entry.id
        return None

    def _set_row_data(self, entry: CheckableEntry, index: Index, value: Any, role: int) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or entry.locked:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entry.id)
        else:
            self._checked.discard(entry.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
