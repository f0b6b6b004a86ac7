"""The window's commands between the two desks, named for whoever sits at this desk.

"Send to my manager…" on a leader's desk, "Send to the leader…" on a manager's, "Hand over to a
new manager…" on a manager's only; "Update plan from file…" and the plan's properties.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ledarplan.domain.entities import Side
from ledarplan.gui.desk_flows import DeskFlows


class DeskMenu(QObject):
    def __init__(
        self,
        window: QWidget,
        flows: DeskFlows,
        *,
        current_plan: Callable[[], str | None],
        before: Callable[[], None],
        select_plan: Callable[[str | None], None],
    ):
        super().__init__(window)
        self._flows = flows
        self._current_plan = current_plan
        self._before = before  # every page saves what was typed first
        self._select_plan = select_plan
        self._side = Side.LEADER

        def action(handler: Callable[[], object]) -> QAction:
            made = QAction(window)
            made.triggered.connect(lambda _checked=False: self._run(handler))
            window.addAction(made)
            return made

        self.send_action = action(lambda: self._on_plan(self._flows.send))
        self.send_encrypted_action = action(
            lambda: self._on_plan(lambda p: self._flows.send(p, encrypt=True))
        )
        self.update_action = action(lambda: self._select_plan(self._flows.update_from_files()))
        self.hand_over_action = action(lambda: self._on_plan(self._flows.hand_over))
        self.hand_over_encrypted_action = action(
            lambda: self._on_plan(lambda p: self._flows.hand_over(p, encrypt=True))
        )
        self.properties_action = action(lambda: self._on_plan(self._flows.edit_properties))
        self.update(None, Side.LEADER)

    def file_actions(self) -> list[QAction]:
        return [
            self.send_action,
            self.send_encrypted_action,
            self.update_action,
            self.hand_over_action,
            self.hand_over_encrypted_action,
        ]

    def _run(self, handler: Callable[[], object]) -> None:
        self._before()
        handler()

    def _on_plan(self, handler: Callable[[str], object]) -> None:
        plan_id = self._current_plan()
        if plan_id is not None:
            handler(plan_id)

    def update(self, plan_id: str | None, side: Side) -> None:
        """Names and offers the commands for the open plan, whose copy is on `side`'s desk."""
        self._side = side
        manager = plan_id is not None and self._side is Side.MANAGER
        for each in (
            self.send_action,
            self.send_encrypted_action,
            self.hand_over_action,
            self.hand_over_encrypted_action,
            self.properties_action,
        ):
            each.setEnabled(plan_id is not None)
        self.hand_over_action.setVisible(manager)
        self.hand_over_encrypted_action.setVisible(manager)
        self.retranslate()

    def retranslate(self) -> None:
        if self._side is Side.MANAGER:
            self.send_action.setText(self.tr("Send to the &leader…"))
            self.send_encrypted_action.setText(self.tr("Send to the leader, encr&ypted…"))
        else:
            self.send_action.setText(self.tr("Send to my &manager…"))
            self.send_encrypted_action.setText(self.tr("Send to my manager, encr&ypted…"))
        self.update_action.setText(self.tr("&Update plan from file…"))
        self.hand_over_action.setText(self.tr("&Hand over to a new manager…"))
        self.hand_over_encrypted_action.setText(self.tr("Hand over to a new manager, encryp&ted…"))
        self.properties_action.setText(self.tr("Plan pr&operties…"))
