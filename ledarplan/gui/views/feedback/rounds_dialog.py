"""Feedback from others: the plan's feedback rounds, a new round with its form, writing the form
again, taking in answers (filled forms or a collector's summary) and deleting a round."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import FeedbackRound
from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe
from ledarplan.gui.formatting import format_date
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.feedback.names import group_name, group_names, group_title
from ledarplan.gui.views.feedback.new_round_dialog import NewRound, NewRoundDialog
from ledarplan.i18n.catalog import LANGUAGE_NAMES, LANGUAGES, normalise_language
from ledarplan.i18n.pdf_labels import feedback_form_labels
from ledarplan.pdf.form.labels import FormLabels
from ledarplan.services.container import Services
from ledarplan.services.feedback import BatchReport

IdRole = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class FeedbackDialog(QDialog):
    #: The plan's feedback rounds changed (made, answered, deleted).
    changed = Signal()

    def __init__(
        self, services: Services, prompts: Prompts, plan_id: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.services, self.prompts, self.plan_id = services, prompts, plan_id
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rounds = QTreeWidget()
        self.rounds.setObjectName("feedbackRounds")
        self.rounds.setRootIsDecorated(False)
        self.rounds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds.currentItemChanged.connect(lambda *_: self._enable())
        self.language = QComboBox()
        self.language.setObjectName("formLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(normalise_language(QLocale().name())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newFeedbackRound")
        self.form_button = QPushButton()
        self.form_button.setObjectName("writeFeedbackForm")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importFeedback")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteFeedbackRound")
        self.new_button.clicked.connect(self.new_round)
        self.form_button.clicked.connect(self.write_form)
        self.import_button.clicked.connect(self.import_answers)
        self.delete_button.clicked.connect(self.delete_round)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.form_button, self.import_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.rounds, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(close)
        self.resize(720, 420)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Feedback from others"))
        self.intro.setText(
            self.tr(
                "Ask your staff, peers, manager and others for feedback with one fillable PDF "
                "form. They fill it in, save it and send it back: to you, or to a collector "
                "(HR, a trusted colleague) when anonymity matters, who sends you only the "
                "summary (ledarplan feedback collect). Only the summary per group is kept, "
                "never a form or one person's answers."
            )
        )
        self.rounds.setHeaderLabels(
            [self.tr("Date"), self.tr("Items"), self.tr("Groups asked"), self.tr("Answers")]
        )
        self.language_label.setText(self.tr("Form &language"))
        self.new_button.setText(self.tr("&New round…"))
        self.form_button.setText(self.tr("&Write the form…"))
        self.import_button.setText(self.tr("&Take in answers…"))
        self.delete_button.setText(self.tr("&Delete round"))

    # --- the list ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_id()
        self.rounds.clear()
        rounds = self._run(lambda: self.services.feedback.list(self.plan_id)) or []
        for round_ in reversed(rounds):
            answers = ", ".join(group_title(r) for r in round_.results) or self.tr("none yet")
            groups = ", ".join(group_name(g) for g in round_.groups)
            row = QTreeWidgetItem(
                [format_date(round_.date), str(len(round_.item_ids)), groups, answers]
            )
            row.setData(0, IdRole, round_.id)
            self.rounds.addTopLevelItem(row)
            if round_.id == keep or self.rounds.currentItem() is None:
                self.rounds.setCurrentItem(row)
        for column in range(4):
            self.rounds.resizeColumnToContents(column)
        self._enable()

    def current_id(self) -> str | None:
        row = self.rounds.currentItem()
        return row.data(0, IdRole) if row is not None else None

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.form_button, self.import_button, self.delete_button):
            button.setEnabled(chosen)

    def _labels(self) -> FormLabels:
        """The form's words in the chosen language."""
        return feedback_form_labels(self.language.currentData())

    # --- actions -------------------------------------------------------------------------------

    def new_round(self) -> FeedbackRound | None:
        plan = self._run(lambda: self.services.plans.get(self.plan_id))
        if plan is None:
            return None
        person = self._run(lambda: self.services.people.get(plan.person_id))
        questions = self._labels().default_questions(person.name if person else "")
        dialog = NewRoundDialog(plan.snapshot, questions, self)
        if not self.ask(dialog):
            return None
        chosen: NewRound = dialog.chosen()
        created = self._run(
            lambda: self.services.feedback.create(
                self.plan_id,
                item_ids=chosen.item_ids,
                groups=chosen.groups,
                threshold=chosen.threshold,
                questions=chosen.questions,
            )
        )
        if created is None:
            return None
        self.changed.emit()
        self.reload(created.id)
        self.write_form()
        return created

    def ask(self, dialog: QDialog) -> bool:
        """Shows a dialog of this one; tests answer it instead."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def write_form(self) -> Path | None:
        round_id = self.current_id()
        if round_id is None:
            return None
        path = self.prompts.save_file(
            self,
            self.tr("Save the feedback form"),
            self.tr("feedback form.pdf"),
            self.tr("PDF form (*.pdf)"),
        )
        if path is None:
            return None
        labels = self._labels()
        written = self._run(lambda: self.services.feedback.write_form(round_id, path, labels))
        if written is not None:
            self.prompts.information(
                self,
                self.tr("Feedback form written"),
                self.tr(
                    "The form is in %1. Send it to the people you ask, by e-mail or on the "
                    "intranet; ask them to fill it in, save it and send it back."
                ).replace("%1", str(written)),
            )
        return written

    def import_answers(self) -> BatchReport | None:
        paths = self.prompts.open_files(
            self,
            self.tr("Take in answers"),
            self.tr("Filled forms and summaries (*.pdf *.json);;All files (*)"),
        )
        if not paths:
            return None
        report = self._run(lambda: self.services.feedback.import_files(self.plan_id, paths))
        if report is None:
            return None
        if report.taken:
            self.changed.emit()
        self.reload()
        self._tell(report)
        return report

    def _tell(self, report: BatchReport) -> None:
        lines = []
        for taken in report.taken:
            shown = ", ".join(group_title(r) for r in taken.round_.results) or self.tr("none")
            line = self.tr("Took %1 forms and %2 summaries. Shown now: %3.")
            lines.append(
                line.replace("%1", str(taken.forms))
                .replace("%2", str(taken.summaries))
                .replace("%3", shown)
            )
            threshold = str(taken.round_.threshold)
            if taken.folded:
                text = self.tr("Fewer than %1 answered as %2: counted with others.")
                names = group_names(taken.folded)
                lines.append(text.replace("%1", threshold).replace("%2", names))
            if taken.left_out:
                text = self.tr("Fewer than %1 answered as %2, even with others: left out.")
                names = group_names(taken.left_out)
                lines.append(text.replace("%1", threshold).replace("%2", names))
        for duplicate in report.duplicates:
            lines.append(self.tr("%1: counted once.").replace("%1", str(duplicate)))
        details = "\n".join(str(p) for p in report.problems)
        title = self.tr("Answers taken in")
        if report.problems:
            count = len(report.problems)
            summary = self.tr(
                "%n file(s) could not be taken in; nothing of them was stored.", "", count
            )
            self.prompts.warning(self, title, "\n".join([*lines, summary]), details)
        else:
            self.prompts.information(self, title, "\n".join(lines))

    def delete_round(self) -> None:
        round_id = self.current_id()
        if round_id is None:
            return
        if not self.prompts.confirm_destructive(
            self,
            self.tr("Delete feedback round"),
            self.tr("Delete this feedback round with the answers taken in? This cannot be undone."),
            self.tr("Delete"),
        ):
            return
        if self._run(lambda: self._delete(round_id)):
            self.changed.emit()
        self.reload()

    def _delete(self, round_id: str) -> bool:
        self.services.feedback.delete(round_id)
        return True

    def _run(self, action: Callable[[], T]) -> T | None:
        """A service call; a refused one becomes a message, never a traceback."""
        try:
            return action()
        except DomainError as exc:
            self.prompts.error(self, self.tr("This could not be done"), describe(exc))
            return None
