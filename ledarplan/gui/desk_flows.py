"""What the window does between the two desks a plan is kept at.

Sending the plan to the other desk, handing it over to a new manager, taking received files in
(a plan not here is imported as new; a plan here is updated from the file after a preview in
which the user decides every conflict), and saying whose desk a copy is on. Each received file
is previewed and applied on its own: a manager updates plans from several leaders in one go.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import DomainError
from ledarplan.exchange.crypto import PassphraseRequiredError, WrongPassphraseError
from ledarplan.gui.desks import desk_side
from ledarplan.gui.error_text import describe
from ledarplan.gui.events import DataEvents
from ledarplan.gui.merge_texts import describe_merge_error, field_name
from ledarplan.gui.plan_actions import PlanActions, exchange_filter
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.refusals import tell_refused
from ledarplan.gui.views.merge_preview_dialog import MergeDecision, MergePreviewDialog
from ledarplan.gui.views.plan_properties_dialog import PlanPropertiesDialog
from ledarplan.services.container import Services
from ledarplan.services.merging import MergePreview, UndecidedConflictsError
from ledarplan.services.transfer import ImportResult


@dataclass(frozen=True)
class TakenIn:
    """What became of one received file."""

    file: Path
    plan_id: str | None
    #: One sentence for the user (empty when nothing needs saying).
    summary: str = ""
    failed: bool = False
    #: The user cancelled (a passphrase or the preview): nothing was written, nothing to say.
    cancelled: bool = False
    #: Stored as a new plan (an import says nothing more unless the person differs).
    imported: bool = False


class DeskFlows(QObject):
    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        window: Callable[[], QWidget],
        actions: PlanActions,
    ):
        super().__init__()
        self._services = services
        self._events = events
        self._prompts = prompts
        self._window = window
        self._actions = actions
        #: The passphrase that opened the last file of this batch, tried first on the next.
        self._passphrase: str | None = None
        #: Replaced by tests to drive the preview without exec().
        self.ask_merge: Callable[[MergePreviewDialog], MergeDecision | None] = _run_merge
        #: Replaced by tests to answer the properties dialog without exec().
        self.ask_properties: Callable[[PlanPropertiesDialog], Side | None] = _run_properties

    # --- sending ---------------------------------------------------------------------------

    def send(self, plan_id: str, *, encrypt: bool = False) -> Path | None:
        """The plan file for the other desk (without this desk's private notes)."""
        if desk_side(self._services, plan_id) is Side.LEADER:
            title = self.tr("Send the plan to your manager")
            text = self.tr(
                "The plan was saved to %1 for your manager. Send them the file, e.g. by e-mail; "
                "they update their copy of the plan from it. Your private notes were left out."
            )
        else:
            title = self.tr("Send the plan to the leader")
            text = self.tr(
                "The plan was saved to %1 for the leader. Send them the file, e.g. by e-mail; "
                "they update their copy of the plan from it. Your private notes were left out."
            )
        return self._actions.write_plan_file(
            plan_id,
            lambda path, passphrase: self._services.transfer.send(
                plan_id, path, passphrase=passphrase
            ),
            encrypt=encrypt,
            title=title,
            done_title=self.tr("Ready to send"),
            done_text=text,
        )

    def hand_over(self, plan_id: str, *, encrypt: bool = False) -> Path | None:
        """The plan with its history for a new manager (a manager's desk only)."""
        return self._actions.write_plan_file(
            plan_id,
            lambda path, passphrase: self._services.transfer.hand_over(
                plan_id, path, passphrase=passphrase
            ),
            encrypt=encrypt,
            title=self.tr("Hand the plan over to a new manager"),
            done_title=self.tr("Ready to hand over"),
            done_text=self.tr(
                "The plan, with its history, was saved to %1 for the new manager, without your "
                "private notes. They open it as their copy; the leader then sends their files "
                "to the new manager."
            ),
        )

    # --- taking files in -------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> str | None:
        """File → Import, a dropped file, `--open`: a plan not here is imported; a plan that
        is here is updated from the file after its preview."""
        if path is None:
            path = self._prompts.open_file(
                self._window(), self.tr("Import a plan"), exchange_filter()
            )
            if path is None:
                return None
        self._passphrase = None
        taken = self.take_in(path)
        if taken.failed:
            self._prompts.error(
                self._window(), self.tr("The plan could not be imported"), taken.summary
            )
        elif taken.summary and not taken.imported:
            self._prompts.information(self._window(), self.tr("Plan updated"), taken.summary)
        return taken.plan_id

    def update_from_files(self, paths: list[Path] | None = None) -> str | None:
        """File → Update plan from file…: each file previewed and applied on its own."""
        if paths is None:
            paths = self._prompts.open_files(
                self._window(), self.tr("Update plans from files"), exchange_filter()
            )
        if not paths:
            return None
        self._passphrase = None
        results = [self.take_in(path) for path in paths]
        self._passphrase = None
        said = [r for r in results if r.summary]
        if len(paths) == 1 and said:
            say = self._prompts.error if said[0].failed else self._prompts.information
            say(self._window(), self.tr("Update from a file"), said[0].summary)
        elif said:
            text = "\n\n".join(r.summary for r in said)
            if any(r.failed for r in said):
                self._prompts.warning(self._window(), self.tr("Update from files"), text)
            else:
                self._prompts.information(self._window(), self.tr("Update from files"), text)
        touched = [r.plan_id for r in results if r.plan_id]
        return touched[-1] if touched else None

    def take_in(self, path: Path) -> TakenIn:
        """Previews `path`, asks for its passphrase when it is sealed, and imports or merges it."""
        preview, refused = self._preview(path)
        if refused is not None:
            return refused
        assert preview is not None
        if preview.new_plan:
            return self._import_new(preview)
        return self._merge(preview)

    def _preview(self, path: Path) -> tuple[MergePreview | None, TakenIn | None]:
        passphrase = self._passphrase
        remembered = passphrase is not None
        while True:
            try:
                with self._actions.busy():
                    preview = self._services.merging.preview(path, passphrase)
                break
            except PassphraseRequiredError:
                passphrase = self._actions.ask_passphrase_to_open(path, wrong=False)
            except WrongPassphraseError:
                # A passphrase kept from the file before was simply not this file's.
                passphrase = self._actions.ask_passphrase_to_open(path, wrong=not remembered)
            except DomainError as exc:
                return None, TakenIn(path, None, describe_merge_error(exc), failed=True)
            remembered = False
            if passphrase is None:
                return None, TakenIn(path, None, cancelled=True)
        if passphrase is not None:
            self._passphrase = passphrase
        return preview, None

    def _import_new(self, preview: MergePreview) -> TakenIn:
        path = preview.file
        try:
            with self._actions.busy():
                result = self._services.merging.merge(path, read=preview.read)
        except DomainError as exc:
            return TakenIn(path, None, describe_merge_error(exc), failed=True)
        self._events.people_changed.emit()
        self._events.plan_changed.emit(result.plan_id)
        if result.imported is not None and result.imported.person_differs:
            self._offer_person(result.imported)
        summary = (
            self.tr("%1: the plan of %2 was imported as a new plan.")
            .replace("%1", path.name)
            .replace("%2", result.person_name)
        )
        return TakenIn(path, result.plan_id, summary, imported=True)

    def _offer_person(self, imported: ImportResult) -> None:
        """A stored person is never changed silently: the file's details are offered."""
        differs = "\n".join(
            self.tr("%1: “%2” here, “%3” in the file")
            .replace("%1", field_name(name))
            .replace("%2", here)
            .replace("%3", there)
            for name, (here, there) in imported.person_differs.items()
        )
        take = self._prompts.confirm_destructive(
            self._window(),
            self.tr("Take the file's details?"),
            self.tr(
                "%1 is already stored here, with other details than in the file:\n\n%2\n\n"
                "The details stored here were kept. Take the file's details instead?"
            )
            .replace("%1", imported.person_name)
            .replace("%2", differs),
            self.tr("Take the file's details"),
        )
        if not take:
            return
        plan = self._services.plans.get(imported.plan_id)
        person = self._services.people.get(plan.person_id)
        taken = {name: there for name, (_here, there) in imported.person_differs.items()}
        try:
            self._services.people.update(replace(person, **taken))
        except DomainError as exc:
            tell_refused(self._prompts, self._window(), self.tr("This could not be done"), exc)
            return
        self._events.people_changed.emit()

    def _merge(self, preview: MergePreview) -> TakenIn:
        path, plan_id = preview.file, preview.plan_id
        dialog = MergePreviewDialog(
            preview,
            desk_side(self._services, plan_id),
            self._services.plans.bundle(plan_id),
            self._window(),
        )
        try:
            decision = self.ask_merge(dialog)
        finally:
            dialog.deleteLater()
        if decision is None:
            return TakenIn(path, plan_id, cancelled=True)
        try:
            with self._actions.busy():
                result = self._services.merging.merge(
                    path,
                    read=preview.read,
                    choices=decision.choices,
                    take_person=decision.take_person,
                )
        except UndecidedConflictsError:
            text = self.tr(
                "%1: the plan here changed while the file was previewed; nothing was "
                "written. Update from the file again."
            ).replace("%1", path.name)
            return TakenIn(path, plan_id, text, failed=True)
        except DomainError as exc:
            return TakenIn(path, plan_id, describe_merge_error(exc), failed=True)
        self._events.people_changed.emit()
        self._events.plan_changed.emit(plan_id)
        outcome = result.outcome
        if not result.written or outcome is None or outcome.nothing_new:
            text = self.tr("%1: nothing new in this file.").replace("%1", path.name)
            return TakenIn(path, plan_id, text)
        counts = dict.fromkeys(("added", "changed", "removed"), 0)
        for change in outcome.changes:
            counts[change.change.value] += 1
        text = (
            self.tr("%1: the plan of %2 was updated (%3 added, %4 changed, %5 removed).")
            .replace("%1", path.name)
            .replace("%2", result.person_name)
            .replace("%3", str(counts["added"]))
            .replace("%4", str(counts["changed"]))
            .replace("%5", str(counts["removed"]))
        )
        if outcome.unsigned:
            text += " " + self.tr(
                "Your signature of the development talk was withdrawn, as the other desk "
                "changed what you signed: read the record again and sign it anew."
            )
        return TakenIn(path, plan_id, text)

    # --- whose desk ------------------------------------------------------------------------

    def edit_properties(self, plan_id: str) -> bool:
        """The plan's properties; True when whose desk the copy is on was changed."""
        plan = self._services.plans.get(plan_id)
        person = self._services.people.get(plan.person_id)
        desk = self._services.plans.desk(plan_id)
        dialog = PlanPropertiesDialog(person.name, plan, desk, self._window())
        try:
            while True:
                side = self.ask_properties(dialog)
                if side is None or side is desk.side:
                    return False
                try:
                    self._services.plans.set_desk(plan_id, side)
                except DomainError as exc:
                    dialog.show_error(describe(exc))  # said in the dialog; it stays open
                    continue
                self._events.plan_changed.emit(plan_id)
                self._events.people_changed.emit()
                return True
        finally:
            dialog.deleteLater()


def _run_merge(dialog: MergePreviewDialog) -> MergeDecision | None:
    return dialog.decision() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _run_properties(dialog: PlanPropertiesDialog) -> Side | None:
    return dialog.desk_choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
