"""Expectations of every role level side by side: one row per item, one column per level."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.frameworks.schema import Area, FrameworkPack, Item
from ledarplan.gui.models.row_table import Index, RowTableModel, bold_font

COL_AREA = 0
COL_ITEM = 1
FIRST_LEVEL_COLUMN = 2

#: The chosen level's column is tinted, as in the expectation boxes of the text view.
CURRENT_LEVEL_BACKGROUND = QBrush(QColor("#e3eef7"))

ItemIdRole = Qt.ItemDataRole.UserRole + 1
LevelIdRole = Qt.ItemDataRole.UserRole + 2


class LevelMatrixModel(RowTableModel[tuple[Area, Item]]):
    def __init__(self, parent: Any = None):
        super().__init__(parent, ["Area", "Item"])  # the fixed columns; the levels follow
        self._pack: FrameworkPack | None = None
        self._current_level: str | None = None
        #: The titles as the header shows them, by whole title (a long one on two lines).
        self._shown_titles: dict[str, str] = {}

    def set_headers(self, area: str, item: str) -> None:
        """The two fixed column titles, in the UI language (the view translates them)."""
        self._headers = [area, item]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_AREA, COL_ITEM)

    def set_pack(self, pack: FrameworkPack | None, current_level: str | None = None) -> None:
        # The pack decides the columns, so it changes inside the reset.
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

    def title(self, column: int) -> str:
        """The column's title, whole: a fixed column's, or its level's name."""
        level_id = self._level_id(column)
        if level_id is None or self._pack is None:
            return self._headers[column] if column < len(self._headers) else ""
        return self._pack.levels[column - FIRST_LEVEL_COLUMN].name

    def show_titles(self, titles: list[str]) -> None:
        """The columns' titles as the header shows them (a long one broken onto two lines)."""
        shown = {self.title(column): title for column, title in enumerate(titles)}
        if shown != self._shown_titles:
            self._shown_titles = shown
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() or self._pack is None:
            return 0
        return FIRST_LEVEL_COLUMN + len(self._pack.levels)

    def _level_id(self, column: int) -> str | None:
        if self._pack is None or column < FIRST_LEVEL_COLUMN:
            return None
        return self._pack.levels[column - FIRST_LEVEL_COLUMN].id

    def _row_data(self, row: tuple[Area, Item], column: int, role: int) -> Any:
        area, item = row
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
            return bold_font()
        if role == ItemIdRole:
            return item.id
        if role == LevelIdRole:
            return level_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def _header(self, section: int, role: int) -> Any:
        if self._pack is None:
            return None
        level_id = self._level_id(section)
        if role == Qt.ItemDataRole.DisplayRole:
            whole = self.title(section)
            return self._shown_titles.get(whole, whole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.title(section)
        if role == Qt.ItemDataRole.FontRole and level_id and level_id == self._current_level:
            return bold_font()
        return None
