"""The actions of one goal as a table: what, kind (70-20-10), who, when, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import Action, ActionKind, ActionStatus
from ledarplan.gui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex

COL_WHAT = 0
COL_KIND = 1
COL_WHO = 2
COL_WHEN = 3
COL_STATUS = 4
COLUMN_COUNT = 5

ActionIdRole = Qt.ItemDataRole.UserRole + 1
ActionStatusRole = Qt.ItemDataRole.UserRole + 2
ActionKindRole = Qt.ItemDataRole.UserRole + 3

#: Done actions step back a little so the open ones stand out.
DONE_FOREGROUND = QBrush(QColor("#6b6b6b"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._actions: list[Action] = []
        self._headers = ["What", "Kind", "Who", "When", "Status"]
        self._kind_names: dict[ActionKind, str] = {k: k.value for k in ActionKind}
        self._status_names: dict[ActionStatus, str] = {s: s.value for s in ActionStatus}
        self._done_on = "%1"

    def set_rows(self, actions: list[Action]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def set_texts(
        self,
        headers: list[str],
        kind_names: dict[ActionKind, str],
        status_names: dict[ActionStatus, str],
        done_on: str,
    ) -> None:
        """Texts in the UI language; `done_on` is e.g. "Done %1" (the date goes in %1)."""
        self._headers = list(headers)
        self._kind_names = dict(kind_names)
        self._status_names = dict(status_names)
        self._done_on = done_on
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._actions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._actions) - 1, COLUMN_COUNT - 1)
            )

    def update_action(self, action: Action) -> None:
        row = self.row_of(action.id)
        if row < 0:
            return
        self._actions[row] = action
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def action_at(self, row: int) -> Action | None:
        return self._actions[row] if 0 <= row < len(self._actions) else None

    def row_of(self, action_id: str) -> int:
        for row, action in enumerate(self._actions):
            if action.id == action_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column)
        if role == Qt.ItemDataRole.ForegroundRole and action.status == ActionStatus.DONE:
            return DONE_FOREGROUND
        if role == ActionIdRole:
            return action.id
        if role == ActionStatusRole:
            return action.status
        if role == ActionKindRole:
            return action.kind
        return None

    def _display(self, action: Action, column: int) -> str:
        if column == COL_WHAT:
            return _one_line(action.what)
        if column == COL_KIND:
            return self._kind_names.get(action.kind, action.kind.value)
        if column == COL_WHO:
            return _one_line(action.who)
        if column == COL_WHEN:
            # A date is shorter and sortable by eye; the free text is in the tooltip.
            return format_date(action.due_date) or _one_line(action.when)
        if action.status == ActionStatus.DONE and action.done_date is not None:
            return self._done_on.replace("%1", format_date(action.done_date))
        return self._status_names.get(action.status, action.status.value)

    def _tooltip(self, action: Action, column: int) -> str | None:
        if column == COL_WHEN:
            text = "\n".join(t for t in (format_date(action.due_date), action.when) if t)
            return text or None
        if column == COL_WHAT:
            return action.what or None
        if column == COL_WHO:
            return action.who or None
        return self._display(action, column) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
