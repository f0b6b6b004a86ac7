"""The window's commands for the calendar and for the whole team.

- Export calendar file… (the open plan's dates) and … for the whole team: an iCalendar file
  from the calendar service, its events titled in the window's language.
- Export the team's PDFs…: whose, and what goes in, chosen in a dialog; then a folder. The
  PDFs are written on a thread of their own while a progress bar shows how far it got; Cancel
  stops after the PDF being written. A plan whose PDF cannot be written is named at the end,
  with why, and the others are written all the same.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe
from ledarplan.gui.models.checkable_list import CheckableEntry
from ledarplan.gui.plan_actions import PlanActions, open_with_system
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.refusals import tell_refused
from ledarplan.gui.views.team_pdf_dialog import TeamPdfChoice, TeamPdfDialog
from ledarplan.i18n.calendar_labels import calendar_labels
from ledarplan.i18n.pdf_labels import pdf_labels
from ledarplan.pdf import PdfLabels, PdfOptions
from ledarplan.presets import Presets
from ledarplan.services.calendar import SUFFIX
from ledarplan.services.container import Services
from ledarplan.services.pdf_export import PdfOutcome

log = logging.getLogger(__name__)


class PdfBatch(QThread):
    """Writes the chosen plans' PDFs into a folder, one after the other, off the window's
    thread; `outcomes` says what became of each plan done so far."""

    #: One more plan is done: how many are done, and what became of it (a PdfOutcome).
    progressed = Signal(int, object)

    def __init__(
        self,
        services: Services,
        plan_ids: list[str],
        folder: Path,
        labels: PdfLabels,
        options: PdfOptions,
        *,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.plan_ids = list(plan_ids)
        self.folder = folder
        self._services = services
        self._labels = labels
        self._options = options
        self._cancel = threading.Event()
        self.outcomes: list[PdfOutcome] = []
        #: What stopped the rest: the folder could not be made, or something unforeseen.
        self.stopped_by: Exception | None = None

    def run(self) -> None:
        try:
            for outcome in self._services.pdf.export_many(
                self.plan_ids, self.folder, self._labels, self._options
            ):
                self.outcomes.append(outcome)
                self.progressed.emit(len(self.outcomes), outcome)
                if self._cancel.is_set():
                    break
        except DomainError as exc:
            self.stopped_by = exc
        except Exception as exc:  # said to the user at the end; the window goes on
            log.warning("the team's PDFs stopped (%s)", type(exc).__name__)  # no private text
            self.stopped_by = exc

    def cancel(self) -> None:
        """Stops after the PDF being written (a half-written one is never left)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TeamActions(QObject):
    #: A team export has started (the running PdfBatch), for whoever wants to follow it.
    batch_started = Signal(object)

    def __init__(
        self,
        services: Services,
        prompts: Prompts,
        window: Callable[[], QWidget],
        file_stem: Callable[[str], str],
        *,
        presets: Presets | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__()
        self._services = services
        self._prompts = prompts
        self._window = window
        self._file_stem = file_stem
        self._presets = presets or Presets()
        self._today = today
        #: Replaced by tests to answer the team's PDF dialog without showing it.
        self.ask_team_pdf: Callable[[TeamPdfDialog], TeamPdfChoice | None] = _run_dialog
        #: Opens the folder of the PDFs (tests record it instead).
        self.open_file: Callable[[Path], None] = open_with_system
        #: The progress dialog while a team export runs.
        self.progress: QProgressDialog | None = None

    # --- the calendar --------------------------------------------------------------------

    def export_calendar(self, plan_id: str | None, language: str) -> Path | None:
        """The dates of the plan `plan_id`, or of the whole team's plans (None), as an
        iCalendar file; the events are titled in `language`."""
        labels = calendar_labels(language)
        try:
            if plan_id is not None:
                plan_ids, suggested = [plan_id], self._file_stem(plan_id)
            else:
                plan_ids, suggested = self._services.calendar.all_plan_ids(), labels.calendar
        except DomainError as exc:
            self._error(self.tr("The calendar file could not be written"), exc)
            return None
        if not plan_ids:
            self._prompts.information(
                self._window(), self.tr("Export calendar file"), self.tr("There are no plans yet.")
            )
            return None
        path = self._prompts.save_file(
            self._window(),
            self.tr("Export calendar file"),
            suggested + SUFFIX,
            self.tr("Calendar files (*.ics);;All files (*)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            with PlanActions.busy():
                count = self._services.calendar.export(plan_ids, path, labels)
        except DomainError as exc:
            self._error(self.tr("The calendar file could not be written"), exc)
            return None
        self._prompts.information(
            self._window(),
            self.tr("Calendar file written"),
            self.tr(
                "%n date(s) written to %1. Import the file into your calendar (Outlook, "
                "Thunderbird …); importing a newer file again updates the same events "
                "instead of adding copies.",
                "",
                count,
            ).replace("%1", str(path)),
        )
        return path

    # --- the team's PDFs ------------------------------------------------------------------

    def export_pdfs(self, language: str) -> PdfBatch | None:
        """Asks whose PDFs and what goes in them, and a folder; writes them with a progress
        bar and Cancel; says at the end what was written and what not."""
        try:
            rows = self._services.team.rows(self._today())
        except DomainError as exc:
            self._error(self.tr("The PDFs could not be written"), exc)
            return None
        if not rows:
            title = self.tr("Export the team's PDFs")
            self._prompts.information(self._window(), title, self.tr("There are no plans yet."))
            return None
        names = {row.plan_id: f"{row.person} – {row.plan_title or row.model}" for row in rows}
        people = [CheckableEntry(plan_id, name) for plan_id, name in names.items()]
        choice = self.ask_team_pdf(TeamPdfDialog(people, language, self._window()))
        if choice is None or not choice.plan_ids:
            return None
        folder = self._prompts.choose_folder(self._window(), self.tr("Folder for the PDFs"))
        if folder is None:
            return None
        batch = PdfBatch(
            self._services,
            choice.plan_ids,
            folder,
            pdf_labels(choice.pdf.language),
            choice.pdf.options(self._presets.organisation, self._presets.logo),
            parent=self,
        )
        self._follow(batch, names)
        self._summarise(batch, names)
        if choice.pdf.open_after and any(outcome.written for outcome in batch.outcomes):
            self.open_file(folder)
        return batch

    def _follow(self, batch: PdfBatch, names: dict[str, str]) -> None:
        """Runs the batch while the window stays responsive, with a progress bar and Cancel."""
        total = len(batch.plan_ids)
        progress = QProgressDialog(self._window())
        progress.setWindowTitle(self.tr("Exporting the team's PDFs"))
        progress.setLabelText(self.tr("Writing %n PDF(s)…", "", total))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, total)
        progress.setValue(0)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumWidth(420)

        def cancelled() -> None:
            batch.cancel()
            progress.setLabelText(self.tr("Stopping after the PDF being written…"))

        def progressed(done: int, outcome: PdfOutcome) -> None:
            progress.setValue(done)
            if not batch.cancelled:
                progress.setLabelText(
                    self.tr("%1 of %2 done: %3")
                    .replace("%1", str(done))
                    .replace("%2", str(total))
                    .replace("%3", names.get(outcome.plan_id, outcome.person))
                )

        progress.canceled.connect(cancelled)
        batch.progressed.connect(progressed)
        loop = QEventLoop()
        batch.finished.connect(loop.quit)
        self.progress = progress
        progress.show()
        self.batch_started.emit(batch)
        batch.start()
        loop.exec()
        batch.wait()
        self.progress = None
        progress.close()
        progress.deleteLater()

    def _summarise(self, batch: PdfBatch, names: dict[str, str]) -> None:
        title = self.tr("Export the team's PDFs")
        written = [o for o in batch.outcomes if o.written]
        failed = [o for o in batch.outcomes if not o.written]
        text = self.tr("%n PDF(s) written to %1.", "", len(written)).replace(
            "%1", str(batch.folder)
        )
        left = len(batch.plan_ids) - len(batch.outcomes)
        if batch.stopped_by is not None:
            at = names.get(batch.plan_ids[len(batch.outcomes)], "") if left else ""
            why = (
                describe(batch.stopped_by)
                if isinstance(batch.stopped_by, DomainError)
                else self.tr("an unexpected error (%1)").replace(
                    "%1", type(batch.stopped_by).__name__
                )
            )
            text += " " + self.tr("The export stopped at %1: %2").replace("%1", at).replace(
                "%2", why
            )
        elif batch.cancelled and left:
            text += " " + self.tr("You cancelled before the other %n.", "", left)
        if not failed and batch.stopped_by is None:
            self._prompts.information(self._window(), title, text)
            return
        if failed:
            text += "\n\n" + self.tr("These could not be written:") + "\n"
            text += "\n".join(
                f"• {names.get(o.plan_id, o.person)}: "
                f"{describe(o.error) if o.error is not None else o.problem}"
                for o in failed
            )
        self._prompts.warning(self._window(), title, text)

    def _error(self, title: str, exc: DomainError) -> None:
        tell_refused(self._prompts, self._window(), title, exc)


def _run_dialog(dialog: TeamPdfDialog) -> TeamPdfChoice | None:
    return dialog.team_choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
