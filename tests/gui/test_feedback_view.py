"""Feedback from others in the window: a round made in the dialog with its form, filled forms
taken in, and the groups shown in the comparison and its radar chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ledarplan.domain.entities import Rating, RespondentGroup
from ledarplan.gui.models.comparison_table import COLUMN_COUNT
from ledarplan.gui.views.assessment_view import COMPARE_TAB, AssessmentView
from tests.feedback_filling import answers, fill

pytestmark = pytest.mark.gui
STAFF, PEERS, MANAGER, OTHER = RespondentGroup


@pytest.fixture
def page(qtbot, services, events, prompts, demo_plan):
    view = AssessmentView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    return view


def make_round(page, prompts, tmp_path, *, threshold=3):
    dialog = page.feedback_dialog()

    def answer(new_round_dialog):
        new_round_dialog.group_boxes[OTHER].setChecked(False)
        new_round_dialog.threshold.setValue(threshold)
        assert new_round_dialog.buttons.button(
            new_round_dialog.buttons.StandardButton.Ok
        ).isEnabled()
        return True

    dialog.ask = answer
    prompts.answers.append(tmp_path / "form.pdf")
    created = dialog.new_round()
    assert created is not None
    return dialog, created


def test_a_round_made_in_the_dialog_writes_its_form(page, prompts, services, demo_plan, tmp_path):
    dialog, created = make_round(page, prompts, tmp_path)
    assert created.groups == [STAFF, PEERS, MANAGER]
    assert created.item_ids == list(demo_plan.plan.snapshot.item_ids)
    assert len(created.questions) == 2  # the suggested open questions
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    assert prompts.shown[-1][:2] == ("information", "Feedback form written")
    assert dialog.rounds.topLevelItemCount() == 1
    assert services.feedback.list(demo_plan.plan.id) == [created]


def test_answers_taken_in_show_in_the_comparison_and_the_chart(
    qtbot, page, *, prompts, services, demo_plan, tmp_path
):
    dialog, created = make_round(page, prompts, tmp_path)
    form = (tmp_path / "form.pdf").read_bytes()
    first = created.item_ids[0]
    # The leader's latest self-assessment rates the first item high: others see it lower.
    services.assessments.record(demo_plan.plan.id, date.today(), [Rating(first, 5)])
    files = []
    for n, (group, value) in enumerate(
        [(STAFF, 2), (STAFF, 2), (STAFF, 1), (PEERS, 4), (PEERS, 5), (MANAGER, 3)]
    ):
        path = tmp_path / f"answer-{n}.pdf"
        path.write_bytes(fill(form, answers(group, {first: value})))
        files.append(path)
    (tmp_path / "blank.pdf").write_bytes(form)
    prompts.answers.append([*files, tmp_path / "blank.pdf"])
    report = dialog.import_answers()
    assert [t.forms for t in report.taken] == [6]
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("warning", "Answers taken in")
    assert "Shown now: Staff (3), Others (3)." in text
    assert "Fewer than 3 answered as Peers, Own manager: counted with others." in text
    assert "blank.pdf: the form is not filled in" in text

    comparison = page.comparison
    assert page.tabs.currentIndex() == COMPARE_TAB
    assert comparison.chosen_feedback().id == created.id
    model = comparison.model
    assert model.columnCount() == COLUMN_COUNT + 2
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(COLUMN_COUNT, COLUMN_COUNT + 2)
    ]
    assert headers == ["Staff (3)", "Others (3)"]
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 1).data() and model.row_at(r)[0].item_id == first
    )
    assert model.index(row, COLUMN_COUNT).data() == "1.7"
    assert model.index(row, COLUMN_COUNT + 1).data() == "4.0"
    names = [s.name for s in comparison.chart.series()]
    assert names[-2:] == ["Staff (3)", "Others (3)"]
    assert "A group is shown only when at least 3 have answered." in comparison.feedback_note.text()
    assert "Counted with others: Peers, Own manager." in comparison.feedback_note.text()

    # A blind spot becomes a goal: the page asks for one, as "Develop this" does.
    spots = comparison.spots
    assert spots.isVisible() and spots.item_ids()[0] == first
    assert spots.list.item(0).text().endswith(": you 5, others 2.8")
    spots.list.setCurrentRow(0)
    with qtbot.waitSignal(page.develop_requested) as signal:
        spots.goal_button.click()
    assert signal.args == [first]

    # "None" takes the feedback away again.
    comparison.feedback_combo.setCurrentIndex(0)
    assert model.columnCount() == COLUMN_COUNT
    assert [s.name for s in comparison.chart.series()][-1] != "Others (3)"
