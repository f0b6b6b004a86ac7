"""What a page's user typed, on its way to the services: one object per page.

It saves shortly after typing stops, at once when focus leaves a watched field, and on
`flush()` (which the window calls before it closes or runs a command). It keeps why the last
save was refused (`problem`), which the window asks about before closing. And it handles a
field the rules refuse in one way for every editor with a binding table: the refused value goes
back to its stored value while everything else typed is kept and saved; an emptied line the
user is still in is judged when they leave it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ledarplan.domain.errors import DomainError, InvalidInputError
from ledarplan.gui.aside import Answers
from ledarplan.gui.autosave import SAVE_DELAY_MS, connect_edit_signal
from ledarplan.gui.binding import Bindings
from ledarplan.gui.error_text import describe, translate_reason
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.widgets.date_edit import DateEdit
from ledarplan.services.errors import ChangedMeanwhileError, UnreachableDatabaseError

T = TypeVar("T")


@dataclass
class Revert:
    """An editor's fields and the object they edit: a refused field of `edited` is given its
    value in `stored` again (and so is its widget)."""

    fields: Bindings
    edited: object | None
    stored: object | None

    def binds(self, name: str) -> bool:
        return name in self.fields and self.edited is not None and self.stored is not None

    def take_back(self, name: str) -> None:
        """The edited object gets the stored value of one field again (its widget does not)."""
        setattr(self.edited, name, copy.deepcopy(getattr(self.stored, name)))

    def show_stored(self, name: str) -> None:
        self.fields.restore(name, self.stored)


class EditSession(QObject):
    """`save` stores what the page's widgets show, through `store`.

    When the organisation's database cannot be reached (restarting, the network gone), what
    was typed stays on screen and pending: `waiting` is set (and `waiting_changed` says so, for
    the window to tell the user). Every `RETRY_MS` — and at every pause in typing — `reachable`
    is asked on a worker thread whether the database answers again (the window keeps working
    meanwhile), and once it does the save is made, on this thread. A page that could not be
    read while the database was away (`read_failed`) waits the same way and is read again when
    it is back. No message box: the window says it once, plainly."""

    #: True while typed work waits for the organisation's database; False once it is stored.
    waiting_changed = Signal(bool)
    #: How often a save that found the database away is tried again.
    RETRY_MS = 5_000

    def __init__(
        self,
        save: Callable[[], None],
        prompts: Prompts,
        parent: QWidget,
        delay_ms: int = SAVE_DELAY_MS,
        reachable: Callable[[], bool] | None = None,
    ):
        super().__init__(parent)
        #: Whether the database answers again (asked on a worker thread; None: the save itself
        #: is tried again).
        self._reachable = reachable
        self._save = save
        self._prompts = prompts
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_pending)
        self._pending = False
        self._suspended = 0
        self._flushing = 0
        # A line the user emptied and is still in: saved, or refused, when they leave it.
        self._unfinished: QWidget | None = None
        # Date fields read what was typed when left; a flush reads it before saving.
        self._dates: list[DateEdit] = []
        # Why the last save of typed work was refused (None: everything typed is stored).
        self.problem: str | None = None
        self.waiting = False
        self._typed_waits = False  # typed work waits for the database
        self._reread: Callable[[], None] | None = None  # a page to read again when it is back
        self._trying = 0  # the save is being tried again now that the database answers
        self._probing = False
        self._answers = Answers(self)
        self._answers.answered.connect(self._probed)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(self.RETRY_MS)
        self._retry.timeout.connect(self._probe)

    # --- typing ------------------------------------------------------------------------

    @property
    def refused(self) -> bool:
        """The last save was refused: what is on screen is not stored."""
        return self.problem is not None

    @property
    def typed_waits(self) -> bool:
        """What was typed here waits for the organisation's database (not only a reading)."""
        return self._typed_waits

    @property
    def busy(self) -> bool:
        """The user is typing here (a save pending), or what they typed is not stored yet:
        no time to refill the page with someone else's changes."""
        return (
            self._pending
            or self._timer.isActive()
            or self._unfinished is not None
            or self.waiting
            or self.problem is not None
        )

    def touch(self, *_args: object) -> None:
        """An edit happened: save after the pause (ignored while the page fills itself)."""
        if self._suspended:
            return
        self._pending = True
        self._timer.start()

    def save_pending(self) -> None:
        """Saves what is pending now (the pause is over, or focus left a field). While the
        database is away it is asked aside whether it is back, and saved once it is."""
        self._timer.stop()
        if self._pending:
            if self._typed_waits and not self._trying:
                self._probe()
                return
            self._pending = False
            self._save()

    def save_now(self, *_args: object) -> None:
        """A decision rather than typing (a row added, a box ticked): stored at once."""
        self.touch()
        self.save_pending()

    def flush(self) -> None:
        """Saves everything typed, a line still being edited included (before the window
        closes, another plan or entity is shown, or a command runs)."""
        self._flushing += 1
        try:
            for field in self._dates:
                if field.has_pending_text():
                    field.commit()
            if self._unfinished is not None:
                self._unfinished = None
                self.touch()
            self.save_pending()
        finally:
            self._flushing -= 1

    def discard(self) -> None:
        """Forgets pending edits and their problem (what they belong to is gone or reloaded)."""
        self._timer.stop()
        self._set_waiting(False)
        self._pending = False
        self._unfinished = None
        self.problem = None

    def suspended(self) -> _Suspend:
        """`with edits.suspended():` while filling widgets from stored data."""
        return _Suspend(self)

    # --- what is watched ---------------------------------------------------------------

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            connect_edit_signal(widget, self.touch)
            widget.installEventFilter(self)
            self._watch_date(widget)

    def _watch_date(self, widget: QWidget) -> None:
        if isinstance(widget, DateEdit) and widget not in self._dates:
            self._dates.append(widget)

    def watch_fields(self, fields: Bindings) -> None:
        for field in fields:
            if field.changed is not None:
                field.changed.connect(self.touch)
                field.widget.installEventFilter(self)
                self._watch_date(field.widget)
            else:
                self.watch(field.widget)
            if isinstance(field.widget, QLineEdit) and not isinstance(field.widget, DateEdit):
                # An emptied required line is judged when the user leaves it (see `store`).
                field.widget.editingFinished.connect(self._line_finished)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.save_pending()
        return False

    def _line_finished(self) -> None:
        if self._unfinished is not None and self.sender() is self._unfinished:
            self._unfinished = None
            self.save_now()

    # --- storing -----------------------------------------------------------------------

    def store(
        self,
        call: Callable[[], T],
        *reverts: Revert,
        meanwhile: Callable[[ChangedMeanwhileError], Callable[[], T] | None] | None = None,
    ) -> T | None:
        """Runs the service call that stores the typed work and records whether it did.

        A field the rules refuse that one of `reverts` binds is put back and the rest stored
        again; any other refusal is shown and leaves what was typed on screen, unsaved.
        Someone else having saved the same values meanwhile goes to `meanwhile`, which lets
        the user decide and gives the call that stores the decision (None: decided later,
        and what was typed stays on screen, unsaved).
        """
        put_back: list[str] = []
        messages: list[str] = []
        unfinished = None
        while True:
            try:
                result = call()
            except InvalidInputError as exc:
                revert = next((r for r in reverts if r.binds(exc.field)), None)
                if revert is None or exc.field in put_back:
                    return self._refused(describe(exc), messages)
                put_back.append(exc.field)
                revert.take_back(exc.field)
                field = revert.fields[exc.field]
                still_in = (
                    isinstance(field.widget, QLineEdit)
                    and not isinstance(field.widget, DateEdit)  # a date is read when done
                    and field.widget.hasFocus()
                )
                if still_in and not self._flushing:
                    # Still in the line (e.g. cleared the title to type a new one): keep the
                    # rest quietly and judge the line when they leave it.
                    unfinished = field.widget
                    continue
                with self.suspended():
                    revert.show_stored(exc.field)
                messages.append(
                    self.tr("“%1” %2. It is back to what it was; everything else is saved.")
                    .replace("%1", field.label_text())
                    .replace("%2", translate_reason(exc.reason))
                )
            except UnreachableDatabaseError as exc:
                # Away for a while: kept on screen and pending, tried again until it is back.
                self.problem = describe(exc)
                self._pending = True
                self._retry.start()
                self._set_waiting(True)
                return None
            except ChangedMeanwhileError as exc:
                again = meanwhile(exc) if meanwhile is not None and exc.rebased else None
                if again is None:
                    return self._refused(describe(exc), messages, tell=meanwhile is None)
                call = again
            except DomainError as exc:
                return self._refused(describe(exc), messages)
            else:
                break
        self._unfinished = unfinished
        self.problem = None
        self._set_waiting(False)
        if messages:
            self._tell("\n\n".join(messages))
        return result

    def read_failed(self, reread: Callable[[], None]) -> None:
        """The page could not be read: the database is away. The window says it waits, and
        `reread` is called once the database answers again."""
        self._reread = reread
        self._retry.start()
        self._say_waiting()

    def _probe(self) -> None:
        """Asks whether the database is back, without blocking the window (see `gui.aside`)."""
        if not self.waiting or self._probing:
            return
        if self._reachable is None:
            self._probed(True)
            return
        self._probing = True
        self._answers.ask(self._reachable, failed=False)

    def _probed(self, back: object) -> None:
        self._probing = False
        if not self.waiting:
            return
        if not back:
            self._retry.start()
            return
        reread, self._reread = self._reread, None
        if self._typed_waits:
            self._trying += 1
            try:
                self.save_now()
            finally:
                self._trying -= 1
        if self._typed_waits:  # away again: read later, not over what was typed
            self._reread = self._reread or reread
            self._say_waiting()
            return
        self._say_waiting()
        if reread is not None:
            reread()

    def _set_waiting(self, waiting: bool) -> None:
        self._typed_waits = waiting
        if not waiting and self._reread is None:
            self._retry.stop()
        self._say_waiting()

    def _say_waiting(self) -> None:
        waiting = self._typed_waits or self._reread is not None
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)

    def _refused(self, problem: str, told: list[str], *, tell: bool = True) -> None:
        self.problem = problem
        self._unfinished = None
        self._set_waiting(False)
        if tell or told:
            self._tell("\n\n".join([*told, problem]))

    def _tell(self, text: str) -> None:
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        self._prompts.error(window, self.tr("This could not be saved"), text)


class _Suspend:
    def __init__(self, session: EditSession):
        self._session = session

    def __enter__(self) -> None:
        self._session._suspended += 1

    def __exit__(self, *_exc: object) -> None:
        self._session._suspended -= 1
