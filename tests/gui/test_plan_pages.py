"""What every page of a plan shares: change notices between pages, and the edit session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ledarplan.domain.entities import GoalStatus
from ledarplan.gui import binding
from ledarplan.gui.binding import Bindings
from ledarplan.gui.events import EVERYTHING, PlanPart
from ledarplan.gui.formatting import format_date
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.overview_page import OverviewPage
from ledarplan.gui.views.talk_view import TalkView
from ledarplan.gui.widgets.date_edit import DateEdit
from ledarplan.i18n.catalog import Translator

pytestmark = pytest.mark.gui


@pytest.fixture
def pages(qtbot, services, events, prompts, demo_plan):
    """Four pages of the demo plan side by side, all in view, with their reloads counted."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    built = {}
    for kind in (GoalsView, CoachingView, TalkView, OverviewPage):
        page = kind(services, events, prompts)
        layout.addWidget(page)
        page.set_plan(demo_plan.plan.id)
        built[kind] = page
    host.show()
    qtbot.waitExposed(host)
    reloads = dict.fromkeys(built, 0)
    for kind, page in built.items():
        original = page.reload

        def counted(kind=kind, original=original):
            reloads[kind] += 1
            original()

        page.reload = counted
    yield built, reloads
    host.close()  # kept alive till here: its pages die with it


def test_a_new_goal_reloads_the_pages_that_show_goals_and_not_the_talk(pages, events):
    built, reloads = pages
    notices = []
    events.plan_parts_changed.connect(lambda plan_id, parts: notices.append(parts))
    heard = []
    events.plan_changed.connect(heard.append)

    built[GoalsView].create_goal()

    assert notices == [frozenset({PlanPart.GOALS})]
    assert heard == [built[GoalsView].plan_id]  # listeners to any change still hear it
    assert reloads == {GoalsView: 0, CoachingView: 1, TalkView: 0, OverviewPage: 1}


def test_a_plan_changed_notice_without_parts_reloads_every_other_page(pages, events, demo_plan):
    _built, reloads = pages
    notices = []
    events.plan_parts_changed.connect(lambda plan_id, parts: notices.append(parts))

    events.plan_changed.emit(demo_plan.plan.id)  # as an import says it

    assert notices == [EVERYTHING]
    assert reloads == {GoalsView: 1, CoachingView: 1, TalkView: 1, OverviewPage: 1}


def test_a_page_out_of_view_is_refilled_when_shown_only_if_its_part_changed(
    qtbot, services, events, prompts, demo_plan
):
    talk = TalkView(services, events, prompts)
    coaching = CoachingView(services, events, prompts)
    for page in (talk, coaching):
        qtbot.addWidget(page)
        page.set_plan(demo_plan.plan.id, load=False)
        page.show()  # a first showing fills it
        qtbot.waitExposed(page)
        page.hide()
    reloads = []
    talk.reload = lambda: reloads.append("talk")
    coaching.reload = lambda: reloads.append("coaching")

    events.announce(demo_plan.plan.id, {PlanPart.SESSIONS})
    talk.show()
    coaching.show()

    assert reloads == ["coaching"]


# --- binding a form's fields once ---------------------------------------------------------


@dataclass
class Thing:
    title: str = ""
    when: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED


def test_a_binding_table_loads_applies_names_and_restores_its_fields(qtbot):
    title, when, status = QLineEdit(), DateEdit(), QComboBox()
    for widget in (title, when, status):
        qtbot.addWidget(widget)
    for member in GoalStatus:
        status.addItem(member.name, member.value)
    title_label = QLabel("&Title:")
    fields = Bindings(
        binding.line("title", title, title_label, from_start=True),
        binding.optional_date("when", when, lambda: "Due"),
        binding.choice("status", status, QLabel("St&atus"), GoalStatus),
    )
    stored = Thing("A rather long title", date(2027, 3, 1), GoalStatus.IN_PROGRESS)
    fields.load(stored)
    assert (title.text(), title.cursorPosition(), when.value()) == (stored.title, 0, stored.when)
    assert status.currentData() == GoalStatus.IN_PROGRESS.value

    title.setText("Another")
    when.clear_value()
    status.setCurrentIndex(-1)  # nothing chosen: the entity keeps its status
    edited = Thing()
    fields.apply(edited)
    assert edited == Thing("Another", None, GoalStatus.NOT_STARTED)

    assert [fields.label_for(n) for n in ("title", "when", "status")] == ["Title", "Due", "Status"]
    assert fields.widget_for("when") is when and fields.widget_for("other") is None
    assert fields.inputs() == [title, when, status]
    fields.restore("when", stored)
    fields.restore("status", stored)
    assert (title.text(), when.value()) == ("Another", stored.when)
    assert status.currentData() == GoalStatus.IN_PROGRESS.value


def test_the_overview_after_a_session_today_and_a_signed_talk_in_swedish(make_window, services):
    """A session logged today is not the next one; a signed talk reads as held, beside its
    follow-up date, not as "no date set"."""
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    today = date.today()
    session = services.coaching.list(plan_id)[-1]
    session.date, session.next_date = today, today + timedelta(days=28)
    services.coaching.save(session)
    talk = services.talks.list(plan_id)[-1]
    talk.date, talk.follow_up_date = today - timedelta(days=3), today + timedelta(days=90)
    talk = services.talks.prepare(talk)
    services.talks.sign(talk.id, "Karin Lindqvist")
    window.set_language("sv")
    overview = window.workspace.page(OverviewPage)
    window.workspace.show_page(window.workspace.tabs.indexOf(overview))
    overview.reload()
    text = overview.body.toPlainText()
    sv = Translator("sv")
    line = {
        label: text.split(sv.translate("OverviewPage", label) + ": ", 1)[1].split("\n")[0]
        for label in ("Next coaching session", "Development talk", "Follow-up")
    }
    expected = {
        "Next coaching session": format_date(today + timedelta(days=28)),  # as Swedish writes
        "Development talk": sv.translate("OverviewPage", "held on %1").replace(
            "%1", format_date(today - timedelta(days=3))
        ),
        "Follow-up": format_date(today + timedelta(days=90)),
    }
    window.set_language("en")
    assert line == expected
    assert sv.translate("OverviewPage", "not planned") not in text
