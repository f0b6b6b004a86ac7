"""Two rounds item by item: rating A, rating B and how far apart they are, and, when there is
feedback from others, each group's mean rating (only the groups the round's threshold shows).

Rows whose ratings differ by `HIGHLIGHT_DIFFERENCE` steps or more are highlighted (tinted and
bold). On a five-step scale one step apart is ordinary: two people rarely weigh an item exactly
alike, and marking every such row would turn most of the table yellow. Two steps or more means
the two see the item clearly differently, which is what is worth raising in the talk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import FeedbackRound, GroupFeedback, SnapshotItem
from ledarplan.gui.models.row_table import Index, RowTableModel, bold_font, row_spans
from ledarplan.services.assessments import RatingComparison

COL_AREA = 0
COL_ITEM = 1
COL_FIRST = 2
COL_SECOND = 3
COL_DIFFERENCE = 4
COLUMN_COUNT = 5  # then one column per feedback group shown

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
        self._feedback: FeedbackRound | None = None
        self._groups: list[GroupFeedback] = []
        self._group_titles: list[str] = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT + len(self._groups)

    def set_feedback(self, feedback: FeedbackRound | None, titles: list[str]) -> None:
        """The groups of a feedback round as columns (`titles` in the UI language)."""
        self.beginResetModel()
        self._feedback = feedback
        self._groups = list(feedback.results) if feedback is not None else []
        self._group_titles = list(titles)
        self.endResetModel()

    def group_columns(self) -> int:
        return len(self._groups)

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
        if column >= COLUMN_COUNT:
            return self._group_data(item, column - COLUMN_COUNT, role)
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

    def _group_data(self, item: SnapshotItem, number: int, role: int) -> Any:
        feedback = self._feedback
        result = self._groups[number].item(item.item_id)
        if feedback is None:
            return None
        mean = result.mean(feedback.scale_min) if result is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _NOT_RATED if mean is None else QLocale().toString(mean, "f", 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and result is not None:
            points = range(feedback.scale_min, feedback.scale_max + 1)
            spread = " · ".join(f"{p}: {n}" for p, n in zip(points, result.counts, strict=True))
            cannot = self.tr("cannot say: %1").replace("%1", str(result.cannot_say))
            return f"{spread} · {cannot}"
        if role == ItemIdRole:
            return item.item_id
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
        if section >= COLUMN_COUNT:
            titles = self._group_titles
            number = section - COLUMN_COUNT
            return (
                titles[number]
                if role == Qt.ItemDataRole.DisplayRole and number < len(titles)
                else None
            )
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
