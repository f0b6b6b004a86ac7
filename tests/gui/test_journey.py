"""The main journey of a leader and their manager, through the real window, end to end.

First start → create my plan (Holstebro, Leder af ledere) → self-assessment → manager
assessment → the comparison shows the differences → a goal from an item with two actions →
a coaching session with agreements → the next session offers the open agreements → talk
preparation and sign-off. Then: everything typed survives closing the window without a save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ledarplan.domain.entities import ActionKind, AssessorKind
from ledarplan.gui.models.comparison_table import HighlightRole, ItemIdRole
from ledarplan.gui.models.rating_table import COL_RATING
from ledarplan.gui.views.assessment_view import COMPARE_TAB, AssessmentView
from ledarplan.gui.views.coaching.carry_over_dialog import CarryOverDialog
from ledarplan.gui.views.coaching_view import CoachingView
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.overview_page import OverviewPage
from ledarplan.gui.views.talk_view import TalkView

from .test_main_window import fill_new_plan

KEYS = {1: Qt.Key.Key_1, 2: Qt.Key.Key_2, 3: Qt.Key.Key_3, 4: Qt.Key.Key_4, 5: Qt.Key.Key_5}


def rate(qtbot, page: AssessmentView, values: list[int]) -> None:
    """Rates the first items with the keyboard: a digit, then Enter to the next item."""
    table = page.editor.table
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, COL_RATING))
    qtbot.waitUntil(table.hasFocus)
    for value in values:
        qtbot.keyClick(table, KEYS[value])
        qtbot.keyClick(table, Qt.Key.Key_Return)
    page.flush()


def test_the_whole_plan_cycle(make_window, prompts, qtbot):
    window = make_window()
    services = window._services

    # first start → create my plan
    window.actions_.ask_new_plan = fill_new_plan("Åsa Ørsted", "Holstebro", "Leder af ledere")
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    (summary,) = services.plans.list()
    plan_id = summary.plan.id
    items = summary.plan.snapshot.items
    workspace = window.workspace

    # self-assessment, then the manager's
    assessment = workspace.page(AssessmentView)
    workspace.tabs.setCurrentWidget(assessment)
    assessment.new_round(AssessorKind.SELF)
    rate(qtbot, assessment, [2, 4, 3, 5])
    assessment.new_round(AssessorKind.MANAGER)
    rate(qtbot, assessment, [4, 4, 1, 5])
    rounds = services.assessments.list(plan_id)
    assert [r.assessor_kind for r in rounds] == [AssessorKind.SELF, AssessorKind.MANAGER]
    assert [r.rating_for(i.item_id).value for i in items[:4] for r in rounds[:1]] == [2, 4, 3, 5]

    # the comparison shows the differences, the big ones highlighted
    assessment.tabs.setCurrentIndex(COMPARE_TAB)
    comparison = assessment.comparison.model
    highlighted = {
        comparison.index(row, 0).data(ItemIdRole)
        for row in range(comparison.rowCount())
        if comparison.index(row, 0).data(HighlightRole)
    }
    assert highlighted == {items[0].item_id, items[2].item_id}  # 2→4 and 3→1 differ by 2

    # "develop this" on the first item → a goal linked to it; two actions in the Kalix form
    assessment.tabs.setCurrentIndex(0)
    assessment.editor.table.setCurrentIndex(assessment.editor.table.model().index(0, COL_RATING))
    workspace.develop_item(items[0].item_id)
    goals = workspace.page(GoalsView)
    assert workspace.tabs.currentWidget() is goals
    editor = goals.actions.editor
    for what, kind in (
        ("Dialogmøde om mål", ActionKind.WITH_OTHERS),
        ("Kursus", ActionKind.COURSE),
    ):
        qtbot.mouseClick(goals.actions.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor.what_edit, what)
        editor.who_edit.setText("Mig")
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(kind.value))
    goals.flush()
    (goal,) = services.goals.list(plan_id)
    assert goal.item_ids == [items[0].item_id]
    assert [(a.what, a.kind) for a in goal.actions] == [
        ("Dialogmøde om mål", ActionKind.WITH_OTHERS),
        ("Kursus", ActionKind.COURSE),
    ]

    # a coaching session with two agreements
    coaching = workspace.page(CoachingView)
    workspace.tabs.setCurrentWidget(coaching)
    qtbot.mouseClick(coaching.new_button, Qt.MouseButton.LeftButton)  # nothing open yet
    agreements = coaching.editor.agreements
    for text in ("Læse om feedback", "Booke møde med HR"):
        agreements.add_agreement()
        model = agreements.model
        model.setData(model.index(model.rowCount() - 1, 0), text)
    coaching.flush()
    (first,) = services.coaching.list(plan_id)
    assert [a.text for a in first.agreements] == ["Læse om feedback", "Booke møde med HR"]

    # the next session offers both open agreements; keep them all
    offered: list[str] = []

    def accept_carry_over():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CarryOverDialog)
        model = dialog.list_view.model()
        offered.extend(model.index(r).data() for r in range(model.rowCount()))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, accept_carry_over)
    qtbot.mouseClick(coaching.new_button, Qt.MouseButton.LeftButton)
    assert len(offered) == 2
    second = next(s for s in services.coaching.list(plan_id) if s.id != first.id)
    assert [a.carried_from for a in second.agreements] == [a.id for a in first.agreements]

    # the talk: preparation and sign-off
    talk_page = workspace.page(TalkView)
    workspace.tabs.setCurrentWidget(talk_page)
    talk_page.start_new_talk()
    talk_page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(talk_page.outcome.summary_edit, "Enige om målet om feedback.")
    prompts.answers.append("Bo Chef")
    qtbot.mouseClick(talk_page.sign_off_bar.sign_off_button, Qt.MouseButton.LeftButton)
    (talk,) = services.talks.list(plan_id)
    assert talk.summary == "Enige om målet om feedback."
    # signed at this desk, the leader's: the manager signs at theirs
    assert talk.leader_signature.name == "Bo Chef" and not talk.signed_off

    # the overview sums it up
    workspace.tabs.setCurrentWidget(workspace.page(OverviewPage))
    text = workspace.page(OverviewPage).body.toPlainText()
    assert goal.title in text
    assert "2 open agreements from coaching" in text  # a real plural in English


def test_typing_survives_closing_the_window_without_saving(make_window, qtbot):
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    goals = window.workspace.page(GoalsView)
    window.workspace.tabs.setCurrentWidget(goals)
    goals.editor.title_edit.setFocus()
    goals.editor.title_edit.selectAll()
    qtbot.keyClicks(goals.editor.title_edit, "Typed just before closing")
    coaching = window.workspace.page(CoachingView)
    window.workspace.tabs.setCurrentWidget(coaching)
    notes = coaching.editor.notes_edit
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " Og en sidste tanke.")
    window.close()  # no save, no waiting for the autosave pause

    again = make_window()
    assert again.workspace.plan_id == plan_id
    services = again._services
    assert "Typed just before closing" in [g.title for g in services.goals.list(plan_id)]
    assert any(s.notes.endswith(" Og en sidste tanke.") for s in services.coaching.list(plan_id))


def test_closing_with_typing_that_could_not_be_saved_asks_first(make_window, prompts):
    """A refused save is never dropped silently: the window asks, and stays if told to."""
    from datetime import timedelta  # noqa: PLC0415

    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    talk_page = window.workspace.page(TalkView)
    window.workspace.tabs.setCurrentWidget(talk_page)
    talk = window._services.talks.list(plan_id)[0]
    talk_page.outcome.summary_edit.setPlainText("Skrevet lige før det gik galt")
    # a follow-up before the talk itself: the rules refuse the save
    talk_page.outcome.follow_up_edit.set_value(talk.date - timedelta(days=1))
    talk_page.flush()
    assert prompts.shown[-1][0] == "error"

    prompts.answers.append(False)  # "stay"
    window.close()
    kind, title, text = prompts.shown[-1]
    assert kind == "confirm" and title == "Close without saving?"
    assert "Follow-up date" in text
    assert window.isVisible()
    assert talk_page.outcome.summary_edit.toPlainText() == "Skrevet lige før det gik galt"

    # corrected, it is saved, and the window closes without asking
    talk_page.outcome.follow_up_edit.set_value(talk.date + timedelta(days=30))
    talk_page.flush()
    asked = len(prompts.shown)
    window.close()
    assert not window.isVisible()
    assert len(prompts.shown) == asked
    stored = window._services.talks.list(plan_id)[0]
    assert stored.summary == "Skrevet lige før det gik galt"
