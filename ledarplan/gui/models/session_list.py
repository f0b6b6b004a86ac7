"""A plan's coaching sessions as a table (date, with whom, topic, open agreements).

Built for logs of thousands of sessions, where every call from Qt into Python counts:

- the model keeps its rows newest first itself (a sorting proxy would ask Python for every
  comparison, most of a second with 10 000 sessions);
- it filters itself, by the text of the topic and the person the session was with: one pass of
  Python over the rows, where a QSortFilterProxyModel asks data() row by row through Qt (and
  then, for every cell painted, maps its index back through Python);
- it hands the rows matching the filter to the view a page at a time (`canFetchMore` /
  `fetchMore`): the view lays out the rows it was given, not all of them, and asks for the next
  page when it is scrolled to the end of what it has. Every matching row can be reached;
  `row_of` fetches as far as the row asked for.

The view shows this model itself; it shares only the columns and headers with the other tables
(`ColumnTableModel`), as its rows are paged and filtered here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ledarplan.domain.entities import CoachingSession
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import ColumnTableModel, Index, bold_font

COL_DATE = 0
COL_WITH = 1
COL_TOPIC = 2
COL_OPEN = 3
COLUMN_COUNT = 4

SessionIdRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2  # the text a filter matches (topic and with whom)
DateRole = Qt.ItemDataRole.UserRole + 3  # the session's date as a Python date
OpenCountRole = Qt.ItemDataRole.UserRole + 4

#: Rows handed to the view at a time: a few screens' worth.
PAGE_ROWS = 400

_MUTED = QBrush(QColor("#7a7a7a"))
# Roles as plain ints: data() is called for every role of every cell painted.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SEARCH = int(SearchRole)
_SESSION_ID = int(SessionIdRole)
_DATE = int(DateRole)
_OPEN_COUNT = int(OpenCountRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(slots=True)
class _Row:
    id: str
    date: date
    with_whom: str
    topic: str
    open_count: int
    #: Storage order, so sessions on the same day keep the order they were made in.
    seq: int
    #: What a filter matches, made when first needed (a list that is never filtered, or a
    #: row the filter has not reached yet, does without).
    _search: str | None = None

    @property
    def search(self) -> str:
        if self._search is None:
            self._search = f"{self.topic}\n{self.with_whom}".casefold()
        return self._search

    @property
    def newest_first(self) -> tuple[int, int]:
        return (-self.date.toordinal(), -self.seq)

    @classmethod
    def of(cls, session: CoachingSession, open_count: int, seq: int) -> _Row:
        return cls(session.id, session.date, session.with_whom, session.topic, open_count, seq)


#: Oldest first (newest first when reversed); `seq` tells sessions of one day apart.
_STORAGE_ORDER = attrgetter("date", "seq")


def _position_for(row: _Row, rows: list[_Row]) -> int:
    return bisect_left(rows, row.newest_first, key=lambda r: r.newest_first)


class SessionListModel(ColumnTableModel):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["Date", "With", "Topic", "Open"])
        self._all: list[_Row] = []  # every session, newest first
        self._rows: list[_Row] = []  # those matching the search, newest first
        self._fetched = 0  # how many of _rows the view has been given
        self._fetching = False
        self._row_of: dict[str, int] | None = {}  # id → position in _rows (None: to be made)
        self._needle = ""
        self._next_seq = 0
        self._no_topic = "(no topic)"
        self._open_tip = "%1 open agreement(s)"
        self._dates: dict[date, str] = {}  # dates as the locale writes them
        self._italic: QFont | None = None
        self._bold: QFont | None = None

    # --- feeding -------------------------------------------------------------------------

    def set_texts(self, headers: list[str], no_topic: str, open_tip: str) -> None:
        """Words of the UI language, given by the view (which translates them).

        `open_tip` holds "%1" for the number of open agreements."""
        self._no_topic = no_topic
        self._open_tip = open_tip
        self._dates.clear()  # the language's locale writes dates its own way
        self._set_headers(headers)
        if self._fetched:
            self.dataChanged.emit(self.index(0, 0), self.index(self._fetched - 1, COLUMN_COUNT - 1))

    def set_rows(self, sessions: list[CoachingSession], open_counts: dict[str, int]) -> None:
        """`sessions` in storage order; `open_counts` maps session id → open agreements."""
        self.beginResetModel()
        count = open_counts.get
        rows = [
            _Row(s.id, s.date, s.with_whom, s.topic, count(s.id, 0), n)
            for n, s in enumerate(sessions)
        ]
        # Storage order is mostly date order, so the sort has little left to do.
        rows.sort(key=_STORAGE_ORDER, reverse=True)
        self._all = rows
        self._next_seq = len(rows)
        self._select()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Shows only the sessions whose topic or person contain `text` (any case)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._select()
        self.endResetModel()

    def _select(self) -> None:
        needle = self._needle
        self._rows = [r for r in self._all if needle in r.search] if needle else list(self._all)
        self._fetched = min(PAGE_ROWS, len(self._rows))
        self._reindex()

    def _matches(self, row: _Row) -> bool:
        return self._needle in row.search

    def update_session(self, session: CoachingSession, open_count: int) -> None:
        """Shows a saved session's new values (adds it if it is new). A session that no longer
        matches the search leaves the list; one that now does joins it."""
        old = next((r for r in self._all if r.id == session.id), None)
        if old is None:
            new = _Row.of(session, open_count, self._next_seq)
            self._next_seq += 1
            self._all.insert(_position_for(new, self._all), new)
            if self._matches(new):
                self._insert(new)
            return
        new = _Row.of(session, open_count, old.seq)
        at_all = self._all.index(old)
        self._all[at_all] = new
        if new.date != old.date:
            self._all.pop(at_all)
            self._all.insert(_position_for(new, self._all), new)
        row = self._positions().get(session.id)
        if row is None:
            if self._matches(new):
                self._insert(new)
            return
        if not self._matches(new):
            self._remove(row)
            return
        self._rows[row] = new
        if row < self._fetched:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        if new.date != old.date:
            self._keep_in_order(row)

    def remove_session(self, session_id: str) -> None:
        self._all = [r for r in self._all if r.id != session_id]
        row = self._positions().get(session_id)
        if row is not None:
            self._remove(row)

    def _insert(self, row: _Row) -> None:
        at = _position_for(row, self._rows)
        if at <= self._fetched:  # among the rows the view has: it sees the new one
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._fetched += 1
            self._reindex()
            self.endInsertRows()
        else:  # further down than the view has come: it gets it with its page
            self._rows.insert(at, row)
            self._reindex()

    def _remove(self, row: int) -> None:
        if row < self._fetched:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._fetched -= 1
            self._reindex()
            self.endRemoveRows()
        else:
            del self._rows[row]
            self._reindex()

    def _keep_in_order(self, row: int) -> None:
        """Moves a row whose date changed to where that date belongs (into the rows the view
        has, so a session being edited stays in sight)."""
        others = self._rows[:row] + self._rows[row + 1 :]
        at = _position_for(self._rows[row], others)
        if at == row:
            return
        self._fetch_to(max(row, at))
        # Qt counts the destination before the row is taken out.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at + 1 if at > row else at)
        self._rows.insert(at, self._rows.pop(row))
        self._reindex()
        self.endMoveRows()

    def _reindex(self) -> None:
        self._row_of = None  # made again when next asked for

    def _positions(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        return self._row_of

    # --- finding rows --------------------------------------------------------------------

    def row_of(self, session_id: str) -> int:
        """The row of a session shown by the search (fetched for the view if it was not yet),
        or -1."""
        row = self._positions().get(session_id, -1)
        if row >= 0:
            self._fetch_to(row)
        return row

    def session_id_at(self, row: int) -> str | None:
        """The session at `row` of those matching the search (fetched or not)."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def newest_id(self) -> str | None:
        """The newest session of all, whatever the search."""
        return self._all[0].id if self._all else None

    def total(self) -> int:
        return len(self._all)

    def matching(self) -> int:
        """How many sessions match the search (all of them, fetched or not)."""
        return len(self._rows)

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        # Not while rows are being handed over: a view may ask again from inside that.
        return not parent.isValid() and not self._fetching and self._fetched < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch_to(self._fetched + PAGE_ROWS - 1)

    def _fetch_to(self, row: int) -> None:
        last = min(row, len(self._rows) - 1)
        if last < self._fetched or self._fetching:
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._fetched, last)
            self._fetched = last + 1
            self.endInsertRows()
        finally:
            self._fetching = False

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._fetched

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        number = index.row()
        if not 0 <= number < self._fetched:
            return None
        row = self._rows[number]
        if role == _DISPLAY:
            return self._display(row, index.column())
        if role == _FONT:
            return self._font(row, index.column())
        if role == _FOREGROUND:
            column = index.column()
            muted = (column == COL_TOPIC and not row.topic) or (
                column == COL_OPEN and not row.open_count
            )
            return _MUTED if muted else None
        if role == _ALIGNMENT:
            return _CENTER if index.column() == COL_OPEN else None
        if role == _TOOLTIP:
            column = index.column()
            if column == COL_OPEN:
                return self._open_tip.replace("%1", str(row.open_count))
            return self._display(row, column)
        if role == _SEARCH:
            return row.search
        if role == _SESSION_ID:
            return row.id
        if role == _DATE:
            return row.date
        if role == _OPEN_COUNT:
            return row.open_count
        return None

    def _display(self, row: _Row, column: int) -> str:
        if column == COL_DATE:
            text = self._dates.get(row.date)
            if text is None:
                text = self._dates[row.date] = format_date(row.date)
            return text
        if column == COL_WITH:
            return row.with_whom
        if column == COL_TOPIC:
            return row.topic or self._no_topic
        return str(row.open_count) if row.open_count else "–"

    def _font(self, row: _Row, column: int) -> QFont | None:
        if column == COL_TOPIC and not row.topic:
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        if column == COL_OPEN and row.open_count:
            if self._bold is None:
                self._bold = bold_font()
            return self._bold
        return None
