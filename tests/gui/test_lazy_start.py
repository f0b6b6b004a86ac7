"""Starting the window and opening plans: only what is in view is done at once (the day's
backup on its own thread, pages built when their tab is chosen)."""

from __future__ import annotations

import threading
from datetime import date

from ledarplan.app import run_gui
from ledarplan.gui.application import DailyBackup, _say_backup_failed
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.overview_page import OverviewPage
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.storage.errors import DiskFullError


def test_the_window_makes_the_days_backup_once_it_is_shown(paths, monkeypatch, qapp):
    made_on: list[tuple[str, list[str]]] = []
    original = MaintenanceService.rotate_daily

    def rotate_daily(self, keep=14, today=None):
        windows = [w.objectName() for w in qapp.topLevelWidgets() if w.isVisible()]
        made_on.append((threading.current_thread().name, windows))
        return original(self, keep, today)

    monkeypatch.setattr(MaintenanceService, "rotate_daily", rotate_daily)
    assert run_gui(paths, exit_when_ready=True) == 0
    # Once, on a thread of its own, while the window was up (not before it opened) …
    ((thread, windows),) = made_on
    assert thread == "daily-backup"
    assert "mainWindow" in windows
    # … and it was finished before the program ended.
    assert (paths.backups_dir / f"daily-{date.today():%Y%m%d}.sqlite3").is_file()
    assert not list(paths.backups_dir.glob("*.partial"))


def test_a_daily_backup_that_cannot_be_made_is_said_not_fatal(
    services, make_window, qtbot, monkeypatch
):
    def full_disk(keep=14, today=None):
        raise DiskFullError(services.maintenance.database_file)

    monkeypatch.setattr(services.maintenance, "rotate_daily", full_disk)
    backup = DailyBackup(services.maintenance, keep=3)
    with qtbot.waitSignal(backup.failed, timeout=10_000) as said:
        backup.start()
    backup.wait()
    assert "The disk is full" in said.args[0]
    window = make_window()
    _say_backup_failed(window, said.args[0])
    message = window.statusBar().currentMessage()
    assert message.startswith("No backup could be made: The disk is full")
    assert "\n" not in message


def test_opening_a_plan_fills_the_page_in_view_and_the_others_when_chosen(make_window):
    window = make_window()
    window.menus.sample_action.trigger()  # a sample plan with two coaching sessions, opened
    sample = window.workspace.plan_id
    plan = window._services.plans.get(sample)
    workspace = window.workspace
    overview = workspace.page(OverviewPage)
    coaching = workspace.page(CoachingView)
    goals = workspace.page(GoalsView)
    workspace.tabs.setCurrentWidget(coaching)
    assert coaching.list_model.rowCount() == 2
    window._open_plan(None)  # the coaching log, in view, is emptied
    assert coaching.list_model.rowCount() == 0
    workspace.tabs.setCurrentWidget(overview)

    window._open_plan(sample)
    assert overview.heading.text() == plan.title  # in view: filled at once
    assert coaching.list_model.rowCount() == 0  # not in view: not read yet
    workspace.tabs.setCurrentWidget(coaching)
    assert coaching.plan_id == sample
    assert coaching.list_model.rowCount() == 2  # filled once chosen
    workspace.tabs.setCurrentWidget(goals)
    assert goals.goal_list.model().rowCount() == len(window._services.goals.list(sample))
    workspace.tabs.setCurrentWidget(workspace.model_view)
    assert workspace.model_view.current_framework_id() == plan.framework_id


def test_the_window_builds_only_the_page_in_view_and_the_others_when_chosen(make_window):
    window = make_window()
    workspace = window.workspace
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    pages = ["Overview", "Assessment", "Goals", "Coaching", "Development talk"]
    assert titles == [*pages, "Leadership model"]
    assert [type(p) for p in workspace.pages] == [OverviewPage]
    window.menus.sample_action.trigger()
    window.set_language("sv")  # a page not yet built is named in the language too
    assert workspace.tabs.tabText(3) == "Coachning"
    window.set_language("en")  # leave English for the tests that follow
    workspace.show_page(3)
    coaching = workspace.tabs.currentWidget()
    assert isinstance(coaching, CoachingView)
    assert [type(p) for p in workspace.pages] == [OverviewPage, CoachingView]
    assert coaching.list_model.rowCount() == 2  # built for the open plan, and filled
    assert workspace.page(GoalsView) is workspace.tabs.widget(2)  # built when asked for
    assert workspace.tabs.currentWidget() is coaching  # without moving away
