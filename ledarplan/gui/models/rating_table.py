"""One round's ratings: every item of the plan's model, its expectation, a rating and a comment.

The rows are the snapshot's items (the model as it read when the plan was made), whether rated
or not, so nothing can be skipped by accident. Edits change the model at once and emit `edited`;
the editor saves the round (`ratings()`) through the service shortly after.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ledarplan.domain.entities import AssessmentRound, Rating, SnapshotItem

_Index = QModelIndex | QPersistentModelIndex

COL_AREA = 0
COL_ITEM = 1
COL_EXPECTATION = 2
COL_RATING = 3
COL_COMMENT = 4
COLUMN_COUNT = 5

ItemIdRole = Qt.ItemDataRole.UserRole + 1
#: The rating as a number, or None for "not assessed" (DisplayRole shows it as text).
RatingValueRole = Qt.ItemDataRole.UserRole + 2
AreaIdRole = Qt.ItemDataRole.UserRole + 3

_TOP_LEFT = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


class RatingTableModel(QAbstractTableModel):
    #: The user changed a rating or a comment (not emitted when the model is filled).
    edited = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list[SnapshotItem] = []
        self._values: dict[str, int | None] = {}
        self._comments: dict[str, str] = {}
        self._scale = (1, 5)
        self._level_name = ""

    # --- filling and reading ------------------------------------------------------------

    def set_round(
        self, items: tuple[SnapshotItem, ...], round_: AssessmentRound | None, level_name: str = ""
    ) -> None:
        """Shows `round_`'s ratings of `items` (None: an empty table)."""
        self.beginResetModel()
        self._items = list(items) if round_ is not None else []
        self._values = {}
        self._comments = {}
        if round_ is not None:
            self._scale = (round_.scale_min, round_.scale_max)
            for rating in round_.ratings:
                self._values[rating.item_id] = rating.value
                self._comments[rating.item_id] = rating.comment
        self._level_name = level_name
        self.endResetModel()

    def ratings(self) -> list[Rating]:
        """What to store: the items with a rating or a comment, in the model's order."""
        result = []
        for item in self._items:
            value = self._values.get(item.item_id)
            comment = self._comments.get(item.item_id, "")
            if value is not None or comment:
                result.append(Rating(item.item_id, value, comment))
        return result

    def scale(self) -> tuple[int, int]:
        return self._scale

    def item_at(self, row: int) -> SnapshotItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def has_expectations(self) -> bool:
        return any(item.expectation for item in self._items)

    def area_count(self) -> int:
        return len({item.area_id for item in self._items})

    def area_spans(self) -> list[tuple[int, int]]:
        """(first row, row count) of each area, for one tall area cell per group."""
        spans: list[tuple[int, int]] = []
        for row, item in enumerate(self._items):
            if row and item.area_id == self._items[row - 1].area_id:
                first, count = spans[-1]
                spans[-1] = (first, count + 1)
            else:
                spans.append((row, 1))
        return spans

    def set_rating(self, row: int, value: int | None) -> bool:
        """Rates the item on `row` (None: not assessed); False when outside the scale."""
        return self.setData(self.index(row, COL_RATING), value, Qt.ItemDataRole.EditRole)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, COL_RATING), self.index(len(self._items) - 1, COL_RATING)
            )

    # --- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (COL_RATING, COL_COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        value = self._values.get(item.item_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_RATING:
                return value
            if column == COL_COMMENT:
                return self._comments.get(item.item_id, "")
            return self._display(item, column, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.FontRole and column == COL_AREA:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_RATING:
                return int(Qt.AlignmentFlag.AlignCenter)
            return _TOP_LEFT
        if role == ItemIdRole:
            return item.item_id
        if role == RatingValueRole:
            return value
        if role == AreaIdRole:
            return item.area_id
        return None

    def _display(self, item: SnapshotItem, column: int, value: int | None) -> str:
        if column == COL_AREA:
            return item.area_title
        if column == COL_ITEM:
            return item.label
        if column == COL_EXPECTATION:
            return item.expectation
        if column == COL_RATING:
            return str(value) if value is not None else self.tr("Not assessed")
        return self._comments.get(item.item_id, "")

    def _tooltip(self, item: SnapshotItem, column: int) -> str | None:
        if column == COL_ITEM and item.text and item.text != item.label:
            return item.text
        if column == COL_EXPECTATION and item.expectation:
            return item.expectation
        if column == COL_RATING:
            low, high = self._scale
            return (
                self.tr("Type %1–%2 to rate, 0 or Delete for not assessed")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._items):
            return False
        item_id = self._items[index.row()].item_id
        if index.column() == COL_RATING:
            if value is not None and not (
                type(value) is int and self._scale[0] <= value <= self._scale[1]
            ):
                return False
            if self._values.get(item_id) == value:
                return True
            self._values[item_id] = value
        elif index.column() == COL_COMMENT:
            text = str(value or "")
            if self._comments.get(item_id, "") == text:
                return True
            self._comments[item_id] = text
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_EXPECTATION:
            if self._level_name:
                return self.tr("Expected of %1").replace("%1", self._level_name)
            return self.tr("Expectation")
        if section == COL_RATING:
            low, high = self._scale
            return self.tr("Rating (%1–%2)").replace("%1", str(low)).replace("%2", str(high))
        return {
            COL_AREA: self.tr("Area"),
            COL_ITEM: self.tr("Item"),
            COL_COMMENT: self.tr("Comment"),
        }.get(section)
