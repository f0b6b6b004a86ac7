"""The coaching log: sessions, private notes, Kolb reflection, agreements and carry-over."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeView

from ledarplan.domain.entities import Agreement, CoachingSession
from ledarplan.gui.autosave import SAVE_DELAY_MS
from ledarplan.gui.models.agreement_table import (
    COL_DONE,
    COL_DUE,
    COL_OWNER,
    COL_TEXT,
    AgreementTableModel,
    DateRole,
)
from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel
from ledarplan.gui.models.session_list import (
    COL_DATE,
    COL_OPEN,
    COL_TOPIC,
    COL_WITH,
    PAGE_ROWS,
    SessionIdRole,
    SessionListModel,
)
from ledarplan.gui.views.coaching.carry_over_dialog import CarryOverDialog
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.widgets.date_edit import DateEdit

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, events, prompts, demo_plan):
    view = CoachingView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitActive(view)
    return view


def stored(services, plan_id) -> dict[str, CoachingSession]:
    return {s.id: s for s in services.coaching.list(plan_id)}


def shown_rows(view) -> list[tuple[str, str, str, str]]:
    model = view.list_model
    return [
        tuple(model.index(row, col).data() for col in (COL_DATE, COL_WITH, COL_TOPIC, COL_OPEN))
        for row in range(model.rowCount())
    ]


def open_count_of(view, session_id) -> str:
    return view.list_model.index(view.list_model.row_of(session_id), COL_OPEN).data()


def select(view, session_id) -> None:
    view.list_view.setCurrentIndex(
        view.list_model.index(view.list_model.row_of(session_id), COL_DATE)
    )
    assert view.editor.session.id == session_id


def newest(demo_plan) -> CoachingSession:
    return max(demo_plan.sessions, key=lambda s: s.date)


def oldest(demo_plan) -> CoachingSession:
    return min(demo_plan.sessions, key=lambda s: s.date)


# --- the list ---------------------------------------------------------------------------


def test_the_demo_sessions_are_listed_newest_first_with_their_open_agreements(page, demo_plan):
    rows = shown_rows(page)
    later, earlier = newest(demo_plan), oldest(demo_plan)
    assert [r[2] for r in rows] == [later.topic, earlier.topic]
    assert rows[0][1] == later.with_whom
    # The later session's two agreements are open; the earlier one's are done or carried over.
    assert rows[0][3] == "2"
    assert rows[1][3] == "–"
    assert "2 session" in page.count_label.text()
    # The newest is opened in the editor.
    assert page.editor.topic_edit.text() == later.topic
    assert page.stack.currentWidget() is page.editor


def test_filtering_the_list_by_topic_and_by_person(qtbot, page, demo_plan):
    later, earlier = newest(demo_plan), oldest(demo_plan)
    word = earlier.topic.split()[-1]
    assert word.lower() not in later.topic.lower()
    qtbot.keyClicks(page.filter_edit, word.upper())  # case does not matter
    assert [r[2] for r in shown_rows(page)] == [earlier.topic]
    assert "1 of 2" in page.count_label.text()
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, later.with_whom.split()[0])
    assert page.list_model.rowCount() == 2
    qtbot.keyClicks(page.filter_edit, "zzz-nobody")
    assert page.list_model.rowCount() == 0
    page.filter_edit.clear()
    assert page.list_model.rowCount() == 2


# --- new session and carry-over -----------------------------------------------------------


def test_new_session_carries_over_exactly_the_ticked_open_agreements(
    qtbot, page, services, demo_plan
):
    plan_id = demo_plan.plan.id
    before = stored(services, plan_id)
    offered = services.coaching.open_agreements(plan_id)
    assert len(offered) == 2
    seen: dict[str, object] = {}

    def answer_dialog():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        if not isinstance(dialog, CarryOverDialog):
            return
        model = dialog.list_view.model()
        seen["offered"] = [model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)]
        seen["checked"] = dialog.chosen_ids()
        # Untick the second with the keyboard, as a user would, then create the session.
        dialog.list_view.setCurrentIndex(model.index(1))
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, answer_dialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert isinstance(seen["dialog"], CarryOverDialog)
    assert seen["offered"] == [a.text for a in offered]
    assert seen["checked"] == [a.id for a in offered]  # all ticked by default
    after = stored(services, plan_id)
    (new_id,) = set(after) - set(before)
    new = after[new_id]
    assert new.date == date.today()
    assert [(a.text, a.carried_from) for a in new.agreements] == [(offered[0].text, offered[0].id)]
    # The list shows the new session, and the counts follow: the carried one left the old.
    assert page.editor.session.id == new_id
    assert open_count_of(page, new_id) == "1"
    assert open_count_of(page, newest(demo_plan).id) == "1"
    assert page.editor.agreements.model.index(0, COL_TEXT).data() == offered[0].text
    still_open = {a.id for a in services.coaching.open_agreements(plan_id)}
    assert offered[1].id in still_open
    assert offered[0].id not in still_open


def test_cancelling_the_carry_over_creates_no_session(page, services, demo_plan, monkeypatch):
    offered: list[list[Agreement]] = []

    def cancel(agreements):
        offered.append(agreements)

    monkeypatch.setattr(page, "choose_carry_over", cancel)
    page.new_button.click()
    assert len(offered[0]) == 2
    assert len(stored(services, demo_plan.plan.id)) == 2
    assert page.list_model.rowCount() == 2


def test_a_new_session_has_private_notes_and_shows_that_they_are_private(
    qtbot, page, services, demo_plan, monkeypatch
):
    monkeypatch.setattr(page, "choose_carry_over", lambda agreements: [])
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Insert)  # Insert on the list: a new session
    session_id = page.editor.session.id
    assert stored(services, demo_plan.plan.id)[session_id].notes_private is True
    assert page.editor.session.agreements == []
    marker = page.editor.private_marker
    assert marker.isVisible()
    assert marker.is_private
    assert "Private" in marker.text()
    assert "not exported or printed" in marker.text()
    assert not page.editor.share_check.isChecked()
    # The coach's name comes from the last session; the topic is ready for typing.
    assert page.editor.with_edit.text() == newest(demo_plan).with_whom
    assert page.editor.topic_edit.hasFocus()

    page.editor.share_check.click()  # sharing is stored at once
    assert stored(services, demo_plan.plan.id)[session_id].notes_private is False
    assert not marker.is_private
    assert "Shareable" in marker.text()


# --- autosave ----------------------------------------------------------------------------


def test_notes_and_kolb_fields_are_saved_after_a_pause_without_any_save(
    qtbot, page, services, demo_plan
):
    session_id = newest(demo_plan).id
    editor = page.editor

    def saved(name, text):
        def check():
            assert getattr(stored(services, demo_plan.plan.id)[session_id], name) == text

        return check

    # Each field on its own, so that a field nobody watches would be noticed.
    fields = {"notes": editor.notes_edit, **editor.kolb_edits}
    for name, edit in fields.items():
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, f"My {name}.")
        qtbot.waitUntil(saved(name, f"My {name}."), timeout=SAVE_DELAY_MS * 6)
    qtbot.keyClicks(editor.topic_edit, " II")
    qtbot.waitUntil(saved("topic", newest(demo_plan).topic + " II"), timeout=SAVE_DELAY_MS * 6)
    session = stored(services, demo_plan.plan.id)[session_id]
    assert session.notes_private is True
    assert page.list_model.index(0, COL_TOPIC).data() == session.topic  # the list follows


def test_flush_saves_what_was_just_typed_and_switching_sessions_keeps_it(
    qtbot, page, services, demo_plan
):
    later, earlier = newest(demo_plan), oldest(demo_plan)
    page.editor.with_edit.selectAll()
    qtbot.keyClicks(page.editor.with_edit, "Mentor Maja")
    page.flush()  # as the window does before it closes
    assert stored(services, demo_plan.plan.id)[later.id].with_whom == "Mentor Maja"

    page.editor.kolb_edits["reflection"].moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor.kolb_edits["reflection"], " Quickly.")
    select(page, earlier.id)  # switching sessions saves the one left
    assert stored(services, demo_plan.plan.id)[later.id].reflection.endswith(" Quickly.")
    assert page.editor.topic_edit.text() == earlier.topic


def test_linking_a_goal_is_saved(qtbot, page, services, demo_plan):
    later = newest(demo_plan)
    model = page.editor.goals_model
    unlinked = next(
        r
        for r in range(model.rowCount())
        if model.index(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    goal_id = model.index(unlinked).data(Qt.ItemDataRole.UserRole + 1)
    page.editor.goals_view.setFocus()
    page.editor.goals_view.setCurrentIndex(model.index(unlinked))
    qtbot.keyClick(page.editor.goals_view, Qt.Key.Key_Space)
    page.flush()
    assert goal_id in stored(services, demo_plan.plan.id)[later.id].goal_ids


def test_a_refused_date_shows_a_message_and_stores_nothing(
    qtbot, page, prompts, services, demo_plan
):
    later = newest(demo_plan)
    # The next session cannot come before this one.
    page.editor.next_edit.set_value(later.date - timedelta(days=3))
    page.flush()
    assert prompts.shown and prompts.shown[-1][0] == "error"
    assert "next" in prompts.shown[-1][2].lower()
    assert stored(services, demo_plan.plan.id)[later.id].next_date == later.next_date

    # What was typed stays on screen: choosing another session keeps this one open.
    qtbot.keyClicks(page.editor.notes_edit, "Keep me. ")
    earlier_row = page.list_model.row_of(oldest(demo_plan).id)
    page.list_view.setCurrentIndex(page.list_model.index(earlier_row, COL_DATE))
    qtbot.waitUntil(
        lambda: page.list_model.session_id_at(page.list_view.currentIndex().row()) == later.id
    )
    assert page.editor.session.id == later.id
    assert page.editor.notes_edit.toPlainText().startswith("Keep me. ")
    # Corrected, it is stored with the notes.
    page.editor.next_edit.clear_value()
    page.flush()
    session = stored(services, demo_plan.plan.id)[later.id]
    assert session.next_date is None and session.notes.startswith("Keep me. ")


# --- agreements ---------------------------------------------------------------------------


def test_ticking_an_agreement_done_is_stored_and_the_count_drops(qtbot, page, services, demo_plan):
    later = newest(demo_plan)
    table = page.editor.agreements.table
    first = later.agreements[0]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, COL_DONE))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    agreement = stored(services, demo_plan.plan.id)[later.id].agreements[0]
    assert (agreement.id, agreement.done) == (first.id, True)
    assert open_count_of(page, later.id) == "1"
    assert first.id not in {a.id for a in services.coaching.open_agreements(demo_plan.plan.id)}

    qtbot.keyClick(table, Qt.Key.Key_Space)  # and back
    assert stored(services, demo_plan.plan.id)[later.id].agreements[0].done is False
    assert open_count_of(page, later.id) == "2"


def test_adding_editing_and_removing_an_agreement(qtbot, page, prompts, services, demo_plan):
    later = newest(demo_plan)
    editor = page.editor.agreements
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(stored(services, demo_plan.plan.id)[later.id].agreements) == 3
    # The new row's text is open for typing, the placeholder selected.
    typing = QApplication.focusWidget()
    assert typing.selectedText() == "New agreement"
    qtbot.keyClicks(typing, "Ask the team for feedback")
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    model = editor.model
    qtbot.waitUntil(lambda: model.index(2, COL_TEXT).data() == "Ask the team for feedback")
    model.setData(model.index(2, COL_OWNER), "Mette")
    model.setData(model.index(2, COL_DUE), date(2026, 12, 24), DateRole)
    page.flush()
    new = stored(services, demo_plan.plan.id)[later.id].agreements[2]
    assert (new.text, new.owner, new.due_date) == (
        "Ask the team for feedback",
        "Mette",
        date(2026, 12, 24),
    )
    assert open_count_of(page, later.id) == "3"

    editor.table.setFocus()
    editor.table.setCurrentIndex(model.index(2, COL_TEXT))
    prompts.answers.append(False)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert prompts.shown[-1][0] == "confirm"
    assert len(stored(services, demo_plan.plan.id)[later.id].agreements) == 3
    prompts.answers.append(True)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    texts = [a.text for a in stored(services, demo_plan.plan.id)[later.id].agreements]
    assert texts == [a.text for a in later.agreements]
    assert open_count_of(page, later.id) == "2"


# --- delete -------------------------------------------------------------------------------


def test_deleting_a_session_asks_first(qtbot, page, prompts, services, demo_plan):
    later, earlier = newest(demo_plan), oldest(demo_plan)
    prompts.answers.append(False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm" and later.topic in text
    assert later.id in stored(services, demo_plan.plan.id)

    prompts.answers.append(True)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert set(stored(services, demo_plan.plan.id)) == {earlier.id}
    assert [r[2] for r in shown_rows(page)] == [earlier.topic]
    assert page.editor.session.id == earlier.id
    # The agreement the deleted session carried over is open again in the earlier one.
    assert open_count_of(page, earlier.id) == "1"


def test_without_a_plan_or_sessions_the_page_says_what_to_do(
    qtbot, services, events, prompts, demo_plan
):
    view = CoachingView(services, events, prompts)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.placeholder
    assert not view.new_button.isEnabled()
    for session in demo_plan.sessions:
        services.coaching.delete(session.id)
    view.set_plan(demo_plan.plan.id)
    assert "No coaching sessions" in view.placeholder.text()
    assert view.new_button.isEnabled() and not view.delete_button.isEnabled()


def test_changes_from_elsewhere_reload_the_page(qtbot, page, services, events, demo_plan):
    session = services.coaching.new_session(demo_plan.plan.id, date(2026, 1, 5))
    session.topic = "Added by another page"
    services.coaching.save(session)
    events.plan_changed.emit(demo_plan.plan.id)
    assert "Added by another page" in [r[2] for r in shown_rows(page)]


# --- models -------------------------------------------------------------------------------


def _sessions(count: int) -> list[CoachingSession]:
    start = date(2010, 1, 1)
    return [
        CoachingSession(
            plan_id="p",
            date=start + timedelta(days=n // 2),
            with_whom="Coach Lone" if n % 3 else "Mentor Per",
            topic=f"Topic {n}",
            agreements=[Agreement(f"Do {n}")],
        )
        for n in range(count)
    ]


def test_session_list_model_passes_the_model_tester(qtmodeltester):
    model = SessionListModel()
    sessions = _sessions(40)
    model.set_rows(sessions, {s.id: n % 3 for n, s in enumerate(sessions)})
    qtmodeltester.check(model)
    model.set_search("mentor")
    qtmodeltester.check(model)


def test_session_list_keeps_newest_first_when_dates_change(qtmodeltester):
    model = SessionListModel()
    sessions = _sessions(6)
    model.set_rows(sessions, {})
    qtmodeltester.check(model)
    order = [model.index(r, COL_TOPIC).data() for r in range(6)]
    assert order == ["Topic 5", "Topic 4", "Topic 3", "Topic 2", "Topic 1", "Topic 0"]
    sessions[0].date = date(2030, 1, 1)
    model.update_session(sessions[0], 0)
    assert model.index(0, COL_TOPIC).data() == "Topic 0"
    added = CoachingSession(plan_id="p", date=date(2010, 1, 2), topic="")
    model.update_session(added, 0)
    assert model.index(model.row_of(added.id), COL_TOPIC).data() == "(no topic)"
    assert model.index(model.row_of(added.id) + 1, COL_TOPIC).data() == "Topic 3"
    model.remove_session(added.id)
    assert model.rowCount() == 6


def test_thousands_of_sessions_load_and_filter():
    # How fast is measured in benchmarks/ (as ratios), never asserted here.
    model = SessionListModel()
    sessions = _sessions(5000)
    model.set_rows(sessions, {s.id: 1 for s in sessions})
    model.set_search("topic 4999")
    assert model.rowCount() == 1
    assert model.index(0, COL_DATE).data(SessionIdRole) == sessions[-1].id
    model.set_search("")
    assert model.matching() == 5000
    assert model.index(0, COL_TOPIC).data() == "Topic 4999"
    # The view is given a page of rows at a time, and every row as it scrolls on.
    assert model.rowCount() == PAGE_ROWS
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 5000


def test_a_long_list_scrolled_to_its_end_shows_every_session(qtbot, qtmodeltester):
    model = SessionListModel()
    sessions = _sessions(3 * PAGE_ROWS + 17)
    model.set_rows(sessions, {})
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() < len(sessions)  # a page, not everything at once
    bar = view.verticalScrollBar()
    for _ in range(len(sessions)):  # the user drags the scroll bar to the end, again and again
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        if not model.canFetchMore(QModelIndex()):
            break
    topics = [model.index(row, COL_TOPIC).data() for row in range(model.rowCount())]
    assert topics == [f"Topic {n}" for n in reversed(range(len(sessions)))]
    model.set_rows(sessions, {})
    qtmodeltester.check(model)  # fetching included


def test_the_filter_searches_every_session_and_finds_rows_beyond_the_first_page():
    model = SessionListModel()
    sessions = _sessions(2 * PAGE_ROWS)
    model.set_rows(sessions, {})
    oldest = sessions[0]  # the last row, far beyond the first page
    row = model.row_of(oldest.id)
    assert row == len(sessions) - 1
    assert model.index(row, COL_TOPIC).data() == "Topic 0"  # fetched to be selected
    model.set_search("topic 0")  # "Topic 0" only: the filter is not limited to a page
    assert [model.index(r, COL_TOPIC).data() for r in range(model.rowCount())] == ["Topic 0"]
    assert (model.matching(), model.total()) == (1, len(sessions))
    model.set_search("mentor")
    assert model.matching() == len([s for s in sessions if "Mentor" in s.with_whom])


def test_a_saved_session_leaves_or_joins_the_filtered_list():
    model = SessionListModel()
    sessions = _sessions(6)
    model.set_rows(sessions, {})
    model.set_search("topic 1")
    assert [model.index(r, COL_TOPIC).data() for r in range(model.rowCount())] == ["Topic 1"]
    sessions[1].topic = "Renamed"
    model.update_session(sessions[1], 0)
    assert model.rowCount() == 0
    sessions[4].topic = "Topic 1 again"
    model.update_session(sessions[4], 0)
    sessions[1].topic = "Topic 1 back"
    model.update_session(sessions[1], 0)
    assert [model.index(r, COL_TOPIC).data() for r in range(model.rowCount())] == [
        "Topic 1 again",
        "Topic 1 back",
    ]
    model.set_search("")
    assert model.newest_id() == sessions[5].id
    assert model.rowCount() == 6


def test_agreement_table_model_passes_the_model_tester(qtmodeltester):
    model = AgreementTableModel()
    model.set_rows(
        [
            Agreement("Book the meeting", owner="Mette", due_date=date(2026, 12, 1)),
            Agreement("Ask for feedback", done=True, carried_from="x"),
        ]
    )
    qtmodeltester.check(model)
    assert not model.setData(model.index(0, COL_TEXT), "   ")  # an agreement needs its text
    assert model.index(0, COL_TEXT).data() == "Book the meeting"
    assert model.setData(model.index(0, COL_DUE), None, DateRole)
    assert model.agreements()[0].due_date is None
    assert model.index(1, COL_TEXT).data(Qt.ItemDataRole.CheckStateRole) is None
    assert model.index(1, COL_DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_checkable_list_model_passes_the_model_tester(qtmodeltester):
    model = CheckableListModel()
    model.set_rows([CheckableEntry(str(n), f"Goal {n}") for n in range(5)], ["3", "1", "zz"])
    qtmodeltester.check(model)
    assert model.checked_ids() == ["1", "3"]
    model.set_all_checked(True)
    assert model.checked_ids() == [str(n) for n in range(5)]


def test_carry_over_dialog_labels_and_cancel(qtbot):
    agreements = [
        Agreement("Block two hours", owner="Mette", due_date=date(2026, 11, 30)),
        Agreement("Ask the team"),
    ]
    dialog = CarryOverDialog(agreements, {agreements[0].id: date(2026, 10, 12)})
    qtbot.addWidget(dialog)
    first = dialog.model.index(0).data()
    assert first.startswith("Block two hours") and "Mette" in first
    assert dialog.model.index(1).data() == "Ask the team"
    assert dialog.chosen_ids() == [a.id for a in agreements]
    dialog.model.setData(
        dialog.model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.chosen_ids() == [agreements[1].id]
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == 0


def test_changing_the_session_date_is_saved_and_reorders_the_list(qtbot, page, services, demo_plan):
    earlier = oldest(demo_plan)
    select(page, earlier.id)
    moved = date(2026, 11, 20)
    page.editor.next_edit.clear_value()  # it would come before the new date
    page.editor.date_edit.set_value(moved)
    page.flush()
    assert stored(services, demo_plan.plan.id)[earlier.id].date == moved
    assert page.list_model.session_id_at(0) == earlier.id
    assert page.editor.session.id == earlier.id


def test_the_due_date_is_edited_in_place_and_can_be_cleared(qtbot, page, services, demo_plan):
    later = newest(demo_plan)
    table = page.editor.agreements.table
    index = table.model().index(1, COL_DUE)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, DateEdit)
    assert editor.value() == later.agreements[1].due_date
    editor.set_value(date(2027, 1, 15))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data(DateRole) == date(2027, 1, 15))
    page.flush()
    assert stored(services, demo_plan.plan.id)[later.id].agreements[1].due_date == date(2027, 1, 15)

    table.edit(index)
    editor = table.indexWidget(index)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data(DateRole) is None)
    page.flush()
    assert stored(services, demo_plan.plan.id)[later.id].agreements[1].due_date is None


@pytest.mark.parametrize("language", ["da", "sv"])
def test_the_due_column_holds_a_date_field_whole(make_window, language):
    """The agreements' due column is as wide as the date field it opens (with its calendar
    button), in the language's way of writing dates; the session list never scrolls sideways."""
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language(language)
    page = window.workspace.page(CoachingView)
    window.workspace.show_page(window.workspace.tabs.indexOf(page))
    table = page.editor.agreements.table
    assert table.model().rowCount() > 0
    field = DateEdit.width_for(table.fontMetrics())
    due = table.columnWidth(COL_DUE)
    page.list_view.resize(300, 400)
    QApplication.processEvents()
    header = page.list_view.header()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    window.set_language("en")
    assert due >= field
    assert used <= page.list_view.viewport().width()
