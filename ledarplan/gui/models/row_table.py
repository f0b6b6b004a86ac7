"""The shared part of the window's flat item models, so each model says only what its columns
show (the Vorta habit: named column constants, custom roles, one `set_rows` entry).

- `ColumnTableModel`: a table with `columns` named columns and their header texts.
- `RowTableModel[T]`: such a table whose rows are a list of `T`, with the lookups by row and by
  id, in-place updates, inserts and removals the views use.
- `RowListModel[T]`: the same rows as a one-column list (combo boxes, list views), which keeps
  the list model's `index(row)`.

A subclass answers `_row_data(row, column, role)`, and where cells are edited `_cell_flags` and
`_set_row_data`; the checks against stale or foreign indexes are made here, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex

T = TypeVar("T")


def one_line(text: str, limit: int | None = None) -> str:
    """`text` on one line (each run of white space one space), cut at `limit` characters."""
    line = " ".join(text.split())
    if limit is None or len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…"


def row_spans(keys: Sequence[object]) -> list[tuple[int, int]]:
    """(first row, row count) of each run of equal keys, e.g. for one tall cell per group."""
    spans: list[tuple[int, int]] = []
    for row, key in enumerate(keys):
        if row and key == keys[row - 1]:
            first, count = spans[-1]
            spans[-1] = (first, count + 1)
        else:
            spans.append((row, 1))
    return spans


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ColumnTableModel(QAbstractTableModel):
    """A flat table of `columns` columns whose titles are `_headers` (in the UI language)."""

    #: How many columns; a model whose columns vary overrides `columnCount` instead.
    columns = 1

    def __init__(self, parent: Any = None, headers: Sequence[str] = ()):
        super().__init__(parent)
        self._headers: list[str] = list(headers)

    def _set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self._headers_changed()

    def _headers_changed(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _header(self, section: int, role: int) -> Any:
        """What the header of column `section` shows for `role`: by default its title."""
        if role == Qt.ItemDataRole.DisplayRole and section < len(self._headers):
            return self._headers[section]
        return None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        return self._header(section, role)


# A plain Python mixin (a second Qt base class would not work): type checkers are told it is
# an item model, which it always runs on.
_ItemModel = QAbstractItemModel if TYPE_CHECKING else object


class _Rows(Generic[T], _ItemModel):
    """What the row table and the row list share; the model's constructor sets `_rows`."""

    _rows: list[T]

    # --- feeding and reading ---------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int:
        """The row of the entry whose id is `row_id`, or -1."""
        return next((n for n, r in enumerate(self._rows) if self._id_of(r) == row_id), -1)

    def _id_of(self, row: T) -> Any:
        return row.id  # type: ignore[attr-defined]  # the entities carry their id

    def replace_row(self, value: T) -> int:
        """Shows a changed entry in place (found by its id): its row, or -1 when not shown."""
        row = self.row_of(self._id_of(value))
        if row >= 0:
            self._rows[row] = value
            self._row_changed(row)
        return row

    def insert_row(self, value: T, row: int | None = None) -> int:
        """Inserts at `row` (at the end when None or past it); the row it got."""
        row = len(self._rows) if row is None else max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, value)
        self.endInsertRows()
        return row

    def move_row(self, row: int, to: int) -> bool:
        """Moves the entry on `row` to `to` (both in the list as it is); False when it cannot."""
        count = len(self._rows)
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return False
        # Qt counts the destination before the row is taken out.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        return True

    def remove_row(self, row: int) -> T | None:
        """Takes out the entry on `row` (None when there is none)."""
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        return removed

    # --- telling the views -----------------------------------------------------------------

    def _last_column(self) -> int:
        return self.columnCount() - 1

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._last_column()))

    def _all_changed(self, roles: Sequence[int] = ()) -> None:
        """Every cell may read differently (new texts, a new setting)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, self._last_column())
            self.dataChanged.emit(self.index(0, 0), last, list(roles))

    # --- what a subclass answers -----------------------------------------------------------

    def _row_data(self, row: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def _cell_flags(self, column: int) -> Qt.ItemFlag:
        """What a cell of `column` allows besides being selected: editing, a check box."""
        return Qt.ItemFlag.NoItemFlags

    def _set_row_data(self, row: T, index: Index, value: Any, role: int) -> bool:
        return False

    # --- Qt model --------------------------------------------------------------------------

    def _row_for(self, index: Index) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)  # Qt's: enabled and selectable, without children
        if index.isValid():
            flags |= self._cell_flags(index.column())
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_for(index)
        return None if row is None else self._row_data(row, index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row_for(index)
        return row is not None and self._set_row_data(row, index, value, role)


class RowTableModel(_Rows[T], ColumnTableModel):
    """A table whose rows are a list of `T` (one entry a row)."""

    def __init__(self, parent: Any = None, headers: Sequence[str] = ()):
        super().__init__(parent, headers)
        self._rows = []


class RowListModel(_Rows[T], QAbstractListModel):
    """A list whose rows are a list of `T` (one entry a row)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows = []

    def _last_column(self) -> int:
        return 0  # the one column (PySide keeps a list model's columnCount private)
