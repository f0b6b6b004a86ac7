"""The development talk page: preparation, privacy, agreements, sign-off, several talks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ledarplan.domain.entities import Agreement, DevelopmentTalk, PrepAnswer, Side, TimeFrame
from ledarplan.gui.autosave import SAVE_DELAY_MS
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.agreement_table import (
    COL_DONE,
    COL_DUE,
    COL_OWNER,
    COL_TEXT,
    AgreementTableModel,
)
from ledarplan.gui.models.prep_table import (
    COL_PRIVATE,
    COL_QUESTION,
    COL_TIMEFRAME,
    AnswerRole,
    PrepTableModel,
    PrivateRole,
)
from ledarplan.gui.models.talk_list import TalkListModel
from ledarplan.gui.views.talk_view import TalkView
from ledarplan.gui.widgets.date_edit import DateEdit

pytestmark = pytest.mark.gui

KALIX_QUESTIONS = [
    "Vad ska göras?",
    "Hur ska det göras?",
    "Varför är det viktigt?",
    "Vem ska göra vad?",
    "När ska det göras?",
    "Hur följer vi upp?",
]


@pytest.fixture
def page(qtbot, services, events, prompts):
    view = TalkView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def demo_page(page, demo_plan):
    page.set_plan(demo_plan.plan.id)
    return page


def stored(services, plan_id: str, index: int = -1) -> DevelopmentTalk:
    return services.talks.list(plan_id)[index]


def column(model, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def click_row(qtbot, panel, row: int) -> None:
    table = panel.table
    rect = table.visualRect(panel.model.index(row, COL_QUESTION))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_row() == row


def type_at_end(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def errors(prompts) -> list:
    return [shown for shown in prompts.shown if shown[0] == "error"]


# --- showing a talk ---------------------------------------------------------------------


def test_the_demo_plans_talk_shows_its_questions_and_answers(demo_page, demo_plan):
    talk = demo_plan.talks[0]
    page = demo_page
    assert page.stack.currentWidget().isAncestorOf(page.tabs)
    assert page.title() == "Development talk"
    assert format_date(talk.date) in page.talk_combo.currentText()
    assert page.date_edit.value() == talk.date
    assert page.participants_edit.text() == talk.participants
    for panel, prep in (
        (page.leader_prep, talk.leader_prep),
        (page.manager_prep, talk.manager_prep),
    ):
        assert len(prep) == 3
        assert column(panel.model, COL_QUESTION) == [a.question for a in prep]
        assert column(panel.model, COL_QUESTION, AnswerRole) == [a.answer for a in prep]
        assert set(column(panel.model, COL_PRIVATE)) == {"For the record"}
        # the first question is open in the editor
        assert panel.question_edit.toPlainText() == prep[0].question
        assert panel.answer_edit.toPlainText() == prep[0].answer
        # the demo's questions have no time frame: the column is left out
        assert panel.table.isColumnHidden(COL_TIMEFRAME)
    click_row_answer = talk.manager_prep[2].answer
    page.manager_prep.select_row(2)
    assert page.manager_prep.answer_edit.toPlainText() == click_row_answer
    assert page.sign_off_bar.sign_off_button.isVisible()
    assert "Not signed off" in page.sign_off_bar.status_label.text()


def test_without_a_plan_or_a_talk_the_page_says_what_to_do(page, services):
    assert "Open a plan" in page.empty_label.text()
    assert not page.start_button.isVisible()
    person = services.people.create("Anna Berg")
    plan = services.plans.create(person.id, "kalix")
    page.set_plan(plan.id)
    assert "no development talk yet" in page.empty_title.text()
    assert page.start_button.isVisible()


# --- typing is saved --------------------------------------------------------------------


def test_answer_and_summary_are_saved_without_a_save_button(qtbot, demo_page, demo_plan, services):
    page = demo_page
    plan_id = demo_plan.plan.id
    click_row(qtbot, page.leader_prep, 1)
    type_at_end(qtbot, page.leader_prep.answer_edit, " Og at sige nej.")
    page.tabs.setCurrentIndex(1)
    page.outcome.summary_edit.setFocus()
    qtbot.keyClicks(page.outcome.summary_edit, "Vi aftalte sparring hver anden uge.")

    def saved() -> bool:
        talk = stored(services, plan_id)
        return talk.summary == "Vi aftalte sparring hver anden uge." and talk.leader_prep[
            1
        ].answer.endswith("Og at sige nej.")

    qtbot.waitUntil(saved, timeout=3000)
    # the table follows the typing
    answer = page.leader_prep.model.index(1, COL_QUESTION).data(AnswerRole)
    assert answer.endswith("Og at sige nej.")
    assert stored(services, plan_id).leader_prep[0] == demo_plan.talks[0].leader_prep[0]
    assert not errors(page.prompts)


def test_flush_saves_pending_typing_at_once(qtbot, demo_page, demo_plan, services):
    page = demo_page
    plan_id = demo_plan.plan.id
    page.participants_edit.setFocus()
    page.participants_edit.selectAll()
    qtbot.keyClicks(page.participants_edit, "Mette og Anders")
    assert stored(services, plan_id).participants != "Mette og Anders"  # still pending
    page.flush()
    assert stored(services, plan_id).participants == "Mette og Anders"
    # switching plans flushes too
    page.leader_prep.answer_edit.setPlainText("Ny kommentar")
    page.set_plan(None)
    assert stored(services, plan_id).leader_prep[0].answer == "Ny kommentar"
    assert "Open a plan" in page.empty_label.text()


def test_marking_an_answer_private_is_stored_and_shown(qtbot, demo_page, demo_plan, services):
    page = demo_page
    panel = page.leader_prep  # this copy is the leader's: her own preparation
    click_row(qtbot, panel, 1)
    assert "For the record" in panel.private_note.text()
    qtbot.keyClick(panel.private_check, Qt.Key.Key_Space)
    assert panel.private_check.isChecked()
    assert "never in the PDF" in panel.private_note.text()
    assert panel.model.index(1, COL_PRIVATE).data() == "Private"
    assert panel.model.index(1, COL_PRIVATE).data(PrivateRole) is True
    assert panel.model.index(0, COL_PRIVATE).data() == "For the record"
    qtbot.waitUntil(lambda: stored(services, demo_plan.plan.id).leader_prep[1].private)
    talk = stored(services, demo_plan.plan.id)
    assert [a.private for a in talk.leader_prep] == [False, True, False]
    assert not any(a.private for a in talk.manager_prep)


def test_free_questions_can_be_added_and_removed(qtbot, demo_page, demo_plan, services, prompts):
    page = demo_page
    plan_id = demo_plan.plan.id
    panel = page.leader_prep
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4
    assert panel.current_row() == 3
    assert panel.question_edit.isVisible()  # a free question can be worded
    assert panel.question_edit.textCursor().selectedText() == "New question"
    qtbot.keyClicks(panel.question_edit, "Hvad giver dig energi?")
    panel.timeframe_combo.setCurrentIndex(panel.timeframe_combo.findText("Now"))
    qtbot.keyClicks(panel.answer_edit, "Når teamet lykkes.")
    page.flush()
    talk = stored(services, plan_id)
    assert len(talk.leader_prep) == 4
    assert talk.leader_prep[3] == PrepAnswer(
        "Hvad giver dig energi?", "Når teamet lykkes.", "", TimeFrame.NOW, False
    )
    assert len(talk.manager_prep) == 3
    assert not panel.table.isColumnHidden(COL_TIMEFRAME)
    assert panel.model.index(3, COL_TIMEFRAME).data() == "Now"

    # clearing the question keeps its last words: a question cannot be empty
    panel.question_edit.selectAll()
    qtbot.keyClick(panel.question_edit, Qt.Key.Key_Delete)
    page.flush()
    assert stored(services, plan_id).leader_prep[3].question == "Hvad giver dig energi?"
    assert not errors(prompts)

    # removing an answered question asks first; Delete in the list does it
    prompts.answers.append(True)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert prompts.shown[-1][0] == "confirm"
    assert [a.question for a in stored(services, plan_id).leader_prep] == [
        a.question for a in demo_plan.talks[0].leader_prep
    ]
    # an unanswered one goes without asking
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    shown = len(prompts.shown)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(prompts.shown) == shown
    assert len(stored(services, plan_id).leader_prep) == 3


# --- new talks --------------------------------------------------------------------------


def test_a_new_talk_on_a_kalix_plan_has_the_six_kalix_questions_as_common_themes_for_both(
    qtbot, page, services
):
    person = services.people.create("Anna Berg", job_title="Enhetschef")
    plan = services.plans.create(person.id, "kalix")
    page.set_plan(plan.id)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    talks = services.talks.list(plan.id)
    assert len(talks) == 1
    for prep in (talks[0].leader_prep, talks[0].manager_prep):
        assert [a.question for a in prep] == KALIX_QUESTIONS
        assert all(a.question_key.startswith("common:") and not a.answer for a in prep)
    for panel in (page.leader_prep, page.manager_prep):
        assert column(panel.model, COL_QUESTION) == [f"Common theme: {q}" for q in KALIX_QUESTIONS]
        # the model's own questions are shown as they are, not edited
        assert panel.question_label.isVisible()
        assert not panel.question_edit.isVisible()
        assert panel.question_label.text() == "Vad ska göras?"
    assert page.tabs.isVisible()

    # At this (the leader's) desk a common theme cannot be removed, by button or key; it can
    # be moved to the place agreed.
    panel = page.leader_prep
    panel.select_row(1)
    assert not panel.remove_button.isEnabled() and panel.down_button.isEnabled()
    assert "discussed in every talk" in panel.remove_button.toolTip()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    page.flush()
    [talk] = services.talks.list(plan.id)
    moved = [KALIX_QUESTIONS[0], KALIX_QUESTIONS[2], KALIX_QUESTIONS[1], *KALIX_QUESTIONS[3:]]
    assert [a.question for a in talk.leader_prep] == moved
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # a question of one's own
    assert panel.remove_button.isEnabled()


def test_without_model_questions_a_new_talk_gets_standard_questions_and_earlier_ones_stay(
    qtbot, demo_page, demo_plan, services
):
    page = demo_page
    plan_id = demo_plan.plan.id
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    talks = services.talks.list(plan_id)
    assert len(talks) == 2
    new = talks[-1]
    assert new.participants == demo_plan.talks[0].participants
    # the plan's model (Holstebro) is Danish: so are the questions, in an English interface
    assert [(a.question, a.timeframe) for a in new.leader_prep] == [
        ("Hvad gik godt i den forløbne periode?", TimeFrame.BACK),
        ("Hvad var svært?", TimeFrame.BACK),
        ("Hvordan går det med dig i din rolle i dag?", TimeFrame.NOW),
        ("Hvad vil du udvikle i det kommende år?", TimeFrame.AHEAD),
        ("Hvilken støtte har du brug for?", TimeFrame.AHEAD),
    ]
    assert new.manager_prep == new.leader_prep
    model = page.leader_prep.model
    assert column(model, COL_TIMEFRAME)[:3] == ["Looking back", "Looking back", "Now"]
    assert page.talk_combo.count() == 2
    assert page.talk_combo.currentIndex() == 0  # the latest first
    assert page.talk_combo.currentText() == "Talk without a date"

    # the user picks the earlier talk with the keyboard
    page.talk_combo.setFocus()
    qtbot.keyClick(page.talk_combo, Qt.Key.Key_Down)
    assert page.current_talk().id == demo_plan.talks[0].id
    assert column(model, COL_QUESTION) == [a.question for a in demo_plan.talks[0].leader_prep]
    assert page.date_edit.value() == demo_plan.talks[0].date


def test_the_standard_questions_follow_the_plans_language_not_the_interfaces(
    qtbot, qapp, demo_page, demo_plan, services
):
    from ledarplan.gui.i18n import LanguageSwitcher  # noqa: PLC0415

    switcher = LanguageSwitcher(qapp)
    switcher.apply("sv")
    try:
        qtbot.mouseClick(demo_page.new_button, Qt.MouseButton.LeftButton)
    finally:
        switcher.apply("en")
    questions = [a.question for a in services.talks.list(demo_plan.plan.id)[-1].leader_prep]
    assert questions[0] == "Hvad gik godt i den forløbne periode?"  # Danish, as Holstebro
    assert "Vad har gått bra under den senaste perioden?" not in questions


# --- after the talk ---------------------------------------------------------------------


def test_agreements_are_added_and_edited_in_place(qtbot, demo_page, demo_plan, services):
    page = demo_page
    plan_id = demo_plan.plan.id
    page.tabs.setCurrentIndex(1)
    panel = page.outcome.agreements
    table = panel.table
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    assert stored(services, plan_id).agreements[0].text == "New agreement"  # saved at once
    editor = table.indexWidget(panel.model.index(0, COL_TEXT))  # opened for typing at once
    assert editor.selectedText() == "New agreement"
    qtbot.keyClicks(editor, "Sparring hver anden uge")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    owner = panel.model.index(0, COL_OWNER)
    table.setCurrentIndex(owner)
    qtbot.keyClicks(table, "A")  # typing in a cell starts editing it
    qtbot.keyClicks(table.indexWidget(owner), "nders Holm")
    qtbot.keyClick(table.indexWidget(owner), Qt.Key.Key_Return)

    due = panel.model.index(0, COL_DUE)
    table.setCurrentIndex(due)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    date_editor = table.indexWidget(due)
    assert isinstance(date_editor, DateEdit)
    date_editor.set_value(date(2027, 1, 15))
    qtbot.keyClick(date_editor, Qt.Key.Key_Return)

    table.setCurrentIndex(panel.model.index(0, COL_DONE))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)

    assert panel.model.index(0, COL_TEXT).data() == "Sparring hver anden uge"
    assert panel.model.index(0, COL_DUE).data() == format_date(date(2027, 1, 15))
    expected = ("Sparring hver anden uge", "Anders Holm", date(2027, 1, 15), True)

    def saved() -> bool:
        agreements = stored(services, plan_id).agreements
        return [(a.text, a.owner, a.due_date, a.done) for a in agreements] == [expected]

    qtbot.waitUntil(saved, timeout=3000)

    # an emptied text keeps the agreement's words
    assert not panel.model.setData(panel.model.index(0, COL_TEXT), "  ")
    # follow-up date and removal (asks first)
    page.outcome.follow_up_edit.set_value(demo_plan.talks[0].date + timedelta(days=90))
    page.prompts.answers.append(True)
    table.setCurrentIndex(panel.model.index(0, COL_TEXT))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    talk = stored(services, plan_id)
    assert talk.agreements == []
    assert talk.follow_up_date == demo_plan.talks[0].date + timedelta(days=90)


def test_a_follow_up_before_the_talk_is_refused_with_a_message(
    qtbot, demo_page, demo_plan, services, prompts
):
    page = demo_page
    page.tabs.setCurrentIndex(1)
    page.outcome.follow_up_edit.set_value(demo_plan.talks[0].date - timedelta(days=1))
    page.flush()
    assert errors(prompts)
    assert "Follow-up date: ends" in errors(prompts)[-1][2]
    assert stored(services, demo_plan.plan.id).follow_up_date is None
    assert page.outcome.follow_up_edit.value() is not None  # what the user chose stays


# --- sign-off ---------------------------------------------------------------------------


def test_sign_off_closes_the_record(qtbot, demo_page, demo_plan, services, prompts):
    page = demo_page
    plan_id = demo_plan.plan.id
    bar = page.sign_off_bar
    page.date_edit.set_value(date.today())  # the talk has taken place
    assert bar.public_note.isVisible()
    assert "public document" in bar.public_note.text()
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.outcome.summary_edit, "Godt forberedt.")  # pending when signing
    prompts.answers.append("Anders Holm")
    qtbot.mouseClick(bar.sign_off_button, Qt.MouseButton.LeftButton)

    talk = stored(services, plan_id)
    assert talk.summary == "Godt forberedt."
    assert talk.leader_signature.name == "Anders Holm"  # this copy is the leader's
    assert talk.leader_signature.at is not None
    assert bar.status_label.text().startswith(
        "Signed by the leader, Anders Holm, on " + format_date(talk.leader_signature.at.date())
    )
    assert "Waiting for the other signature" in bar.status_label.text()
    assert not bar.sign_off_button.isVisible()
    assert bar.public_note.isVisible()

    # everything is closed for editing
    assert not page.date_edit.isEnabled()
    assert page.participants_edit.isReadOnly()
    assert page.outcome.summary_edit.isReadOnly()
    assert not page.outcome.follow_up_edit.isEnabled()
    assert not page.outcome.agreements.add_button.isEnabled()
    for panel in (page.leader_prep, page.manager_prep):
        assert not panel.add_button.isEnabled()
        assert not panel.remove_button.isEnabled()
        assert not panel.private_check.isEnabled()
        assert not panel.timeframe_combo.isEnabled()
        assert panel.answer_edit.isReadOnly()
    flags = page.outcome.agreements.model.flags(page.outcome.agreements.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable

    # a later edit attempt changes nothing, on screen or stored
    qtbot.keyClicks(page.outcome.summary_edit, " Mere.")
    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.leader_prep.answer_edit, "Ændret")
    qtbot.keyClick(page.leader_prep.private_check, Qt.Key.Key_Space)
    page.leader_prep.table.setFocus()
    qtbot.keyClick(page.leader_prep.table, Qt.Key.Key_Insert)
    page.flush()
    assert page.outcome.summary_edit.toPlainText() == "Godt forberedt."
    assert page.leader_prep.answer_edit.toPlainText() == talk.leader_prep[0].answer
    assert page.leader_prep.model.rowCount() == 3
    assert stored(services, plan_id) == talk
    assert not errors(prompts)
    # and it stays closed when the plan is opened again
    page.set_plan(plan_id)
    assert page.outcome.summary_edit.isReadOnly()
    assert not page.date_edit.isEnabled()
    # the manager signs at the manager's desk: the record is final
    services.plans.set_desk(plan_id, Side.MANAGER)
    page.set_plan(plan_id)
    assert bar.sign_off_button.isVisible()
    prompts.answers.append("Bo Berg")
    qtbot.mouseClick(bar.sign_off_button, Qt.MouseButton.LeftButton)
    assert stored(services, plan_id).signed_off
    assert "Signed by the manager, Bo Berg, on" in bar.status_label.text()
    assert "The record is final and can no longer be changed." in bar.status_label.text()
    assert page.talk_combo.currentText().endswith("(signed off)")


def test_sign_off_needs_a_name_and_can_be_cancelled(qtbot, demo_page, demo_plan, services, prompts):
    page = demo_page
    page.date_edit.set_value(date.today())  # the talk has taken place
    button = page.sign_off_bar.sign_off_button
    prompts.answers.append(None)  # the user cancels
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not errors(prompts)
    prompts.answers.append("   ")  # the user says nobody
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert errors(prompts)
    assert "The leader's signature – Name: must not be empty" in errors(prompts)[-1][2]
    assert not stored(services, demo_plan.plan.id).signed_off
    assert page.date_edit.isEnabled()
    assert button.isVisible()


def test_signing_before_the_talks_date_asks_first(qtbot, demo_page, demo_plan, services, prompts):
    page = demo_page
    plan_id = demo_plan.plan.id
    later = date.today() + timedelta(days=45)
    page.date_edit.set_value(later)
    page.flush()
    assert stored(services, plan_id).date == later
    button = page.sign_off_bar.sign_off_button

    prompts.answers.append(False)  # the user cancels the question: nothing changes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("confirm", "Sign before the talk?")
    assert format_date(later) in text and "before the talk has taken place" in text
    assert not any(shown[0] == "ask_own_name" for shown in prompts.shown)  # no name asked
    assert stored(services, plan_id).leader_signature is None
    assert button.isVisible() and page.date_edit.isEnabled()

    prompts.answers += [True, "Anders Holm"]  # the user means it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored(services, plan_id).leader_signature.name == "Anders Holm"
    assert not page.date_edit.isEnabled()


def test_signing_on_or_after_the_talks_date_asks_nothing_more(
    qtbot, demo_page, demo_plan, services, prompts
):
    demo_page.date_edit.set_value(date.today())
    prompts.answers.append("Anders Holm")
    qtbot.mouseClick(demo_page.sign_off_bar.sign_off_button, Qt.MouseButton.LeftButton)
    assert [shown[0] for shown in prompts.shown] == ["ask_own_name"]
    assert stored(services, demo_plan.plan.id).leader_signature.name == "Anders Holm"


# --- models -----------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, demo_plan):
    talk = demo_plan.talks[0]
    prep = PrepTableModel()
    prep.set_rows([*talk.leader_prep, PrepAnswer("Q", "A", "", TimeFrame.AHEAD, True)])
    qtmodeltester.check(prep)
    agreements = AgreementTableModel()
    agreements.set_rows([Agreement("One", "Me", date(2027, 1, 1)), Agreement("Two", done=True)])
    qtmodeltester.check(agreements)
    talks = TalkListModel()
    talks.set_talks([talk, DevelopmentTalk(talk.plan_id)])
    qtmodeltester.check(talks)
    assert talks.talk_at(1).id == talk.id  # the latest first


def test_the_page_is_not_clipped_at_a_small_window(qtbot, demo_page):
    page = demo_page
    page.resize(1024, 700)
    QApplication.processEvents()
    for widget in (page.leader_prep.private_check, page.sign_off_bar.sign_off_button):
        assert widget.width() >= widget.sizeHint().width()
    note = page.sign_off_bar.public_note
    assert note.visibleRegion().boundingRect().contains(QPoint(5, 5))
    assert SAVE_DELAY_MS <= 1000  # the waits above rely on a short autosave delay


def test_a_change_made_elsewhere_is_shown(demo_page, demo_plan, services, events):
    talk = stored(services, demo_plan.plan.id)
    talk.summary = "Imported from the manager's file."
    services.talks.prepare(talk)
    events.plan_changed.emit(demo_plan.plan.id)
    assert demo_page.outcome.summary_edit.toPlainText() == "Imported from the manager's file."
