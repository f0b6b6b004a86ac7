"""Expectations of every role level side by side: one row per item, one column per level."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ledarplan.frameworks.schema import Area, FrameworkPack, Item

_Index = QModelIndex | QPersistentModelIndex

COL_AREA = 0
COL_ITEM = 1
FIRST_LEVEL_COLUMN = 2

#: The chosen level's column is tinted, as in the expectation boxes of the text view.
CURRENT_LEVEL_BACKGROUND = QBrush(QColor("#e3eef7"))

ItemIdRole = Qt.ItemDataRole.UserRole + 1
LevelIdRole = Qt.ItemDataRole.UserRole + 2


class LevelMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._pack: FrameworkPack | None = None
        self._rows: list[tuple[Area, Item]] = []
        self._current_level: str | None = None
        self._headers = {COL_AREA: "Area", COL_ITEM: "Item"}

    def set_headers(self, area: str, item: str) -> None:
        """The two fixed column titles, in the UI language (the view translates them)."""
        self._headers = {COL_AREA: area, COL_ITEM: item}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_AREA, COL_ITEM)

    def set_pack(self, pack: FrameworkPack | None, current_level: str | None = None) -> None:
        self.beginResetModel()
        self._pack = pack
        self._current_level = current_level
        self._rows = [(area, item) for area in pack.areas for item in area.items] if pack else []
        self.endResetModel()

    def set_current_level(self, level_id: str | None) -> None:
        self._current_level = level_id
        if self._rows:
            self.dataChanged.emit(
                self.index(0, FIRST_LEVEL_COLUMN),
                self.index(len(self._rows) - 1, self.columnCount() - 1),
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() or self._pack is None:
            return 0
        return FIRST_LEVEL_COLUMN + len(self._pack.levels)

    def _level_id(self, column: int) -> str | None:
        if self._pack is None or column < FIRST_LEVEL_COLUMN:
            return None
        return self._pack.levels[column - FIRST_LEVEL_COLUMN].id

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        area, item = self._rows[index.row()]
        column = index.column()
        level_id = self._level_id(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_AREA:
                return area.title
            if column == COL_ITEM:
                return item.label
            return item.expectations.get(level_id or "", "")
        if role == Qt.ItemDataRole.BackgroundRole and level_id and level_id == self._current_level:
            return CURRENT_LEVEL_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and column == COL_AREA:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemIdRole:
            return item.id
        if role == LevelIdRole:
            return level_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._pack is None:
            return None
        level_id = self._level_id(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section in self._headers:
                return self._headers[section]
            return self._pack.levels[section - FIRST_LEVEL_COLUMN].name
        if role == Qt.ItemDataRole.FontRole and level_id and level_id == self._current_level:
            font = QFont()
            font.setBold(True)
            return font
        return None
