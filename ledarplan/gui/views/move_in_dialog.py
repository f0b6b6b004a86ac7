"""File → "Move my plans to the organisation database…": a local data folder's plans moved
into the organisation's database with the same service as `ledarplan org import-local`.

The folder is chosen (this user's local data folder when there is one), what will move and
what is skipped is shown plan by plan, and only "Move" writes. The folder is only read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Side
from ledarplan.gui.error_text import describe
from ledarplan.gui.prompts import Prompts
from ledarplan.services.errors import DomainError, LocalFolderError
from ledarplan.services.moving_in import Fate, MoveInService, MoveReport, PlanMove, Why


class MoveInDialog(QDialog):
    # Plans were moved in: the people panel shows them.
    moved = Signal()

    def __init__(
        self,
        service: MoveInService,
        prompts: Prompts,
        folder: Path | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._service = service
        self._prompts = prompts
        self._report: MoveReport | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_edit = QLineEdit(str(folder) if folder else "")
        self.folder_edit.editingFinished.connect(self.show_preview)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        self.plans = QTreeWidget()
        self.plans.setRootIsDecorated(False)
        self.plans.setColumnCount(3)
        self.plans.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.move_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setEnabled(False)
        self.move_button.clicked.connect(self.move_plans)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.plans, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate()
        if folder is not None:
            self.show_preview()

    def sizeHint(self) -> QSize:
        return QSize(760, 460)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move my plans to the organisation database"))
        self.intro.setText(
            self.tr(
                "The plans of a local data folder (the folder that holds ledarplan.sqlite3) "
                "are moved into your organisation's database. The folder is only read: it "
                "stays as it is. Moving again later brings only what is new."
            )
        )
        self.choose_button.setText(self.tr("C&hoose folder…"))
        self.move_button.setText(self.tr("&Move"))
        self.plans.setHeaderLabels([self.tr("Plan"), self.tr("Person"), self.tr("What happens")])
        if self._report is not None:
            self._show(self._report)

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _choose(self) -> None:
        chosen = self._prompts.choose_folder(self, self.tr("The local data folder"))
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
            self.show_preview()

    def show_preview(self) -> None:
        """What moving the chosen folder's plans would do; nothing is written."""
        self._run(self._service.preview)

    def move_plans(self) -> None:
        self._run(self._service.move)
        if self._report is not None and self._report.written and self._report.moving:
            self.moved.emit()

    def _run(self, action) -> None:
        folder = self.folder()
        self._report = None
        self.plans.clear()
        self.move_button.setEnabled(False)
        if folder is None:
            self.summary.setText("")
            return
        try:
            report = action(folder)
        except LocalFolderError as exc:
            self.summary.setText(
                self.tr("The plans of %1 cannot be moved: %2")
                .replace("%1", str(exc.folder))
                .replace("%2", exc.reason)
            )
            return
        except DomainError as exc:
            self._prompts.error(self, self.windowTitle(), describe(exc))
            return
        self._report = report
        self._show(report)

    def _show(self, report: MoveReport) -> None:
        self.plans.clear()
        for plan in report.plans:
            QTreeWidgetItem(self.plans, [plan.title, plan.person_name, self._fate(plan)])
        for column in range(2):
            self.plans.resizeColumnToContents(column)
        moving = len(report.moving)
        skipped = len(report.of(Fate.SKIPPED))
        same = len(report.of(Fate.SAME))
        if report.written:
            text = self.tr("%n plan(s) moved into the organisation's database.", "", moving)
        elif not report.plans:
            text = self.tr("There are no plans in this folder.")
        elif moving:
            text = self.tr("%n plan(s) will be moved.", "", moving)
        else:
            text = self.tr("Nothing new to move: every plan here is in the database already.")
        if skipped:
            text += " " + self.tr("%n plan(s) skipped.", "", skipped)
        if same and (moving or skipped):
            text += " " + self.tr("%n plan(s) in the database already.", "", same)
        self.summary.setText(text)
        self.move_button.setEnabled(not report.written and moving > 0)

    def _fate(self, plan: PlanMove) -> str:
        if plan.fate is Fate.NEW:
            text = self.tr("New plan in the database")
        elif plan.fate is Fate.MERGED:
            text = self.tr("Merged with the plan in the database: %n change(s)", "", plan.changes)
        elif plan.fate is Fate.SAME:
            return self.tr("In the database already; nothing new")
        else:
            return self.tr("Skipped: %1").replace("%1", self._why(plan))
        if plan.left_for_other:
            other = plan.side.other
            text += " " + (
                self.tr("(%n of the manager's own parts stay for the manager to move)", "",
                        plan.left_for_other)
                if other is Side.MANAGER
                else self.tr("(%n of the leader's own parts stay for the leader to move)", "",
                             plan.left_for_other)
            )  # fmt: skip
        return text

    def _why(self, plan: PlanMove) -> str:
        name = plan.person_name
        if plan.why is Why.NOT_MANAGED:
            return self.tr(
                "%1 is not registered as someone you manage (IT registers them with you as "
                "their manager)"
            ).replace("%1", name)
        if plan.why is Why.SAME_NAME:
            return self.tr(
                "more than one person you manage is called %1; give them their e-mail "
                "address in this copy"
            ).replace("%1", name)
        if plan.why is Why.LATER_THERE:
            return self.tr("the database has later changes to it than this copy")
        if plan.why is Why.CONFLICTS:
            return self.tr(
                "values were changed both in this copy and in the database; make the change "
                "in the database by hand"
            )
        if plan.why is Why.SIGNED:
            return self.tr("moving it would take back a signature made in the database")
        return plan.reason
