"""One hub through which views tell each other that data changed (no view reaches into another)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    #: A plan's content changed (goals, rounds, sessions, talks, details); carries the plan id.
    plan_changed = Signal(str)
    #: People or the list of plans changed (created, renamed, archived, deleted, imported).
    people_changed = Signal()
