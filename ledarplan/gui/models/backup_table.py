"""The backups beside the data and in the backup folder as a table: when, what kind, how big."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ledarplan.gui.formatting import format_datetime
from ledarplan.gui.models.row_table import RowTableModel
from ledarplan.services.maintenance import BackupInfo

COL_WHEN = 0
COL_KIND = 1
COL_SIZE = 2
COLUMN_COUNT = 3

PathRole = Qt.ItemDataRole.UserRole + 1


class BackupTableModel(RowTableModel[BackupInfo]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["When", "Kind", "Size"])
        self._kinds: dict[str, str] = {}
        self._elsewhere = "%1"

    def set_texts(self, headers: list[str], kinds: dict[str, str], elsewhere: str = "%1") -> None:
        """Column titles and kind names in the UI language (the view translates them);
        `elsewhere` marks a backup in the backup folder ("%1 (backup folder)")."""
        self._kinds = dict(kinds)
        self._elsewhere = elsewhere
        self._set_headers(headers)
        self._all_changed()

    def _row_data(self, backup: BackupInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHEN:
                return format_datetime(backup.created)
            if column == COL_KIND:
                kind = self._kinds.get(backup.kind, backup.kind)
                return self._elsewhere.replace("%1", kind) if backup.elsewhere else kind
            return f"{backup.size / 1024:.0f} KB"
        if role in (Qt.ItemDataRole.ToolTipRole, PathRole):
            return str(backup.path)
        return None
