"""An open plan: its pages side by side in tabs, all showing the same plan."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ledarplan.gui.events import DataEvents
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.model_browser import ModelBrowserView
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services

PageFactory = Callable[[Services, DataEvents, Prompts], PlanPage]


class PlanWorkspace(QWidget):
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
        self.plan_id: str | None = None
        self.pages: list[PlanPage] = [make(services, events, prompts) for make in page_factories]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        for page in self.pages:
            self.tabs.addTab(page, page.title())
            develop = getattr(page, "develop_requested", None)
            if develop is not None:
                develop.connect(self.develop_item)
        # The plan's own model, at its level, for reading while working on the plan.
        self.model_view = ModelBrowserView()
        self.model_view.set_packs(services.catalog.packs, {})
        self.model_view.model_combo.setEnabled(False)
        self._model_shown_for: str | None = None
        self.tabs.addTab(self.model_view, "")
        self.tabs.currentChanged.connect(lambda _index: self._show_model_if_in_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def page(self, kind: type[PlanPage]) -> PlanPage | None:
        return next((p for p in self.pages if isinstance(p, kind)), None)

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        in_view = self.tabs.currentWidget()
        for page in self.pages:
            # The other pages are filled when their tab is chosen (see PlanPage.set_plan).
            page.set_plan(plan_id, load=page is in_view)
        self._show_model_if_in_view()

    def _show_model_if_in_view(self) -> None:
        """The plan's model, at its level, once its tab is chosen (and again for a new plan)."""
        plan_id = self.plan_id
        if self.tabs.currentWidget() is not self.model_view or plan_id is None:
            return
        if plan_id != self._model_shown_for:
            plan = self._services.plans.get(plan_id)
            self.model_view.select(plan.framework_id, plan.level_id)
            self._model_shown_for = plan_id

    def develop_item(self, item_id: str) -> None:
        """ "Develop this": a new goal for the item, on the goals page, ready to be named."""
        for page in self.pages:
            create = getattr(page, "create_goal_from_item", None)
            if create is not None:
                self.tabs.setCurrentWidget(page)
                create(item_id)
                return

    def flush(self) -> None:
        for page in self.pages:
            page.flush()

    def save_problems(self) -> list[str]:
        """Why typed work on the pages is not stored yet (empty: all of it is)."""
        return [page.save_problem for page in self.pages if page.save_problem is not None]

    def show_page(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def retranslate(self) -> None:
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
        self.tabs.setTabText(len(self.pages), self.tr("Leadership model"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Dates and numbers shown in the pages' tables follow the new locale.
            for page in self.pages:
                page.flush()
                page.reload()
        super().changeEvent(event)
