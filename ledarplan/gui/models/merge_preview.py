"""The rows of a merge preview: what the other desk changed, per part of the plan, and the
conflicts with the choice made for each.

The dialog gives the texts (in the user's language); the models keep the rows and the choices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from ledarplan.domain.sync import Choice, Conflict
from ledarplan.gui.models.row_table import RowTableModel, bold_font, one_line

COL_WHAT = 0
COL_FIELD = 1
COL_MINE = 2
COL_THEIRS = 3
COL_CHOICE = 4
COLUMN_COUNT = 5

ConflictKeyRole = Qt.ItemDataRole.UserRole + 1
_UNDECIDED = QColor("#b00020")
_CELL_CHARS = 80


@dataclass(frozen=True)
class ChangeGroup:
    """One part of the plan and what changed in it: (what, how) for each record."""

    title: str
    rows: list[tuple[str, str]]


class ChangeTreeModel(QStandardItemModel):
    """Parts of the plan as top rows, each record the other desk changed under its part."""

    def set_groups(self, groups: Iterable[ChangeGroup], headers: tuple[str, str]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(list(headers))
        for group in groups:
            part = QStandardItem(group.title)
            part.setFont(bold_font())
            part.setEditable(False)
            for what, how in group.rows:
                cells = [QStandardItem(what), QStandardItem(how)]
                for cell in cells:
                    cell.setEditable(False)
                    cell.setToolTip(cell.text())
                part.appendRow(cells)
            filler = QStandardItem()
            filler.setEditable(False)
            self.appendRow([part, filler])

    def record_count(self) -> int:
        return sum(self.rowCount(self.index(row, 0)) for row in range(self.rowCount()))


@dataclass(frozen=True)
class ConflictRow:
    """A conflict with what the dialog shows of it."""

    conflict: Conflict
    what: str
    field: str
    mine: str
    theirs: str

    @property
    def id(self) -> str:
        return self.conflict.key


class ConflictTableModel(RowTableModel[ConflictRow]):
    """The conflicts, one a row: what, which field, mine, theirs, and what was chosen."""

    columns = COLUMN_COUNT
    #: A conflict was decided (or decided otherwise).
    choices_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._choices: dict[str, Choice] = {}
        self._choice_names: dict[Choice, str] = {}
        self._undecided = ""

    def set_texts(self, headers: list[str], choices: dict[Choice, str], undecided: str) -> None:
        self._set_headers(headers)
        self._choice_names = dict(choices)
        self._undecided = undecided
        self._all_changed()

    def set_rows(self, rows: Iterable[ConflictRow]) -> None:
        """New rows; a conflict shown again (in another language) keeps its choice."""
        rows = list(rows)
        keys = {entry.id for entry in rows}
        self._choices = {key: c for key, c in self._choices.items() if key in keys}
        super().set_rows(rows)
        self.choices_changed.emit()

    # --- choices ---------------------------------------------------------------------------

    def choice(self, row: int) -> Choice | None:
        entry = self.row_at(row)
        return self._choices.get(entry.id) if entry else None

    def set_choice(self, row: int, choice: Choice) -> None:
        entry = self.row_at(row)
        if entry is None or self._choices.get(entry.id) is choice:
            return
        if choice is Choice.BOTH and not entry.conflict.text:
            return  # only free text can be kept twice
        self._choices[entry.id] = choice
        self._row_changed(row)
        self.choices_changed.emit()

    def choose_all(self, choice: Choice) -> None:
        """ "Keep all mine" / "Take all theirs": every conflict, whatever was chosen before."""
        for entry in self._rows:
            self._choices[entry.id] = choice
        self._all_changed()
        self.choices_changed.emit()

    def choices(self) -> dict[str, Choice]:
        return dict(self._choices)

    def undecided(self) -> int:
        return sum(1 for entry in self._rows if entry.id not in self._choices)

    # --- Qt model --------------------------------------------------------------------------

    def _row_data(self, entry: ConflictRow, column: int, role: int) -> Any:
        if role == ConflictKeyRole:
            return entry.id
        chosen = self._choices.get(entry.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = {
                COL_WHAT: entry.what,
                COL_FIELD: entry.field,
                COL_MINE: entry.mine,
                COL_THEIRS: entry.theirs,
                COL_CHOICE: self._choice_names.get(chosen, "") if chosen else self._undecided,
            }
            text = texts[column]
            if role == Qt.ItemDataRole.DisplayRole and column in (COL_MINE, COL_THEIRS):
                return one_line(text, _CELL_CHARS)
            return text
        if column == COL_CHOICE and chosen is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _UNDECIDED
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
        return None
