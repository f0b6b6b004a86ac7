"""What the window does for the organisation's yearly summary: a leader or manager contributes
an anonymous summary file (after seeing exactly what it holds), HR opens the picture.

Both dialogs are rarely opened, and the summary file's checking models are pydantic's: they
are imported when first asked for, not when the window starts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.refusals import tell_refused
from ledarplan.presets import Presets

if TYPE_CHECKING:
    from ledarplan.gui.views.contribute_dialog import ContributeDialog
    from ledarplan.gui.views.hr_view import OrganisationSummaryDialog
    from ledarplan.services.container import Services
    from ledarplan.summary.document import SummaryDocument


class HrFlows(QObject):
    def __init__(
        self,
        services: Services,
        prompts: Prompts,
        window: Callable[[], QWidget],
        presets: Presets,
        language: Callable[[], str],
    ):
        super().__init__()
        self._services = services
        self._prompts = prompts
        self._window = window
        self._presets = presets
        self._language = language
        #: Replaced by tests to answer the dialog without exec(): the document to save, or None.
        self.ask_contribution: Callable[[ContributeDialog], SummaryDocument | None] = _run
        #: Replaced by tests to look at the view without exec().
        self.show_picture: Callable[[OrganisationSummaryDialog], None] = lambda d: d.exec()

    def contribute(self, plan_id: str | None) -> Path | None:
        """The contribute dialog; the file is written only once the user saves it."""
        from ledarplan.gui.views.contribute_dialog import ContributeDialog  # noqa: PLC0415
        from ledarplan.summary.document import SUFFIX  # noqa: PLC0415

        service = self._services.summaries
        try:
            dialog = ContributeDialog(service, plan_id, self._window())
        except DomainError as exc:
            tell_refused(self._prompts, self._window(), self.tr("This could not be done"), exc)
            return None
        document = self.ask_contribution(dialog)
        if document is None or not document.plans:
            return None
        years = sorted({p.year for p in document.plans if p.year is not None})
        suggested = f"summary-{years[-1]}{SUFFIX}" if years else f"summary{SUFFIX}"
        path = self._prompts.save_file(
            self._window(),
            self.tr("Save the summary for HR"),
            suggested,
            self.tr("ledarplan summaries (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if path is None:
            return None
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + SUFFIX)
        try:
            service.write(document, path)
        except DomainError as exc:
            self._prompts.error(
                self._window(), self.tr("The summary could not be saved"), describe(exc)
            )
            return None
        self._prompts.information(
            self._window(),
            self.tr("Summary saved"),
            self.tr(
                "The summary was saved to %1. Send it to HR as your organisation asks (e.g. "
                "to a shared folder, so that it does not say who sent it)."
            ).replace("%1", str(path)),
        )
        return path

    def organisation_summary(self) -> None:
        """HR's view of the summary files."""
        from ledarplan.gui.views.hr_view import OrganisationSummaryDialog  # noqa: PLC0415

        dialog = OrganisationSummaryDialog(
            self._services.hr_report,
            self._prompts,
            self._presets,
            self._language(),
            self._window(),
        )
        self.show_picture(dialog)


def _run(dialog: ContributeDialog) -> SummaryDocument | None:
    return dialog.document() if dialog.exec() == QDialog.DialogCode.Accepted else None
