"""The window on the screens leaders have: a 1366×768 laptop, the same at 150 % (910×512 in
the window's own pixels) and a 1024×600 netbook. It opens inside the screen, and every page
keeps every button within reach there (scrolling when it must), never wider than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QWidget,
)

from ledarplan.gui.models.action_table import COL_KIND, COL_STATUS, COL_WHEN
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.talk_view import TalkView
from ledarplan.gui.widgets.fitting import FRAME_ALLOWANCE, fitted
from ledarplan.gui.widgets.wrapping_delegate import text_height
from ledarplan.gui.window_layout import PREFERRED_SIZE, SIDEBAR_WIDTH, sidebar_width

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40 px task bar
LAPTOP_150 = QRect(0, 0, 910, 485)  # the same at 150 %
NETBOOK = QRect(0, 0, 1024, 570)
FRAME = QSize(16, 39)


@pytest.mark.parametrize("free", [LAPTOP, LAPTOP_150, NETBOOK])
def test_a_first_start_opens_inside_the_screen_centred(free):
    corner, size = fitted(
        QPoint(0, 0), PREFERRED_SIZE, frame=FRAME, free=free, minimum=QSize(790, 200), centre=True
    )
    outer = QRect(corner, size + FRAME)
    assert free.contains(outer)
    assert size.width() == min(PREFERRED_SIZE.width(), free.width() - FRAME.width())
    assert size.height() == min(PREFERRED_SIZE.height(), free.height() - FRAME.height())
    assert abs((outer.left() - free.left()) - (free.right() - outer.right())) <= 1


def test_a_size_remembered_from_a_larger_screen_is_brought_back_onto_the_laptop():
    # Left on the right of a second 1920×1200 screen that is no longer there.
    corner, size = fitted(
        QPoint(2100, 300), QSize(1800, 1100), frame=FRAME, free=LAPTOP, minimum=QSize(790, 200)
    )
    assert LAPTOP.contains(QRect(corner, size + FRAME))
    assert size == QSize(1350, 689)


def test_a_remembered_place_on_the_screen_is_kept():
    corner, size = fitted(
        QPoint(40, 30), QSize(1000, 600), frame=FRAME, free=LAPTOP, minimum=QSize(790, 200)
    )
    assert (corner, size) == (QPoint(40, 30), QSize(1000, 600))


def test_the_window_opens_inside_the_screen(make_window):
    window = make_window()
    free = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert free.width() < PREFERRED_SIZE.width()  # the test screen is smaller than preferred
    outer = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    assert free.contains(outer), (outer, free)


def test_a_remembered_size_larger_than_the_screen_is_fitted_on_restart(make_window):
    window = make_window()
    window.resize(1900, 1150)
    window.move(1500, 900)
    window.close()  # remembers the size and place
    window = make_window()
    free = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert free.contains(QRect(window.pos(), window.size() + FRAME_ALLOWANCE))


# --- every page, small -------------------------------------------------------------------------


def _scrolled_into_view(widget: QWidget) -> None:
    """Scrolls every scroll area around `widget`, innermost first, to show it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    QApplication.processEvents()


def _unreachable(window, page: QWidget) -> list[str]:
    """The page's buttons (on every tab) that cannot be brought into the window."""
    missing: list[str] = []
    seen: set[int] = set()

    def walk() -> None:
        for button in page.findChildren(QAbstractButton):
            if not button.isVisible() or id(button) in seen:
                continue
            seen.add(id(button))
            _scrolled_into_view(button)
            shown = button.visibleRegion().boundingRect()
            top_left = button.mapTo(window, shown.topLeft())
            bottom_right = button.mapTo(window, shown.bottomRight())
            inside = QRect(top_left, bottom_right)
            if shown.width() < button.width() // 2 or not window.rect().contains(inside):
                missing.append(button.text() or button.objectName() or type(button).__name__)
        for tabs in page.findChildren(QTabWidget):
            if tabs.isVisible() and id(tabs) not in seen:
                seen.add(id(tabs))
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    walk()
                tabs.setCurrentIndex(0)

    walk()
    return missing


@pytest.mark.parametrize(("width", "height"), [(1008, 531), (894, 446)])
def test_every_page_keeps_its_buttons_within_reach_on_a_small_screen(
    make_window, qtbot, width, height
):
    window = make_window()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    window.resize(width, height)
    side = sidebar_width(width)  # as a first start on that screen makes it
    window.splitter.setSizes([side, width - side])
    workspace = window.workspace
    for index in range(workspace.tabs.count()):
        workspace.show_page(index)
        QApplication.processEvents()
        page = workspace.tabs.widget(index)
        assert window.minimumSizeHint().width() <= width, workspace.tabs.tabText(index)
        assert window.width() == width, workspace.tabs.tabText(index)
        assert _unreachable(window, page) == [], workspace.tabs.tabText(index)
        # The page, and the talk's preparation, fit sideways (tables may scroll within).
        sideways = [
            area.objectName()
            for area in page.findChildren(QScrollArea)
            if area.objectName() in {"pageScroll", "preparationScroll", "outcomeScroll"}
            and area.isVisible()
            and area.horizontalScrollBar().isVisible()
        ]
        assert sideways == [], workspace.tabs.tabText(index)


def test_a_narrow_window_gives_the_room_to_the_plan_not_the_list_of_people(make_window):
    window = make_window()  # the test screen is 800 px wide
    people, plan = window.splitter.sizes()
    assert people < SIDEBAR_WIDTH
    assert plan >= 3 * people
    assert sidebar_width(1366) == SIDEBAR_WIDTH  # a wide one keeps it


def test_the_talk_keeps_its_sign_off_in_sight_in_a_low_window(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    window.resize(894, 446)  # the 1366×768 laptop at 150 %
    talk = window.workspace.page(TalkView)
    window.workspace.show_page(window.workspace.tabs.indexOf(talk))
    QApplication.processEvents()
    button = talk.sign_off_bar.sign_off_button
    assert button.isVisible()
    shown = button.visibleRegion().boundingRect()
    assert shown.size() == button.size()  # whole, without scrolling
    assert talk.date_edit.visibleRegion().boundingRect().size() == talk.date_edit.size()


def test_a_narrow_goal_list_shortens_its_cards_rather_than_scrolling_sideways(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    goals = window.workspace.page(GoalsView)
    window.workspace.show_page(window.workspace.tabs.indexOf(goals))
    goals.splitter.setSizes([180, 600])
    QApplication.processEvents()
    goals_list = goals.goal_list
    assert goals_list.width() < 260
    assert not goals_list.horizontalScrollBar().isVisible()
    first = goals_list.visualRect(goals_list.model().index(0, 0))
    assert first.width() <= goals_list.viewport().width()
    assert first.left() >= 0


# --- what was still cut at 150 % and on the netbook -------------------------------------------

#: The 1024×600 netbook and the 1366×768 laptop at 150 %; the netbook's runs go with `-m slow`
#: only (the suite's time): the laptop at 150 % is the narrower and the lower of the two.
LAPTOP_FIRST = [pytest.param(1008, 531, marks=pytest.mark.slow), (894, 446)]


def _small_window(make_window, width: int, height: int, model: str = "holstebro"):
    """The window at `width`×`height` with a sample plan in `model` (Holstebro: the longest
    level names)."""
    window = make_window()
    window._select_plan(window.actions_.create_sample(model))
    window.resize(width, height)
    side = sidebar_width(width)  # as a first start on that screen makes it
    window.splitter.setSizes([side, width - side])
    return window


def _level_matrix_shown(make_window, width: int, height: int):
    """The model browser of a sample plan, its level matrix in view, in a window that size."""
    window = _small_window(make_window, width, height)
    workspace = window.workspace
    browser = workspace.model_view
    workspace.show_page(workspace.tabs.count() - 1)
    browser.tabs.setCurrentWidget(browser.matrix_view)
    QApplication.processEvents()
    return browser


def _show(window, page: QWidget) -> None:
    window.workspace.show_page(window.workspace.tabs.indexOf(page))
    QApplication.processEvents()


@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_level_matrix_fits_its_level_names_on_two_lines_without_scrolling_sideways(
    make_window, width, height
):
    browser = _level_matrix_shown(make_window, width, height)
    matrix = browser.matrix_view
    header = matrix.horizontalHeader()
    model = matrix.model()
    assert not matrix.horizontalScrollBar().isVisible()
    assert header.length() <= matrix.viewport().width()
    column = browser.level_column("leder-af-medarbejdere")
    shown = model.headerData(column, Qt.Orientation.Horizontal)
    assert shown.split("\n") == ["Leder af", "medarbejdere"]  # whole, on two lines
    bold = header.font()
    bold.setBold(True)  # the chosen level's title is bold
    metrics = QFontMetrics(bold)
    for section in range(model.columnCount()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
        assert widest < header.sectionSize(section), title
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()


@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_private_check_box_never_covers_the_note_below_it(make_window, width, height):
    window = _small_window(make_window, width, height)
    window.set_language("da")  # the longest note: "Til referatet: en del af samtalens referat…"
    try:
        talk = window.workspace.page(TalkView)
        _show(window, talk)
        for panel in (talk.leader_prep, talk.manager_prep):
            check, note = panel.private_check, panel.private_note
            assert check.isVisible() and note.isVisible()
            lines = note.heightForWidth(note.width()) // note.fontMetrics().lineSpacing()
            assert lines >= 2  # the narrow panel wraps it
            assert note.height() >= note.heightForWidth(note.width())  # every line shown
            box = QRect(check.mapTo(panel, QPoint(0, 0)), check.size())
            text = QRect(note.mapTo(panel, QPoint(0, 0)), note.size())
            assert not box.intersects(text), (box, text)
    finally:
        window.set_language("en")


def _goals_page(make_window, width: int, height: int, language: str) -> GoalsView:
    window = _small_window(make_window, width, height, "holstebro" if language == "da" else "kalix")
    window.set_language(language)
    goals = window.workspace.page(GoalsView)
    _show(window, goals)
    assert goals.actions.table.model().rowCount() > 0  # the sample's first goal has actions
    return goals


@pytest.mark.parametrize("language", ["da", "sv"])
@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_goals_actions_and_their_editor_fit_without_scrolling_sideways(
    make_window, width, height, language
):
    goals = _goals_page(make_window, width, height, language)
    try:
        actions = goals.actions
        table = actions.table
        assert not table.horizontalScrollBar().isVisible()
        assert table.horizontalHeader().length() <= table.viewport().width()
        area = actions.editor.parentWidget().parentWidget()  # the editor's scroll area
        assert isinstance(area, QScrollArea) and area.isVisible()
        assert not area.horizontalScrollBar().isVisible()
        assert actions.editor.width() <= area.viewport().width()
        # The short columns show their texts whole; "What" and "Who" share the rest.
        header, model = table.horizontalHeader(), table.model()
        for column in (COL_KIND, COL_WHEN, COL_STATUS):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
            for row in range(model.rowCount()):
                text = model.index(row, column).data()
                width_needed = table.fontMetrics().horizontalAdvance(text)
                assert header.sectionSize(column) >= width_needed, text
    finally:
        goals.window().set_language("en")


@pytest.mark.parametrize("language", ["da", "sv"])
@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_goal_editors_tabs_show_their_texts_whole(make_window, width, height, language):
    goals = _goals_page(make_window, width, height, language)
    try:
        tabs = goals.editor.tabs
        bar = tabs.tabBar()
        assert bar.isVisible()
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&", "")
            rect = bar.tabRect(index)
            assert rect.width() >= bar.fontMetrics().horizontalAdvance(text), text
            assert bar.rect().contains(rect), text  # not scrolled out of sight
    finally:
        goals.window().set_language("en")


@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_level_selector_shows_the_longest_level_whole_and_the_window_fits(
    make_window, width, height
):
    window = _small_window(make_window, width, height)
    window.set_language("da")
    try:
        workspace = window.workspace
        browser = workspace.model_view
        workspace.show_page(workspace.tabs.count() - 1)
        QApplication.processEvents()
        combo = browser.level_combo
        assert combo.currentText() == "Leder af medarbejdere"
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text_area = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        assert text_area.width() >= combo.fontMetrics().horizontalAdvance("Leder af medarbejdere")
        assert window.minimumSizeHint().width() <= width
        assert window.width() == width
    finally:
        window.set_language("en")


@pytest.mark.parametrize("language", [pytest.param("en", marks=pytest.mark.slow), "sv", "da"])
def test_the_welcome_pages_links_show_their_descriptions_whole(make_window, language):
    """A link's description wraps onto a second line: the button is given the height that
    takes (a layout centring the column gave it one line's, cutting the text off)."""
    window = make_window()
    window.set_language(language)
    try:
        window.resize(1366 - FRAME.width(), 728 - FRAME.height())
        QApplication.processEvents()
        welcome = window.welcome
        assert window.stack.currentWidget() is welcome
        for button in (welcome.create_button, welcome.sample_button, welcome.import_button):
            assert button.height() >= button.heightForWidth(button.width()), button.text()
    finally:
        window.set_language("en")


@pytest.mark.parametrize(("width", "height"), LAPTOP_FIRST)
def test_the_level_matrix_shows_every_expectation_whole_long_words_included(
    make_window, width, height
):
    """Danish compounds wider than a column ("forvaltningsområdet") wrap inside the word:
    each row is as tall as its cells' whole texts need, nothing is cut off with "…"."""
    matrix = _level_matrix_shown(make_window, width, height).matrix_view
    model = matrix.model()
    margin = matrix.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = model.data(index)
            if not text or matrix.rowSpan(row, column) > 1 or matrix.columnSpan(row, column) > 1:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole) or matrix.font()
            room = matrix.columnWidth(column) - 2 * margin
            assert matrix.rowHeight(row) >= text_height(text, font, room), text
            checked += 1
    assert checked > 3 * model.rowCount()
