"""The base of every page of an open plan (assessment, goals, coaching, talk, overview)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from copy import deepcopy
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ledarplan.domain.errors import DomainError
from ledarplan.domain.saved_meanwhile import decided, own_earlier_save
from ledarplan.domain.sync import Choice
from ledarplan.gui.desks import desk_side
from ledarplan.gui.edit_session import EditSession, Revert
from ledarplan.gui.events import EVERYTHING, DataEvents, PlanPart
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.refusals import tell_refused
from ledarplan.gui.views.saved_meanwhile_dialog import SavedMeanwhileDialog, run_dialog
from ledarplan.gui.widgets.due_date_delegate import show_plan_period
from ledarplan.gui.widgets.fitting import scrolling
from ledarplan.services.container import Services
from ledarplan.services.errors import ChangedMeanwhileError, UnreachableDatabaseError

T = TypeVar("T")
R = TypeVar("R")


def waiting_to_switch() -> str:
    """Why the window stays with what the user typed while the database is away."""
    return QCoreApplication.translate(
        "PlanPage",
        "What you typed waits for the organisation's database, so this stays on screen: it is "
        "saved as soon as the database is back. Choose again then.",
    )


class PlanPage(QWidget):
    """A page shows one plan at a time; the workspace calls `set_plan` and `flush`.

    Subclasses lay their widgets out on `content` in `__init__` (the page scrolls only when the
    window is smaller than the body can be made), fill them in `reload()`, store what the user
    typed in `save_edits()` (which `edits` calls after a pause in typing, when focus leaves a
    field, and on `flush()`), and set their texts in `retranslate()` (called again on language
    change).
    """

    #: The parts of a plan the page shows: a change to any other part does not reload it.
    shows: frozenset[PlanPart] = EVERYTHING

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.events = events
        self.prompts = prompts
        self.plan_id: str | None = None
        #: Where a page lays out its widgets.
        self.content = QWidget()
        self.content.setObjectName("pageContent")
        self.scroll = scrolling(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._notifying = False  # our own change notices must not reload this page
        self._stale = False  # changed elsewhere while hidden: reload when shown
        #: What the user typed on its way to the services (autosave, flush, refused saves).
        self.edits = EditSession(
            self.save_edits, prompts, self, reachable=services.plans.database_reachable
        )
        self._refilling = 0  # reading the page afresh (see `refill`)
        #: Shows the choice between theirs and mine; the choices, or None (decided later).
        self.ask_meanwhile: Callable[[SavedMeanwhileDialog], dict[str, Choice] | None] = run_dialog
        #: Saves given up while the database did not answer, by record: it may have committed
        #: them (a lost answer to COMMIT), and then the next save meets them as "saved
        #: meanwhile" — this window's own earlier text, not someone else's (`store_edited`).
        self._given_up: dict[str, list[Any]] = {}
        events.plan_parts_changed.connect(self._on_plan_changed_elsewhere)

    @property
    def save_problem(self) -> str | None:
        """Why the last save of typed work was refused (None: everything typed is stored).
        The window asks before closing while this is set, so nothing is dropped silently."""
        return self.edits.problem

    def set_plan(self, plan_id: str | None, *, load: bool = True) -> None:
        """Shows the plan `plan_id`. With `load` False (a page not in view) the page is filled
        when it is next shown, so opening a plan reads only what the user sees."""
        self.flush()
        self.plan_id = plan_id
        self._follow_plan_period()
        self._stale = not load
        if load:
            self.refill()

    def _follow_plan_period(self) -> None:
        """An empty date field's calendar opens inside the plan's period."""
        plan = None
        if self.plan_id is not None:
            try:
                plan = self.services.plans.get(self.plan_id)
            except DomainError:
                plan = None  # gone meanwhile: the page shows nothing of it
        start, end = (plan.period_start, plan.period_end) if plan else (None, None)
        show_plan_period(self, start, end)

    def reload(self) -> None:
        """Refills the page from the services for `self.plan_id` (None: show nothing)."""

    def refill(self) -> None:
        """Reads the page afresh (another plan, someone else's change, shown again). While
        typed work here waits for the organisation's database it is left as it is, and read
        once that work is saved; a page that cannot be read because the database is away
        says so in the window's waiting line (no message box) and is read when it is back."""
        if self.edits.waiting:
            self.edits.read_failed(self.refill)
            return
        self._refilling += 1
        try:
            self.reload()
        except UnreachableDatabaseError:
            self.edits.read_failed(self.refill)  # said in the waiting line, read when back
        finally:
            self._refilling -= 1

    def keeps_waiting_work(self) -> bool:
        """True when typed work waits for the organisation's database: the page stays with
        what it belongs to (another goal, session, talk or round is not shown), and the
        window's status bar says why. What was typed is saved once the database is back."""
        if not self.edits.typed_waits:
            return False
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(waiting_to_switch(), 10_000)
        return True

    def flush(self) -> None:
        """Saves whatever the user typed and is not saved yet."""
        self.edits.flush()

    def save_edits(self) -> None:
        """Stores what the user typed, through `self.edits.store`."""

    def store_edited(
        self,
        save: Callable[[R, R | None], R],
        edited: R,
        read: R | None,
        *reverts: Revert,
        labels: Mapping[str, str] | None = None,
    ) -> R | None:
        """Stores `edited` (the record as it was `read`, then edited here) through
        `save(record, read)`, as `self.edits.store` does. What someone else saved meanwhile is
        kept where nothing was typed here; a value both changed is shown side by side —
        theirs and mine — to keep mine, take theirs or keep both (`labels` names the ids a
        value holds). None: not stored (refused, waiting for the database, decided later)."""

        key = getattr(edited, "id", "")
        given_up = self._given_up.get(key, [])

        def meanwhile(refused: ChangedMeanwhileError) -> Callable[[], R] | None:
            rebased = refused.rebased
            assert rebased is not None
            here = desk_side(self.services, self.plan_id)
            if own_earlier_save(rebased, given_up, here):
                mine = decided(rebased, {})
                return lambda: save(mine, rebased.stored)
            dialog = SavedMeanwhileDialog(rebased, labels, self.window(), here=here)
            try:
                choices = self.ask_meanwhile(dialog)
            finally:
                dialog.deleteLater()
            if choices is None:
                return None
            chosen = decided(rebased, choices)
            return lambda: save(chosen, rebased.stored)

        stored = self.edits.store(lambda: save(edited, read), *reverts, meanwhile=meanwhile)
        if self.edits.typed_waits:  # given up: it may have reached the database all the same
            attempts = self._given_up.setdefault(key, [])
            if not attempts or attempts[-1] != edited:  # tried again as it was: kept once
                attempts.append(deepcopy(edited))
        else:
            self._given_up.pop(key, None)
        return stored

    def retranslate(self) -> None:
        """Sets every user-visible text of the page."""

    @classmethod
    def page_title(cls) -> str:
        """The page's name in the workspace's tabs, known before a page is built."""
        return ""

    def title(self) -> str:
        return self.page_title()

    def run(self, action: Callable[[], T]) -> T | None:
        """Runs a service call; a refused action becomes a message, never a traceback."""
        try:
            return action()
        except DomainError as exc:
            if self._refilling and isinstance(exc, UnreachableDatabaseError):
                # Read while the database is away: said in the window's waiting line.
                self.edits.read_failed(self.refill)
                return None
            # Named context: self.tr() would look it up under the subclass's name.
            title = QCoreApplication.translate("PlanPage", "This could not be done")
            tell_refused(self.prompts, self, title, exc)
            return None

    def notify_changed(self, *parts: PlanPart) -> None:
        """Tells the other pages that these parts of the plan changed (this page ignores its
        own notice)."""
        if self.plan_id is None:
            return
        self._notifying = True
        try:
            self.events.announce(self.plan_id, parts or EVERYTHING)
        finally:
            self._notifying = False

    def _on_plan_changed_elsewhere(self, plan_id: str, parts: frozenset[PlanPart]) -> None:
        if self._notifying or plan_id != self.plan_id or not parts & self.shows:
            return
        if self.isVisible():
            self.flush()
            self.refill()
        else:
            self._stale = True  # refilled when shown, not behind the user's back

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
