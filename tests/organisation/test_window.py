"""The window on the organisation's database: the leader's plan opens, what is typed is saved
there, and the backup menu says that IT keeps the backups."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ledarplan.app import open_services
from ledarplan.domain.entities import Rating
from ledarplan.domain.sync import Choice
from ledarplan.gui.application import GuiServices, create_main_window
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.paths import AppPaths
from ledarplan.presets import Presets
from ledarplan.settings import SettingsStore
from tests.gui.conftest import FakePrompts

from .conftest import catalog_of_builtins

pytestmark = pytest.mark.gui

LEADER = "win_anna"


@pytest.fixture
def window(org, qtbot, private_data_dir):
    yield from _window(org, qtbot, private_data_dir, org.url(LEADER))


@pytest.fixture
def window_behind(org, qtbot, private_data_dir, silent_network):
    """The window with the database reached over a network that `cut()` makes go silent."""
    try:
        yield from _window(org, qtbot, private_data_dir, silent_network.url(LEADER, org.name))
    finally:
        silent_network.mend()


def _window(org, qtbot, data_dir, url):
    catalog = catalog_of_builtins()
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna Window") == 0
    with org.services(LEADER, catalog) as services:
        (me,) = services.people.list()
        plan = services.plans.create(me.id, "kalix", title="Plan i databasen")
        services.goals.add(plan.id, "Lyssna mer", [])
    paths = AppPaths(data_dir)
    services = open_services(paths, catalog, database_url=url, daily_backup=False)
    prompts = FakePrompts()
    gui = GuiServices(
        settings_store=SettingsStore(paths.settings_file),
        services=services,
        prompts=prompts,
        presets=Presets(),
    )
    main = create_main_window(gui)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main, plan.id, prompts
    main.close()
    # Gone before the database is dropped: a window left behind would reload its pages from
    # it when a later test changes the language.
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    services.close()


def test_the_window_shows_and_saves_the_leaders_plan_in_the_database(window, org, qtbot):
    main, plan_id, _prompts = window
    main._open_plan(plan_id)
    goals = main.workspace.page(GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    assert goals.editor.title_edit.text() == "Lyssna mer"
    goals.editor.title_edit.setText("Lyssna mer och tala mindre")
    main.workspace.flush()
    with org.sql() as conn:
        titles = conn.execute("SELECT title FROM goal WHERE plan_id = %s", [plan_id]).fetchall()
    assert titles == [("Lyssna mer och tala mindre",)]


def test_the_backup_menu_says_it_is_its_work(window):
    main, _plan_id, prompts = window
    main.menus.backups_action.trigger()
    ((kind, title, text),) = prompts.shown
    assert (kind, title) == ("information", "Backups")
    assert "IT backs up" in text and "makes no copies" in text
    assert "(pg_dump, continuous archiving)" in text


def test_what_someone_else_saved_meanwhile_is_taken_where_the_user_typed_nothing(window, org):
    main, plan_id, prompts = window
    main._open_plan(plan_id)
    goals = main.workspace.page(GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    # The same leader on another terminal server saves the goal's title meanwhile.
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (goal,) = elsewhere.goals.list(plan_id)
        goal.title = "Lyssna mer, sagt på en annan dator"
        elsewhere.goals.save_fields(goal)
    goals.editor.description_edit.setPlainText("Skrivet här")
    main.workspace.flush()
    assert goals.edits.problem is None and prompts.shown == []
    assert goals.editor.title_edit.text() == "Lyssna mer, sagt på en annan dator"
    with org.sql() as conn:
        stored = conn.execute("SELECT title, description FROM goal WHERE plan_id = %s", [plan_id])
        assert stored.fetchall() == [("Lyssna mer, sagt på en annan dator", "Skrivet här")]


def test_moving_the_local_plans_in_shows_what_will_move_then_moves_them(window, org, qtbot):
    from ledarplan.paths import local_data_dir  # noqa: PLC0415

    main, _plan_id, _prompts = window
    local = open_services(AppPaths(local_data_dir()), catalog_of_builtins(), daily_backup=False)
    me = local.people.create("Anna på datorn")
    local.plans.create(me.id, "kalix", title="Planen från datorn")
    local.close()
    dialogs = []
    main.show_dialog = dialogs.append
    assert main.menus.move_in_action.isVisible()
    assert main.menus.move_in_action.text() == "Move my plans to the organisation database…"
    main.menus.move_in_action.trigger()
    (dialog,) = dialogs
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(local_data_dir())  # this user's own, by default
    row = dialog.plans.topLevelItem(0)
    assert [row.text(n) for n in range(3)] == [
        "Planen från datorn", "Anna på datorn", "New plan in the database"
    ]  # fmt: skip
    assert dialog.summary.text() == "1 plan will be moved."
    with org.sql() as conn:  # a preview writes nothing
        assert conn.execute("SELECT count(*) FROM plan").fetchone() == (1,)
    dialog.move_button.click()
    assert dialog.summary.text() == "1 plan moved into the organisation's database."
    assert not dialog.move_button.isEnabled()
    with org.sql() as conn:
        titles = conn.execute("SELECT title FROM plan ORDER BY title").fetchall()
    assert titles == [("Plan i databasen",), ("Planen från datorn",)]
    assert main.people.select("plan", row_plan_id(org, "Planen från datorn"))
    dialog.show_preview()  # again: nothing new
    assert dialog.plans.topLevelItem(0).text(2) == "In the database already; nothing new"
    assert dialog.summary.text() == (
        "Nothing new to move: every plan here is in the database already."
    )


def row_plan_id(org, title: str) -> str:
    with org.sql() as conn:
        return conn.execute("SELECT id FROM plan WHERE title = %s", [title]).fetchone()[0]


def _both_typed(main, org, plan_id):
    """The other side saves the goal's description while this window's user types theirs."""
    goals = main.workspace.page(GoalsView)
    main._open_plan(plan_id)
    main.workspace.tabs.setCurrentWidget(goals)
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (goal,) = elsewhere.goals.list(plan_id)
        goal.description = "Sparat på en annan dator"
        elsewhere.goals.save_fields(goal)
    goals.editor.description_edit.setPlainText("Skrivet här")
    return goals


def _stored_description(org, plan_id):
    with org.sql() as conn:
        (row,) = conn.execute("SELECT description FROM goal WHERE plan_id = %s", [plan_id])
    return row[0]


def test_a_value_both_changed_is_shown_side_by_side_and_kept_both_when_chosen(window, org):
    main, plan_id, prompts = window
    goals = _both_typed(main, org, plan_id)
    seen = []

    def keep_both(dialog):
        assert dialog.pane.mine_text.toPlainText() == "Skrivet här"
        assert dialog.pane.theirs_text.toPlainText() == "Sparat på en annan dator"
        assert not dialog.save_button.isEnabled()  # nothing decided yet
        seen.append(dialog.pane.conflicts.rowCount())
        dialog.pane.radios[Choice.BOTH].click()
        assert dialog.save_button.isEnabled()
        return dialog.choices()

    goals.ask_meanwhile = keep_both
    main.workspace.flush()
    assert seen == [1] and goals.edits.problem is None and prompts.shown == []
    stored = _stored_description(org, plan_id)
    assert stored.startswith("Skrivet här\n\n[leader, ") and stored.endswith(
        "]\nSparat på en annan dator"
    )
    assert goals.editor.description_edit.toPlainText() == stored


def test_deciding_later_leaves_what_was_typed_on_screen_and_theirs_in_the_database(window, org):
    main, plan_id, _prompts = window
    goals = _both_typed(main, org, plan_id)
    goals.ask_meanwhile = lambda _dialog: None
    main.workspace.flush()
    assert goals.edits.problem is not None
    assert "you have not yet chosen between theirs and yours" in goals.edits.problem
    assert goals.editor.description_edit.toPlainText() == "Skrivet här"
    assert _stored_description(org, plan_id) == "Sparat på en annan dator"
    # Typing on asks again; taking theirs shows theirs.

    def take_theirs(dialog):
        dialog.pane.take_all_button.click()
        return dialog.choices()

    goals.ask_meanwhile = take_theirs
    goals.editor.description_edit.setPlainText("Skrivet här, igen")
    main.workspace.flush()
    assert goals.edits.problem is None
    assert goals.editor.description_edit.toPlainText() == "Sparat på en annan dator"
    assert _stored_description(org, plan_id) == "Sparat på en annan dator"


def test_the_database_away_while_typing_nothing_is_lost_and_it_is_saved_when_back(
    window, org, postgres_server, qtbot, monkeypatch
):
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)  # tried again soon, for the test
    main, plan_id, prompts = window
    main._open_plan(plan_id)
    goals = main.workspace.page(GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    postgres_server.stop()  # the database restarts (or the network drops)
    try:
        goals.editor.description_edit.setPlainText("Skrivet medan databasen var borta")
        main.workspace.flush()
        assert goals.edits.waiting
        assert main.waiting_banner.isVisible()
        assert "Waiting for the organisation's database" in main.waiting_banner.text()
        assert prompts.shown == []  # said in the window, no message box to click away
        goals.editor.description_edit.setPlainText("Skrivet medan databasen var borta, mer")
        qtbot.wait(500)  # tried again meanwhile, still away: still waiting, nothing lost
        assert goals.edits.waiting
        assert goals.editor.description_edit.toPlainText().endswith("borta, mer")
    finally:
        postgres_server.resume()
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=10_000)
    assert not main.waiting_banner.isVisible()
    assert "everything you typed is saved" in main.statusBar().currentMessage()
    assert goals.edits.problem is None and prompts.shown == []
    with org.sql() as conn:
        stored = conn.execute("SELECT description FROM goal WHERE plan_id = %s", [plan_id])
        assert stored.fetchall() == [("Skrivet medan databasen var borta, mer",)]


def test_what_the_other_side_saves_appears_without_reopening_the_plan(window, org, qtbot):
    from ledarplan.gui.views.workspace import PlanWorkspace  # noqa: PLC0415

    main, plan_id, _prompts = window
    main.workspace._watch.setInterval(100)  # looked at often, for the test
    main._open_plan(plan_id)
    goals = main.workspace.page(GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    assert PlanWorkspace.WATCH_MS == 5_000 and main.workspace._watch.isActive()
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (goal,) = elsewhere.goals.list(plan_id)
        goal.title = "Ändrat på en annan dator"
        elsewhere.goals.save_fields(goal)
    qtbot.waitUntil(
        lambda: goals.editor.title_edit.text() == "Ändrat på en annan dator", timeout=5_000
    )
    # While the user types, the page is not refilled under their hands.
    goals.editor.description_edit.setPlainText("Jag skriver")
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (goal,) = elsewhere.goals.list(plan_id)
        goal.title = "Ändrat igen"
        elsewhere.goals.save_fields(goal)
    main.workspace.look_for_changes()
    assert goals.editor.title_edit.text() == "Ändrat på en annan dator"
    assert goals.editor.description_edit.toPlainText() == "Jag skriver"
    # Once what was typed is stored, the other's change shows too; nothing typed is lost.
    qtbot.waitUntil(lambda: goals.editor.title_edit.text() == "Ändrat igen", timeout=5_000)
    assert goals.editor.description_edit.toPlainText() == "Jag skriver"
    with org.sql() as conn:
        stored = conn.execute("SELECT title, description FROM goal WHERE plan_id = %s", [plan_id])
        assert stored.fetchall() == [("Ändrat igen", "Jag skriver")]


# --- the same choice on the other pages ------------------------------------------------------


def _page(main, plan_id, kind):
    main._open_plan(plan_id)
    page = main.workspace.page(kind)
    main.workspace.tabs.setCurrentWidget(page)
    return page


def _choose(expected_mine, expected_theirs, choice, seen):
    """What the test user does in the side-by-side choice: checks both sides, then chooses."""

    def ask(dialog):
        assert dialog.pane.mine_text.toPlainText() == expected_mine
        assert dialog.pane.theirs_text.toPlainText() == expected_theirs
        seen.append(dialog.pane.theirs_when.text())
        dialog.pane.radios[choice].click()
        return dialog.choices()

    return ask


def test_a_coaching_reflection_both_changed_is_a_choice_that_says_who_saved_theirs_and_when(
    window, org
):
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415

    main, plan_id, prompts = window
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        session = elsewhere.coaching.new_session(plan_id)
        session.topic = "Svåra samtal"
        elsewhere.coaching.save(session)
    coaching = _page(main, plan_id, CoachingView)
    assert coaching.editor.topic_edit.text() == "Svåra samtal"
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (theirs,) = elsewhere.coaching.list(plan_id)
        theirs.reflection = "Sparat på en annan dator"
        theirs.conclusion = "Bara där"
        elsewhere.coaching.save(theirs)
    coaching.editor.kolb_edits["reflection"].setPlainText("Skrivet här")
    seen: list[str] = []
    coaching.ask_meanwhile = _choose("Skrivet här", "Sparat på en annan dator", Choice.BOTH, seen)
    main.workspace.flush()
    assert coaching.edits.problem is None and prompts.shown == []
    (when,) = seen
    assert when.startswith("Saved by you, in another window, at ")  # the same login, today
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:  # the session's texts
        ((reflection, conclusion),) = [  # are private: read as the leader
            (s.reflection, s.conclusion) for s in elsewhere.coaching.list(plan_id)
        ]
    assert reflection.startswith("Skrivet här\n\n[leader, ")
    assert reflection.endswith("]\nSparat på en annan dator")
    assert conclusion == "Bara där"
    # What was stored is on screen: their conclusion, both reflections.
    assert coaching.editor.kolb_edits["conclusion"].toPlainText() == "Bara där"
    assert coaching.editor.kolb_edits["reflection"].toPlainText() == reflection


def test_a_talks_summary_and_a_rounds_note_both_changed_are_the_same_choice(window, org):
    from ledarplan.domain.entities import DevelopmentTalk  # noqa: PLC0415
    from ledarplan.gui.views.assessment_view import AssessmentView  # noqa: PLC0415
    from ledarplan.gui.views.talk_view import TalkView  # noqa: PLC0415

    main, plan_id, prompts = window
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        elsewhere.talks.prepare(DevelopmentTalk(plan_id, date(2026, 4, 1), summary="Utkast"))
        item = elsewhere.plans.get(plan_id).snapshot.item_ids[0]
        elsewhere.assessments.record(plan_id, date(2026, 3, 1), [Rating(item, 3)], note="Först")
    talk = _page(main, plan_id, TalkView)
    assert talk.outcome.summary_edit.toPlainText() == "Utkast"
    rounds = _page(main, plan_id, AssessmentView)
    assert rounds.editor.note_edit.toPlainText() == "Först"
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (theirs,) = elsewhere.talks.list(plan_id)
        elsewhere.talks.prepare(replace(theirs, summary="Deras sammanfattning"))
        (theirs,) = elsewhere.assessments.list(plan_id)
        elsewhere.assessments.save(replace(theirs, note="Deras anteckning"))

    seen: list[str] = []
    talk.ask_meanwhile = _choose("Min sammanfattning", "Deras sammanfattning", Choice.THEIRS, seen)
    main.workspace.tabs.setCurrentWidget(talk)
    talk.outcome.summary_edit.setPlainText("Min sammanfattning")
    main.workspace.flush()
    assert talk.edits.problem is None and prompts.shown == []
    assert talk.outcome.summary_edit.toPlainText() == "Deras sammanfattning"

    rounds.ask_meanwhile = _choose("Min anteckning", "Deras anteckning", Choice.MINE, seen)
    main.workspace.tabs.setCurrentWidget(rounds)
    rounds.editor.note_edit.setPlainText("Min anteckning")
    main.workspace.flush()
    assert rounds.edits.problem is None and prompts.shown == []
    assert len(seen) == 2
    with org.sql() as conn:
        assert conn.execute("SELECT summary FROM development_talk").fetchall() == [
            ("Deras sammanfattning",)
        ]
        assert conn.execute("SELECT note FROM assessment_round").fetchall() == [("Min anteckning",)]


def test_the_theirs_side_says_who_saved_it_and_when(qtbot):
    from ledarplan.domain.entities import Goal, Side, Stamp  # noqa: PLC0415
    from ledarplan.domain.saved_meanwhile import Rebased  # noqa: PLC0415
    from ledarplan.gui.formatting import format_datetime, format_time  # noqa: PLC0415
    from ledarplan.gui.views.saved_meanwhile_dialog import SavedMeanwhileDialog  # noqa: PLC0415

    goal = Goal(plan_id="p", title="Lyssna mer")
    dialog = SavedMeanwhileDialog(Rebased(goal, goal, []), here=Side.LEADER)
    qtbot.addWidget(dialog)
    at = datetime(2026, 12, 3, 13, 2, tzinfo=timezone.utc)
    local = at.astimezone()
    manager = Stamp(Side.MANAGER, 4, at)
    assert dialog.saved_text(manager, now=local) == f"Saved by the manager at {format_time(local)}"
    later = local + timedelta(days=2)
    assert dialog.saved_text(manager, now=later) == (
        f"Saved by the manager on {format_datetime(local)}"
    )
    assert dialog.saved_text(Stamp(Side.LEADER, 2, at), now=local).startswith(
        "Saved by you, in another window, at "
    )


# --- the database away: staying with what was typed, asking aside, reading later -------------


def test_with_the_database_away_another_goal_or_plan_is_not_shown_over_what_was_typed(
    window, org, postgres_server, qtbot, monkeypatch
):
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)
    main, plan_id, prompts = window
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        elsewhere.goals.add(plan_id, "Delegera mer", [])
        (me,) = elsewhere.people.list()
        other_plan = elsewhere.plans.create(me.id, "kalix", title="Nästa års plan")
    main.people.reload()
    main._open_plan(plan_id)
    goals = _page(main, plan_id, GoalsView)
    goals.goal_list.setCurrentIndex(goals.goal_model.index(0, 0))
    first = goals.editor.title_edit.text()
    postgres_server.stop()
    try:
        goals.editor.description_edit.setPlainText("Skrivet medan databasen var borta")
        main.workspace.flush()
        assert goals.edits.waiting
        goals.goal_list.setCurrentIndex(goals.goal_model.index(1, 0))  # another goal
        qtbot.wait(50)
        assert goals.editor.title_edit.text() == first  # the goal typed in stays
        assert goals.editor.description_edit.toPlainText() == "Skrivet medan databasen var borta"
        assert goals.goal_list.currentIndex().row() == 0
        assert "waits for the organisation's database" in main.statusBar().currentMessage()
        main._open_plan(other_plan.id)  # another plan, chosen in the list
        qtbot.wait(50)
        assert main.workspace.plan_id == plan_id
        assert goals.editor.description_edit.toPlainText() == "Skrivet medan databasen var borta"
        assert prompts.shown == []
    finally:
        postgres_server.resume()
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=10_000)
    with org.sql() as conn:
        stored = conn.execute(
            "SELECT description FROM goal WHERE plan_id = %s AND title = %s", [plan_id, first]
        ).fetchall()
    assert stored == [("Skrivet medan databasen var borta",)]
    goals.goal_list.setCurrentIndex(goals.goal_model.index(1, 0))  # now it may
    assert goals.editor.title_edit.text() != first


def _ticking():
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    return timer, ticks


def test_asking_whether_the_database_is_back_does_not_freeze_the_window(window, qtbot):
    """A network gone without a word makes the question take seconds (connect_timeout): it
    is asked on a worker thread, and the window keeps handling events meanwhile."""
    main, plan_id, _prompts = window
    goals = _page(main, plan_id, GoalsView)
    asked = []

    def slow_answer() -> bool:
        asked.append(1)
        time.sleep(1.5)  # as a dropped network would take
        return False

    goals.edits._reachable = slow_answer
    goals.edits._set_waiting(True)  # typed work waits (as after a save found it away)
    timer, ticks = _ticking()
    started = time.monotonic()
    goals.edits._probe()
    returned_after = time.monotonic() - started
    qtbot.wait(1_000)
    timer.stop()
    assert asked == [1] and returned_after < 0.2  # the question was asked aside
    assert len(ticks) >= 10  # events handled all along (20 in a second at best)
    qtbot.waitUntil(lambda: not goals.edits._probing, timeout=5_000)  # answered: not back
    assert goals.edits.waiting and goals.edits._retry.isActive()  # asked again later
    goals.edits._set_waiting(False)


def test_a_page_read_while_the_database_is_away_says_it_waits_and_is_read_when_back(
    window, org, postgres_server, qtbot, monkeypatch
):
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)
    main, plan_id, prompts = window
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        session = elsewhere.coaching.new_session(plan_id)
        session.topic = "Läst när databasen är tillbaka"
        elsewhere.coaching.save(session)
    main._open_plan(plan_id)
    postgres_server.stop()
    try:
        coaching = main.workspace.page(CoachingView)
        main.workspace.tabs.setCurrentWidget(coaching)  # read when first shown
        assert prompts.shown == []  # no message box
        assert coaching.edits.waiting
        assert main.waiting_banner.isVisible()
        assert "Waiting for the organisation's database" in main.waiting_banner.text()
    finally:
        postgres_server.resume()
    qtbot.waitUntil(lambda: not coaching.edits.waiting, timeout=10_000)
    assert not main.waiting_banner.isVisible()
    assert coaching.editor.topic_edit.text() == "Läst när databasen är tillbaka"
    assert prompts.shown == []


def test_a_language_change_while_typed_work_waits_keeps_it_and_saves_it_when_back(
    window, org, postgres_server, qtbot, monkeypatch
):
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)
    main, plan_id, prompts = window
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    title = main.windowTitle()
    postgres_server.stop()
    try:
        goals.editor.description_edit.setPlainText("Skrivet medan databasen var borta")
        main.workspace.flush()
        assert goals.edits.waiting
        main.set_language("sv")  # every page is read afresh in Swedish, but not over this
        assert goals.editor.description_edit.toPlainText() == "Skrivet medan databasen var borta"
        assert goals.edits.waiting and main.waiting_banner.isVisible()
        assert "Väntar på organisationens databas" in main.waiting_banner.text()
        assert main.workspace.tabs.tabText(main.workspace.tabs.indexOf(goals)) == "Mål"
        assert main.windowTitle() == title  # kept as it was: the database cannot tell
        goals.editor.description_edit.setPlainText("Skrivet på svenska medan den var borta")
        qtbot.wait(300)
        assert prompts.shown == []  # no message box, no traceback (pytest-qt fails on one)
    finally:
        postgres_server.resume()
    try:
        qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=10_000)
        assert goals.editor.description_edit.toPlainText() == (
            "Skrivet på svenska medan den var borta"
        )
        assert _stored_description(org, plan_id) == "Skrivet på svenska medan den var borta"
        assert prompts.shown == []
    finally:
        main.set_language("en")


def test_looking_for_the_others_changes_does_not_freeze_the_window(window, org, qtbot, monkeypatch):
    """On a network gone without a word the 5-second look takes seconds: it is made on a
    worker thread, the window keeps handling events, and what it finds is shown after."""
    main, plan_id, _prompts = window
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    main.workspace._watch.stop()  # looked at by hand below
    plans = main.workspace._services.plans
    read_version = plans.version
    asked = []

    def slow_version(asked_for: str) -> str:
        asked.append(asked_for)
        time.sleep(1.5)  # as a dropped network would take
        return read_version(asked_for)

    monkeypatch.setattr(plans, "version", slow_version)
    with org.services(LEADER, catalog_of_builtins()) as elsewhere:
        (goal,) = elsewhere.goals.list(plan_id)
        goal.title = "Ändrat på en annan dator"
        elsewhere.goals.save_fields(goal)
    timer, ticks = _ticking()
    started = time.monotonic()
    main.workspace.look_for_changes()
    main.workspace.look_for_changes()  # the timer again while the first look waits: no second
    returned_after = time.monotonic() - started
    qtbot.wait(1_000)
    timer.stop()
    assert asked == [plan_id] and returned_after < 0.2  # looked aside
    assert len(ticks) >= 10  # events handled all along (20 in a second at best)
    assert goals.editor.title_edit.text() == "Lyssna mer"  # not answered yet
    qtbot.waitUntil(
        lambda: goals.editor.title_edit.text() == "Ändrat på en annan dator", timeout=5_000
    )
    assert not main.workspace._looking


def test_a_look_read_while_this_window_saved_does_not_take_its_own_save_for_another(
    window, org, qtbot, monkeypatch
):
    """The look's version is compared on the window's thread, where its saves are known: one
    read aside while the window saved is dropped, not taken for someone else's change."""
    import threading  # noqa: PLC0415

    main, plan_id, prompts = window
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    main.workspace._watch.stop()
    plans = main.workspace._services.plans
    read_version = plans.version
    release = threading.Event()

    def held_version(asked_for: str) -> str:
        version = read_version(asked_for)  # read before the save below
        release.wait(5)
        return version

    monkeypatch.setattr(plans, "version", held_version)
    refilled = []
    main.workspace._events.plan_parts_changed.connect(lambda *_: refilled.append(1))
    main.workspace.look_for_changes()
    qtbot.wait(200)
    goals.editor.description_edit.setPlainText("Skrivet här")
    main.workspace.flush()  # this window's own save, while the look is out
    assert _stored_description(org, plan_id) == "Skrivet här"
    refilled.clear()  # the page's own notice of its save to the other pages
    release.set()
    qtbot.waitUntil(lambda: not main.workspace._looking, timeout=5_000)
    monkeypatch.setattr(plans, "version", read_version)
    main.workspace.look_for_changes()  # the next look: nothing new either
    qtbot.waitUntil(lambda: not main.workspace._looking, timeout=5_000)
    assert refilled == [] and prompts.shown == []
    assert goals.editor.description_edit.toPlainText() == "Skrivet här"


def test_actions_while_the_database_is_away_say_they_need_it_without_a_message_box(
    window, org, postgres_server, qtbot, monkeypatch
):
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)
    main, plan_id, prompts = window
    assert main.people.select("plan", plan_id)  # chosen in the list: its person's commands
    coaching = _page(main, plan_id, CoachingView)
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    needs = "This needs the organisation's database, which cannot be reached just now"
    postgres_server.stop()
    try:
        goals.editor.description_edit.setPlainText("Skrivet medan databasen var borta")
        main.workspace.flush()
        assert goals.edits.waiting
        said = []
        for act in (
            goals.new_goal_button.click,
            lambda: (prompts.answers.append(True), goals.delete_goal_button.click()),
            coaching.new_button.click,
            main.menus.delete_plan_action.trigger,
            main.menus.rename_action.trigger,
            main.menus.new_plan_action.trigger,
        ):
            main.statusBar().clearMessage()
            act()
            said.append(main.statusBar().currentMessage())
        assert [kind for kind, _title, _text in prompts.shown if kind == "error"] == []
        assert all(text.startswith(needs) for text in said), said
        assert goals.editor.description_edit.toPlainText() == "Skrivet medan databasen var borta"
        assert goals.edits.waiting and main.waiting_banner.isVisible()
    finally:
        postgres_server.resume()
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=10_000)
    with org.sql() as conn:  # nothing was changed by the actions; what was typed is saved
        goals_stored = conn.execute("SELECT description FROM goal WHERE plan_id = %s", [plan_id])
        assert goals_stored.fetchall() == [("Skrivet medan databasen var borta",)]
        assert conn.execute(
            "SELECT count(*) FROM coaching_session WHERE plan_id = %s", [plan_id]
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM plan").fetchone() == (1,)


SLACK_S = 1.0  # a given-up wait ends this long after STALL_S at most


def _flush_timed(main) -> float:
    started = time.monotonic()
    main.workspace.flush()
    return time.monotonic() - started


def test_a_network_gone_silent_holds_the_window_seconds_at_most_and_nothing_is_lost(
    window_behind, org, silent_network, qtbot, monkeypatch
):
    """Nothing answers and nothing is refused (on Windows a save would wait for minutes):
    the save is given up after STALL_S, what was typed stays and waits, the next save is told
    at once, and all of it is saved when the network is back."""
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415
    from ledarplan.storage.contact import STALL_S  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)  # tried again soon, for the test
    main, plan_id, prompts = window_behind
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    main.workspace._watch.stop()  # no look to learn it first: the save meets the silence
    silent_network.cut()
    goals.editor.description_edit.setPlainText("Skrivet när nätet tystnade")
    assert _flush_timed(main) < STALL_S + SLACK_S
    assert goals.edits.waiting and main.waiting_banner.isVisible()
    assert "Waiting for the organisation's database" in main.waiting_banner.text()
    assert prompts.shown == []
    goals.editor.description_edit.setPlainText("Skrivet när nätet tystnade, och mer")
    assert _flush_timed(main) < 0.3  # gone quiet: told at once, the network not touched
    timer, ticks = _ticking()
    qtbot.wait(1_000)  # asked aside again and again meanwhile: never answered
    timer.stop()
    assert len(ticks) >= 10 and goals.edits.waiting
    silent_network.mend()
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=15_000)
    assert not main.waiting_banner.isVisible() and prompts.shown == []
    assert _stored_description(org, plan_id) == "Skrivet när nätet tystnade, och mer"


def test_the_look_for_changes_learns_the_silence_while_the_user_types(
    window_behind, org, silent_network, qtbot
):
    """The look goes on while the user types (its answer would be dropped): left unanswered,
    it tells the program the network is gone before the save meets it on the window's
    thread, so that save does not wait at all."""
    from ledarplan.storage.contact import STALL_S  # noqa: PLC0415

    main, plan_id, prompts = window_behind
    goals = _page(main, plan_id, GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    main.workspace._watch.stop()
    silent_network.cut()
    goals.editor.description_edit.setPlainText("Skrivet medan nätet tystnade")
    assert goals.edits.busy  # typing: a save is pending
    main.workspace.look_for_changes()
    assert main.workspace._looking
    qtbot.wait(round(STALL_S * 1000) + 300)  # the look unanswered for longer than STALL_S
    assert _flush_timed(main) < 0.3
    assert goals.edits.waiting and prompts.shown == []
    silent_network.mend()
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=15_000)
    assert _stored_description(org, plan_id) == "Skrivet medan nätet tystnade"


def test_a_save_given_up_after_the_database_committed_it_is_not_taken_for_someone_elses(
    window, org, qtbot, monkeypatch
):
    """A lost answer to COMMIT: the save is given up, but the database has it. When what is
    typed is saved again, its own earlier text is met as "saved meanwhile" — and taken for
    what it is, this window's own, not offered as someone else's to choose from."""
    from ledarplan.gui.edit_session import EditSession  # noqa: PLC0415
    from ledarplan.services.errors import UnreachableDatabaseError  # noqa: PLC0415

    monkeypatch.setattr(EditSession, "RETRY_MS", 200)  # tried again soon, for the test
    main, plan_id, prompts = window
    main._open_plan(plan_id)
    goals = main.workspace.page(GoalsView)
    main.workspace.tabs.setCurrentWidget(goals)
    service = main.workspace.page(GoalsView).services.goals
    real = service.save_fields

    def committed_then_lost(goal, read=None):
        real(goal, read=read)
        raise UnreachableDatabaseError("the organisation's database", "the answer was lost")

    asked = []
    goals.ask_meanwhile = lambda dialog: asked.append(dialog) or None
    monkeypatch.setattr(service, "save_fields", committed_then_lost)
    goals.editor.description_edit.setPlainText("Skrivet en gång")
    main.workspace.flush()
    assert goals.edits.waiting  # given up, as far as the window knows
    assert _stored_description(org, plan_id) == "Skrivet en gång"  # yet the database has it
    monkeypatch.setattr(service, "save_fields", real)
    goals.editor.description_edit.setPlainText("Skrivet en gång, och mer")
    qtbot.waitUntil(lambda: not goals.edits.waiting, timeout=10_000)
    main.workspace.flush()
    assert asked == [] and prompts.shown == []
    assert goals.edits.problem is None
    assert _stored_description(org, plan_id) == "Skrivet en gång, och mer"
    assert goals.editor.description_edit.toPlainText() == "Skrivet en gång, och mer"


def test_a_manager_with_one_leader_sees_the_team_not_a_year_of_their_own(
    org, qtbot, private_data_dir
):
    """On the organisation's database the plan's desk row names whoever made the plan; the
    manager's overview of their one leader is still the team's, on the manager's side."""
    from PySide6.QtWidgets import QToolButton  # noqa: PLC0415

    from ledarplan.gui.views.team_view import TEAM  # noqa: PLC0415

    catalog = catalog_of_builtins()
    assert org.ledarplan("org", "add-user", "win_maria", "--name", "Maria Chef") == 0
    assert (
        org.ledarplan("org", "add-user", LEADER, "--name", "Anna Window", "--manager", "win_maria")
        == 0
    )
    with org.services(LEADER, catalog) as services:
        (me,) = services.people.list()
        plan = services.plans.create(me.id, "kalix", title="Annas plan")
    services = open_services(
        AppPaths(private_data_dir), catalog, database_url=org.url("win_maria"),
        daily_backup=False,
    )  # fmt: skip
    main = create_main_window(
        GuiServices(
            settings_store=SettingsStore(AppPaths(private_data_dir).settings_file),
            services=services,
            prompts=FakePrompts(),
            presets=Presets(),
        )
    )
    main.show()
    qtbot.waitExposed(main)
    try:
        main.menus.team_action.trigger()
        view = main.team_view
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        assert view.mode == TEAM and view.heading.text() != "My year"
        assert view.stack.currentWidget() is view.team_table
        assert view.model.index(0, 0).data() == "Anna Window"
        assert view.current_plan_id() in (None, plan.id)
        buttons = [b.text() for b in view.findChildren(QToolButton) if b.isVisible()]
        assert "Export calendar file" not in buttons  # the team's, not one plan's year
    finally:
        main.close()
        main.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        services.close()
