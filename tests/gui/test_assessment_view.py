"""The Assessment page: starting rounds, rating with the keyboard, comparing, the radar chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from ledarplan.domain.entities import AssessorKind, Side
from ledarplan.gui.autosave import SAVE_DELAY_MS
from ledarplan.gui.models.comparison_table import (
    COL_DIFFERENCE,
    COL_FIRST,
    COL_SECOND,
    ComparisonTableModel,
    DifferenceRole,
    HighlightRole,
)
from ledarplan.gui.models.rating_table import (
    COL_COMMENT,
    COL_EXPECTATION,
    COL_ITEM,
    COL_RATING,
    RatingTableModel,
    RatingValueRole,
)
from ledarplan.gui.models.round_list import COL_ASSESSOR, COL_RATED, RoundListModel
from ledarplan.gui.views.assessment.rating_table_view import segment_rects
from ledarplan.gui.views.assessment_view import COMPARE_TAB, RATE_TAB, AssessmentView
from ledarplan.gui.widgets.radar_chart import SERIES_COLOURS, RadarChart, RadarSeries
from ledarplan.services.area_scores import area_scores

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, events, prompts, demo_plan):
    view = AssessmentView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.set_plan(demo_plan.plan.id)
    view.show()
    qtbot.waitExposed(view)
    return view


def stored_rounds(services, demo_plan):
    return services.assessments.list(demo_plan.plan.id)


def stored(services, demo_plan, round_id):
    return next(r for r in stored_rounds(services, demo_plan) if r.id == round_id)


def stored_value(services, demo_plan, round_id, item_id):
    rating = stored(services, demo_plan, round_id).rating_for(item_id)
    return None if rating is None else rating.value


def start_round(page, kind):
    action = {
        AssessorKind.SELF: page.new_self_action,
        AssessorKind.MANAGER: page.new_manager_action,
        AssessorKind.OTHER: page.new_other_action,
    }[kind]
    before = {r.id for r in page.round_model.rounds()}
    action.trigger()
    (created,) = [r for r in page.round_model.rounds() if r.id not in before]
    return created


def focus_cell(qtbot, table, row, column):
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.waitUntil(table.hasFocus)


def shown_rating(table, row):
    return table.model().index(row, COL_RATING).data()


# --- rounds ---------------------------------------------------------------------------------


def test_the_list_shows_each_round_with_its_date_assessor_and_count(page, demo_plan):
    model = page.round_model
    assert model.rowCount() == 2
    # newest first: the manager assessed after the self-assessment
    assert "Anders Holm" in model.index(0, COL_ASSESSOR).data()
    assert model.index(0, COL_ASSESSOR).data().startswith("Manager")
    assert model.index(1, COL_ASSESSOR).data().startswith("Self-assessment")
    assert model.index(1, COL_RATED).data() == "24 of 24"
    manager = demo_plan.rounds[1]
    assert model.index(0, COL_RATED).data() == f"{len(manager.ratings)} of 24"


def test_a_new_self_assessment_is_dated_today_named_after_the_leader_and_empty(
    page, services, demo_plan
):
    created = start_round(page, AssessorKind.SELF)
    back = stored(services, demo_plan, created.id)
    assert back.assessor_kind is AssessorKind.SELF
    assert back.assessor_name == demo_plan.person.name
    assert back.date == date.today()
    assert back.ratings == []
    assert page.tabs.currentIndex() == RATE_TAB
    assert page.current_round_id() == created.id
    assert page.editor.name_edit.text() == demo_plan.person.name
    # every item of the model is listed, not assessed yet
    table = page.editor.table
    assert table.model().rowCount() == 24
    assert {shown_rating(table, row) for row in range(24)} == {"Not assessed"}


def test_rating_with_the_keyboard_is_stored_without_saving(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    items = demo_plan.plan.snapshot.items
    focus_cell(qtbot, table, 0, COL_RATING)
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter moves on to the next item
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_2)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_5)
    qtbot.keyClick(table, Qt.Key.Key_9)  # not on the scale: ignored
    qtbot.keyClick(table, Qt.Key.Key_Minus)  # one step down
    assert [shown_rating(table, row) for row in range(4)] == ["4", "2", "4", "Not assessed"]
    qtbot.waitUntil(
        lambda: stored_value(services, demo_plan, created.id, items[2].item_id) == 4,
        timeout=SAVE_DELAY_MS * 6,
    )
    values = [stored_value(services, demo_plan, created.id, i.item_id) for i in items[:4]]
    assert values == [4, 2, 4, None]
    assert page.round_model.index(page.round_model.row_of(created.id), COL_RATED).data() == (
        "3 of 24"
    )


def test_not_assessed_stays_none_and_is_never_a_zero(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    items = demo_plan.plan.snapshot.items
    focus_cell(qtbot, table, 0, COL_RATING)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_0)  # 0 clears
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_5)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # so does Delete
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_1)
    assert shown_rating(table, 0) == "Not assessed"
    assert table.model().index(0, COL_RATING).data(RatingValueRole) is None
    page.flush()  # as the window does on close
    back = stored(services, demo_plan, created.id)
    assert [r.value for r in back.ratings] == [1]
    assert back.rating_for(items[0].item_id) is None
    assert back.rating_for(items[1].item_id) is None
    assert back.rating_for(items[2].item_id).value == 1


def test_a_click_on_a_step_rates_and_the_dash_clears(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    cell = table.visualRect(table.model().index(0, COL_RATING))
    steps = dict(segment_rects(cell, 1, 5))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=steps[3].center())
    assert shown_rating(table, 0) == "3"
    page.flush()
    item = demo_plan.plan.snapshot.items[0].item_id
    assert stored_value(services, demo_plan, created.id, item) == 3
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=steps[None].center())
    assert shown_rating(table, 0) == "Not assessed"
    page.flush()
    assert stored_value(services, demo_plan, created.id, item) is None


def type_comment(qtbot, table, text):
    """Types into the comment column the way a user does: the first key opens the editor."""
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    return editor


def test_a_typed_comment_is_saved_after_a_pause_without_any_save(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    item = demo_plan.plan.snapshot.items[0].item_id
    focus_cell(qtbot, table, 0, COL_RATING)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # rating → comment of the same item
    assert table.currentIndex().column() == COL_COMMENT
    assert table.currentIndex().row() == 0
    editor = type_comment(qtbot, table, "Seen in the budget meeting")
    assert editor.text() == "Seen in the budget meeting"  # still typing: nothing lost so far

    def saved_comment():
        rating = stored(services, demo_plan, created.id).rating_for(item)
        return rating.comment if rating else ""

    qtbot.waitUntil(lambda: saved_comment() == "Seen in the budget meeting", timeout=3000)
    assert stored(services, demo_plan, created.id).rating_for(item).value is None
    assert table.model().index(0, COL_COMMENT).data() == "Seen in the budget meeting"


def test_a_comment_still_being_typed_is_saved_by_flush(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    item = demo_plan.plan.snapshot.items[1].item_id
    focus_cell(qtbot, table, 1, COL_COMMENT)
    type_comment(qtbot, table, "Half a thought")
    page.flush()  # the window closes at once: no wait for the pause
    assert stored(services, demo_plan, created.id).rating_for(item).comment == "Half a thought"


def test_enter_in_a_comment_moves_to_the_next_items_rating_and_tab_leaves_after_the_last(
    qtbot, page, services, demo_plan
):
    created = start_round(page, AssessorKind.SELF)
    table = page.editor.table
    items = demo_plan.plan.snapshot.items
    focus_cell(qtbot, table, 0, COL_RATING)
    qtbot.keyClick(table, Qt.Key.Key_3)  # rate, Tab to the comment, write it, Enter …
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, COL_COMMENT)
    editor = type_comment(qtbot, table, "ok")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate closes the editor a moment later
    qtbot.waitUntil(lambda: table.currentIndex().row() == 1)
    assert table.currentIndex().column() == COL_RATING
    qtbot.keyClick(table, Qt.Key.Key_4)  # … and the next digit rates the next item
    assert shown_rating(table, 1) == "4"
    assert table.model().index(1, COL_COMMENT).data() in ("", None)
    assert table.model().index(0, COL_COMMENT).data() == "ok"
    page.flush()
    assert stored_value(services, demo_plan, created.id, items[1].item_id) == 4
    assert stored(services, demo_plan, created.id).rating_for(items[1].item_id).comment == ""
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, COL_COMMENT)
    focus_cell(qtbot, table, 23, COL_COMMENT)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_the_table_shows_holstebros_expectations_for_the_plans_level(page, demo_plan, catalog):
    page.select_round_row(1)  # the self-assessment
    model = page.editor.table.model()
    holstebro = catalog.get("holstebro")
    first = holstebro.areas[0].items[0]
    assert model.index(0, COL_ITEM).data() == first.label
    assert model.index(0, COL_EXPECTATION).data() == first.expectations["leder-af-ledere"]
    assert "Leder af ledere" in model.headerData(COL_EXPECTATION, Qt.Orientation.Horizontal)
    assert not page.editor.table.isColumnHidden(COL_EXPECTATION)
    assert model.index(0, COL_RATING).data() == str(demo_plan.rounds[0].ratings[0].value)


def test_the_manager_round_name_and_date_are_saved(qtbot, page, services, demo_plan):
    created = start_round(page, AssessorKind.MANAGER)
    editor = page.editor
    assert editor.current_kind() is AssessorKind.MANAGER
    assert editor.kind_combo.currentText() == "Manager"
    # the plan names its manager: the round is theirs without typing the name again
    manager = demo_plan.plan.manager_name
    assert manager and editor.name_edit.text() == manager
    assert stored(services, demo_plan, created.id).assessor_name == manager
    editor.name_edit.clear()
    qtbot.keyClicks(editor.name_edit, "Lars Bo")
    qtbot.waitUntil(
        lambda: stored(services, demo_plan, created.id).assessor_name == "Lars Bo", timeout=3000
    )
    row = page.round_model.row_of(created.id)
    assert page.round_model.index(row, COL_ASSESSOR).data() == "Manager — Lars Bo"


def test_a_refused_name_shows_a_message_and_is_not_stored(
    qtbot, page, services, prompts, demo_plan
):
    created = start_round(page, AssessorKind.OTHER)
    page.editor.name_edit.setText("x" * 250)
    page.flush()
    assert [kind for kind, *_ in prompts.shown] == ["error"]
    assert "Assessed by: is too long" in prompts.shown[0][2]
    assert stored(services, demo_plan, created.id).assessor_name == ""


def test_deleting_a_round_asks_first_and_then_removes_it(qtbot, page, services, prompts, demo_plan):
    services.plans.set_desk(demo_plan.plan.id, Side.MANAGER)  # a manager's round, at their desk
    page.set_plan(demo_plan.plan.id)
    manager = demo_plan.rounds[1]
    page.select_round_row(page.round_model.row_of(manager.id))
    prompts.answers.append(False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "confirm"
    assert "Anders Holm" in prompts.shown[-1][2]
    assert len(stored_rounds(services, demo_plan)) == 2
    assert page.round_model.rowCount() == 2

    prompts.answers.append(True)
    page.round_list.setFocus()
    qtbot.keyClick(page.round_list, Qt.Key.Key_Delete)  # the Delete key does the same
    assert [kind for kind, *_ in prompts.shown] == ["confirm", "confirm"]
    assert [r.id for r in stored_rounds(services, demo_plan)] == [demo_plan.rounds[0].id]
    assert page.round_model.rowCount() == 1
    assert page.editor.current_round().id == demo_plan.rounds[0].id


def test_changes_are_announced_to_the_other_pages(qtbot, page, events, demo_plan):
    with qtbot.waitSignal(events.plan_changed) as signal:
        start_round(page, AssessorKind.SELF)
    assert signal.args == [demo_plan.plan.id]


def test_a_round_stored_elsewhere_shows_up_when_the_plan_changes(page, services, events, demo_plan):
    other = services.assessments.record(
        demo_plan.plan.id, date(2026, 12, 1), [], assessor_kind=AssessorKind.OTHER
    )
    events.plan_changed.emit(demo_plan.plan.id)  # e.g. an import or another page
    assert page.round_model.row_of(other.id) == 0
    assert page.round_model.rowCount() == 3


def test_without_a_plan_the_page_is_empty_and_disabled(page):
    page.set_plan(None)
    assert page.round_model.rowCount() == 0
    assert not page.isEnabled()
    assert page.editor.table.model().rowCount() == 0
    assert page.title() == "Assessment"


# --- comparing ------------------------------------------------------------------------------


def choose_pair(panel, first_id, second_id):
    panel.first_combo.setCurrentIndex(panel.first_combo.findData(first_id))
    panel.second_combo.setCurrentIndex(panel.second_combo.findData(second_id))


def test_a_manager_round_compared_with_self_shows_the_stored_differences(
    qtbot, page, services, demo_plan
):
    own = demo_plan.rounds[0]  # the self-assessment: 2 on the goals' items, 2–5 elsewhere
    manager = start_round(page, AssessorKind.MANAGER)
    table = page.editor.table
    keys = [Qt.Key.Key_5, Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4]
    focus_cell(qtbot, table, 0, COL_RATING)
    for key in keys:
        qtbot.keyClick(table, key)
        qtbot.keyClick(table, Qt.Key.Key_Down)
    page.flush()

    page.tabs.setCurrentIndex(COMPARE_TAB)
    panel = page.comparison
    choose_pair(panel, own.id, manager.id)
    model = panel.model
    first = stored(services, demo_plan, own.id)
    second = stored(services, demo_plan, manager.id)
    expected = {c.item_id: c for c in services.assessments.compare(first, second)}
    items = demo_plan.plan.snapshot.items
    assert model.rowCount() == len(items)
    assert model.headerData(COL_FIRST, Qt.Orientation.Horizontal) == "Self-assessment"
    assert model.headerData(COL_SECOND, Qt.Orientation.Horizontal) == "Manager"
    for row, item in enumerate(items):
        comparison = expected[item.item_id]
        assert model.index(row, COL_FIRST).data(DifferenceRole) == comparison.difference
        assert model.index(row, COL_FIRST).data() == str(comparison.first)
        shown_second = model.index(row, COL_SECOND).data()
        assert shown_second == ("–" if comparison.second is None else str(comparison.second))
    differences = [expected[i.item_id].difference for i in items[:4]]
    assert differences == [
        5 - first.ratings[0].value,
        3 - first.ratings[1].value,
        1 - first.ratings[2].value,
        4 - first.ratings[3].value,
    ]
    shown = [model.index(row, COL_DIFFERENCE).data() for row in range(4)]
    assert shown == [("+" if d > 0 else "−" if d < 0 else "") + str(abs(d)) for d in differences]
    # highlighted: the rows two or more steps apart, and only those
    highlighted = [row for row in range(len(items)) if model.index(row, 0).data(HighlightRole)]
    assert highlighted == [row for row, d in enumerate(differences) if abs(d) >= 2]
    assert highlighted  # the test would be empty otherwise
    assert len(highlighted) < 4
    bold = model.index(highlighted[0], COL_DIFFERENCE).data(Qt.ItemDataRole.FontRole)
    assert bold.bold()
    assert model.index(highlighted[0], COL_DIFFERENCE).data(Qt.ItemDataRole.BackgroundRole)
    assert str(len(highlighted)) in panel.summary_label.text()


def test_the_radar_chart_shows_each_rounds_average_per_competency(page, demo_plan):
    own, manager = demo_plan.rounds
    page.tabs.setCurrentIndex(COMPARE_TAB)
    panel = page.comparison
    choose_pair(panel, own.id, manager.id)
    chart = panel.chart
    snapshot = demo_plan.plan.snapshot
    assert chart.axes() == [s.title for s in area_scores(snapshot, own)]
    assert len(chart.axes()) == 8
    series = chart.series()
    assert [s.values for s in series] == [
        tuple(s.average for s in area_scores(snapshot, own)),
        tuple(s.average for s in area_scores(snapshot, manager)),
    ]
    assert "Self-assessment" in series[0].name
    assert "Anders Holm" in series[1].name
    assert chart.scale() == (1, 5)
    panel.swap()
    assert [s.name for s in chart.series()] == [series[1].name, series[0].name]


def test_comparing_needs_two_rounds(page, prompts, services, demo_plan):
    for round_, side in zip(demo_plan.rounds, (Side.LEADER, Side.MANAGER), strict=True):
        services.plans.set_desk(demo_plan.plan.id, side)  # each round is deleted at its desk
        page.set_plan(demo_plan.plan.id)
        prompts.answers.append(True)
        page.select_round_row(page.round_model.row_of(round_.id))
        page.delete_current_round()
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert page.comparison.stack.currentWidget() is page.comparison.placeholder
    assert "two assessment rounds" in page.comparison.placeholder.text()
    assert page.rate_stack.currentIndex() == 0  # "start a self-assessment" instead of a table


def test_a_second_round_is_compared_with_the_first_not_the_first_with_itself(
    qtbot, page, prompts, services, demo_plan
):
    services.plans.set_desk(demo_plan.plan.id, Side.MANAGER)
    page.set_plan(demo_plan.plan.id)
    (self_round,) = [r for r in demo_plan.rounds if r.assessor_kind is AssessorKind.SELF]
    (manager_round,) = [r for r in demo_plan.rounds if r.assessor_kind is AssessorKind.MANAGER]
    prompts.answers.append(True)
    page.select_round_row(page.round_model.row_of(manager_round.id))
    page.delete_current_round()
    assert [r.id for r in page.comparison.chosen()] == [self_round.id, self_round.id]

    created = start_round(page, AssessorKind.MANAGER)
    focus_cell(qtbot, page.editor.table, 0, COL_RATING)
    qtbot.keyClick(page.editor.table, Qt.Key.Key_4)
    page.flush()
    page.tabs.setCurrentIndex(COMPARE_TAB)
    assert {r.id for r in page.comparison.chosen()} == {self_round.id, created.id}
    assert page.comparison.model.rowCount() > 0


# --- the radar chart widget -----------------------------------------------------------------


def render(chart, palette, ratio=1.0):
    chart.setPalette(palette)
    image = QImage(int(520 * ratio), int(440 * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    labels = chart.paint(painter, QRectF(0, 0, 520, 440))
    painter.end()
    return image, labels


def has_colour(image, colour: QColor) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 12
                and abs(pixel.green() - colour.green()) < 12
                and abs(pixel.blue() - colour.blue()) < 12
            ):
                return True
    return False


def dark_palette():
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(40, 40, 44))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(235, 235, 235))
    return palette


def light_palette():
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(250, 250, 250))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(20, 20, 20))
    return palette


def test_the_chart_paints_both_series_on_light_and_dark_palettes_and_at_high_dpi(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    axes = ["Drift", "Personale", "Innovation", "Forandring", "Tværgående"]
    chart.set_data(
        axes,
        [
            RadarSeries("Self", (2, 3.5, None, 4, 5)),
            RadarSeries("Manager", (3, 3, 4, 2.5, 5)),
        ],
    )
    for palette, shade in ((light_palette(), 0), (dark_palette(), 1)):
        for ratio in (1.0, 2.0):
            image, labels = render(chart, palette, ratio)
            assert len(labels) == len(axes)
            assert all(QRectF(0, 0, 520, 440).contains(label) for label in labels)
            assert has_colour(image, SERIES_COLOURS[0][shade])
            assert has_colour(image, SERIES_COLOURS[1][shade])
    assert "Innovation — Self: –, Manager: 4" in chart.accessibleDescription()


def test_the_chart_without_data_paints_its_placeholder_and_refuses_bad_series(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.set_placeholder("Choose two rounds")
    _, labels = render(chart, light_palette())
    assert labels == []
    with pytest.raises(ValueError, match="values"):
        chart.set_data(["a", "b", "c"], [RadarSeries("x", (1, 2))])


def test_the_chart_tells_which_axis_a_label_is(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 420)
    chart.set_data(["A", "B", "C"], [RadarSeries("x", (1, 2, 3))])
    chart.grab()  # paints it, as showing it would
    assert len(chart.label_rects()) == 3
    assert chart.axis_at(QPoint(0, 0).toPointF()) is None
    assert chart.axis_at(chart.label_rects()[1].center()) == 1


# --- the models -----------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, services, demo_plan):
    rounds = services.assessments.list(demo_plan.plan.id)
    items = demo_plan.plan.snapshot.items

    round_list = RoundListModel()
    round_list.set_rows(rounds, len(items))
    qtmodeltester.check(round_list)

    ratings = RatingTableModel()
    ratings.set_round(items, rounds[0], "Leder af ledere")
    qtmodeltester.check(ratings)
    assert ratings.set_rating(0, 6) is False  # off the scale
    assert ratings.set_rating(0, True) is False
    assert ratings.set_rating(0, 1) is True

    comparison = ComparisonTableModel()
    comparison.set_rows(items, services.assessments.compare(*rounds))
    qtmodeltester.check(comparison)
