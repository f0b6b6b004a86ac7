"""The goals page: goals linked to model items, check-ins, and actions in the Kalix form."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from ledarplan.domain.entities import ActionKind, ActionStatus, Goal, GoalStatus
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.rules import MAX_TEXT
from ledarplan.gui.autosave import SAVE_DELAY_MS
from ledarplan.gui.models.action_table import (
    COL_STATUS,
    COL_WHAT,
    ActionIdRole,
    ActionTableModel,
)
from ledarplan.gui.models.checkin_table import COL_NOTE, CheckInTableModel
from ledarplan.gui.models.goal_list import GoalIdRole, GoalListModel, ProgressRole
from ledarplan.gui.models.item_links import ItemIdRole, ItemLinksModel
from ledarplan.gui.views.goals.goal_card import status_line
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.i18n.catalog import Translator

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, events, prompts):
    view = GoalsView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return view


@pytest.fixture
def kalix_plan(services):
    person = services.people.create("Kim Lind", "Enhetschef")
    return services.plans.create(person.id, "kalix")


def stored(services, plan_id: str, goal_id: str) -> Goal:
    return next(g for g in services.goals.list(plan_id) if g.id == goal_id)


def select_goal(page: GoalsView, title: str) -> Goal:
    model = page.goal_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            page.goal_list.setCurrentIndex(model.index(row, 0))
            goal = model.goal_at(row)
            assert goal is not None
            return goal
    raise AssertionError(f"no goal {title!r} in the list")


def replace_text(qtbot, widget, text: str) -> None:
    """Selects what the field holds and types over it, as a user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, data: object) -> None:
    """Chooses the entry whose data is `data` (an enum's value, or an id)."""
    data = getattr(data, "value", data)
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def wait_saved(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=SAVE_DELAY_MS * 6)


# --- goals ---


def test_the_demo_goals_are_listed_with_items_progress_and_status(page, demo_plan):
    page.set_plan(demo_plan.plan.id)
    model = page.goal_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        g.title for g in demo_plan.goals
    ]
    first = model.index(0, 0)
    assert first.data(ProgressRole) == 45
    summary = first.data(Qt.ItemDataRole.ToolTipRole)
    assert "Sætter fokus på kerneopgaven" in summary
    assert "45 %" in summary
    assert "In progress" in summary
    # the first goal is selected and shown, with its items ticked
    assert page.editor.title_edit.text() == demo_plan.goals[0].title
    assert page.editor.links_model.checked() == demo_plan.goals[0].item_ids
    assert page.actions.model.rowCount() == 2


def test_create_goal_from_item_links_it_and_puts_the_focus_in_the_title(
    qtbot, page, services, demo_plan
):
    page.set_plan(demo_plan.plan.id)
    item = demo_plan.plan.snapshot.items[7]
    goal = page.create_goal_from_item(item.item_id)
    assert goal is not None

    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.item_ids == [item.item_id]
    assert saved.title == item.label
    assert page.goal_list.currentIndex().data(GoalIdRole) == goal.id
    assert page.goal_model.rowCount() == len(demo_plan.goals) + 1
    qtbot.waitUntil(page.editor.title_edit.hasFocus)
    assert page.editor.links_model.checked() == [item.item_id]

    # the label is selected: typing replaces it, and is saved without a save button
    qtbot.keyClicks(page.editor.title_edit, "Tydelige forventninger")
    wait_saved(
        qtbot,
        lambda: stored(services, demo_plan.plan.id, goal.id).title == "Tydelige forventninger",
    )
    assert page.goal_list.currentIndex().data() == "Tydelige forventninger"


def test_title_and_criterion_are_saved_after_a_pause_in_typing(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    replace_text(qtbot, page.editor.title_edit, "Feedback hver uge")
    replace_text(qtbot, page.editor.criterion_edit, "Alle har fået feedback i marts.")
    wait_saved(
        qtbot,
        lambda: (
            stored(services, demo_plan.plan.id, goal.id).success_criterion
            == "Alle har fået feedback i marts."
        ),
    )
    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.title == "Feedback hver uge"
    assert saved.item_ids == goal.item_ids  # nothing else moved
    assert page.goal_model.index(1, 0).data() == "Feedback hver uge"


def test_flush_saves_what_was_just_typed(qtbot, page, services, demo_plan, events):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Uddelegere mere med klare mandater")
    changes = []
    events.plan_changed.connect(changes.append)
    page.editor.description_edit.setFocus()
    page.editor.description_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor.description_edit, " Også i sommerferien.")
    choose(page.editor.status_combo, GoalStatus.IN_PROGRESS)
    page.flush()  # as the window does on close, before the pause is over
    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.description.endswith(" Også i sommerferien.")
    assert saved.status == GoalStatus.IN_PROGRESS
    assert changes == [demo_plan.plan.id]


def test_ticking_another_item_links_it(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    item = demo_plan.plan.snapshot.items[0]
    model = page.editor.links_model
    index = model.index_of(item.item_id)
    assert index.data(ItemIdRole) == item.item_id
    view = page.editor.links_view
    view.scrollTo(index)
    rect = view.visualRect(index)
    # the check box sits at the left of the item's row
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert model.checked() == [*goal.item_ids, item.item_id]
    page.flush()
    assert stored(services, demo_plan.plan.id, goal.id).item_ids == [
        *goal.item_ids,
        item.item_id,
    ]


def test_a_check_in_with_progress_moves_the_goal_on(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Uddelegere mere med klare mandater")
    editor = page.editor
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.checkin_note_edit, "Første mandat er givet.")
    qtbot.mouseClick(editor.checkin_progress_check, Qt.MouseButton.LeftButton)
    assert editor.checkin_progress_spin.isEnabled()
    replace_text(qtbot, editor.checkin_progress_spin.lineEdit(), "30")
    qtbot.mouseClick(editor.add_checkin_button, Qt.MouseButton.LeftButton)

    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.progress == 30
    assert saved.status == GoalStatus.IN_PROGRESS
    assert len(saved.checkins) == len(goal.checkins) + 1
    assert saved.checkins[-1].note == "Første mandat er givet."
    assert saved.checkins[-1].progress == 30
    # what the user sees: the list, the progress field, the newest check-in first
    row = page.goal_model.row_of(goal.id)
    assert page.goal_model.index(row, 0).data(ProgressRole) == 30
    assert editor.progress_spin.value() == 30
    assert editor.checkin_model.index(0, COL_NOTE).data() == "Første mandat er givet."
    assert editor.checkin_note_edit.text() == ""
    assert "(2)" in editor.tabs.tabText(1)


def test_new_goal_and_two_actions_with_the_six_questions(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    qtbot.mouseClick(page.new_goal_button, Qt.MouseButton.LeftButton)
    goal_id = page.goal_list.currentIndex().data(GoalIdRole)
    assert page.editor.title_edit.hasFocus()
    qtbot.keyClicks(page.editor.title_edit, "Bedre møder")

    editor = page.actions.editor
    answers = [
        ("Dagsorden ud dagen før", "Skabelon i Outlook", "Så alle er forberedt", "Mig",
         "Fra januar", "Spørger ved hvert møde", ActionKind.ON_THE_JOB),
        ("Kursus i mødeledelse", "Kommunens kursus", "Nye redskaber", "Mig og HR",
         "Foråret", "Fortæller teamet hvad jeg lærte", ActionKind.COURSE),
    ]  # fmt: skip
    for what, how, why, who, when, follow_up, kind in answers:
        qtbot.mouseClick(page.actions.add_button, Qt.MouseButton.LeftButton)
        assert editor.what_edit.hasFocus()
        qtbot.keyClicks(editor.what_edit, what)  # types over "New action"
        for edit, text in (
            (editor.how_edit, how),
            (editor.why_edit, why),
            (editor.who_edit, who),
            (editor.when_edit, when),
            (editor.follow_up_edit, follow_up),
        ):
            edit.setFocus()
            qtbot.keyClicks(edit, text)
        choose(editor.kind_combo, kind)
    page.flush()

    saved = stored(services, demo_plan.plan.id, goal_id)
    assert saved.title == "Bedre møder"
    got = [(a.what, a.how, a.why, a.who, a.when, a.follow_up, a.kind) for a in saved.actions]
    assert got == answers
    assert [page.actions.model.index(r, COL_WHAT).data() for r in range(2)] == [
        "Dagsorden ud dagen før",
        "Kursus i mødeledelse",
    ]
    assert page.actions.model.index(1, 1).data() == "Course"


def test_a_kalix_building_block_fills_what_and_how(qtbot, page, services, kalix_plan, catalog):
    page.set_plan(kalix_plan.id)
    editor = page.actions.editor
    qtbot.mouseClick(page.empty_new_goal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.actions.add_button, Qt.MouseButton.LeftButton)
    goal_id = page.goal_list.currentIndex().data(GoalIdRole)

    # The model's own questions guide the six fields.
    assert editor.what_edit.placeholderText() == "Vad ska göras?"
    assert editor.follow_up_edit.placeholderText() == "Hur följer vi upp?"
    assert editor.block_combo.isVisible()

    pack = catalog.get("kalix")
    blocks = next(s for s in pack.context if s.kind == "development-activities")
    block = next(e for e in blocks.entries if e.id == "coachande-ledarskap")
    choose(editor.block_combo, block.id)
    assert editor.what_edit.text() == block.title
    assert editor.how_edit.toPlainText() == block.text
    page.flush()

    action = stored(services, kalix_plan.id, goal_id).actions[0]
    assert action.building_block == block.id
    assert action.what == block.title
    assert action.how == block.text

    # a second block does not overwrite what the user already has
    choose(editor.block_combo, "reflektionstid")
    assert editor.what_edit.text() == block.title
    page.flush()
    assert stored(services, kalix_plan.id, goal_id).actions[0].building_block == "reflektionstid"


def test_holstebro_offers_no_building_blocks(page, demo_plan):
    page.set_plan(demo_plan.plan.id)
    assert not page.actions.editor.block_combo.isVisible()
    assert page.actions.editor.what_edit.placeholderText() == "What will you do?"


def test_marking_an_action_done_stores_the_done_date(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Klare mål og fast opfølgning")
    action = goal.actions[1]
    assert action.status == ActionStatus.IN_PROGRESS
    table = page.actions.table
    table.selectionModel().setCurrentIndex(
        page.actions.model.index(1, COL_WHAT),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.actions.editor.what_edit.text() == action.what
    choose(page.actions.editor.status_combo, ActionStatus.DONE)

    saved = next(
        a for a in stored(services, demo_plan.plan.id, goal.id).actions if a.id == action.id
    )
    assert saved.status == ActionStatus.DONE
    assert saved.done_date == date.today()
    status_text = page.actions.model.index(1, COL_STATUS).data()
    assert status_text.startswith("Done ")
    assert page.actions.editor.done_label.text() != ""

    choose(page.actions.editor.status_combo, ActionStatus.PLANNED)
    saved = next(
        a for a in stored(services, demo_plan.plan.id, goal.id).actions if a.id == action.id
    )
    assert saved.done_date is None
    assert page.actions.model.index(1, COL_STATUS).data() == "Planned"


def test_deleting_a_goal_asks_first(qtbot, page, services, demo_plan, prompts):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")

    prompts.answers.append(False)
    qtbot.mouseClick(page.delete_goal_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "confirm"
    assert "Mere og tydeligere feedback" in prompts.shown[-1][2]
    assert len(services.goals.list(demo_plan.plan.id)) == 3

    prompts.answers.append(True)
    page.goal_list.setFocus()
    qtbot.keyClick(page.goal_list, Qt.Key.Key_Delete)
    assert [g.id for g in services.goals.list(demo_plan.plan.id)] == [
        g.id for g in demo_plan.goals if g.id != goal.id
    ]
    assert page.goal_model.rowCount() == 2
    # the next goal takes its place in the editor
    assert page.editor.title_edit.text() == "Uddelegere mere med klare mandater"


def test_deleting_an_action_asks_first(qtbot, page, services, demo_plan, prompts):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Klare mål og fast opfølgning")
    first = page.actions.model.index(0, 0).data(ActionIdRole)
    prompts.answers.extend([False, True])
    qtbot.mouseClick(page.actions.delete_button, Qt.MouseButton.LeftButton)
    assert len(stored(services, demo_plan.plan.id, goal.id).actions) == 2
    qtbot.mouseClick(page.actions.delete_button, Qt.MouseButton.LeftButton)
    remaining = stored(services, demo_plan.plan.id, goal.id).actions
    assert [a.id for a in remaining] == [goal.actions[1].id]
    assert first not in [a.id for a in remaining]
    assert page.actions.model.rowCount() == 1
    assert page.actions.editor.what_edit.text() == goal.actions[1].what


def test_clearing_the_title_is_refused_and_nothing_else_is_lost(
    qtbot, page, services, demo_plan, prompts
):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    replace_text(qtbot, page.editor.criterion_edit, "Alle har haft en feedbacksamtale.")
    replace_text(qtbot, page.editor.title_edit, "")
    assert page.editor.title_edit.text() == ""
    page.flush()

    assert [kind for kind, _, _ in prompts.shown] == ["error"]
    assert "Title" in prompts.shown[0][2]
    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.title == "Mere og tydeligere feedback"
    assert saved.success_criterion == "Alle har haft en feedbacksamtale."
    assert page.editor.title_edit.text() == "Mere og tydeligere feedback"
    assert page.editor.criterion_edit.toPlainText() == "Alle har haft en feedbacksamtale."


def test_an_emptied_title_is_judged_when_the_user_leaves_it(qtbot, page, services, demo_plan):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    replace_text(qtbot, page.editor.title_edit, "")
    prompts = page.prompts
    # a pause while the title is empty interrupts nobody …
    qtbot.wait(SAVE_DELAY_MS * 2)
    assert prompts.shown == []
    # … typing a new title saves it …
    qtbot.keyClicks(page.editor.title_edit, "Feedback")
    wait_saved(qtbot, lambda: stored(services, demo_plan.plan.id, goal.id).title == "Feedback")
    # … and leaving the field empty is refused with a message.
    replace_text(qtbot, page.editor.title_edit, "")
    page.editor.description_edit.setFocus()
    qtbot.waitUntil(lambda: len(prompts.shown) == 1)
    assert page.editor.title_edit.text() == "Feedback"
    assert stored(services, demo_plan.plan.id, goal.id).title == "Feedback"


def test_an_emptied_what_of_an_action_is_put_back(qtbot, page, services, demo_plan, prompts):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Klare mål og fast opfølgning")
    editor = page.actions.editor
    replace_text(qtbot, editor.who_edit, "Afdelingslederne")
    replace_text(qtbot, editor.what_edit, "")
    page.flush()
    assert prompts.shown and prompts.shown[0][0] == "error"
    action = stored(services, demo_plan.plan.id, goal.id).actions[0]
    assert action.what == goal.actions[0].what
    assert action.who == "Afdelingslederne"
    assert editor.what_edit.text() == goal.actions[0].what


@pytest.mark.parametrize("field", ["target_date", "status"])
def test_a_refused_target_date_or_status_goes_back_to_what_is_stored(  # noqa: PLR0917
    qtbot, page, services, demo_plan, prompts, monkeypatch, field
):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    save = services.goals.save_fields  # typing in the goal's own fields saves only those

    def refusing(edited: Goal, read: Goal | None = None) -> Goal:  # as rules would
        if getattr(edited, field) != getattr(goal, field):
            raise InvalidInputError(field, "must not be empty")
        return save(edited, read=read)

    monkeypatch.setattr(services.goals, "save_fields", refusing)
    replace_text(qtbot, page.editor.criterion_edit, "Alle har haft en feedbacksamtale.")
    page.editor.target_edit.set_value(date(2031, 1, 31))
    choose(page.editor.status_combo, GoalStatus.DONE)
    page.flush()

    label = {"target_date": "Target date", "status": "Status"}[field]
    assert prompts.shown == [
        (
            "error",
            "This could not be saved",
            f"“{label}” must not be empty. It is back to what it was; everything else is saved.",
        )
    ]
    saved = stored(services, demo_plan.plan.id, goal.id)
    assert saved.success_criterion == "Alle har haft en feedbacksamtale."
    assert getattr(saved, field) == getattr(goal, field)
    # the widget shows the stored value again, not the refused one
    assert page.editor.fields[field].read() == getattr(goal, field)
    assert page.editor.target_edit.value() == saved.target_date
    assert page.editor.status_combo.currentData() == saved.status.value


def test_two_refused_fields_both_go_back_and_both_are_said(page, services, demo_plan, prompts):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    # all in one pause in typing
    page.editor.description_edit.setPlainText("x" * (MAX_TEXT + 1))
    page.editor.criterion_edit.setPlainText("Alle har haft en feedbacksamtale.")
    page.editor.title_edit.setText("")
    page.flush()

    ((kind, _title, text),) = prompts.shown
    assert kind == "error"
    assert text.count("It is back to what it was") == 2
    assert "“Title” must not be empty" in text and "“Description” is too long" in text
    saved = stored(services, demo_plan.plan.id, goal.id)
    assert (saved.title, saved.description) == (goal.title, goal.description)
    assert saved.success_criterion == "Alle har haft en feedbacksamtale."
    assert page.editor.description_edit.toPlainText() == goal.description


def test_insert_on_the_goal_list_makes_a_new_goal(qtbot, page, services, kalix_plan):
    page.set_plan(kalix_plan.id)
    assert page.right.currentIndex() == 0  # the "no goals yet" hint
    page.goal_list.setFocus()
    qtbot.keyClick(page.goal_list, Qt.Key.Key_Insert)
    assert len(services.goals.list(kalix_plan.id)) == 1
    assert page.right.currentIndex() == 1
    assert page.editor.title_edit.hasFocus()


# --- the models alone ---


def test_goal_list_model(qtmodeltester, demo_plan):
    model = GoalListModel()
    labels = {i.item_id: i.label for i in demo_plan.plan.snapshot.items}
    model.set_rows(demo_plan.goals, labels)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_action_table_model(qtmodeltester, demo_plan):
    model = ActionTableModel()
    model.set_rows([a for g in demo_plan.goals for a in g.actions])
    qtmodeltester.check(model)
    kinds = {k: k.value.upper() for k in ActionKind}
    statuses = {s: s.value.upper() for s in ActionStatus}
    model.set_texts(["W", "K", "O", "N", "S"], kinds, statuses, "Done %1")
    qtmodeltester.check(model)
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "S"
    assert model.index(0, COL_STATUS).data().startswith("Done ")  # with the done date
    assert model.index(1, COL_STATUS).data() == "IN-PROGRESS"
    assert model.index(1, 1).data() == "WITH-OTHERS"


def test_checkin_table_model(qtmodeltester, demo_plan):
    model = CheckInTableModel()
    model.set_rows(demo_plan.goals[0].checkins)
    qtmodeltester.check(model)
    # newest first
    assert model.checkin_at(0).date > model.checkin_at(1).date


def test_item_links_model(qtmodeltester, demo_plan):
    model = ItemLinksModel()
    model.set_items(demo_plan.plan.snapshot.items)
    model.set_checked(demo_plan.goals[0].item_ids)
    qtmodeltester.check(model)
    areas = {i.area_id for i in demo_plan.plan.snapshot.items}
    assert model.rowCount() == len(areas)
    first_area = model.index(0, 0)
    assert model.rowCount(first_area) > 0
    assert "(2)" in first_area.data()
    index = model.index_of(demo_plan.goals[0].item_ids[0])
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == demo_plan.goals[0].item_ids[1:]


def test_a_goal_from_an_item_with_a_very_long_label_gets_a_shortened_title(page, services, catalog):
    person = services.people.create("Alva Berg")
    plan = services.plans.create(person.id, "hjo")
    item = max(plan.snapshot.items, key=lambda i: len(i.label))
    assert len(item.label) > 200  # longer than a title may be
    page.set_plan(plan.id)
    goal = page.create_goal_from_item(item.item_id)
    assert goal is not None
    assert page.prompts.shown == []
    saved = services.goals.list(plan.id)[0]
    assert saved.item_ids == [item.item_id]
    assert saved.title.endswith("…")
    assert item.label.startswith(saved.title[:-1])


def test_typing_a_goals_title_saves_the_goal_not_its_actions_again(
    qtbot, page, services, demo_plan, monkeypatch
):
    page.set_plan(demo_plan.plan.id)
    goal = select_goal(page, "Mere og tydeligere feedback")
    whole_saves = []
    save = services.goals.save
    monkeypatch.setattr(
        services.goals, "save", lambda g, read=None: whole_saves.append(g) or save(g, read=read)
    )
    replace_text(qtbot, page.editor.title_edit, "Feedback hver uge")
    page.flush()
    assert stored(services, demo_plan.plan.id, goal.id).title == "Feedback hver uge"
    assert whole_saves == []  # the goal's own fields went through save_fields
    # An edited action is saved with the goal, as before.
    page.actions.table.setCurrentIndex(page.actions.model.index(0, 0))
    replace_text(qtbot, page.actions.editor.how_edit, "Ved hvert teammøde")
    page.flush()
    assert [len(g.actions) for g in whole_saves] == [len(goal.actions)]
    assert stored(services, demo_plan.plan.id, goal.id).actions[0].how == "Ved hvert teammøde"


@pytest.mark.parametrize("language", ["sv", "da"])
def test_a_goals_status_is_read_whole_in_a_narrow_list(make_window, language):
    """At 150 % on a laptop the goal list is some 220 px wide: "Inte påbörjad" stays whole
    (the progress bar gives up its track, then the target date goes)."""
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language(language)
    goals = window.workspace.page(GoalsView)
    view = goals.goal_list
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    metrics = QFontMetrics(delegate._fonts(option)[1])
    not_started = Translator(language).translate("GoalNames", "Not started")
    window.set_language("en")
    for width in (200, 220, 260):
        line, bar = status_line(metrics, not_started, "30.06.2027", width)
        room = width - bar - 28
        assert line.startswith(not_started) and metrics.horizontalAdvance(line) <= room
    line, _bar = status_line(metrics, not_started, "30.06.2027", 400)
    assert line == f"{not_started}  ·  30.06.2027"  # with room, the date is shown too
