"""The one date field: typed in the user's own way (with or without separators, or ISO), picked
in a calendar that opens at a sensible month, never changed behind the user's back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableView

from ledarplan.gui.i18n import LOCALES
from ledarplan.gui.models.agreement_table import COL_DUE, COL_TEXT, DateRole
from ledarplan.gui.views.assessment_view import AssessmentView
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.talk_view import TalkView
from ledarplan.gui.widgets.date_edit import DateEdit, NotADateError, read_date

pytestmark = pytest.mark.gui

JUNE_30 = date(2027, 6, 30)
TYPED = ["30/06/2027", "30062027", "2027-06-30", " 30.6.2027 "]


@pytest.fixture(params=["en"])
def language(request):
    """The locale of a language, as the window sets it (dates follow the language)."""
    before = QLocale()
    QLocale.setDefault(QLocale(LOCALES[request.param]))
    yield request.param
    QLocale.setDefault(before)


def shown(value: date) -> str:
    """How the locale writes a date in a field (four-digit year)."""
    return {
        "en_GB": value.strftime("%d/%m/%Y"),
        "sv_SE": value.isoformat(),
        "da_DK": value.strftime("%d.%m.%Y"),
    }[QLocale().name()]


def type_date(qtbot, edit, text: str, leave=Qt.Key.Key_Return) -> None:
    """Into the field, everything selected, the keys of `text`, then Enter (or Tab)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, leave)


# --- reading what was typed ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("30/06/2027", "dmy", JUNE_30),
        ("30.06.2027", "dmy", JUNE_30),
        ("30062027", "dmy", JUNE_30),
        ("300627", "dmy", JUNE_30),
        ("2027-06-30", "dmy", JUNE_30),
        ("20270630", "dmy", JUNE_30),  # 20.27.0630 is no date: read as ISO
        ("2027-06-30", "ymd", JUNE_30),
        ("20270630", "ymd", JUNE_30),
        ("30/06/2027", "ymd", JUNE_30),  # a year at the end says how it is written
        ("30062027", "ymd", JUNE_30),
        ("6/30/2027", "mdy", JUNE_30),
        ("", "dmy", None),
        ("   ", "ymd", None),
    ],
)
def test_a_date_is_read_as_the_locale_writes_it_or_as_iso(text, order, expected):
    assert read_date(text, order) == expected


@pytest.mark.parametrize("text", ["31/02/2027", "30/13/2027", "tomorrow", "3006", "1/2", "0/0/0"])
def test_what_is_not_a_date_is_refused_not_turned_into_another(text):
    with pytest.raises(NotADateError):
        read_date(text, "dmy")


# --- typing into the fields of the pages ----------------------------------------------------


@pytest.fixture
def goals(qtbot, services, events, prompts, demo_plan):
    view = GoalsView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


@pytest.fixture
def talk(qtbot, services, events, prompts, demo_plan):
    view = TalkView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


@pytest.fixture
def coaching(qtbot, services, events, prompts, demo_plan):
    view = CoachingView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    newest = max(demo_plan.sessions, key=lambda s: s.date)
    assert view.editor.session.id == newest.id
    return view


def stored_goal(services, demo_plan, goal_id):
    return next(g for g in services.goals.list(demo_plan.plan.id) if g.id == goal_id)


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", TYPED[0]), ("sv", TYPED[0]), ("sv", TYPED[1]), ("da", TYPED[2]), ("da", TYPED[3])],
    indirect=["language"],
)
@pytest.mark.usefixtures("language")
def test_a_target_date_is_typed_into_an_empty_and_a_filled_field(
    qtbot, goals, services, demo_plan, text
):
    goal = goals.goal_model.goal_at(0)
    edit = goals.editor.target_edit
    type_date(qtbot, edit, "")  # emptied: no target date
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date is None
    assert edit.text() == "" and edit.problem() is None

    type_date(qtbot, edit, text)  # into the empty field
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date == JUNE_30
    assert edit.text() == shown(JUNE_30)

    type_date(qtbot, edit, "2028-07-01", Qt.Key.Key_Tab)
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date == date(2028, 7, 1)
    type_date(qtbot, edit, text, Qt.Key.Key_Tab)  # over a filled one
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date == JUNE_30


def test_a_date_still_being_typed_is_read_before_a_save(qtbot, goals, services, demo_plan):
    goal = goals.goal_model.goal_at(0)
    edit = goals.editor.target_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "2027-06-30")
    goals.flush()  # e.g. the window exports the plan while the cursor is still in the field
    assert stored_goal(services, demo_plan, goal.id).target_date == JUNE_30


def test_a_text_that_is_no_date_is_kept_marked_and_changes_nothing(
    qtbot, goals, services, demo_plan
):
    goal = goals.goal_model.goal_at(0)
    before = stored_goal(services, demo_plan, goal.id).target_date
    edit = goals.editor.target_edit
    type_date(qtbot, edit, "31/02/2027", Qt.Key.Key_Tab)
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date == before
    assert edit.text() == "31/02/2027"  # what was typed is still there to correct
    assert "“31/02/2027” is not a date" in edit.problem()
    assert edit.toolTip() == edit.problem()
    assert edit.value() == before

    type_date(qtbot, edit, "28/02/2027")  # corrected
    goals.flush()
    assert stored_goal(services, demo_plan, goal.id).target_date == date(2027, 2, 28)
    assert edit.problem() is None


@pytest.mark.parametrize("text", ["30/06/2027", "30062027", "2027-06-30"])
def test_the_talk_date_is_typed_into_a_new_talk(qtbot, talk, services, demo_plan, text):
    page = talk
    page.start_new_talk()
    assert page.date_edit.value() is None and page.date_edit.text() == ""
    type_date(qtbot, page.date_edit, text)
    page.flush()
    assert services.talks.list(demo_plan.plan.id)[-1].date == JUNE_30


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "30/01/2027"), ("sv", "30012027"), ("da", "2027-01-30"), ("sv", "30/01/2027")],
    indirect=["language"],
)
@pytest.mark.usefixtures("language")
def test_a_due_date_is_typed_over_in_its_cell(qtbot, coaching, services, demo_plan, text):
    page = coaching
    session_id = page.editor.session.id
    table = page.editor.agreements.table
    model = table.model()
    due = model.index(1, COL_DUE)
    assert due.data(DateRole) is not None  # a filled due date
    table.setFocus()
    table.setCurrentIndex(due)
    qtbot.keyClicks(table, text[0])  # typing in the cell opens it with the first key
    editor = table.indexWidget(due)
    assert isinstance(editor, DateEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(due) is None)  # Enter closes the cell
    page.flush()
    session = next(s for s in services.coaching.list(demo_plan.plan.id) if s.id == session_id)
    assert session.agreements[1].due_date == date(2027, 1, 30)
    assert due.data() == shown(date(2027, 1, 30))


def test_a_due_date_that_is_no_date_keeps_its_cell_open(qtbot, coaching, services, demo_plan):
    page = coaching
    session_id = page.editor.session.id
    table = page.editor.agreements.table
    due = table.model().index(1, COL_DUE)
    before = due.data(DateRole)
    table.setFocus()
    table.setCurrentIndex(due)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(due)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "32/01/2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert table.indexWidget(due) is editor  # still open, with the text
    assert editor.text() == "32/01/2027" and "not a date" in editor.problem()
    page.flush()
    session = next(s for s in services.coaching.list(demo_plan.plan.id) if s.id == session_id)
    assert session.agreements[1].due_date == before


@pytest.mark.parametrize("language", ["da"], indirect=True)
@pytest.mark.usefixtures("language")
def test_a_required_date_is_typed_and_cannot_be_emptied(
    qtbot, services, events, prompts, demo_plan
):
    page = AssessmentView(services, events, prompts)
    qtbot.addWidget(page)
    page.set_plan(demo_plan.plan.id)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    model = page.round_model
    kinds = [model.round_at(row).assessor_kind.value for row in range(model.rowCount())]
    page.select_round_row(kinds.index("self"))  # the leader's own round, editable here
    edit = page.editor.date_edit
    round_id = page.current_round_id()

    def stored_date():
        rounds = services.assessments.list(demo_plan.plan.id)
        return next(r for r in rounds if r.id == round_id).date

    type_date(qtbot, edit, "30062027")
    page.flush()
    assert stored_date() == JUNE_30
    type_date(qtbot, edit, "", Qt.Key.Key_Tab)
    page.flush()
    assert stored_date() == JUNE_30
    assert "A date is needed" in edit.problem()


# --- the calendar ---------------------------------------------------------------------------


def test_the_calendar_opens_with_alt_down_or_f4_at_the_date_or_today(qtbot, goals):
    edit = goals.editor.target_edit
    stored_value = edit.value()
    assert stored_value is not None
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.calendar_popup()
    assert calendar is not None
    selected = calendar.selectedDate()
    assert (selected.year(), selected.month(), selected.day()) == (
        stored_value.year,
        stored_value.month,
        stored_value.day,
    )
    assert edit.value() == stored_value  # opening it changes nothing
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Escape)
    assert edit.calendar_popup() is None and edit.value() == stored_value

    type_date(qtbot, edit, "")
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    calendar = edit.calendar_popup()
    assert calendar is not None
    today = date.today()
    plan = goals._plan
    expected = min(max(today, plan.period_start), plan.period_end)
    assert calendar.selectedDate() == QDate(expected.year, expected.month, expected.day)
    assert calendar.selectedDate().year() != 1900
    view = calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day, chosen with Enter
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.calendar_popup() is None
    assert edit.value() == date.fromordinal(expected.toordinal() + 1)


def test_an_empty_due_dates_calendar_opens_at_today(qtbot, talk):
    page = talk
    page.tabs.setCurrentIndex(1)
    panel = page.outcome.agreements
    panel.add_button.click()
    table = panel.table
    row = table.model().rowCount() - 1
    qtbot.keyClick(table.indexWidget(table.model().index(row, COL_TEXT)), Qt.Key.Key_Return)
    due = table.model().index(row, COL_DUE)
    table.setCurrentIndex(due)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(due)
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    calendar = editor.calendar_popup()
    assert calendar is not None
    assert calendar.selectedDate().year() >= date.today().year - 1
