"""The first window: choose a model and a level and read what is expected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.views.overview_page import OverviewPage
from ledarplan.i18n.catalog import Translator
from ledarplan.paths import builtin_frameworks_dir

from ..frameworks.test_loader_errors import VALID

LEVELS = ["direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere"]


def pack(model_id):
    return FrameworkCatalog.load(builtin_frameworks_dir()).get(model_id)


def squash(text: str) -> str:
    return " ".join(text.split())


def choose(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def shown_text(window) -> str:
    return squash(window.browser.text_view.toPlainText())


def test_choosing_holstebro_and_leder_af_ledere_shows_that_levels_expectations(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Holstebro")
    choose(browser.level_combo, "Leder af ledere")
    assert browser.level_combo.currentText() == "Leder af ledere"
    text = shown_text(window)
    holstebro = pack("holstebro")
    mine = [i.expectations["leder-af-ledere"] for a in holstebro.areas for i in a.items]
    assert len(mine) == 24
    for expectation in mine:
        assert squash(expectation) in text
    for level in LEVELS:
        if level != "leder-af-ledere":
            for area in holstebro.areas:
                for item in area.items:
                    if item.expectations[level] not in mine:
                        assert squash(item.expectations[level]) not in text
    # the sub-competencies and the source are shown with them
    assert "Sætter fokus på kerneopgaven" in text
    assert "Holstebro Kommune" in browser.source_label.text()
    assert "Holstebro Kommune" in text


def test_switching_level_and_model(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Holstebro")
    choose(browser.level_combo, "Direktør")
    direktor = pack("holstebro").areas[0].items[0].expectations["direktor"]
    chef = pack("holstebro").areas[0].items[0].expectations["chef"]
    assert squash(direktor) in shown_text(window)
    choose(browser.level_combo, "Chef")
    assert squash(chef) in shown_text(window)
    assert squash(direktor) not in shown_text(window)

    choose(browser.model_combo, "Huddinge")
    assert not browser.level_combo.isEnabled()
    assert browser.level_combo.currentText() == "(this model has no role levels)"  # not blank
    assert browser.current_level_id() is None
    assert not browser.tabs.isTabVisible(1)  # no level matrix for a model without levels
    huddinge = pack("huddinge")
    assert squash(huddinge.areas[0].items[0].text) in shown_text(window)
    assert squash(chef) not in shown_text(window)
    assert "Huddinge" in browser.source_label.text()


def test_the_choice_survives_a_restart(make_window):
    window = make_window()
    choose(window.browser.model_combo, "Holstebro")
    choose(window.browser.level_combo, "Leder af ledere")
    window.close()

    again = make_window()
    assert again.browser.current_framework_id() == "holstebro"
    assert again.browser.current_level_id() == "leder-af-ledere"
    assert again.browser.level_combo.currentText() == "Leder af ledere"
    expectation = pack("holstebro").areas[3].items[1].expectations["leder-af-ledere"]
    assert squash(expectation) in shown_text(again)


def test_each_model_remembers_its_own_level(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Holstebro")
    choose(browser.level_combo, "Chef")
    choose(browser.model_combo, "Kalix")
    choose(browser.model_combo, "Holstebro")
    assert browser.level_combo.currentText() == "Chef"


def test_level_matrix_compares_levels_side_by_side(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Holstebro")
    choose(browser.level_combo, "Chef")
    assert browser.tabs.isTabVisible(1)
    browser.tabs.setCurrentIndex(1)
    model = browser.matrix_view.model()
    assert model.rowCount() == 24
    assert model.columnCount() == 6
    # (a narrow column shows its level's name on two lines)
    headers = [squash(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
    assert headers == [
        "Competency",
        "Sub-competency",
        "Direktør",
        "Chef",
        "Leder af ledere",
        "Leder af medarbejdere",
    ]
    holstebro = pack("holstebro")
    row = 0
    for area in holstebro.areas:
        for item in area.items:
            assert model.index(row, 0).data() == area.title
            assert model.index(row, 1).data() == item.title
            for level in LEVELS:
                column = browser.level_column(level)
                assert model.index(row, column).data() == item.expectations[level]
            row += 1
    # the chosen level's column stands out
    chef_column = browser.level_column("chef")
    assert model.headerData(chef_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()


def test_text_is_selectable_and_copyable(make_window, qtbot):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Hjo")
    view = browser.text_view
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    view.setFocus()
    view.selectAll()
    view.copy()
    copied = squash(QApplication.clipboard().text())
    assert squash(pack("hjo").areas[0].items[0].text) in copied


def test_contents_list_jumps_to_an_area(make_window, qtbot):
    window = make_window()
    window.menus.models_action.trigger()  # View → Browse leadership models
    browser = window.browser
    assert window.stack.currentWidget() is browser
    choose(browser.model_combo, "Holstebro")
    contents = browser.contents_view.model()
    titles = [contents.index(r, 0).data() for r in range(contents.rowCount())]
    assert "8. Samskabende ledelse" in titles
    bar = browser.text_view.verticalScrollBar()
    bar.setValue(0)
    index = contents.index(titles.index("8. Samskabende ledelse"), 0)
    browser.contents_view.clicked.emit(index)
    assert bar.value() > 0


def test_a_broken_organisation_pack_is_reported_not_fatal(make_window, paths, prompts, qtbot):
    paths.frameworks_dir.mkdir()
    (paths.frameworks_dir / "vår modell.yaml").write_text(
        VALID.replace("ledare: Sätter", "ledar: Sätter"), encoding="utf-8"
    )
    (paths.frameworks_dir / "good.yaml").write_text(
        VALID.replace("id: demo", "id: demo2"), encoding="utf-8"
    )
    window = make_window()
    banner = window.pack_banner
    assert banner is not None and banner.isVisible()
    assert "1 organisation model pack" in banner.message.text()
    qtbot.mouseClick(banner.details_button, Qt.MouseButton.LeftButton)
    kind, _title, details = prompts.shown[-1]
    assert kind == "warning"
    assert "vår modell.yaml" in details
    assert "unknown level 'ledar'" in details
    # the good organisation pack is offered beside the built-in models
    choose(window.browser.model_combo, "Demomodellen")
    assert "Sätter tydliga mål för förvaltningen." in shown_text(window)


def test_pack_texts_are_shown_as_text_never_as_markup(make_window, paths):
    paths.frameworks_dir.mkdir()
    hostile = VALID.replace(
        "title: Sätter mål", "title: '<a href=\"https://example.com\">Klicka</a> & <b>fet</b>'"
    )
    (paths.frameworks_dir / "x.yaml").write_text(hostile, encoding="utf-8")
    window = make_window()
    choose(window.browser.model_combo, "Demomodellen")
    assert '<a href="https://example.com">Klicka</a> & <b>fet</b>' in shown_text(window)


def test_about_names_the_sources(make_window, prompts, qtbot):
    window = make_window()
    window.menus.about_action.trigger()
    kind, _title, html = prompts.shown[-1]
    assert kind == "about"
    for organisation in ("Holstebro Kommune", "Huddinge kommun", "Hjo kommun", "Kalix kommun"):
        assert organisation in html
    assert "DejaVu" in html and "Bitstream Vera" in html  # the font's licence is named


def test_about_says_version_licences_and_where_the_data_is(make_window, prompts, paths):
    from ledarplan import __version__  # noqa: PLC0415
    from ledarplan.gui.about import AboutDialog  # noqa: PLC0415

    window = make_window()
    window.menus.about_action.trigger()
    _kind, title, html = prompts.shown[-1]
    dialog = AboutDialog(title, html, window)
    text = " ".join(dialog.text.toPlainText().split())
    assert f"ledarplan {__version__}" in text
    assert "Licence: proprietary" in text
    assert str(paths.data_dir) in text
    for line in ("Qt 6 / PySide6", "LGPL-3.0", "ReportLab", "BSD-3-Clause", "SQLAlchemy", "MIT"):
        assert line in text
    # the LGPL asks that users be told how to get Qt's source and may swap the libraries
    assert "https://download.qt.io/official_releases/" in text
    assert "may be replaced with your own builds" in text
    dialog.deleteLater()


def test_the_models_own_framing_is_shown_in_its_own_tab(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Kalix")
    assert browser.tabs.isTabVisible(2)
    context = squash(browser.context_view.toPlainText())
    kalix = pack("kalix")
    questions = next(s for s in kalix.context if s.kind == "talk-questions")
    for entry in questions.entries:
        assert squash(entry.text or entry.title) in context
    # the checklist (assessable items) is on the expectations tab, not mixed into the framing
    checklist_item = squash(kalix.areas[0].items[0].text)
    assert checklist_item in shown_text(window)
    assert checklist_item not in context
    # clicking a framing section in the contents list opens that tab
    contents = browser.contents_view.model()
    row = next(
        r for r in range(contents.rowCount()) if contents.index(r, 0).data() == questions.title
    )
    browser.contents_view.clicked.emit(contents.index(row, 0))
    assert browser.tabs.currentWidget() is browser.context_view


def test_the_chosen_level_column_is_tinted_in_the_matrix(make_window):
    window = make_window()
    browser = window.browser
    choose(browser.model_combo, "Holstebro")
    choose(browser.level_combo, "Leder af medarbejdere")
    model = browser.matrix_view.model()
    mine = browser.level_column("leder-af-medarbejdere")
    other = browser.level_column("chef")
    assert model.index(0, mine).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, other).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_long_model_name_is_shown_whole_when_there_is_room(qtbot):
    from ledarplan.gui.views.model_browser import ModelBrowserView  # noqa: PLC0415

    browser = ModelBrowserView()
    qtbot.addWidget(browser)
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    browser.set_packs(catalog.packs, {})
    browser.select("holstebro")
    browser.resize(900, 600)  # room for the whole name beside the level
    browser.show()
    qtbot.waitExposed(browser)
    combo = browser.model_combo
    assert "Holstebro" in combo.currentText()
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert combo.width() > needed  # the text and the arrow, not an elided name
    browser.resize(600, 600)  # a narrow window shortens it instead of widening the page
    QApplication.processEvents()
    assert browser.minimumSizeHint().width() <= 600


@pytest.mark.parametrize("language", ["en", "sv"])
def test_read_only_views_have_accessible_names_in_the_language(make_window, language):
    """Screen readers name the overview, the expectations, the contents, the level matrix and
    the model's framing by what they hold (not "text browser")."""
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language(language)
    workspace = window.workspace
    workspace.show_page(workspace.tabs.count() - 1)  # the plan's model, built when shown
    views = [view for view in window.findChildren(QTextEdit) if view.isReadOnly()]
    assert len(views) >= 5  # the overview; expectations and framing of browser and plan
    unnamed = [view.objectName() for view in views if not view.accessibleName()]
    assert unnamed == []
    overview = workspace.page(OverviewPage)
    browser = window.browser
    names = {
        overview.body.accessibleName(): "Overview of the plan",
        browser.text_view.accessibleName(): "Expectations at the role level",
        browser.contents_view.accessibleName(): "Contents of the model",
        browser.matrix_view.accessibleName(): "Expectations of every role level",
        browser.context_view.accessibleName(): "About the model",
    }
    for shown, english in names.items():
        context = "OverviewPage" if english == "Overview of the plan" else "ModelBrowserView"
        assert shown == Translator(language).translate(context, english)
        assert language == "en" or shown != english
    window.set_language("en")


def test_a_plans_model_without_levels_says_so_in_the_level_box(make_window):
    """The plan's own model (Kalix has no role levels), shown in its tab: the level box says
    why it is empty, in the language."""
    window = make_window()
    window.set_language("sv")
    try:
        window._select_plan(window.actions_.create_sample("kalix"))
        workspace = window.workspace
        workspace.show_page(workspace.tabs.count() - 1)
        combo = workspace.model_view.level_combo
        assert not combo.isEnabled()
        assert combo.currentText() == Translator("sv").translate(
            "ModelBrowserView", "(this model has no role levels)"
        )
        assert combo.currentText() != "(this model has no role levels)"
    finally:
        window.set_language("en")
