"""The actions of one goal as a table: what, kind (70-20-10), who, when, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import Action, ActionKind, ActionStatus
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowTableModel, one_line

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


class ActionTableModel(RowTableModel[Action]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["What", "Kind", "Who", "When", "Status"])
        self._kind_names: dict[ActionKind, str] = {k: k.value for k in ActionKind}
        self._status_names: dict[ActionStatus, str] = {s: s.value for s in ActionStatus}
        self._done_on = "%1"

    def set_texts(
        self,
        headers: list[str],
        kind_names: dict[ActionKind, str],
        status_names: dict[ActionStatus, str],
        done_on: str,
    ) -> None:
        """Texts in the UI language; `done_on` is e.g. "Done %1" (the date goes in %1)."""
        self._kind_names = dict(kind_names)
        self._status_names = dict(status_names)
        self._done_on = done_on
        self._set_headers(headers)
        self._all_changed()

    def update_action(self, action: Action) -> None:
        self.replace_row(action)

    def action_at(self, row: int) -> Action | None:
        return self.row_at(row)

    def _row_data(self, action: Action, column: int, role: int) -> Any:
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
            return one_line(action.what)
        if column == COL_KIND:
            return self._kind_names.get(action.kind, action.kind.value)
        if column == COL_WHO:
            return one_line(action.who)
        if column == COL_WHEN:
            # A date is shorter and sortable by eye; the free text is in the tooltip.
            return format_date(action.due_date) or one_line(action.when)
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
