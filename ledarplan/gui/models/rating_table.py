"""One round's ratings: every item of the plan's model, its expectation, a rating and a comment.

The rows are the snapshot's items (the model as it read when the plan was made), whether rated
or not, so nothing can be skipped by accident. Edits change the model at once and emit `edited`;
the editor saves the round (`ratings()`) through the service shortly after.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal

from ledarplan.domain.entities import AssessmentRound, Rating, SnapshotItem
from ledarplan.gui.models.row_table import Index, RowTableModel, bold_font, row_spans

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


class RatingTableModel(RowTableModel[SnapshotItem]):
    #: The user changed a rating or a comment (not emitted when the model is filled).
    edited = Signal()

    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._values: dict[str, int | None] = {}
        self._comments: dict[str, str] = {}
        self._scale = (1, 5)
        self._level_name = ""
        self._read_only = False

    # --- filling and reading ------------------------------------------------------------

    def set_round(
        self, items: tuple[SnapshotItem, ...], round_: AssessmentRound | None, level_name: str = ""
    ) -> None:
        """Shows `round_`'s ratings of `items` (None: an empty table)."""
        self._values = {}
        self._comments = {}
        if round_ is not None:
            self._scale = (round_.scale_min, round_.scale_max)
            for rating in round_.ratings:
                self._values[rating.item_id] = rating.value
                self._comments[rating.item_id] = rating.comment
        self._level_name = level_name
        self.set_rows(items if round_ is not None else ())

    def ratings(self) -> list[Rating]:
        """What to store: the items with a rating or a comment, in the model's order."""
        result = []
        for item in self._rows:
            value = self._values.get(item.item_id)
            comment = self._comments.get(item.item_id, "")
            if value is not None or comment:
                result.append(Rating(item.item_id, value, comment))
        return result

    def scale(self) -> tuple[int, int]:
        return self._scale

    def item_at(self, row: int) -> SnapshotItem | None:
        return self.row_at(row)

    def has_expectations(self) -> bool:
        return any(item.expectation for item in self._rows)

    def area_count(self) -> int:
        return len({item.area_id for item in self._rows})

    def area_spans(self) -> list[tuple[int, int]]:
        """(first row, row count) of each area, for one tall area cell per group."""
        return row_spans([item.area_id for item in self._rows])

    def set_rating(self, row: int, value: int | None) -> bool:
        """Rates the item on `row` (None: not assessed); False when outside the scale."""
        return self.setData(self.index(row, COL_RATING), value, Qt.ItemDataRole.EditRole)

    def set_read_only(self, read_only: bool) -> None:
        """The other desk's own round: shown, never changed (by keys, clicks or editors)."""
        self._read_only = read_only
        self._all_changed()

    def retranslate(self) -> None:
        self._headers_changed()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_RATING), self.index(len(self._rows) - 1, COL_RATING)
            )

    # --- Qt model ----------------------------------------------------------------------

    def _cell_flags(self, column: int) -> Qt.ItemFlag:
        if column in (COL_RATING, COL_COMMENT) and not self._read_only:
            return Qt.ItemFlag.ItemIsEditable
        return Qt.ItemFlag.NoItemFlags

    def _row_data(self, item: SnapshotItem, column: int, role: int) -> Any:
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
            return bold_font()
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
        if column == COL_RATING and not self._read_only:
            low, high = self._scale
            return (
                self.tr("Type %1–%2 to rate, 0 or Delete for not assessed")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        return None

    def _set_row_data(self, item: SnapshotItem, index: Index, value: Any, role: int) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        item_id = item.item_id
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

    def _header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
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
