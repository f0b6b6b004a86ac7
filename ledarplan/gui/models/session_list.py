"""A plan's coaching sessions as a table (date, with whom, topic, open agreements).

The model keeps its rows newest first itself: a sorting proxy would ask Python for every
comparison, which takes most of a second with 10 000 sessions. `SessionFilterProxy` only
filters, by the text of the topic and the person the session was with.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ledarplan.domain.entities import CoachingSession
from ledarplan.gui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_WITH = 1
COL_TOPIC = 2
COL_OPEN = 3
COLUMN_COUNT = 4

SessionIdRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2  # the text a filter matches (topic and with whom)
DateRole = Qt.ItemDataRole.UserRole + 3  # the session's date as a Python date
OpenCountRole = Qt.ItemDataRole.UserRole + 4

_MUTED = QBrush(QColor("#7a7a7a"))


@dataclass(slots=True)
class _Row:
    id: str
    date: date
    with_whom: str
    topic: str
    open_count: int
    #: Storage order, so sessions on the same day keep the order they were made in.
    seq: int
    search: str

    @property
    def newest_first(self) -> tuple[int, int]:
        return (-self.date.toordinal(), -self.seq)

    @classmethod
    def of(cls, session: CoachingSession, open_count: int, seq: int) -> _Row:
        search = f"{session.topic}\n{session.with_whom}".casefold()
        return cls(
            session.id, session.date, session.with_whom, session.topic, open_count, seq, search
        )


class SessionListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[str, int] = {}
        self._next_seq = 0
        self._headers = ["Date", "With", "Topic", "Open"]
        self._no_topic = "(no topic)"
        self._open_tip = "%1 open agreement(s)"

    # --- feeding -------------------------------------------------------------------------

    def set_texts(self, headers: list[str], no_topic: str, open_tip: str) -> None:
        """Words of the UI language, given by the view (which translates them).

        `open_tip` holds "%1" for the number of open agreements."""
        self._headers = list(headers)
        self._no_topic = no_topic
        self._open_tip = open_tip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._all_changed()

    def set_rows(self, sessions: list[CoachingSession], open_counts: dict[str, int]) -> None:
        """`sessions` in storage order; `open_counts` maps session id → open agreements."""
        self.beginResetModel()
        rows = [_Row.of(s, open_counts.get(s.id, 0), n) for n, s in enumerate(sessions)]
        self._rows = sorted(rows, key=lambda r: r.newest_first)
        self._next_seq = len(self._rows)
        self._reindex()
        self.endResetModel()

    def update_session(self, session: CoachingSession, open_count: int) -> None:
        """Shows a saved session's new values (adds it at the end if it is new)."""
        row = self._row_of.get(session.id)
        if row is None:
            new = _Row.of(session, open_count, self._next_seq)
            self._next_seq += 1
            at = self._position_for(new, self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, new)
            self._reindex()
            self.endInsertRows()
            return
        moved_day = self._rows[row].date != session.date
        self._rows[row] = _Row.of(session, open_count, self._rows[row].seq)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        if moved_day:
            self._keep_in_order(row)

    def remove_session(self, session_id: str) -> None:
        row = self._row_of.get(session_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def row_of(self, session_id: str) -> int:
        return self._row_of.get(session_id, -1)

    def session_id_at(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    @staticmethod
    def _position_for(row: _Row, rows: list[_Row]) -> int:
        return bisect_left(rows, row.newest_first, key=lambda r: r.newest_first)

    def _keep_in_order(self, row: int) -> None:
        """Moves a row whose date changed to where that date belongs."""
        others = self._rows[:row] + self._rows[row + 1 :]
        at = self._position_for(self._rows[row], others)
        if at == row:
            return
        # Qt counts the destination before the row is taken out.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at + 1 if at > row else at)
        self._rows.insert(at, self._rows.pop(row))
        self._reindex()
        self.endMoveRows()

    def _reindex(self) -> None:
        self._row_of = {r.id: n for n, r in enumerate(self._rows)}

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )

    # --- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_OPEN:
                return self._open_tip.replace("%1", str(row.open_count))
            return self._display(row, column)
        if role == SearchRole:
            return row.search
        if role == SessionIdRole:
            return row.id
        if role == DateRole:
            return row.date
        if role == OpenCountRole:
            return row.open_count
        return self._look(row, column, role)

    def _display(self, row: _Row, column: int) -> str:
        if column == COL_DATE:
            return format_date(row.date)
        if column == COL_WITH:
            return row.with_whom
        if column == COL_TOPIC:
            return row.topic or self._no_topic
        return str(row.open_count) if row.open_count else "–"

    def _look(self, row: _Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_OPEN:
            return int(Qt.AlignmentFlag.AlignCenter)
        muted = (column == COL_TOPIC and not row.topic) or (
            column == COL_OPEN and not row.open_count
        )
        if role == Qt.ItemDataRole.ForegroundRole and muted:
            return _MUTED
        if role == Qt.ItemDataRole.FontRole:
            if column == COL_TOPIC and not row.topic:
                font = QFont()
                font.setItalic(True)
                return font
            if column == COL_OPEN and row.open_count:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class SessionFilterProxy(QSortFilterProxyModel):
    """`set_search(text)` keeps the sessions whose topic or person contain the text."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_DATE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def session_id_at(self, row: int) -> str | None:
        if not 0 <= row < self.rowCount():
            return None
        return self.index(row, COL_DATE).data(SessionIdRole)

    def row_of(self, session_id: str) -> int:
        source = self.sourceModel()
        if not isinstance(source, SessionListModel):
            return -1
        source_row = source.row_of(session_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(source.index(source_row, COL_DATE)).row()
