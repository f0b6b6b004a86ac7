"""The plan's model items grouped by area, each with a check box: which items a goal serves.

Areas are the top-level rows (bold, not checkable, with a count of linked items); their items
are the children. The items come from the plan's snapshot, so they read as when the plan began.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal

from ledarplan.domain.entities import SnapshotItem
from ledarplan.gui.models.row_table import Index, bold_font

#: internalId of area rows; item rows carry their area's row + 1.
_AREA = 0

ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: What the plan's level expects of the item ("" for models without levels).
ExpectationRole = Qt.ItemDataRole.UserRole + 2
IsAreaRole = Qt.ItemDataRole.UserRole + 3


class ItemLinksModel(QAbstractItemModel):
    #: The user checked or unchecked an item.
    links_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._areas: list[tuple[str, list[SnapshotItem]]] = []
        self._checked: list[str] = []  # in the order the user linked them

    def set_items(self, items: tuple[SnapshotItem, ...] | list[SnapshotItem]) -> None:
        self.beginResetModel()
        areas: dict[str, tuple[str, list[SnapshotItem]]] = {}
        for item in items:
            areas.setdefault(item.area_id, (item.area_title, []))[1].append(item)
        self._areas = list(areas.values())
        self._checked = [i for i in self._checked if self._find(i) is not None]
        self.endResetModel()

    def set_checked(self, item_ids: list[str]) -> None:
        self._checked = list(item_ids)
        self._everything_changed()

    def checked(self) -> list[str]:
        return list(self._checked)

    def _find(self, item_id: str) -> tuple[int, int] | None:
        for area_row, (_, items) in enumerate(self._areas):
            for row, item in enumerate(items):
                if item.item_id == item_id:
                    return area_row, row
        return None

    def index_of(self, item_id: str) -> QModelIndex:
        found = self._find(item_id)
        if found is None:
            return QModelIndex()
        return self.index(found[1], 0, self.index(found[0], 0))

    def _everything_changed(self) -> None:
        for area_row, (_, items) in enumerate(self._areas):
            area = self.index(area_row, 0)
            self.dataChanged.emit(area, area)
            if items:
                self.dataChanged.emit(self.index(0, 0, area), self.index(len(items) - 1, 0, area))

    def _item(self, index: Index) -> SnapshotItem | None:
        if not index.isValid() or index.internalId() == _AREA:
            return None
        return self._areas[index.internalId() - 1][1][index.row()]

    # --- the tree shape ---

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _AREA) if row < len(self._areas) else QModelIndex()
        if parent.internalId() != _AREA or parent.row() >= len(self._areas):
            return QModelIndex()
        if row >= len(self._areas[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent(): the model's owner, not a tree parent
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == _AREA:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _AREA)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if not parent.isValid():
            return len(self._areas)
        if parent.column() != 0 or parent.internalId() != _AREA:
            return 0
        return len(self._areas[parent.row()][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _AREA:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._item(index)
        if item is None:
            return self._area_data(index.row(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = item.item_id in self._checked
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(t for t in (item.label, item.expectation or item.text) if t)
        if role == ItemIdRole:
            return item.item_id
        if role == ExpectationRole:
            return item.expectation
        if role == IsAreaRole:
            return False
        return None

    def _area_data(self, row: int, role: int) -> Any:
        title, items = self._areas[row]
        if role == Qt.ItemDataRole.DisplayRole:
            linked = sum(1 for i in items if i.item_id in self._checked)
            return f"{title} ({linked})" if linked else title
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        if role == IsAreaRole:
            return True
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self._item(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        check = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        linked = item.item_id in self._checked
        if (check == Qt.CheckState.Checked) == linked:
            return True
        if linked:
            self._checked.remove(item.item_id)
        else:
            self._checked.append(item.item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        area = self.parent(index)
        self.dataChanged.emit(area, area, [Qt.ItemDataRole.DisplayRole])
        self.links_changed.emit()
        return True
