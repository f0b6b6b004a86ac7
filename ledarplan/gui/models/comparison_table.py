"""Two rounds item by item: rating A, rating B and how far apart they are.

Rows whose ratings differ by `HIGHLIGHT_DIFFERENCE` steps or more are highlighted (tinted and
bold). On a five-step scale one step apart is ordinary: two people rarely weigh an item exactly
alike, and marking every such row would turn most of the table yellow. Two steps or more means
the two see the item clearly differently, which is what is worth raising in the talk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import SnapshotItem
from ledarplan.gui.models.row_table import RowTableModel, bold_font, row_spans
from ledarplan.services.assessments import RatingComparison

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


class ComparisonTableModel(RowTableModel[tuple[SnapshotItem, RatingComparison]]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._round_titles = ("A", "B")
        self._round_tips = ("", "")

    def set_rows(
        self,
        items: tuple[SnapshotItem, ...],
        comparisons: list[RatingComparison],
        headers: tuple[str, str] = ("A", "B"),
        header_tips: tuple[str, str] = ("", ""),
    ) -> None:
        """Every item of the model, in the model's order, with its two ratings."""
        by_item = {c.item_id: c for c in comparisons}
        self._round_titles = headers
        self._round_tips = header_tips
        super().set_rows(
            (item, by_item.get(item.item_id, RatingComparison(item.item_id, None, None)))
            for item in items
        )

    def clear(self) -> None:
        self.set_rows((), [])

    def highlighted_rows(self) -> list[int]:
        return [row for row, (_, c) in enumerate(self._rows) if _highlighted(c)]

    def area_spans(self) -> list[tuple[int, int]]:
        return row_spans([item.area_id for item, _ in self._rows])

    def area_count(self) -> int:
        return len({item.area_id for item, _ in self._rows})

    def retranslate(self) -> None:
        self._headers_changed()

    def _row_data(self, row: tuple[SnapshotItem, RatingComparison], column: int, role: int) -> Any:
        item, comparison = row
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
            return bold_font()
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

    def _header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and section in (COL_FIRST, COL_SECOND):
            return self._round_tips[section - COL_FIRST] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in (COL_FIRST, COL_SECOND):
            return self._round_titles[section - COL_FIRST]
        return {
            COL_AREA: self.tr("Area"),
            COL_ITEM: self.tr("Item"),
            COL_DIFFERENCE: self.tr("Difference"),
        }.get(section)


def _highlighted(comparison: RatingComparison) -> bool:
    difference = comparison.difference
    return difference is not None and abs(difference) >= HIGHLIGHT_DIFFERENCE
