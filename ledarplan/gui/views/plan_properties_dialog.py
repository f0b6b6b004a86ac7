"""A plan's properties: whose plan it is, its model and period, and whose desk this copy is on.

The desk decides which parts are changed here (the leader's own plan, or the plan of someone the
user manages). It can change only until the copy is first merged with the other desk's; after
that the choice is shown, not offered.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Desk, Plan, Side
from ledarplan.gui.formatting import format_date, format_datetime


class PlanPropertiesDialog(QDialog):
    def __init__(self, person_name: str, plan: Plan, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planPropertiesDialog")
        self._person_name = person_name
        self._plan = plan
        self._desk = desk
        self.person_label, self.person_value = QLabel(), QLabel(person_name)
        self.title_label, self.title_value = QLabel(), QLabel(plan.title)
        model = plan.snapshot.framework_name
        if plan.snapshot.level_name:
            model = f"{model} — {plan.snapshot.level_name}"
        self.model_label, self.model_value = QLabel(), QLabel(model)
        self.model_value.setWordWrap(True)
        period = " – ".join(format_date(d, "?") for d in (plan.period_start, plan.period_end))
        self.period_label, self.period_value = QLabel(), QLabel(period)

        self.desk_box = QGroupBox()
        self.own_radio = QRadioButton()
        self.own_radio.setObjectName("ownPlanRadio")
        self.managed_radio = QRadioButton()
        self.managed_radio.setObjectName("managedPlanRadio")
        self.desk_group = QButtonGroup(self)
        self.desk_group.addButton(self.own_radio)
        self.desk_group.addButton(self.managed_radio)
        (self.managed_radio if desk.side is Side.MANAGER else self.own_radio).setChecked(True)
        self.desk_note = QLabel()
        self.desk_note.setObjectName("deskNote")
        self.desk_note.setWordWrap(True)
        # Once merged, the stamps of every change say which desk made it: fixed for good.
        merged = desk.met_at is not None
        self.own_radio.setEnabled(not merged)
        self.managed_radio.setEnabled(not merged)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, value in (
            (self.person_label, self.person_value),
            (self.title_label, self.title_value),
            (self.model_label, self.model_value),
            (self.period_label, self.period_value),
        ):
            form.addRow(label, value)
        desks = QVBoxLayout(self.desk_box)
        desks.addWidget(self.own_radio)
        desks.addWidget(self.managed_radio)
        desks.addWidget(self.desk_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.desk_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan properties"))
        self.person_label.setText(self.tr("Whose plan:"))
        self.title_label.setText(self.tr("Title:"))
        self.model_label.setText(self.tr("Leadership model:"))
        self.period_label.setText(self.tr("Period:"))
        self.desk_box.setTitle(self.tr("This copy of the plan is"))
        self.own_radio.setText(self.tr("M&y own plan: I am the leader"))
        self.managed_radio.setText(self.tr("The plan of &someone I manage: I am their manager"))
        if self._desk.met_at is not None:
            note = self.tr(
                "This copy was merged with the other desk's on %1; whose desk it is on can no "
                "longer change."
            ).replace("%1", format_datetime(_local(self._desk.met_at)))
        else:
            note = self.tr(
                "Each desk changes its own parts of the plan and sees the other desk's "
                "read-only. This can be changed until the copy is first merged with the other "
                "desk's."
            )
        self.desk_note.setText(note)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def desk_choice(self) -> Side:
        return Side.MANAGER if self.managed_radio.isChecked() else Side.LEADER

    def show_error(self, message: str) -> None:
        """The dialog stays open; the message says why the change was refused."""
        self.error_label.setText(message)


def _local(moment: datetime) -> datetime:
    """Stored in UTC; read in the user's own time."""
    return moment.astimezone() if moment.tzinfo is not None else moment
