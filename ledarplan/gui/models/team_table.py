"""The manager's desk as tables: one row per person (`TeamTableModel`), or a leader's year,
date by date (`YearTableModel`); both from `services.team`.

A row where something is overdue, or a talk or follow-up is due within 14 days, is tinted and
says so in words (its status column, and the tip), so colour is never the only sign. Every
column sorts by its value (`SortRole`: numbers and dates as numbers, texts folded), not by the
text shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowTableModel, bold_font
from ledarplan.services.calendar import DatedItem
from ledarplan.services.team import SOON_DAYS, TeamRow

(
    COL_PERSON,
    COL_STATUS,
    COL_PLAN,
    COL_MODEL,
    COL_NEXT_TALK,
    COL_FOLLOW_UP,
    COL_PREPARED,
    COL_SELF,
    COL_MANAGER,
    COL_AGREEMENTS,
    COL_ACTIONS,
    COL_GOALS,
    COL_SESSION,
) = range(13)
COLUMN_COUNT = 13

SortRole = Qt.ItemDataRole.UserRole + 1
PlanIdRole = Qt.ItemDataRole.UserRole + 2
#: 2: something is overdue; 1: due within SOON_DAYS; 0: neither.
StateRole = Qt.ItemDataRole.UserRole + 3

OVERDUE, SOON, CALM = 2, 1, 0
OVERDUE_BACKGROUND = QBrush(QColor("#fbe1de"))
SOON_BACKGROUND = QBrush(QColor("#fff2c6"))
OVERDUE_FOREGROUND = QBrush(QColor("#a0180c"))
SOON_FOREGROUND = QBrush(QColor("#7a5a00"))
BACKGROUNDS = {OVERDUE: OVERDUE_BACKGROUND, SOON: SOON_BACKGROUND}
FOREGROUNDS = {OVERDUE: OVERDUE_FOREGROUND, SOON: SOON_FOREGROUND}

#: A missing date sorts after every real one (ascending).
_NO_DATE = date.max.toordinal() + 1

TEAM_HEADERS = (
    "Person",
    "Status",
    "Plan",
    "Model and level",
    "Next talk",
    "Follow-up",
    "Prepared",
    "Self-assessment",
    "Manager's assessment",
    "Agreements open / overdue",
    "Actions overdue",
    "Goals",
    "Last session",
)


@dataclass(frozen=True)
class TeamWords:
    """The words the table shows, in the UI language (the view translates them). In the
    templates %1, %2 … are filled in."""

    overdue: str = "Overdue"
    soon: str = "Due soon"
    overdue_tip: str = "Overdue: agreements %1, actions %2, follow-up %3"
    soon_tip: str = "Within %1 days: talk %2, follow-up %3"
    prepared: tuple[str, str, str, str] = ("Not yet", "The leader", "The manager", "Both")
    next_session: str = "Next session: %1"
    none: str = "–"


@dataclass(frozen=True)
class _Cells:
    """What a row shows and sorts by, worked out once per row (a painted table asks for each
    cell's roles many times)."""

    row: TeamRow
    state: int
    texts: tuple[str, ...]
    keys: tuple[Any, ...]


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value is not None else _NO_DATE


class TeamTableModel(RowTableModel[TeamRow]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, TEAM_HEADERS)
        self._today = date.today()
        self._words = TeamWords()
        self._model_names: dict[str, str] = {}
        self._cells: dict[int, _Cells] = {}  # by id() of the row

    def set_model_names(self, names: dict[str, str]) -> None:
        """The models' short names by id ("Holstebro"), shown instead of their full names."""
        self._model_names = dict(names)
        self._cells.clear()
        self._all_changed()

    def set_texts(self, headers: Iterable[str], words: TeamWords) -> None:
        self._words = words
        self._cells.clear()
        self._set_headers(list(headers))
        self._all_changed()

    def set_rows(self, rows: Iterable[TeamRow], today: date | None = None) -> None:  # type: ignore[override]
        self._today = today or date.today()
        self._cells.clear()
        super().set_rows(rows)

    def _id_of(self, row: TeamRow) -> Any:
        return row.plan_id

    def state(self, row: TeamRow) -> int:
        return self._cells_of(row).state

    def column_texts(self, column: int) -> list[str]:
        """What the column shows, row by row."""
        return [self._cells_of(row).texts[column] for row in self._rows]

    def _cells_of(self, row: TeamRow) -> _Cells:
        cells = self._cells.get(id(row))
        if cells is None or cells.row is not row:
            if row.overdue(self._today):
                state = OVERDUE
            else:
                state = SOON if row.due_soon(self._today) else CALM
            texts = tuple(self._display(row, state, c) for c in range(COLUMN_COUNT))
            keys = tuple(self._sort_key(row, state, texts[c], c) for c in range(COLUMN_COUNT))
            cells = self._cells[id(row)] = _Cells(row, state, texts, keys)
        return cells

    # --- Qt ----------------------------------------------------------------------------

    def _row_data(self, row: TeamRow, column: int, role: int) -> Any:
        cells = self._cells_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.texts[column]
        if role == SortRole:
            return cells.keys[column]
        state = cells.state
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS.get(state)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return FOREGROUNDS.get(state)
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS and state:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column, state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PlanIdRole:
            return row.plan_id
        if role == StateRole:
            return state
        return None

    def _display(self, row: TeamRow, state: int, column: int) -> str:
        words = self._words
        if column == COL_PERSON:
            return row.person
        if column == COL_STATUS:
            return {OVERDUE: words.overdue, SOON: words.soon}.get(state, "")
        if column == COL_PLAN:
            return row.plan_title or row.model
        if column == COL_MODEL:
            model = self._model_names.get(row.framework_id) or row.model
            return " · ".join(part for part in (model, row.level) if part)
        if column in _DATES:
            return format_date(_DATES[column](row), words.none)
        if column == COL_PREPARED:
            return words.prepared[row.leader_prepared + 2 * row.manager_prepared]
        if column == COL_AGREEMENTS:
            return f"{row.open_agreements} / {row.overdue_agreements}"
        if column == COL_ACTIONS:
            return str(row.overdue_actions)
        if column == COL_GOALS:
            return words.none if row.goals_progress is None else f"{row.goals_progress} %"
        return ""

    @staticmethod
    def _sort_key(row: TeamRow, state: int, text: str, column: int) -> Any:
        if column in _DATES:
            return _ordinal(_DATES[column](row))
        if column == COL_STATUS:
            return state
        if column == COL_PREPARED:
            return row.leader_prepared + 2 * row.manager_prepared
        if column == COL_AGREEMENTS:
            return row.overdue_agreements * 10_000 + row.open_agreements
        if column == COL_ACTIONS:
            return row.overdue_actions
        if column == COL_GOALS:
            return -1 if row.goals_progress is None else row.goals_progress
        return text.casefold()

    def _tip(self, row: TeamRow, column: int, state: int) -> str | None:
        words = self._words
        if column == COL_STATUS and state == OVERDUE:
            late = row.follow_up if row.follow_up and row.follow_up < self._today else None
            return (
                words.overdue_tip.replace("%1", str(row.overdue_agreements))
                .replace("%2", str(row.overdue_actions))
                .replace("%3", format_date(late, words.none))
            )
        if column == COL_STATUS and state == SOON:
            return (
                words.soon_tip.replace("%1", str(SOON_DAYS))
                .replace("%2", format_date(row.next_talk, words.none))
                .replace("%3", format_date(row.follow_up, words.none))
            )
        if column == COL_SESSION and row.next_session is not None:
            return words.next_session.replace("%1", format_date(row.next_session))
        if column == COL_MODEL:
            return " · ".join(part for part in (row.model, row.level) if part)
        return None


_DATES: dict[int, Callable[[TeamRow], date | None]] = {
    COL_NEXT_TALK: lambda r: r.next_talk,
    COL_FOLLOW_UP: lambda r: r.follow_up,
    COL_SELF: lambda r: r.latest_self,
    COL_MANAGER: lambda r: r.latest_manager,
    COL_SESSION: lambda r: r.last_session,
}
_NUMBERS = (COL_AGREEMENTS, COL_ACTIONS, COL_GOALS)


# --- a leader's year -------------------------------------------------------------------------

YEAR_COL_DATE, YEAR_COL_WHEN, YEAR_COL_WHAT = range(3)
YEAR_HEADERS = ("Date", "When", "What")


@dataclass(frozen=True)
class YearEntry:
    plan_id: str
    item: DatedItem


class YearTableModel(RowTableModel[YearEntry]):
    """A leader's dates from today on: talk, follow-ups, sessions, actions, agreements due."""

    columns = 3

    def __init__(self, parent: Any = None):
        super().__init__(parent, YEAR_HEADERS)
        self._today = date.today()
        self._in_days: Callable[[int], str] = lambda days: f"in {days} days"
        self._soon_tip = "Within %1 days"

    def set_texts(
        self, headers: Iterable[str], in_days: Callable[[int], str], soon_tip: str
    ) -> None:
        """`in_days(n)` says when ("today", "in 3 days"); `soon_tip`'s %1 is SOON_DAYS."""
        self._in_days, self._soon_tip = in_days, soon_tip
        self._set_headers(list(headers))
        self._all_changed()

    def set_rows(self, rows: Iterable[YearEntry], today: date | None = None) -> None:  # type: ignore[override]
        self._today = today or date.today()
        super().set_rows(rows)

    def _id_of(self, row: YearEntry) -> Any:
        return row.item.uid

    def column_texts(self, column: int) -> list[str]:
        """What the column shows, row by row."""
        return [self._row_data(row, column, Qt.ItemDataRole.DisplayRole) for row in self._rows]

    def _days(self, entry: YearEntry) -> int:
        return (entry.item.day - self._today).days

    def _row_data(self, entry: YearEntry, column: int, role: int) -> Any:
        soon = self._days(entry) <= SOON_DAYS
        if role == Qt.ItemDataRole.DisplayRole:
            if column == YEAR_COL_DATE:
                return format_date(entry.item.day)
            if column == YEAR_COL_WHEN:
                return self._in_days(self._days(entry))
            return entry.item.summary
        if role == SortRole:
            if column == YEAR_COL_WHAT:
                return entry.item.summary.casefold()
            return entry.item.day.toordinal()
        if role == Qt.ItemDataRole.BackgroundRole and soon:
            return SOON_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and soon and column == YEAR_COL_WHEN:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if soon:
                return self._soon_tip.replace("%1", str(SOON_DAYS))
            return entry.item.summary if column == YEAR_COL_WHAT else None
        if role == PlanIdRole:
            return entry.plan_id
        if role == StateRole:
            return SOON if soon else CALM
        return None
