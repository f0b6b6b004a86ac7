"""What the window's menu does with people and plans: each flow asks, calls a service, reports.

Kept out of the main window so the window stays a thin frame of menus and panes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import DomainError
from ledarplan.exchange.crypto import MIN_PASSPHRASE_CHARS
from ledarplan.gui.error_text import describe
from ledarplan.gui.events import DataEvents
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.refusals import tell_refused
from ledarplan.gui.views.new_plan_dialog import NewPlanChoice, NewPlanDialog
from ledarplan.gui.views.pdf_export_dialog import PdfExportChoice, PdfExportDialog
from ledarplan.i18n.pdf_labels import pdf_labels
from ledarplan.presets import Presets
from ledarplan.services.container import Services
from ledarplan.services.pdf_export import plan_file_stem
from ledarplan.services.transfer import ENCRYPTED_SUFFIX, EXCHANGE_SUFFIX

T = TypeVar("T")


def exchange_filter() -> str:
    # Plain and encrypted plan files both: "(*.ledarplan.json *.ledarplan.enc.json)".
    return QCoreApplication.translate(
        "PlanActions", "ledarplan plan files (*%1);;All files (*)"
    ).replace("%1", f"{EXCHANGE_SUFFIX} *{ENCRYPTED_SUFFIX}")


class PlanActions(QObject):
    """The window's actions on plans and files (a QObject for its plural translations)."""

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        window: Callable[[], QWidget],
        remembered_levels: Callable[[], dict[str, str]],
        *,
        presets: Presets | None = None,
    ):
        super().__init__()
        self._services = services
        self._presets = presets or Presets()
        self._events = events
        self._prompts = prompts
        self._window = window
        self._levels = remembered_levels
        #: Replaced by tests to answer the new-plan dialog without showing it.
        self.ask_new_plan: Callable[[NewPlanDialog], NewPlanChoice | None] = _run_dialog
        #: Replaced by tests to answer the PDF dialog without showing it.
        self.ask_pdf_options: Callable[[PdfExportDialog], PdfExportChoice | None] = _run_pdf_dialog
        #: Opens a finished file in the user's PDF viewer (tests record it instead).
        self.open_file: Callable[[Path], None] = open_with_system

    def _run(self, action: Callable[[], T], *, busy: bool = False) -> T | None:
        try:
            if busy:
                with self.busy():  # left before the error is shown, so it has an arrow
                    return action()
            return action()
        except DomainError as exc:
            title = QCoreApplication.translate("PlanActions", "This could not be done")
            tell_refused(self._prompts, self._window(), title, exc)
            return None

    @staticmethod
    @contextmanager
    def busy() -> Iterator[None]:
        """A wait cursor for the work the user waits for (a passphrase takes ~0.5 s to derive)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    # --- creating ------------------------------------------------------------------------

    def create_plan(self, person_id: str | None, framework_id: str | None = None) -> str | None:
        """Asks for the plan (and a new person when `person_id` is None); returns its id."""
        person = self._services.people.get(person_id) if person_id else None
        dialog = NewPlanDialog(
            self._services.catalog.packs,
            self._levels(),
            for_person=person.name if person else None,
            framework_id=self._presets.model if self._presets.model_fixed else framework_id,
            model_locked=self._presets.model_fixed,
            desk=self._usual_desk(person_id),
            parent=self._window(),
        )
        while True:
            choice = self.ask_new_plan(dialog)
            if choice is None:
                return None
            try:
                plan_id = self._create(person_id, choice)
            except DomainError as exc:
                dialog.show_error(describe(exc))  # keep what was typed; say what to fix
                continue
            self._events.people_changed.emit()
            return plan_id

    def _create(self, person_id: str | None, choice: NewPlanChoice) -> str:
        created_person = None
        if person_id is None:
            created_person = self._services.people.create(
                choice.name or "", choice.job_title, choice.unit, choice.email
            )
            person_id = created_person.id
        try:
            plan = self._services.plans.create(
                person_id,
                choice.framework_id,
                choice.level_id,
                title=choice.title,
                period_start=choice.period_start,
                period_end=choice.period_end,
            )
            if choice.desk is not Side.LEADER:  # a new copy says whose desk it is on freely
                self._services.plans.set_desk(plan.id, choice.desk)
        except DomainError:
            if created_person is not None:  # no half-made person left behind
                self._services.people.delete(created_person.id)
            raise
        return plan.id

    def _usual_desk(self, person_id: str | None) -> Side:
        """Where a new plan most likely belongs: a person's plans stay at the desk of their
        latest; someone new is managed by a user who keeps only plans of people they manage."""
        plans = self._services.plans.list(person_id, counts=False)
        desks = [self._services.plans.desk(summary.plan.id).side for summary in plans]
        if person_id is not None:
            return desks[-1] if desks else Side.LEADER
        return Side.MANAGER if desks and all(d is Side.MANAGER for d in desks) else Side.LEADER

    def create_sample(self, framework_id: str | None) -> str | None:
        pack = self._services.catalog.get(framework_id or "") or self._services.catalog.packs[0]
        bundle = self._run(
            lambda: self._services.samples.create(pack.id, self._levels().get(pack.id))
        )
        if bundle is None:
            return None
        self._events.people_changed.emit()
        return bundle.plan.id

    # --- files ---------------------------------------------------------------------------

    def export_plan(
        self, plan_id: str, *, include_private: bool, encrypt: bool = False
    ) -> Path | None:
        """Writes the plan file; with `encrypt`, sealed with a passphrase asked twice."""
        text = (
            QCoreApplication.translate(
                "PlanActions", "The plan was saved to %1, with private notes."
            )
            if include_private
            else QCoreApplication.translate(
                "PlanActions", "The plan was saved to %1. Private notes were left out."
            )
        )
        return self.write_plan_file(
            plan_id,
            lambda path, passphrase: self._services.transfer.export_plan(
                plan_id, path, include_private_notes=include_private, passphrase=passphrase
            ),
            encrypt=encrypt,
            title=QCoreApplication.translate("PlanActions", "Export the plan"),
            done_title=QCoreApplication.translate("PlanActions", "Plan exported"),
            done_text=text,
        )

    def write_plan_file(
        self,
        plan_id: str,
        write: Callable[[Path, str | None], Path],
        *,
        encrypt: bool,
        title: str,
        done_title: str,
        done_text: str,
    ) -> Path | None:
        """Asks where (and for a passphrase when `encrypt`), writes with `write(path,
        passphrase)` and says where it went; `done_text`'s %1 is the file."""
        suffix = ENCRYPTED_SUFFIX if encrypt else EXCHANGE_SUFFIX
        path = self._prompts.save_file(
            self._window(), title, self.file_stem(plan_id) + suffix, exchange_filter()
        )
        if path is None:
            return None
        if not path.name.endswith(suffix) and path.suffix != ".json":
            path = path.with_name(path.name + suffix)
        passphrase = self.ask_new_passphrase() if encrypt else None
        if encrypt and passphrase is None:
            return None
        written = self._run(lambda: write(path, passphrase), busy=True)
        if written is not None:
            text = done_text.replace("%1", str(written))
            if encrypt:
                text += " " + QCoreApplication.translate(
                    "PlanActions",
                    "It is encrypted and opens only with the passphrase. Tell the passphrase "
                    "another way than the file (e.g. by phone), never in the same e-mail.",
                )
            self._prompts.information(self._window(), done_title, text)
        return written

    def ask_new_passphrase(self) -> str | None:
        title = QCoreApplication.translate("PlanActions", "Encrypt the plan")
        while True:
            passphrase = self._prompts.ask_passphrase(
                self._window(),
                title,
                QCoreApplication.translate(
                    "PlanActions", "Choose a passphrase (at least %1 characters):"
                ).replace("%1", str(MIN_PASSPHRASE_CHARS)),
                True,
            )
            if passphrase is None or len(passphrase) >= MIN_PASSPHRASE_CHARS:
                return passphrase
            self._prompts.warning(
                self._window(),
                title,
                QCoreApplication.translate(
                    "PlanActions", "The passphrase is too short: use at least %1 characters."
                ).replace("%1", str(MIN_PASSPHRASE_CHARS)),
            )

    def ask_passphrase_to_open(self, path: Path, *, wrong: bool) -> str | None:
        label = (
            QCoreApplication.translate(
                "PlanActions",
                "The passphrase is wrong, or the file was changed after it was encrypted. "
                "Type the passphrase of %1 again:",
            )
            if wrong
            else QCoreApplication.translate("PlanActions", "%1 is encrypted. Type its passphrase:")
        ).replace("%1", path.name)
        return self._prompts.ask_passphrase(
            self._window(),
            QCoreApplication.translate("PlanActions", "Open an encrypted plan"),
            label,
            False,
        )

    def export_pdf(self, plan_id: str, language: str) -> Path | None:
        choice = self.ask_pdf_options(PdfExportDialog(language, self._window()))
        if choice is None:
            return None
        path = self._prompts.save_file(
            self._window(),
            QCoreApplication.translate("PlanActions", "Save the plan as PDF"),
            self.file_stem(plan_id) + ".pdf",
            QCoreApplication.translate("PlanActions", "PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        options = choice.options(self._presets.organisation, self._presets.logo)
        try:
            with self.busy():
                self._services.pdf.export(plan_id, path, pdf_labels(choice.language), options)
        except DomainError as exc:
            title = QCoreApplication.translate("PlanActions", "The PDF could not be saved")
            tell_refused(self._prompts, self._window(), title, exc)  # the user's language
            return None
        if choice.open_after:
            self.open_file(path)
        return path

    def file_stem(self, plan_id: str) -> str:
        plan = self._services.plans.get(plan_id)
        return plan_file_stem(self._services.people.get(plan.person_id).name, plan)

    # --- changing and removing -----------------------------------------------------------

    def rename_person(self, person_id: str) -> None:
        person = self._services.people.get(person_id)
        name = self._prompts.ask_text(
            self._window(),
            QCoreApplication.translate("PlanActions", "Rename"),
            QCoreApplication.translate("PlanActions", "Name:"),
            person.name,
        )
        if name is not None and self._run(lambda: self._services.people.rename(person_id, name)):
            self._events.people_changed.emit()

    def set_archived(self, person_id: str, archived: bool) -> None:
        if self._run(lambda: self._services.people.set_archived(person_id, archived)):
            self._events.people_changed.emit()

    def delete_person(self, person_id: str) -> bool:
        person = self._services.people.get(person_id)
        plans = len(self._services.plans.list(person_id, counts=False))
        sure = self._prompts.confirm_destructive(
            self._window(),
            QCoreApplication.translate("PlanActions", "Delete %1?").replace("%1", person.name),
            # self.tr: lupdate before 6.12 reads plurals only from tr().
            self.tr(
                "%1 and all their data will be deleted: %n plan(s) with their assessments, "
                "goals, coaching notes and talks. This cannot be undone.",
                "",
                plans,
            ).replace("%1", person.name),
            QCoreApplication.translate("PlanActions", "Delete"),
        )
        if not sure:
            return False
        self._run(lambda: self._services.people.delete(person_id))
        self._events.people_changed.emit()
        return True

    def delete_plan(self, plan_id: str) -> bool:
        plan = self._services.plans.get(plan_id)
        sure = self._prompts.confirm_destructive(
            self._window(),
            QCoreApplication.translate("PlanActions", "Delete the plan?"),
            QCoreApplication.translate(
                "PlanActions",
                "The plan “%1” with its assessments, goals, coaching notes and talks will be "
                "deleted. This cannot be undone.",
            ).replace("%1", plan.title or plan.snapshot.framework_name),
            QCoreApplication.translate("PlanActions", "Delete"),
        )
        if not sure:
            return False
        self._run(lambda: self._services.plans.delete(plan_id))
        self._events.people_changed.emit()
        return True


def _run_pdf_dialog(dialog: PdfExportDialog) -> PdfExportChoice | None:
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _run_dialog(dialog: NewPlanDialog) -> NewPlanChoice | None:
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
