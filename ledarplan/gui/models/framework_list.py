"""The available leadership models as a Qt list model (for combo boxes and lists)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.gui.models.row_table import RowListModel

FrameworkIdRole = Qt.ItemDataRole.UserRole + 1


class FrameworkListModel(RowListModel[FrameworkPack]):
    def set_packs(self, packs: list[FrameworkPack]) -> None:
        """The models in the order of their names as listed (owner – model)."""
        self.set_rows(sorted(packs, key=lambda pack: _label(pack).casefold()))

    def pack_at(self, row: int) -> FrameworkPack | None:
        return self.row_at(row)

    def _row_data(self, pack: FrameworkPack, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return _label(pack)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{pack.source.organisation}: {pack.source.title}"
        if role == FrameworkIdRole:
            return pack.id
        return None


def _label(pack: FrameworkPack) -> str:
    owner = pack.short_name or pack.source.organisation
    return f"{owner} – {pack.name}"
