"""Whose desk a plan's copy is on, in the window: the menus and texts follow it, the other desk's
own parts are read-only with a note saying why, and the plan's properties change it (until the
copy is first merged with the other desk's)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from ledarplan.domain.entities import AssessorKind, Side
from ledarplan.exchange.crypto import is_encrypted
from ledarplan.gui.models.rating_table import COL_COMMENT, COL_RATING
from ledarplan.gui.views.assessment_view import AssessmentView
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.views.talk_view import TalkView

PASSPHRASE = "Vi ses på tisdag 10.00"
LEADERS_PART = "The leader's own part: read-only at your desk."
MANAGERS_PART = "Your manager's own part: read-only at your desk."


def file_texts(window) -> list[str]:
    return [a.text() for a in window.menus.file_menu.actions() if a.isVisible() and a.text()]


def at_desk(window, side: Side) -> str:
    """The sample plan, open in the window, kept at `side`'s desk."""
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    window._services.plans.set_desk(plan_id, side)
    window.events.plan_changed.emit(plan_id)
    window.events.people_changed.emit()
    return plan_id


def show_page(window, kind):
    page = window.workspace.page(kind)
    window.workspace.tabs.setCurrentWidget(page)
    return page


def test_the_send_commands_are_named_for_the_desk(make_window, prompts, tmp_path):
    window = make_window()
    assert not window.desk_menu.send_action.isEnabled()  # no plan open
    plan_id = at_desk(window, Side.LEADER)
    texts = file_texts(window)
    assert "Send to my &manager…" in texts
    assert "Send to my manager, encr&ypted…" in texts
    assert "&Update plan from file…" in texts
    assert not [t for t in texts if "Hand over" in t]  # a leader hands nothing over

    prompts.answers += [tmp_path / "til chefen", PASSPHRASE]
    window.desk_menu.send_encrypted_action.trigger()
    sealed = tmp_path / "til chefen.ledarplan.enc.json"
    assert is_encrypted(sealed.read_bytes())
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("information", "Ready to send")
    assert "for your manager" in text and "Tell the passphrase another way" in text

    window._services.plans.set_desk(plan_id, Side.MANAGER)
    window.events.people_changed.emit()
    texts = file_texts(window)
    assert "Send to the &leader…" in texts
    assert "&Hand over to a new manager…" in texts
    assert "Hand over to a new manager, encryp&ted…" in texts
    assert not [t for t in texts if "my manager" in t]

    prompts.answers.append(tmp_path / "til lederen.ledarplan.json")
    window.desk_menu.send_action.trigger()
    sent = json.loads((tmp_path / "til lederen.ledarplan.json").read_text(encoding="utf-8"))
    assert sent["for_desk"] == "leader"
    prompts.answers.append(tmp_path / "ny chef.ledarplan.json")
    window.desk_menu.hand_over_action.trigger()
    handed = json.loads((tmp_path / "ny chef.ledarplan.json").read_text(encoding="utf-8"))
    assert handed["for_desk"] == "manager"
    assert "for the new manager" in prompts.shown[-1][2]


def test_at_a_managers_desk_the_leaders_own_parts_are_read_only(make_window, qtbot):
    window = make_window()
    plan_id = at_desk(window, Side.MANAGER)
    services = window._services

    page = show_page(window, AssessmentView)
    assert not page.new_self_action.isVisible()  # the self-assessment is the leader's
    assert page.new_manager_action.text() == "My assessment, as the leader's &manager"
    rounds = {r.assessor_kind: r for r in services.assessments.list(plan_id)}
    page.select_round_row(page.round_model.row_of(rounds[AssessorKind.SELF].id))
    editor = page.editor
    assert editor.desk_note.isVisible() and LEADERS_PART in editor.desk_note.text()
    assert editor.name_edit.isReadOnly() and editor.note_edit.isReadOnly()
    assert not editor.kind_combo.isEnabled()
    assert not page.delete_button.isEnabled()
    flags = editor.model.flags(editor.model.index(0, COL_RATING))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not editor.model.set_rating(0, 3)  # keys and clicks change nothing either
    page.select_round_row(page.round_model.row_of(rounds[AssessorKind.MANAGER].id))
    assert not editor.desk_note.isVisible()  # the manager's own round: theirs to change
    assert not editor.name_edit.isReadOnly() and page.delete_button.isEnabled()
    assert editor.model.flags(editor.model.index(0, COL_COMMENT)) & Qt.ItemFlag.ItemIsEditable

    coaching = show_page(window, CoachingView)
    session = coaching.editor
    assert session.session is not None  # the leader's latest session
    assert session.desk_note.isVisible() and LEADERS_PART in session.desk_note.text()
    assert session.topic_edit.isReadOnly() and session.notes_edit.isReadOnly()
    assert not session.share_check.isEnabled() and not session.agreements.add_button.isEnabled()
    assert not coaching.delete_button.isEnabled()
    offered = []
    coaching.choose_carry_over = lambda agreements: offered.append(agreements) or []
    coaching.new_session()  # a session logged at the manager's desk is the manager's
    assert offered == []  # the leader's open agreements stay in the leader's log
    assert not session.desk_note.isVisible() and not session.topic_edit.isReadOnly()

    talk = show_page(window, TalkView)
    assert talk.leader_prep.title() == "The leader's preparation"
    assert talk.manager_prep.title() == "My preparation, as the manager"
    assert LEADERS_PART in talk.leader_prep.desk_note.text()
    assert talk.leader_prep.desk_note.isVisible() and talk.leader_prep.rows.read_only
    assert talk.leader_prep.answer_edit.isReadOnly()
    assert not talk.manager_prep.desk_note.isVisible() and not talk.manager_prep.rows.read_only


def test_at_a_leaders_desk_the_managers_own_parts_are_read_only(make_window):
    window = make_window()
    plan_id = at_desk(window, Side.LEADER)
    page = show_page(window, AssessmentView)
    assert page.new_self_action.isVisible()
    assert page.new_manager_action.text() == "Assessment by my &manager"
    rounds = {r.assessor_kind: r for r in window._services.assessments.list(plan_id)}
    page.select_round_row(page.round_model.row_of(rounds[AssessorKind.MANAGER].id))
    assert MANAGERS_PART in page.editor.desk_note.text() and page.editor.note_edit.isReadOnly()
    page.select_round_row(page.round_model.row_of(rounds[AssessorKind.SELF].id))
    assert not page.editor.note_edit.isReadOnly()

    talk = show_page(window, TalkView)
    assert (talk.leader_prep.title(), talk.manager_prep.title()) == (
        "My preparation",
        "My manager's preparation",
    )
    assert talk.manager_prep.rows.read_only and MANAGERS_PART in talk.manager_prep.desk_note.text()
    assert not talk.leader_prep.rows.read_only


def test_plan_properties_change_the_desk_until_the_copy_is_merged(
    make_window, other_desk, tmp_path
):
    window = make_window()
    plan_id = at_desk(window, Side.LEADER)
    services = window._services
    answers = []

    def answer(dialog):
        answers.append((dialog.windowTitle(), dialog.desk_note.text(), dialog.error_label.text()))
        if len(answers) > 3:
            return None  # the user gives up: Cancel
        dialog.managed_radio.setChecked(True)
        return dialog.desk_choice()

    window.desk_flows.ask_properties = answer
    window.desk_menu.properties_action.trigger()
    assert services.plans.desk(plan_id).side is Side.MANAGER
    assert "Send to the &leader…" in file_texts(window)  # the window follows at once

    # Once merged with the other desk's copy, whose desk it is on is fixed.
    services.plans.set_desk(plan_id, Side.LEADER)
    services.transfer.send(plan_id, tmp_path / "1.ledarplan.json")
    other_desk.merging.merge(tmp_path / "1.ledarplan.json")
    other_desk.goals.add(plan_id, "Chefens mål", [])
    other_desk.transfer.send(plan_id, tmp_path / "2.ledarplan.json")
    services.merging.merge(tmp_path / "2.ledarplan.json")
    answers.clear()
    seen = []

    def look(dialog):
        seen.append(dialog.own_radio.isEnabled() or dialog.managed_radio.isEnabled())
        return answer(dialog)

    window.desk_flows.ask_properties = look
    window.desk_menu.properties_action.trigger()
    assert seen[0] is False  # offered no more
    assert "can no longer change" in answers[0][1]
    # Chosen all the same (the radio set in code): the service refuses, and the dialog says so.
    assert answers[1][2] == (
        "Whose desk: this copy has already been merged with the other desk's; whose desk it "
        "is on can no longer change"
    )
    assert services.plans.desk(plan_id).side is Side.LEADER


def test_a_new_plan_for_someone_the_user_manages_is_kept_at_the_managers_desk(make_window):
    window = make_window()

    def answer(dialog):
        assert dialog.own_radio.isChecked()  # nothing stored yet: the user's own plan
        assert dialog.title_edit.placeholderText() == "e.g. My development plan 2027"
        dialog.name_edit.setText("Bo Berg")
        dialog.managed_radio.setChecked(True)
        assert dialog.title_edit.placeholderText() == "e.g. Development plan 2027"
        dialog.accept()
        return dialog.choice()

    window.actions_.ask_new_plan = answer
    window._create_plan(new_person=True)
    plan_id = window.workspace.plan_id
    assert window._services.plans.desk(plan_id).side is Side.MANAGER
    assert "Send to the &leader…" in file_texts(window)

    offered = []

    def next_person(dialog):
        offered.append(dialog.desk())  # every plan here is a managed one: so is the next

    window.actions_.ask_new_plan = next_person
    window._create_plan(new_person=True)
    assert offered == [Side.MANAGER]
