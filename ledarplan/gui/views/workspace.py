"""An open plan: its pages side by side in tabs, all showing the same plan.

A page is built when its tab is first chosen (or when code asks for it with `page`): the
window opens with the page in view only, not with every page a user may never open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ledarplan.domain.errors import DomainError
from ledarplan.gui.aside import Answers
from ledarplan.gui.events import EVERYTHING, DataEvents
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.model_browser import ModelBrowserView
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services

PageFactory = Callable[[Services, DataEvents, Prompts], PlanPage]
P = TypeVar("P", bound=PlanPage)


class PlanWorkspace(QWidget):
    """On the organisation's database, where someone else may change the open plan meanwhile,
    the workspace looks every `WATCH_MS` whether they did (one small row) and then refills the
    pages — only while the user is not typing: a page is refilled once what they typed is
    stored.

    The row is read on a worker thread (a network gone without a word would hold the window
    for the timeouts); its answer, the plan's version, comes back to this thread, where it is
    told from the program's own saves. An answer read while this program saved, or for a plan
    no longer shown, or arriving while the user types, is dropped: the next look tells."""

    #: True while some page's typed work waits for the organisation's database to be back.
    waiting_changed = Signal(bool)
    #: How often the open plan is looked at for someone else's changes.
    WATCH_MS = 5_000

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        page_factories: Sequence[PageFactory],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._services = services
        self._events = events
        self._prompts = prompts
        self.plan_id: str | None = None
        self._factories = list(page_factories)
        #: The page of each tab once built (None: an empty stand-in holds its tab till then).
        self._built: list[PlanPage | None] = [None] * len(self._factories)
        self._replacing = False
        self.waiting = False
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self.look_for_changes)
        self._looks = Answers(self)
        self._looks.answered.connect(self._looked)
        self._looking = False
        self._opened = 0  # counts plans shown: a look started before is out of date
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        for _make in self._factories:
            self.tabs.addTab(QWidget(), "")
        # The plan's own model, at its level, for reading while working on the plan (built,
        # like the pages, when its tab is first chosen).
        self._model_view: ModelBrowserView | None = None
        self._model_shown_for: str | None = None
        self.tabs.addTab(QWidget(), "")
        if self._factories:
            self._page_at(0)  # the tab in view
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    # --- the pages -------------------------------------------------------------------------

    @property
    def pages(self) -> list[PlanPage]:
        """The pages built so far, in the order of their tabs."""
        return [page for page in self._built if page is not None]

    def page(self, kind: type[P]) -> P | None:
        """The page of that kind, built now if it was not yet."""
        for index, make in enumerate(self._factories):
            built = self._built[index]
            if isinstance(built, kind) or (
                built is None and isinstance(make, type) and issubclass(make, kind)
            ):
                return self._page_at(index)  # type: ignore[return-value]
        for index in range(len(self._factories)):  # factories that are not classes
            page = self._page_at(index)
            if isinstance(page, kind):
                return page
        return None

    def _page_at(self, index: int) -> PlanPage:
        page = self._built[index]
        if page is not None:
            return page
        page = self._factories[index](self._services, self._events, self._prompts)
        self._built[index] = page
        page.edits.waiting_changed.connect(self._page_waiting)
        develop = getattr(page, "develop_requested", None)
        if develop is not None:
            develop.connect(self.develop_item)
        if self.plan_id is not None:
            page.set_plan(self.plan_id, load=False)  # read when shown
        self._put_in_tab(index, page, page.title())
        return page

    def look_for_changes(self) -> None:
        """Looks aside whether someone else saved anything of the plan; the pages are
        refilled when the answer says so (an answer that comes while the user types is
        dropped: the next look tells). It looks while the user types too: a look left
        unanswered is how the program learns that the network has gone without a word
        before a save meets it on the window's thread (storage.contact)."""
        plan_id = self.plan_id
        if plan_id is None or self._looking:
            return
        self._looking = True
        token, version = self._look_token(), self._services.plans.version  # on this thread
        self._looks.ask(lambda: (token, version(plan_id)), failed=None)

    def _look_token(self) -> tuple[str | None, int, int]:
        """What a look's answer must still match to count: the plan shown, and no plan shown
        or save made by this program since it was asked."""
        return (self.plan_id, self._opened, self._services.plans.saves_made)

    def _looked(self, answer: object) -> None:
        self._looking = False
        if answer is None:
            return  # the database away (a save or the waiting line says so), the plan gone
        token, version = answer  # type: ignore[misc]
        if token != self._look_token() or self._typing():
            return  # out of date, or the user is typing: the next look tells
        plan_id = token[0]
        assert plan_id is not None
        if self._services.plans.changed_elsewhere(plan_id, version):
            self._events.announce(plan_id, EVERYTHING)

    def _typing(self) -> bool:
        return any(page.edits.busy for page in self.pages)

    def holds_typed_work(self) -> bool:
        """Typed work on a page waits for the organisation's database: another plan is not
        shown until it is saved (see `PlanPage.keeps_waiting_work`)."""
        return any(page.keeps_waiting_work() for page in self.pages)

    def _page_waiting(self, _waiting: bool) -> None:
        waiting = any(page.edits.waiting for page in self.pages)
        if waiting != self.waiting:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)

    @property
    def model_view(self) -> ModelBrowserView:
        if self._model_view is None:
            view = ModelBrowserView()
            view.set_packs(self._services.catalog.packs, {})
            view.model_combo.setEnabled(False)
            self._model_view = view
            index = len(self._factories)
            self._put_in_tab(index, view, self.tabs.tabText(index))
        return self._model_view

    def _put_in_tab(self, index: int, widget: QWidget, title: str) -> None:
        """A built page takes its stand-in's place in its tab (a tab's widget cannot be
        swapped in place); the tab in view stays in view."""
        current = self.tabs.currentIndex()
        stand_in = self.tabs.widget(index)
        self._replacing = True
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self._replacing = False
        stand_in.deleteLater()

    def _tab_chosen(self, index: int) -> None:
        if self._replacing:
            return
        if 0 <= index < len(self._factories):
            self._page_at(index)
        self._show_model_if_in_view()

    # --- the plan ---------------------------------------------------------------------------

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self._opened += 1
        self._watch.stop()
        if plan_id is not None and self._services.plans.shared:
            with contextlib.suppress(DomainError):  # the database away: the page says so
                # Watched from what is read now, with the pages (on this thread, as they are).
                self._services.plans.changed_elsewhere(plan_id)
            self._watch.start()
        in_view = self.tabs.currentWidget()
        for page in self.pages:
            # The other pages are filled when their tab is chosen (see PlanPage.set_plan).
            page.set_plan(plan_id, load=page is in_view)
        self._show_model_if_in_view()

    def _show_model_if_in_view(self) -> None:
        """The plan's model, at its level, once its tab is chosen (and again for a new plan)."""
        plan_id = self.plan_id
        if self.tabs.currentIndex() != len(self._factories) or plan_id is None:
            return
        if plan_id != self._model_shown_for:
            plan = self._services.plans.get(plan_id)
            self.model_view.select(plan.framework_id, plan.level_id)
            self._model_shown_for = plan_id

    def develop_item(self, item_id: str) -> None:
        """ "Develop this": a new goal for the item, on the goals page, ready to be named."""
        for index, make in enumerate(self._factories):
            built = self._built[index]
            if hasattr(make if built is None else built, "create_goal_from_item"):
                page = self._page_at(index)
                self.tabs.setCurrentWidget(page)
                page.create_goal_from_item(item_id)  # type: ignore[attr-defined]
                return

    def flush(self) -> None:
        for page in self.pages:
            page.flush()

    def save_problems(self) -> list[str]:
        """Why typed work on the pages is not stored yet (empty: all of it is)."""
        return [page.save_problem for page in self.pages if page.save_problem is not None]

    def show_page(self, index: int, *, focus: bool = False) -> None:
        """Shows a page; with `focus` (Ctrl+1…6) the keyboard goes there too, to the page's
        first field, rather than staying where it was (the search box)."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            if focus:
                _focus_first(self.tabs.currentWidget())

    def page_titles(self) -> list[str]:
        """The pages' titles in the current language (asked afresh, not read off the tabs)."""
        titles = [
            built.title() if built is not None else _title_of(make)
            for make, built in zip(self._factories, self._built, strict=True)
        ]
        return [*titles, self.tr("Leadership model")]

    def retranslate(self) -> None:
        for index, title in enumerate(self.page_titles()):
            self.tabs.setTabText(index, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Dates and numbers shown in the pages' tables follow the new locale.
            for page in self.pages:
                page.flush()
                page.refill()
        super().changeEvent(event)


def _focus_first(page: QWidget) -> None:
    """The keyboard to the first widget of `page` that takes it by Tab."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled() and page.isAncestorOf(widget):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _title_of(make: PageFactory) -> str:
    title = getattr(make, "page_title", None)
    return title() if callable(title) else ""
