"""A list of things the user ticks (a session's goals, agreements to carry over)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class CheckableEntry:
    id: str
    text: str
    tooltip: str = ""


class CheckableListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._entries: list[CheckableEntry] = []
        self._checked: set[str] = set()

    def set_rows(self, entries: list[CheckableEntry], checked: set[str] | list[str]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        known = {e.id for e in self._entries}
        self._checked = {i for i in checked if i in known}
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """The ticked ids, in the order of the list."""
        return [e.id for e in self._entries if e.id in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {e.id for e in self._entries} if checked else set()
        if self._entries:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._entries) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or entry.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.id in self._checked else Qt.CheckState.Unchecked
        if role == IdRole:
            return entry.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._entries):
            return False
        entry_id = self._entries[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entry_id)
        else:
            self._checked.discard(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
