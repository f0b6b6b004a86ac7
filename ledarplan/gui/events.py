"""One hub through which views tell each other that data changed (no view reaches into another)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QObject, Signal


class PlanPart(str, Enum):
    """What of a plan a change touched, so pages that show none of it need not reload."""

    DETAILS = "details"  # the plan itself: status, model, level
    ROUNDS = "rounds"
    GOALS = "goals"
    SESSIONS = "sessions"
    TALKS = "talks"
    FEEDBACK = "feedback"  # feedback from others (its rounds and aggregates)


EVERYTHING = frozenset(PlanPart)


class DataEvents(QObject):
    #: A plan's content changed; carries the plan id. Sent on its own (an import), it means
    #: everything may have changed.
    plan_changed = Signal(str)
    #: The same change with what it touched: (plan id, frozenset of `PlanPart`).
    plan_parts_changed = Signal(str, object)
    #: People or the list of plans changed (created, renamed, archived, deleted, imported).
    people_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._announcing = False
        self.plan_changed.connect(self._everything_changed)

    def announce(self, plan_id: str, parts: Iterable[PlanPart]) -> None:
        """Tells that `parts` of the plan changed (and, for those who listen to any change,
        `plan_changed`)."""
        self.plan_parts_changed.emit(plan_id, frozenset(parts))
        self._announcing = True
        try:
            self.plan_changed.emit(plan_id)
        finally:
            self._announcing = False

    def _everything_changed(self, plan_id: str) -> None:
        if not self._announcing:  # a bare `plan_changed` (an import) says nothing about parts
            self.plan_parts_changed.emit(plan_id, EVERYTHING)
