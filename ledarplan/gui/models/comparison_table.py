"""Two rounds item by item: rating A, rating B and how far apart they are.

Rows whose ratings differ by `HIGHLIGHT_DIFFERENCE` steps or more are highlighted (tinted and
bold). On a five-step scale one step apart is ordinary: two people rarely weigh an item exactly
alike, and marking every such row would turn most of the table yellow. Two steps or more means
the two see the item clearly differently, which is what is worth raising in the talk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ledarplan.domain.entities import SnapshotItem
from ledarplan.services.assessments import RatingComparison

_Index = QModelIndex | QPersistentModelIndex

COL_AREA = 0
COL_ITEM = 1
COL_FIRST = 2
COL_SECOND = 3
COL_DIFFERENCE = 4
COLUMN_COUNT = 5

HIGHLIGHT_DIFFERENCE = 2

ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: Second minus first as a number (None when either is not assessed).
DifferenceRole = Qt.ItemDataRole.UserRole + 2
HighlightRole = Qt.ItemDataRole.UserRole + 3

#: Translucent amber reads as a highlight on light and dark palettes alike.
HIGHLIGHT_BACKGROUND = QBrush(QColor(230, 159, 0, 70))

_NOT_RATED = "–"


def format_difference(difference: int | None) -> str:
    if difference is None:
        return ""
    if difference > 0:
        return f"+{difference}"
    if difference < 0:
        return f"−{-difference}"  # a real minus sign lines up with the plus
    return "0"


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[tuple[SnapshotItem, RatingComparison]] = []
        self._headers = ("A", "B")
        self._header_tips = ("", "")

    def set_rows(
        self,
        items: tuple[SnapshotItem, ...],
        comparisons: list[RatingComparison],
        headers: tuple[str, str] = ("A", "B"),
        header_tips: tuple[str, str] = ("", ""),
    ) -> None:
        """Every item of the model, in the model's order, with its two ratings."""
        by_item = {c.item_id: c for c in comparisons}
        self.beginResetModel()
        self._rows = [
            (item, by_item.get(item.item_id, RatingComparison(item.item_id, None, None)))
            for item in items
        ]
        self._headers = headers
        self._header_tips = header_tips
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows((), [])

    def highlighted_rows(self) -> list[int]:
        return [row for row, (_, c) in enumerate(self._rows) if _highlighted(c)]

    def area_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for row, (item, _) in enumerate(self._rows):
            if row and item.area_id == self._rows[row - 1][0].area_id:
                first, count = spans[-1]
                spans[-1] = (first, count + 1)
            else:
                spans.append((row, 1))
        return spans

    def area_count(self) -> int:
        return len({item.area_id for item, _ in self._rows})

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, comparison = self._rows[index.row()]
        column = index.column()
        highlighted = _highlighted(comparison)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, comparison, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ITEM:
            return item.expectation or (item.text if item.text != item.label else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= COL_FIRST:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.FontRole and (
            column == COL_AREA or (highlighted and column >= COL_FIRST)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and highlighted and column != COL_AREA:
            return HIGHLIGHT_BACKGROUND
        if role == ItemIdRole:
            return item.item_id
        if role == DifferenceRole:
            return comparison.difference
        if role == HighlightRole:
            return highlighted
        return None

    @staticmethod
    def _display(item: SnapshotItem, comparison: RatingComparison, column: int) -> str:
        if column == COL_AREA:
            return item.area_title
        if column == COL_ITEM:
            return item.label
        if column == COL_FIRST:
            return _NOT_RATED if comparison.first is None else str(comparison.first)
        if column == COL_SECOND:
            return _NOT_RATED if comparison.second is None else str(comparison.second)
        return format_difference(comparison.difference)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (COL_FIRST, COL_SECOND):
            return self._header_tips[section - COL_FIRST] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in (COL_FIRST, COL_SECOND):
            return self._headers[section - COL_FIRST]
        return {
            COL_AREA: self.tr("Area"),
            COL_ITEM: self.tr("Item"),
            COL_DIFFERENCE: self.tr("Difference"),
        }.get(section)


def _highlighted(comparison: RatingComparison) -> bool:
    difference = comparison.difference
    return difference is not None and abs(difference) >= HIGHLIGHT_DIFFERENCE
