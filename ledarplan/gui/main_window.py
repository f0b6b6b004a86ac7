"""The main window: people and plans on the left, the open plan (or a welcome, the models, or
the team overview) on the right.

It is built in two steps, so that it is on screen at once: the frame (menus, the sidebar,
the last layout) from Qt and the settings alone, before the first paint; then, once the
storage is open (`attach`), what needs the data. A command chosen in between is run once the
data is there; what is typed in the search box stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledarplan.gui.dropped_files import dropped_plan_files
from ledarplan.gui.events import DataEvents
from ledarplan.gui.flushed import flushed_first
from ledarplan.gui.i18n import LanguageSwitcher
from ledarplan.gui.pack_banner import PackProblemsBanner, PresetsProblemsBanner
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.people_panel import PeoplePanel
from ledarplan.gui.views.welcome_page import WelcomePage
from ledarplan.gui.window_dialogs import WindowDialogs
from ledarplan.gui.window_layout import (
    PREFERRED_SIZE,
    SIDEBAR_WIDTH,
    restore_layout,
    saved_layout,
)
from ledarplan.gui.window_menus import WindowMenus
from ledarplan.presets import Presets
from ledarplan.settings import Settings, SettingsStore

if TYPE_CHECKING:
    from ledarplan.gui.desk_flows import DeskFlows
    from ledarplan.gui.desk_menu import DeskMenu
    from ledarplan.gui.hr_flows import HrFlows
    from ledarplan.gui.plan_actions import PlanActions
    from ledarplan.gui.team_actions import TeamActions
    from ledarplan.gui.views.model_browser import ModelBrowserView
    from ledarplan.gui.views.team_view import TeamOverviewView
    from ledarplan.gui.views.workspace import PageFactory, PlanWorkspace
    from ledarplan.services.container import Services
    from ledarplan.services.plans import Heading


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings_store: SettingsStore,
        settings: Settings,
        prompts: Prompts,
        *,
        languages: LanguageSwitcher | None = None,
        presets: Presets | None = None,
    ):
        """The frame: what Qt and the settings alone can show. `attach` adds the data."""
        super().__init__()
        self._languages = languages
        self._presets = presets or Presets()
        self._presets_problems: list[str] = []
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._settings_store = settings_store
        self._settings = settings
        self._prompts = prompts
        self.events = DataEvents(self)
        #: Commands chosen before the data was there, run once it is (see `attach`).
        self._pending: list[Callable[[], object]] = []
        self.ready = False
        self.page_actions: list[QAction] = []

        self.people = PeoplePanel()
        self.welcome = WelcomePage()
        self.welcome.create_requested.connect(
            self.when_ready(lambda: self._create_plan(new_person=True))
        )
        self.welcome.sample_requested.connect(self.when_ready(self._create_sample))
        self.welcome.import_requested.connect(self.when_ready(self._import))
        self.opening = QLabel()
        self.opening.setObjectName("openingPage")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("color: palette(mid);")

        self._build_panes()
        #: The dialogs the menus open that are neither a plan's nor a desk's.
        self.dialogs = WindowDialogs(self)
        #: The menus and their commands (the handlers are this window's).
        self.menus = WindowMenus(self)
        self.retranslate()
        restore_layout(self, self.splitter, settings)
        self.stack.setCurrentWidget(self.opening)

    def attach(
        self,
        services: Services,
        page_factories: Sequence[PageFactory],
        *,
        presets: Presets | None = None,
        presets_problems: Sequence[str] = (),
    ) -> None:
        """The data is there: builds what needs it, shows the people and plans, opens the
        last plan and runs the commands chosen in the meantime."""
        # Imported here, after the first paint: they load the storage and the models.
        from ledarplan.gui.desk_flows import DeskFlows  # noqa: PLC0415
        from ledarplan.gui.desk_menu import DeskMenu  # noqa: PLC0415
        from ledarplan.gui.hr_flows import HrFlows  # noqa: PLC0415
        from ledarplan.gui.plan_actions import PlanActions  # noqa: PLC0415
        from ledarplan.gui.team_actions import TeamActions  # noqa: PLC0415
        from ledarplan.gui.views.model_browser import ModelBrowserView  # noqa: PLC0415
        from ledarplan.gui.views.team_view import TeamOverviewView  # noqa: PLC0415
        from ledarplan.gui.views.workspace import PlanWorkspace  # noqa: PLC0415

        if presets is not None:
            self._presets = presets
        self._presets_problems = list(presets_problems)
        self._services = services
        self._catalog = services.catalog
        prompts = self._prompts
        self.actions_: PlanActions = PlanActions(
            services, self.events, prompts, lambda: self, self._levels, presets=self._presets
        )
        self.desk_flows: DeskFlows = DeskFlows(
            services, self.events, prompts, lambda: self, self.actions_
        )
        self.team_actions: TeamActions = TeamActions(
            services, prompts, lambda: self, self.actions_.file_stem, presets=self._presets
        )
        self.workspace: PlanWorkspace = PlanWorkspace(
            services, self.events, prompts, page_factories
        )
        self.hr_flows: HrFlows = HrFlows(
            services,
            prompts,
            lambda: self,
            self._presets,
            lambda: self._languages.language if self._languages else "en",
        )
        # Browsing every model, independent of any plan (the first window of ledarplan).
        self.browser: ModelBrowserView = ModelBrowserView()
        self.browser.set_packs(self._catalog.packs, self._levels())
        self.browser.lock_model(self._presets.model_fixed)
        self.browser.selection_changed.connect(self._remember_model_choice)
        # Everyone the user holds a plan for (the manager's desk), or a leader's year.
        self.team_view: TeamOverviewView = TeamOverviewView(services, self.events)
        self.team_view.open_requested.connect(self._open_from_team)
        menus = self.menus
        self.team_view.set_actions(
            [menus.team_pdf_action, menus.team_calendar_action], [menus.calendar_action]
        )
        for page in (self.workspace, self.browser, self.team_view):
            self.stack.addWidget(page)
        self._add_banners()

        self.page_actions = [
            self.menus.action(lambda i=i: self._show_page(i), f"Ctrl+{i + 1}")
            for i in range(self.workspace.tabs.count())
        ]
        self.menus.view_menu.insertActions(self.menus.team_action, [*self.page_actions])
        self.menus.view_menu.insertSeparator(self.menus.team_action)
        self.desk_menu: DeskMenu = DeskMenu(
            self,
            self.desk_flows,
            current_plan=lambda: self.workspace.plan_id,
            before=self.workspace.flush,
            select_plan=self._select_plan,
        )
        self._fill_file_menu(services)
        self.menus.edit_menu.addSeparator()
        self.menus.edit_menu.addAction(self.desk_menu.properties_action)
        self.people.set_actions(
            [
                self.menus.new_plan_action,
                self.menus.rename_action,
                self.desk_menu.properties_action,
                None,
                self.menus.export_action,
                self.menus.pdf_action,
                None,
                self.menus.archive_action,
                self.menus.unarchive_action,
                self.menus.delete_plan_action,
                self.menus.delete_person_action,
            ]
        )
        self.people.plan_selected.connect(self._open_plan)
        self.events.people_changed.connect(self._people_changed)
        self.ready = True
        self.retranslate()
        model = self._starting_model(self._settings)
        self.browser.select(model, self._levels().get(model or ""))
        self.people.attach(services)
        last = self._settings.last_plan_id
        if not (last and self.people.select("plan", last)):
            self._show_start()
        pending, self._pending = self._pending, []
        for command in pending:  # once the window has shown the data
            QTimer.singleShot(0, command)

    def when_ready(self, command: Callable[[], object]) -> Callable[[], None]:
        """`command` now if the data is there, else once it is."""

        def run(*_args: object) -> None:
            if self.ready:
                self._run_command(command)
            else:
                self._pending.append(lambda: self._run_command(command))
                self.statusBar().showMessage(self.tr("Opening your plans…"), 5_000)

        return run

    def _run_command(self, command: Callable[[], object]) -> None:
        """Runs a command of the window. One that finds the organisation's database away
        (restarting, the network gone) changes nothing: the status bar says that it needs the
        database and to try again once it is back — no message box, no traceback."""
        from ledarplan.services.errors import UnreachableDatabaseError  # noqa: PLC0415 - ready

        try:
            command()
        except UnreachableDatabaseError:
            from ledarplan.gui.refusals import say_needs_database  # noqa: PLC0415

            say_needs_database(self)

    def _build_panes(self) -> None:
        self.stack = QStackedWidget()
        for page in (self.opening, self.welcome):
            self.stack.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.people)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, PREFERRED_SIZE.width() - SIDEBAR_WIDTH])

        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(6, 6, 6, 6)
        self._central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.pack_banner: PackProblemsBanner | None = None
        self.presets_banner: PresetsProblemsBanner | None = None
        # The organisation's database away (restarting, the network gone): said plainly
        # while what was typed waits for it.
        self.waiting_banner = QLabel()
        self.waiting_banner.setObjectName("databaseWaiting")
        self.waiting_banner.setWordWrap(True)
        self.waiting_banner.setStyleSheet(
            "#databaseWaiting { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"
        )
        self.waiting_banner.hide()
        self._central_layout.insertWidget(0, self.waiting_banner)

    def _database_waiting(self, waiting: bool) -> None:
        self.waiting_banner.setVisible(waiting)
        if not waiting:
            self.statusBar().showMessage(
                self.tr("The database is back: everything you typed is saved."), 10_000
            )

    def _fill_file_menu(self, services: Services) -> None:
        """The desk's own commands, and moving local plans in on the organisation's
        database."""
        menus = self.menus
        menus.file_menu.insertActions(menus.contribute_action, self.desk_menu.file_actions())
        menus.file_menu.insertSeparator(menus.contribute_action)
        self.menus.move_in_action.setVisible(services.moving_in.available)

    def _add_banners(self) -> None:
        """Problems in the organisation's model packs and presets, above everything; the
        database being away, when it is."""
        self.workspace.waiting_changed.connect(self._database_waiting)
        if self._catalog.errors:
            details = "\n\n".join(error.describe() for error in self._catalog.errors)
            self.pack_banner = PackProblemsBanner(details, len(self._catalog.errors), self._prompts)
            self._central_layout.insertWidget(0, self.pack_banner)
        if self._presets_problems:
            self.presets_banner = PresetsProblemsBanner(
                "\n\n".join(self._presets_problems), len(self._presets_problems), self._prompts
            )
            self._central_layout.insertWidget(1 if self.pack_banner else 0, self.presets_banner)

    def _levels(self) -> dict[str, str]:
        """Role level per model: the user's last choice, else the organisation's preset."""
        levels = dict(self._settings.levels)
        if self._presets.model and self._presets.level:
            levels.setdefault(self._presets.model, self._presets.level)
        return levels

    def _starting_model(self, settings: Settings) -> str | None:
        """The user's last model, unless the organisation keeps everyone to its own."""
        if self._presets.model_fixed:
            return self._presets.model
        return settings.framework_id or self._presets.model

    # --- building ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.menus.retranslate()
        # The tabs may not have heard of the new language yet: ask the pages themselves.
        titles = self.workspace.page_titles() if self.page_actions else []
        for action, title in zip(self.page_actions, titles, strict=True):
            action.setText(title.replace("&", "&&"))
        self.opening.setText(self.tr("Opening your plans…"))
        self.waiting_banner.setText(
            self.tr(
                "Waiting for the organisation's database: it cannot be reached just now. What "
                "you type stays here and is saved as soon as the database is back; it is tried "
                "again every few seconds."
            )
        )
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @flushed_first
    def set_language(self, language: str) -> None:
        """Switches the interface language at once and remembers it for the next start."""
        if self._languages is None:
            return
        language = self._languages.apply(language)
        self.menus.language_actions[language].setChecked(True)
        self._save_settings(language=language)

    # --- what is shown -------------------------------------------------------------------

    def _show_start(self) -> None:
        if self.people.is_empty():
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.browser)
        self._update_actions()

    def _open_plan(self, plan_id: str | None) -> None:
        shown = self.workspace.plan_id
        if shown is not None and plan_id != shown and self.workspace.holds_typed_work():
            # What was typed waits for the database: the plan it belongs to stays open (the
            # status bar says why) and is chosen again in the list.
            QTimer.singleShot(0, lambda: self.people.select("plan", shown))
            return
        if plan_id == shown and plan_id is not None and self.workspace.waiting:
            return  # chosen again while waiting: nothing to read now
        self.workspace.set_plan(plan_id)
        if plan_id is None:
            if self.stack.currentWidget() is not self.team_view:  # the overview stays in view
                self._show_start()
        else:
            self.stack.setCurrentWidget(self.workspace)
            self._settings = self._settings.changed(last_plan_id=plan_id)
        self._update_actions()

    def _show_page(self, index: int) -> None:
        if self.workspace.plan_id is not None:
            self.stack.setCurrentWidget(self.workspace)
            self.workspace.show_page(index, focus=True)

    def _show_models(self) -> None:
        self.stack.setCurrentWidget(self.browser)

    @flushed_first
    def _show_team(self) -> None:
        self.stack.setCurrentWidget(self.team_view)
        self.team_view.reload()
        self.team_view.table.setFocus()

    def _open_from_team(self, plan_id: str) -> None:
        """A row of the team overview opened: its plan, chosen in the people list too."""
        if not self.people.select("plan", plan_id):
            self.people.search.clear()  # the person was filtered out of the list
            self.people.select("plan", plan_id)
        if self.workspace.plan_id != plan_id:
            self._open_plan(plan_id)
        self.stack.setCurrentWidget(self.workspace)
        self._update_actions()

    def _people_changed(self) -> None:
        self.people.reload()
        if self.people.current() is None:
            self._open_plan(None)
        self._update_actions()

    def _update_title(self, heading: Heading | None) -> None:
        """The open plan's person and title before the program's name, as the taskbar shows it:
        "Åsa Ørsted — Development plan 2027 — ledarplan"."""
        parts = [self.tr("ledarplan")]
        if heading is not None and heading.plan is not None and heading.owner is not None:
            plan = heading.plan
            parts[:0] = [heading.owner.name, plan.title or plan.snapshot.framework_name]
        self.setWindowTitle(" — ".join(parts))

    def _update_actions(self) -> None:
        if not self.ready:
            self._offer_commands()
            return
        from ledarplan.services.errors import UnreachableDatabaseError  # noqa: PLC0415 - ready

        try:
            self._offer_commands()
        except UnreachableDatabaseError:
            # The organisation's database is away: the title and the commands offered stay
            # as they were (the waiting line says why) until it answers again.
            return

    def _offer_commands(self) -> None:
        person_id = self.people.current_person_id()
        plan_id = self.workspace.plan_id if self.ready else None
        heading = self._services.plans.heading(plan_id, person_id) if self.ready else None
        self._update_title(heading)
        person = heading.person if heading is not None else None
        self.menus.offer(
            person, plan_id is not None, anyone=self.ready and not self.people.is_empty()
        )
        for action in self.page_actions:
            action.setEnabled(plan_id is not None)
        if heading is not None:
            self.desk_menu.update(plan_id, heading.side)

    # --- flows ---------------------------------------------------------------------------

    def _select_plan(self, plan_id: str | None) -> None:
        if plan_id:
            self.people.reload(select=("plan", plan_id))

    @flushed_first
    def _create_plan(self, *, new_person: bool) -> None:
        person_id = None if new_person else self.people.current_person_id()
        plan_id = self.actions_.create_plan(person_id, self.browser.current_framework_id())
        if plan_id is not None:  # the next new plan is offered the same model and level
            plan = self._services.plans.get(plan_id)
            self.browser.select(plan.framework_id, plan.level_id)
        self._select_plan(plan_id)

    def _create_sample(self) -> None:
        self._select_plan(self.actions_.create_sample(self.browser.current_framework_id()))

    def open_plan_file(self, path: Path) -> None:
        """A plan file given on the command line or by the system (a double click)."""
        self.when_ready(lambda: self._import(path))()

    @flushed_first
    def _import(self, path: Path | None = None) -> None:
        self._select_plan(self.desk_flows.import_file(path))

    @flushed_first
    def _export(self, include_private: bool, *, encrypt: bool = False) -> None:
        if self.workspace.plan_id:
            self.actions_.export_plan(
                self.workspace.plan_id, include_private=include_private, encrypt=encrypt
            )

    @flushed_first
    def _export_pdf(self) -> None:
        if self.workspace.plan_id:
            self.actions_.export_pdf(self.workspace.plan_id, self.language())

    @flushed_first
    def _export_team_pdfs(self) -> None:
        self.team_actions.export_pdfs(self.language())

    @flushed_first
    def _export_calendar(self, *, whole_team: bool) -> None:
        plan_id = None if whole_team else self.workspace.plan_id
        if whole_team or plan_id is not None:
            self.team_actions.export_calendar(plan_id, self.language())

    def language(self) -> str:
        """The window's language (PDFs are written and calendar events titled in it)."""
        return self._languages.language if self._languages else "en"

    @flushed_first
    def _contribute(self) -> None:
        """What is typed is saved first, so the summary holds what the user sees."""
        self.hr_flows.contribute(self.workspace.plan_id)

    def _organisation_summary(self) -> None:
        self.hr_flows.organisation_summary()

    def models_changed(self) -> None:
        """Shows the models anew (one was added)."""
        shown = self.browser.current_framework_id()
        self.browser.set_packs(self._catalog.packs, self._levels())
        self.browser.select(shown)

    def show_dialog(self, dialog: QDialog) -> None:
        """Runs a dialog of the window (tests replace this to drive it without exec)."""
        dialog.exec()

    def _rename(self) -> None:
        person_id = self.people.current_person_id()
        if person_id:
            self.actions_.rename_person(person_id)

    def _archive(self, archived: bool) -> None:
        person_id = self.people.current_person_id()
        if person_id:
            self.actions_.set_archived(person_id, archived)

    @flushed_first
    def _delete_person(self) -> None:
        person_id = self.people.current_person_id()
        if person_id and self.actions_.delete_person(person_id):
            self._open_plan(None)

    @flushed_first
    def _delete_plan(self) -> None:
        if self.workspace.plan_id and self.actions_.delete_plan(self.workspace.plan_id):
            self._open_plan(None)

    # --- drag and drop of plan files ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_plan_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_plan_files(event.mimeData())
        if len(paths) == 1:
            event.acceptProposedAction()
            self.when_ready(lambda: self._import(paths[0]))()
        elif paths:  # a manager drops the files of several leaders: each on its own
            event.acceptProposedAction()
            self.when_ready(lambda: self._update_from_files(paths))()

    @flushed_first
    def _update_from_files(self, paths: list[Path]) -> None:
        self._select_plan(self.desk_flows.update_from_files(paths))

    # --- settings ------------------------------------------------------------------------

    def _remember_model_choice(self, framework_id: str, level_id: str | None) -> None:
        levels = dict(self._settings.levels)
        if level_id:
            levels[framework_id] = level_id
        self._save_settings(framework_id=framework_id, levels=levels)

    def _save_settings(self, **changes: object) -> None:
        """Stores the window's own settings, keeping those changed elsewhere (the last
        folder of the file dialogs, the backup folder) as they are in the file."""
        self._settings = self._settings.changed(**changes)
        try:
            self._settings_store.update(**changes)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Could not save the settings: %1").replace("%1", str(exc)), 10_000
            )

    @flushed_first  # whatever was typed is saved before the window goes, without asking …
    def closeEvent(self, event: QCloseEvent) -> None:
        problems = self.workspace.save_problems() if self.ready else []
        # … unless it cannot be saved: then the user decides, and the text stays on screen.
        if problems and not self._prompts.confirm_destructive(
            self,
            self.tr("Close without saving?"),
            self.tr(
                "Some of what you typed could not be saved:\n\n%1\n\nIf you close now, it is "
                "lost. Stay to correct it (or free space on the disk) and it is saved again."
            ).replace("%1", "\n".join(problems)),
            self.tr("Close without saving"),
        ):
            event.ignore()
            return
        self._save_settings(
            **saved_layout(self, self.splitter),
            last_plan_id=self.workspace.plan_id if self.ready else self._settings.last_plan_id,
        )
        super().closeEvent(event)
