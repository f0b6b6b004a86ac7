"""Whose desk the open plan's copy is on, and what that means in the window.

A plan is kept at two desks, the leader's and their manager's. Each desk's own parts (a
self-assessment, the leader's coaching log and talk preparation; the manager's rounds and
preparation) are changed at that desk only, so the other desk shows them read-only with a note
saying why: nothing typed there could be stored, and nothing typed may be dropped silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ledarplan.domain.desk_records import owner
from ledarplan.domain.entities import Side
from ledarplan.domain.errors import DomainError
from ledarplan.services.container import Services

_NOTE_STYLE = (
    "#otherDeskNote { background: #eef3fb; border: 1px solid #b7c8e6; border-radius: 3px;"
    " padding: 4px 8px; }"
)


def desk_side(services: Services, plan_id: str | None) -> Side:
    """The desk the plan's copy here is on (a plan that cannot be read: the leader's)."""
    if plan_id is None:
        return Side.LEADER
    try:
        return services.plans.desk(plan_id).side
    except DomainError:  # deleted meanwhile: the page shows nothing of it anyway
        return Side.LEADER


def other_desks(record: Any, here: Side, field_name: str = "") -> Side | None:
    """The other desk, when `record` (or its field) is that desk's own part; else None."""
    if record is None:
        return None
    return here.other if owner(record, field_name) is here.other else None


def other_desk_text(part_of: Side) -> str:
    """Why a part is read-only here: it is `part_of`'s own, changed at their desk only."""
    if part_of is Side.LEADER:
        return QCoreApplication.translate(
            "Desks",
            "The leader's own part: read-only at your desk. Only the leader changes it; their "
            "changes arrive with the plan file they send you.",
        )
    return QCoreApplication.translate(
        "Desks",
        "Your manager's own part: read-only at your desk. Only your manager changes it; their "
        "changes arrive with the plan file they send you.",
    )


class OtherDeskNote(QLabel):
    """A short note above a part that is the other desk's own; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("otherDeskNote")
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_STYLE)
        self._part_of: Side | None = None
        self.setVisible(False)

    def show_for(self, part_of: Side | None) -> None:
        """`part_of`: the other desk whose own part is shown (None: this desk's or shared)."""
        self._part_of = part_of
        self.retranslate()
        self.setVisible(part_of is not None)

    def retranslate(self) -> None:
        self.setText(other_desk_text(self._part_of) if self._part_of is not None else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
