"""A plan's goals as a list: title, linked items, status, progress and target date per row.

The view paints each row as a small card (see `views/goals/goal_card.py`) from the roles below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ledarplan.domain.entities import Goal, GoalStatus
from ledarplan.gui.formatting import format_date

_Index = QModelIndex | QPersistentModelIndex

GoalIdRole = Qt.ItemDataRole.UserRole + 1
#: The labels of the linked model items, joined into one line.
ItemsTextRole = Qt.ItemDataRole.UserRole + 2
#: The status in the UI language (see `set_status_names`).
StatusTextRole = Qt.ItemDataRole.UserRole + 3
#: 0–100.
ProgressRole = Qt.ItemDataRole.UserRole + 4
#: The target date as the user's locale writes it ("" when none).
TargetDateTextRole = Qt.ItemDataRole.UserRole + 5
#: The `GoalStatus` itself, for colouring.
StatusRole = Qt.ItemDataRole.UserRole + 6


class GoalListModel(QAbstractListModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._goals: list[Goal] = []
        self._item_labels: dict[str, str] = {}
        self._status_names: dict[GoalStatus, str] = {s: s.value for s in GoalStatus}
        self._target_text = "%1"

    def set_rows(self, goals: list[Goal], item_labels: dict[str, str]) -> None:
        """The goals in their stored order; `item_labels` maps item ids to the model's labels."""
        self.beginResetModel()
        self._goals = list(goals)
        self._item_labels = dict(item_labels)
        self.endResetModel()

    def set_status_names(self, names: dict[GoalStatus, str], target_text: str) -> None:
        """Texts in the UI language; `target_text` is e.g. "Target %1" (the date goes in %1)."""
        self._status_names = dict(names)
        self._target_text = target_text
        self._all_changed()

    def update_goal(self, goal: Goal) -> None:
        row = self.row_of(goal.id)
        if row < 0:
            return
        self._goals[row] = goal
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def goal_at(self, row: int) -> Goal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: str) -> int:
        for row, goal in enumerate(self._goals):
            if goal.id == goal_id:
                return row
        return -1

    def items_text(self, goal: Goal) -> str:
        return " · ".join(self._item_labels.get(i, i) for i in goal.item_ids)

    def _all_changed(self) -> None:
        if self._goals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._goals) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._goals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._goals):
            return None
        goal = self._goals[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return goal.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._summary(goal)
        if role == GoalIdRole:
            return goal.id
        if role == ItemsTextRole:
            return self.items_text(goal)
        if role == StatusTextRole:
            return self._status_names.get(goal.status, goal.status.value)
        if role == StatusRole:
            return goal.status
        if role == ProgressRole:
            return goal.progress
        if role == TargetDateTextRole:
            return format_date(goal.target_date)
        return None

    def _summary(self, goal: Goal) -> str:
        parts = [goal.title, f"{goal.progress} %", self._status_names.get(goal.status, "")]
        if goal.target_date is not None:
            parts.append(self._target_text.replace("%1", format_date(goal.target_date)))
        items = self.items_text(goal)
        if items:
            parts.append(items)
        return " – ".join(p for p in parts if p)
