"""Creating a plan: who it is for, the period, and the model and level it is made against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Side
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.gui.views.model_browser import ModelBrowserView
from ledarplan.gui.widgets.date_edit import DateEdit


@dataclass(frozen=True)
class NewPlanChoice:
    framework_id: str
    level_id: str | None
    title: str
    period_start: date | None
    period_end: date | None
    #: For a new person (None when the plan is for someone already in the list).
    name: str | None = None
    job_title: str = ""
    unit: str = ""
    email: str = ""
    #: Whose desk the new copy is on: the user's own plan, or one of someone they manage.
    desk: Side = Side.LEADER


def default_period(today: date) -> tuple[date, date]:
    """A year from the first of this month: most plans run from one talk to the next."""
    start = today.replace(day=1)
    try:
        end = start.replace(year=start.year + 1)
    except ValueError:  # pragma: no cover - the first of a month always exists a year on
        end = start
    return start, date.fromordinal(end.toordinal() - 1)


class NewPlanDialog(QDialog):
    def __init__(
        self,
        packs: list[FrameworkPack],
        remembered_levels: dict[str, str],
        *,
        for_person: str | None,
        framework_id: str | None = None,
        model_locked: bool = False,
        desk: Side = Side.LEADER,
        today: date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("newPlanDialog")
        self._new_person = for_person is None
        self._for_person = for_person or ""
        self._build_person_box()
        self._build_plan_box(today or date.today(), desk)

        self.browser = ModelBrowserView()
        self.browser.ask_level = True  # the plan is made against a level the user chose
        self.browser.set_packs(packs, remembered_levels)
        self.browser.select(framework_id, remembered_levels.get(framework_id or ""))
        self.browser.lock_model(model_locked)
        self._lay_out()
        self.retranslate()
        (self.name_edit if self._new_person else self.title_edit).setFocus()

    def _build_person_box(self) -> None:
        self.person_box = QGroupBox()
        person_form = QFormLayout(self.person_box)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.job_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.name_label = QLabel()
        self.job_label = QLabel()
        self.unit_label = QLabel()
        self.email_label = QLabel()
        for label, edit in (
            (self.name_label, self.name_edit),
            (self.job_label, self.job_edit),
            (self.unit_label, self.unit_edit),
            (self.email_label, self.email_edit),
        ):
            label.setBuddy(edit)
            person_form.addRow(label, edit)
        self.person_box.setVisible(self._new_person)
        self.for_label = QLabel()
        self.for_label.setVisible(not self._new_person)

    def _build_plan_box(self, today: date, desk: Side) -> None:
        self.plan_box = QGroupBox()
        plan_form = QFormLayout(self.plan_box)
        # Whose desk the copy is on decides which parts are changed here (see gui/desks.py).
        self.desk_label = QLabel()
        self.own_radio = QRadioButton()
        self.own_radio.setObjectName("ownPlanRadio")
        self.managed_radio = QRadioButton()
        self.managed_radio.setObjectName("managedPlanRadio")
        self.desk_group = QButtonGroup(self)
        self.desk_group.addButton(self.own_radio)
        self.desk_group.addButton(self.managed_radio)
        (self.managed_radio if desk is Side.MANAGER else self.own_radio).setChecked(True)
        self.own_radio.toggled.connect(lambda _on: self._show_title_hint())
        desks = QVBoxLayout()
        desks.setSpacing(2)
        desks.addWidget(self.own_radio)
        desks.addWidget(self.managed_radio)
        self.desk_label.setBuddy(self.own_radio)
        plan_form.addRow(self.desk_label, desks)
        self.title_edit = QLineEdit()
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title_edit)
        start, end = default_period(today)
        self.start_edit = DateEdit()
        self.start_edit.set_value(start)
        self.end_edit = DateEdit()
        self.end_edit.set_value(end)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        self.period_to = QLabel("–")
        period.addWidget(self.period_to)
        period.addWidget(self.end_edit)
        period.addStretch(1)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.start_edit)
        plan_form.addRow(self.title_label, self.title_edit)
        plan_form.addRow(self.period_label, period)

    def _lay_out(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.person_box, 1)
        top.addWidget(self.plan_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.for_label)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(1100, 760)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a development plan"))
        self.person_box.setTitle(self.tr("Whose plan"))
        self.name_label.setText(self.tr("&Name:"))
        self.job_label.setText(self.tr("&Job title:"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.email_label.setText(self.tr("E-&mail:"))
        self.for_label.setText(self.tr("New plan for %1").replace("%1", self._for_person))
        self.plan_box.setTitle(self.tr("The plan"))
        self.title_label.setText(self.tr("&Title:"))
        self.desk_label.setText(self.tr("This is:"))
        self.own_radio.setText(self.tr("M&y own plan"))
        self.managed_radio.setText(self.tr("The plan of &someone I manage"))
        self._show_title_hint()
        self.period_label.setText(self.tr("&Period:"))
        self.start_edit.setAccessibleName(self.tr("Period from"))
        self.end_edit.setAccessibleName(self.tr("Period to"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))

    def _show_title_hint(self) -> None:
        if self.own_radio.isChecked():
            self.title_edit.setPlaceholderText(self.tr("e.g. My development plan 2027"))
        else:
            self.title_edit.setPlaceholderText(self.tr("e.g. Development plan 2027"))

    def desk(self) -> Side:
        return Side.MANAGER if self.managed_radio.isChecked() else Side.LEADER

    def choice(self) -> NewPlanChoice:
        return NewPlanChoice(
            framework_id=self.browser.current_framework_id() or "",
            level_id=self.browser.current_level_id(),
            title=self.title_edit.text().strip(),
            period_start=self.start_edit.value(),
            period_end=self.end_edit.value(),
            name=self.name_edit.text().strip() if self._new_person else None,
            job_title=self.job_edit.text().strip(),
            unit=self.unit_edit.text().strip(),
            email=self.email_edit.text().strip(),
            desk=self.desk(),
        )

    def show_error(self, message: str) -> None:
        """The dialog stays open with what was typed; the message says what to fix."""
        self.error_label.setText(message)

    def accept(self) -> None:
        if self._new_person and not self.name_edit.text().strip():
            self.show_error(self.tr("Please enter the name of the person the plan is for."))
            self.name_edit.setFocus()
            return
        pack = self.browser.current_pack()
        if pack is not None and pack.levels and self.browser.current_level_id() is None:
            self.show_error(self.tr("Please choose the role level the plan is made for."))
            self.browser.level_combo.setFocus()
            return
        super().accept()
