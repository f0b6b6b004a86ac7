"""The manager's desk in the window: a manager holding eight plans sorts, filters, sees what
is overdue or due soon, and opens a plan; a leader with only their own plan sees their year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolButton

from ledarplan.domain.entities import Side
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.application import create_frame, plan_pages
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.team_table import (
    COL_AGREEMENTS,
    COL_MODEL,
    COL_NEXT_TALK,
    COL_PERSON,
    COL_STATUS,
    OVERDUE_BACKGROUND,
    SOON_BACKGROUND,
    YEAR_COL_DATE,
    YEAR_COL_WHAT,
    YEAR_COL_WHEN,
    PlanIdRole,
    TeamTableModel,
    YearEntry,
    YearTableModel,
)
from ledarplan.gui.views.team_view import MAX_COLUMN, TEAM, YEAR, TeamOverviewView
from ledarplan.gui.widgets.column_fit import share_width, wrap_title
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.presets import Presets
from ledarplan.services.calendar import CalendarLabels
from ledarplan.services.container import Services
from ledarplan.settings import SettingsStore
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store

pytestmark = pytest.mark.gui

TODAY = date.today()
#: Name, model, level, and how many days ago the sample plan was made: its talk is 21 days
#: after that, an open agreement falls due 7 days after it (so: 40 days ago, overdue; 7 days
#: ago, the talk is in 14 days and nothing is late yet).
TEAM_PLANS = [
    ("Hanne Krogh", "holstebro", "chef", 0),
    ("Bo Ek", "kalix", None, 40),
    ("Frida Nygaard", "holstebro", "leder-af-ledere", 7),
    ("Anna Berg", "hjo", None, 3),
    ("Eva Lund", "skr", None, 120),
    ("Gustav Ahl", "huddinge", None, 1),
    ("David Holm", "kalix", None, 2),
    ("Cecilie Dahl", "hjo", None, 80),
]


def hold_eight_plans(services) -> dict[str, str]:
    """The eight leaders' plans, all kept at the manager's desk: name → plan id."""
    plans = {}
    for name, model, level, days_ago in TEAM_PLANS:
        bundle = services.samples.create(model, level, TODAY - timedelta(days=days_ago))
        services.people.rename(bundle.person.id, name)
        services.plans.set_desk(bundle.plan.id, Side.MANAGER)
        plans[name] = bundle.plan.id
    return plans


def shown(view, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = view.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def row_of(view, name: str) -> int:
    return shown(view, COL_PERSON).index(name)


def click_header(qtbot, view, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.fixture
def team_window(make_window):
    window = make_window()
    plans = hold_eight_plans(window._services)
    window.events.people_changed.emit()
    window.menus.team_action.trigger()
    return window, plans


def test_a_managers_eight_plans_one_row_each_sorted_by_name(team_window):
    window, plans = team_window
    view = window.team_view
    assert window.stack.currentWidget() is view and view.mode == TEAM
    assert view.heading.text() == "Team overview"
    assert shown(view, COL_PERSON) == sorted(plans)
    assert view.count_label.text() == "8 people"
    buttons = [b.defaultAction() for b in view.findChildren(QToolButton) if b.isVisible()]
    assert buttons == [window.menus.team_pdf_action, window.menus.team_calendar_action]
    row = row_of(view, "Frida Nygaard")
    assert shown(view, COL_MODEL)[row] == "Holstebro Kommune · Leder af ledere"
    # The plan's title and the model's full name are in the tip.
    full = view.model.index(row, COL_MODEL).data(Qt.ItemDataRole.ToolTipRole)
    title = window._services.plans.get(window.team_view.model.index(row, 0).data(PlanIdRole))
    assert full == f"{title.title}\nModel: Ledelsesgrundlag for Social og Sundhed · Leder af ledere"
    assert shown(view, COL_NEXT_TALK)[row] == format_date(TODAY + timedelta(days=14))


def test_at_1366_by_768_every_column_is_in_view_beside_the_people_panel(qtbot, team_window):
    window, _plans = team_window
    view = window.team_view
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert window.people.isVisible()
    table, header = view.table, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    # Qt hides the scroll bar once it has laid the table out again.
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    # A long title is put on two lines to keep its column narrow; its tip has it whole.
    titles = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert "\n" in titles[COL_AGREEMENTS]
    assert titles[COL_AGREEMENTS].replace("\n", " ") == "Agreements open / overdue"
    tip = view.model.headerData(
        COL_AGREEMENTS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "past their due date" in tip
    # Dates and figures are never cut; a text cut to fit is whole in its tip.
    metrics = table.fontMetrics()
    for column in (COL_NEXT_TALK, COL_AGREEMENTS):
        widest = max(metrics.horizontalAdvance(text) for text in shown(view, column))
        assert header.sectionSize(column) > widest, column

    # A wide window leaves every text whole, up to the widest a column is made.
    window.resize(2200, 900)
    qtbot.waitUntil(lambda: table.viewport().width() > 1800)
    for column in range(view.model.columnCount()):
        font = (
            table.font()
            if column != COL_STATUS
            else view.model.index(0, COL_STATUS).data(Qt.ItemDataRole.FontRole) or table.font()
        )
        widest = max(QFontMetrics(font).horizontalAdvance(t) for t in shown(view, column))
        assert header.sectionSize(column) >= min(widest, MAX_COLUMN), column


def test_titles_wrap_where_they_are_narrowest_and_long_texts_give_way_first():
    advance = len  # a character a pixel
    assert wrap_title("Next talk", advance, 20) == "Next talk"
    assert wrap_title("Agreements open / overdue", advance, 10) == "Agreements\nopen / overdue"
    assert wrap_title("Self-assessment", advance, 10) == "Self-\nassessment"
    assert wrap_title("Självskattning", advance, 5) == "Självskattning"  # nowhere to break
    # The fixed columns keep their widths; the first group gives way before the second, the
    # widest of a group first; none below its least.
    natural = [50, 200, 100, 150, 40]
    groups = ({3: 60}, {1: 60, 2: 60})
    assert share_width(natural, groups, 600) == natural
    assert share_width(natural, groups, 500) == [50, 200, 100, 110, 40]
    assert share_width(natural, groups, 400) == [50, 150, 100, 60, 40]
    assert share_width(natural, groups, 300) == [50, 75, 75, 60, 40]
    assert share_width(natural, groups, 100) == [50, 60, 60, 60, 40]
    assert share_width([50, 20, 10], ({1: 60},), 60) == [50, 20, 10]


def test_sorting_by_a_column_sorts_by_its_value_not_its_text(qtbot, team_window):
    window, _plans = team_window
    view = window.team_view
    click_header(qtbot, view, COL_NEXT_TALK)
    talks = shown(view, COL_NEXT_TALK)
    # Hanne's talk (in 21 days) after Frida's (14) …; plans whose talk has passed come last.
    assert shown(view, COL_PERSON)[:5] == [
        "Frida Nygaard",
        "Anna Berg",
        "David Holm",
        "Gustav Ahl",
        "Hanne Krogh",
    ]
    assert talks[5:] == ["–", "–", "–"]
    click_header(qtbot, view, COL_STATUS)  # ascending: calm first …
    click_header(qtbot, view, COL_STATUS)  # … descending: the overdue first
    statuses = shown(view, COL_STATUS)
    # The most reminders first: Cecilie's and Eva's talk, agreements and actions are late.
    assert statuses[:3] == ["Talk overdue (+2)", "Talk overdue (+2)", "Talk overdue (+1)"]
    assert shown(view, COL_PERSON)[2] == "Bo Ek" and statuses[3] == "Talk due soon"
    assert set(shown(view, COL_PERSON)[:2]) == {"Eva Lund", "Cecilie Dahl"}


def test_overdue_and_due_soon_rows_are_tinted_and_say_so(team_window):
    window, _plans = team_window
    view = window.team_view
    model = view.model
    late, soon, calm = (row_of(view, n) for n in ("Bo Ek", "Frida Nygaard", "Hanne Krogh"))
    # Bo's talk was 19 days ago and is not signed off; so much, and one thing more, is late.
    assert model.index(late, COL_STATUS).data() == "Talk overdue (+1)"
    assert model.index(late, COL_PERSON).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    tip = model.index(late, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    # Both agreements of the last session (due 7 and 10 days after it) are late.
    assert tip.split("\n") == [
        f"Talk overdue: the talk on {format_date(TODAY - timedelta(days=19))} is not signed off",
        "Agreements overdue: 2 of the 2 open ones",
    ]
    assert model.index(late, COL_AGREEMENTS).data() == "2 / 2"
    assert model.index(soon, COL_STATUS).data() == "Talk due soon"
    assert model.index(soon, COL_PERSON).data(Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND
    assert model.index(soon, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Talk due soon: on {format_date(TODAY + timedelta(days=14))}"
    )
    assert model.index(calm, COL_STATUS).data() == ""
    assert model.index(calm, COL_PERSON).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Overdue" in view.legend.text() and "14 days" in view.legend.text()


def test_the_filter_keeps_the_rows_that_match_in_any_column(qtbot, team_window):
    window, plans = team_window
    view = window.team_view
    qtbot.keyClicks(view.filter_edit, "holstebro")
    assert sorted(shown(view, COL_PERSON)) == ["Frida Nygaard", "Hanne Krogh"]
    assert view.count_label.text() == "2 shown of 8 people"
    view.filter_edit.clear()
    view.table.setCurrentIndex(view.model.index(row_of(view, "Eva Lund"), COL_PERSON))
    qtbot.keyClicks(view.filter_edit, "overdue")
    assert sorted(shown(view, COL_PERSON)) == ["Bo Ek", "Cecilie Dahl", "Eva Lund"]
    assert view.current_plan_id() == plans["Eva Lund"]  # still shown: still chosen
    click_header(qtbot, view, COL_NEXT_TALK)  # sorting keeps it chosen too
    assert view.current_plan_id() == plans["Eva Lund"]
    click_header(qtbot, view, COL_PERSON)
    view.filter_edit.clear()
    # What only the status's tip names, and the plan's title in the model's tip, are found.
    qtbot.keyClicks(view.filter_edit, "actions overdue")
    assert sorted(shown(view, COL_PERSON)) == ["Cecilie Dahl", "Eva Lund"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "lederudviklingsplan")
    assert sorted(shown(view, COL_PERSON)) == ["Frida Nygaard", "Hanne Krogh"]
    view.filter_edit.clear()
    assert view.model.rowCount() == 8


def test_a_double_click_or_enter_opens_the_plan(qtbot, team_window):
    window, plans = team_window
    view = window.team_view
    table = view.table
    rect = table.visualRect(view.model.index(row_of(view, "Eva Lund"), COL_PERSON))
    # A double click as the mouse makes it: a click, then the double click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace.plan_id == plans["Eva Lund"]
    assert window.stack.currentWidget() is window.workspace
    assert window.people.current_plan_id() == plans["Eva Lund"]

    window.menus.team_action.trigger()
    assert window.stack.currentWidget() is view
    assert view.current_plan_id() == plans["Eva Lund"]  # the row chosen before stays chosen
    table.setCurrentIndex(view.model.index(row_of(view, "Gustav Ahl"), COL_PERSON))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.workspace.plan_id == plans["Gustav Ahl"]
    assert window.stack.currentWidget() is window.workspace


def test_a_leader_with_only_their_own_plan_sees_their_year(make_window):
    window = make_window()
    window.menus.sample_action.trigger()  # the leader's own plan, at the leader's desk
    plan_id = window.workspace.plan_id
    window.menus.team_action.trigger()
    view = window.team_view
    assert view.mode == YEAR and view.heading.text() == "My year"
    assert view.stack.currentWidget() is view.year_table
    # Not the team's PDFs nor the whole team's calendar: this plan's calendar file.
    [button] = [b for b in view.findChildren(QToolButton) if b.isVisible()]
    assert button.defaultAction() is window.menus.calendar_action and button.isEnabled()
    assert button.text() == "Export calendar file"
    bundle = window._services.plans.bundle(plan_id)
    assert set(shown(view, YEAR_COL_DATE, PlanIdRole)) == {plan_id}
    whats = shown(view, YEAR_COL_WHAT)
    talk = bundle.talks[0]
    expected = sorted(
        d
        for d in (
            talk.date,
            max(s.next_date for s in bundle.sessions if s.next_date),
            *(a.due_date for s in bundle.sessions for a in s.agreements if not a.done),
            *(a.due_date for g in bundle.goals for a in g.actions if a.status.value != "done"),
            *(g.target_date for g in bundle.goals),
        )
        if d is not None and d >= TODAY
    )
    assert shown(view, YEAR_COL_DATE) == [format_date(d) for d in expected]
    talk_row = next(r for r, w in enumerate(whats) if w.startswith("Development talk: "))
    assert shown(view, YEAR_COL_WHEN)[talk_row] == "in 21 days"
    next_session = next(r for r, w in enumerate(whats) if w.startswith("Coaching session: "))
    assert shown(view, YEAR_COL_WHEN)[next_session] == "in 14 days"
    tint = view.model.index(next_session, YEAR_COL_WHAT).data(Qt.ItemDataRole.BackgroundRole)
    assert tint == SOON_BACKGROUND
    assert view.model.index(talk_row, YEAR_COL_WHAT).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_models_pass_the_model_tester(qtmodeltester, services):
    plans = hold_eight_plans(services)
    model = TeamTableModel()
    model.set_rows(services.team.rows(TODAY), TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == len(plans)
    # It sorts and filters itself, which the tester follows too.
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    model.set_filter("OVERDUE")
    assert model.rowCount() == 3 and model.total() == len(plans)
    model.set_filter("")
    qtmodeltester.check(model)
    year = YearTableModel()
    plan_id = plans["Hanne Krogh"]
    items = services.team.year(plan_id, TODAY, CalendarLabels())
    year.set_rows([YearEntry(plan_id, item) for item in items], TODAY)
    qtmodeltester.check(year)
    assert year.rowCount() == len(items) > 3


def test_the_view_alone_reads_again_when_plans_change(qtbot, services, events):
    view = TeamOverviewView(services, events, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    hold_eight_plans(services)
    assert view.model.rowCount() == 0
    events.people_changed.emit()
    assert view.model.rowCount() == 8


def test_team_overview_chosen_before_the_plans_are_open_shows_once_they_are(qtbot, paths, prompts):
    window = create_frame(SettingsStore(paths.settings_file), prompts, Presets())
    qtbot.addWidget(window)
    window.show()
    window.menus.team_action.trigger()  # Ctrl+T while the window still says it is opening
    assert window.statusBar().currentMessage() == "Opening your plans…"

    database = open_database(paths.database_file, paths.backups_dir)
    try:
        catalog = FrameworkCatalog.load(builtin_frameworks_dir())
        services = Services.over(Store(database), catalog, paths.backups_dir)
        plans = hold_eight_plans(services)
        window.attach(services, plan_pages())
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.team_view)
        assert shown(window.team_view, COL_PERSON) == sorted(plans)
        menus = window.menus
        assert menus.team_pdf_action.isEnabled() and menus.team_calendar_action.isEnabled()
    finally:
        window.close()
        database.dispose()
