"""The manager's desk as tables: one row per person (`TeamTableModel`), or a leader's year,
date by date (`YearTableModel`); both from `services.team`.

A row where something is overdue, or a talk or follow-up is due within 14 days, is tinted and
says in words what it is (in its status column the first thing, "Talk overdue (+1)"; in the
tip each of them, with its date or count), so colour is never the only sign. Every column
sorts by its value (`SortRole`: numbers and dates as numbers, texts folded), not by the text
shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowTableModel, bold_font
from ledarplan.services.calendar import DatedItem
from ledarplan.services.team import SOON_DAYS, Due, Reminder, TeamRow

(
    COL_PERSON,
    COL_STATUS,
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
) = range(12)
COLUMN_COUNT = 12

SortRole = Qt.ItemDataRole.UserRole + 1
PlanIdRole = Qt.ItemDataRole.UserRole + 2
#: 2: something is overdue; 1: due within SOON_DAYS; 0: neither.
StateRole = Qt.ItemDataRole.UserRole + 3
#: What the filter searches: the row's texts and its plan's title (shown in a tip only).
SearchRole = Qt.ItemDataRole.UserRole + 4

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

    #: What a reminder says in the status column, by (what, overdue).
    reminders: Mapping[tuple[Due, bool], str] = field(
        default_factory=lambda: {
            (Due.TALK, True): "Talk overdue",
            (Due.FOLLOW_UP, True): "Follow-up overdue",
            (Due.AGREEMENTS, True): "Agreements overdue",
            (Due.ACTIONS, True): "Actions overdue",
            (Due.TALK, False): "Talk due soon",
            (Due.FOLLOW_UP, False): "Follow-up due soon",
        }
    )
    #: A reminder in the status column's tip: %1 its date or how many are late, %2 how many
    #: agreements are open.
    reminder_tips: Mapping[tuple[Due, bool], str] = field(
        default_factory=lambda: {
            (Due.TALK, True): "Talk overdue: the talk on %1 is not signed off",
            (Due.FOLLOW_UP, True): "Follow-up overdue: it was due on %1",
            (Due.AGREEMENTS, True): "Agreements overdue: %1 of the %2 open ones",
            (Due.ACTIONS, True): "Actions overdue: %1",
            (Due.TALK, False): "Talk due soon: on %1",
            (Due.FOLLOW_UP, False): "Follow-up due soon: on %1",
        }
    )
    #: A column's title in its tip, where the title alone does not say enough.
    header_tips: Mapping[int, str] = field(default_factory=dict)
    #: The tip of the model column: %1 the plan's title, %2 the model's full name and level.
    plan_tip: str = "%1\nModel: %2"
    #: The status when there is more than one reminder: %1 the first, %2 how many more (the
    #: tip lists them all).
    more: str = "%1 (+%2)"
    prepared: tuple[str, str, str, str] = ("Not yet", "The leader", "The manager", "Both")
    next_session: str = "Next session: %1"
    none: str = "–"


@dataclass(frozen=True)
class _Cells:
    """What a row shows and sorts by, worked out once per row (a painted table asks for each
    cell's roles many times)."""

    row: TeamRow
    state: int
    reminders: tuple[Reminder, ...]
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
        self._shown_headers: list[str] = list(TEAM_HEADERS)

    def set_model_names(self, names: dict[str, str]) -> None:
        """The models' short names by id ("Holstebro"), shown instead of their full names."""
        self._model_names = dict(names)
        self._cells.clear()
        self._all_changed()

    def set_texts(self, headers: Iterable[str], words: TeamWords) -> None:
        self._words = words
        self._cells.clear()
        self._shown_headers = list(headers)
        self._set_headers(self._shown_headers)
        self._all_changed()

    def title(self, column: int) -> str:
        """The column's title, whole (the header may show it on two lines)."""
        return self._headers[column]

    def show_titles(self, titles: Iterable[str]) -> None:
        """The titles as the header shows them (a long one broken onto two lines)."""
        titles = list(titles)
        if titles != self._shown_headers:
            self._shown_headers = titles
            self._headers_changed()

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
            reminders = tuple(row.reminders(self._today))
            late = any(r.overdue for r in reminders)
            state = OVERDUE if late else (SOON if reminders else CALM)
            cells = _Cells(row, state, reminders, (), ())
            texts = tuple(self._display(cells, c) for c in range(COLUMN_COUNT))
            keys = tuple(self._sort_key(cells, texts[c], c) for c in range(COLUMN_COUNT))
            cells = self._cells[id(row)] = _Cells(row, state, reminders, texts, keys)
        return cells

    # --- Qt ----------------------------------------------------------------------------

    def _header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and section < len(self._shown_headers):
            return self._shown_headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self._headers):
            return self._words.header_tips.get(section) or self._headers[section]
        return super()._header(section, role)

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
            return self._tip(cells, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SearchRole:  # every reminder, also those only in the status's tip
            reminders = (self._words.reminders[(r.what, r.overdue)] for r in cells.reminders)
            return " ".join((*cells.texts, row.plan_title, *reminders))
        if role == PlanIdRole:
            return row.plan_id
        if role == StateRole:
            return state
        return None

    def _display(self, cells: _Cells, column: int) -> str:
        words, row = self._words, cells.row
        if column == COL_PERSON:
            return row.person
        if column == COL_STATUS and cells.reminders:
            first = words.reminders[(cells.reminders[0].what, cells.reminders[0].overdue)]
            if len(cells.reminders) == 1:
                return first
            return words.more.replace("%1", first).replace("%2", str(len(cells.reminders) - 1))
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
    def _sort_key(cells: _Cells, text: str, column: int) -> Any:
        row = cells.row
        if column in _DATES:
            return _ordinal(_DATES[column](row))
        if column == COL_STATUS:  # overdue before due soon; more reminders before fewer
            return cells.state * 10 + min(len(cells.reminders), 9)
        if column == COL_PREPARED:
            return row.leader_prepared + 2 * row.manager_prepared
        if column == COL_AGREEMENTS:
            return row.overdue_agreements * 10_000 + row.open_agreements
        if column == COL_ACTIONS:
            return row.overdue_actions
        if column == COL_GOALS:
            return -1 if row.goals_progress is None else row.goals_progress
        return text.casefold()

    def _tip(self, cells: _Cells, column: int) -> str | None:
        words, row = self._words, cells.row
        if column == COL_STATUS and cells.reminders:
            return "\n".join(self._reminder_tip(r, row) for r in cells.reminders)
        if column == COL_SESSION and row.next_session is not None:
            return words.next_session.replace("%1", format_date(row.next_session))
        if column == COL_MODEL:
            model = " · ".join(part for part in (row.model, row.level) if part)
            return words.plan_tip.replace("%1", row.plan_title or row.model).replace("%2", model)
        if column == COL_PERSON:
            return row.person
        return None

    def _reminder_tip(self, reminder: Reminder, row: TeamRow) -> str:
        template = self._words.reminder_tips[(reminder.what, reminder.overdue)]
        detail = str(reminder.count) if reminder.day is None else format_date(reminder.day)
        return template.replace("%1", detail).replace("%2", str(row.open_agreements))


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
