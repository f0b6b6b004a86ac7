"""The backups in the data directory as a table: when, what kind, how big."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ledarplan.gui.formatting import format_datetime
from ledarplan.services.maintenance import BackupInfo

_Index = QModelIndex | QPersistentModelIndex

COL_WHEN = 0
COL_KIND = 1
COL_SIZE = 2
PathRole = Qt.ItemDataRole.UserRole + 1


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._headers = ["When", "Kind", "Size"]
        self._kinds: dict[str, str] = {}

    def set_texts(self, headers: list[str], kinds: dict[str, str]) -> None:
        """Column titles and kind names in the UI language (the view translates them)."""
        self._headers = list(headers)
        self._kinds = dict(kinds)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_SIZE))

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        backup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_WHEN:
                return format_datetime(backup.created)
            if index.column() == COL_KIND:
                return self._kinds.get(backup.kind, backup.kind)
            return f"{backup.size / 1024:.0f} KB"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == PathRole:
            return str(backup.path)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
