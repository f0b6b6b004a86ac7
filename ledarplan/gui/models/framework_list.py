"""The available leadership models as a Qt list model (for combo boxes and lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ledarplan.frameworks.schema import FrameworkPack

FrameworkIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class FrameworkListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._packs: list[FrameworkPack] = []

    def set_packs(self, packs: list[FrameworkPack]) -> None:
        self.beginResetModel()
        self._packs = list(packs)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._packs)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._packs):
            return None
        pack = self._packs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            owner = pack.short_name or pack.source.organisation
            return f"{owner} – {pack.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{pack.source.organisation}: {pack.source.title}"
        if role == FrameworkIdRole:
            return pack.id
        return None

    def row_of(self, framework_id: str) -> int:
        for row, pack in enumerate(self._packs):
            if pack.id == framework_id:
                return row
        return -1

    def pack_at(self, row: int) -> FrameworkPack | None:
        return self._packs[row] if 0 <= row < len(self._packs) else None
