"""A plan's goals as a list: title, linked items, status, progress and target date per row.

The view paints each row as a small card (see `views/goals/goal_card.py`) from the roles below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ledarplan.domain.entities import Goal, GoalStatus
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowListModel

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


class GoalListModel(RowListModel[Goal]):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._item_labels: dict[str, str] = {}
        self._status_names: dict[GoalStatus, str] = {s: s.value for s in GoalStatus}
        self._target_text = "%1"

    def set_rows(self, goals: list[Goal], item_labels: dict[str, str]) -> None:
        """The goals in their stored order; `item_labels` maps item ids to the model's labels."""
        self._item_labels = dict(item_labels)
        super().set_rows(goals)

    def set_status_names(self, names: dict[GoalStatus, str], target_text: str) -> None:
        """Texts in the UI language; `target_text` is e.g. "Target %1" (the date goes in %1)."""
        self._status_names = dict(names)
        self._target_text = target_text
        self._all_changed()

    def update_goal(self, goal: Goal) -> None:
        self.replace_row(goal)

    def goal_at(self, row: int) -> Goal | None:
        return self.row_at(row)

    def items_text(self, goal: Goal) -> str:
        return " · ".join(self._item_labels.get(i, i) for i in goal.item_ids)

    def _row_data(self, goal: Goal, column: int, role: int) -> Any:
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
