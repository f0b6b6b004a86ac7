"""File → "New model from a spreadsheet…" through the real window: the template saved, a
filled-in workbook's problems listed by sheet and cell, the model shown at each level as
leaders will see it, and saved beside the built-in models."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.spreadsheet.layout import SHEETS
from ledarplan.gui.views.model_from_sheet import (
    PAGE_PREVIEW,
    PAGE_PROBLEMS,
    ModelFromSheetDialog,
)
from ledarplan.paths import builtin_frameworks_dir

from ..frameworks.workbooks import build, model_sheets

pytestmark = pytest.mark.gui


def open_dialog(window, qtbot) -> ModelFromSheetDialog:
    shown = []
    window.show_dialog = shown.append
    (action,) = [
        a for a in window.menus.file_menu.actions() if a.text() == "New &model from a spreadsheet…"
    ]
    action.trigger()
    (dialog,) = shown
    assert isinstance(dialog, ModelFromSheetDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_empty_template_is_saved_in_the_language_chosen(make_window, prompts, qtbot, tmp_path):
    dialog = open_dialog(make_window(), qtbot)
    dialog.levels_spin.setValue(4)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("da"))
    prompts.answers.append(tmp_path / "vores model")  # typed without the suffix
    click(qtbot, dialog.template_button)
    book = load_workbook(tmp_path / "vores model.xlsx")
    assert book.sheetnames == [s.names.da for s in SHEETS]
    assert [c.value for c in book["Forventninger"][1]][2:] == [f"Niveau {n}" for n in range(1, 5)]
    assert prompts.shown[-1][0] == "information"
    assert str(tmp_path / "vores model.xlsx") in prompts.shown[-1][2]


def test_problems_are_listed_by_sheet_and_cell_and_nothing_can_be_saved(
    make_window, prompts, qtbot, tmp_path
):
    sheets = model_sheets()
    sheets["Expectations"][0][3] = "Chef för chefer"
    sheets["Items"].append(["Leda medarbetare", None, None, "x"])
    prompts.answers.append(build(tmp_path / "m.xlsx", sheets))
    dialog = open_dialog(make_window(), qtbot)
    click(qtbot, dialog.open_button)
    assert dialog.pages.currentIndex() == PAGE_PROBLEMS
    listed = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert listed == [
        "Items!B5: empty item name (an item needs a name, a description, or both)",
        "Expectations!D1: the level 'Chef för chefer' is not in the Levels sheet (levels: "
        "'chef', 'enhetschef', or their names)",
    ]
    assert dialog.problems_label.text().startswith("2 problems in m.xlsx.")
    assert not dialog.save_button.isEnabled()


def test_the_model_is_seen_at_each_level_and_saved_beside_the_others(
    make_window, prompts, qtbot, tmp_path
):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    sheets = model_sheets()
    sheets["Levels"][1][1] = "Chef "  # a note: the space is removed
    prompts.answers.append(build(tmp_path / "m.xlsx", sheets))
    click(qtbot, dialog.open_button)
    assert dialog.pages.currentIndex() == PAGE_PREVIEW
    assert dialog.note_list.count() == 1
    assert dialog.note_list.item(0).text().startswith("Levels!B2: spaces at the start or end")
    browser = dialog.browser
    assert browser.current_framework_id() == "exempelby"
    seen = {}
    for index in range(browser.level_combo.count()):
        browser.level_combo.setCurrentIndex(index)
        seen[browser.current_level_id()] = browser.text_view.toPlainText()
    assert "Sätter förvaltningens mål." in seen["chef"]
    assert "Sätter enhetens mål." not in seen["chef"]
    assert "Sätter enhetens mål." in seen["enhetschef"]
    assert "Ger återkoppling varje vecka." in seen["enhetschef"]

    target = dialog.frameworks_dir / "exempelby.yaml"
    prompts.answers.append(target)
    click(qtbot, dialog.save_button)
    assert prompts.shown[-2] == ("save_file", "Save the model", str(target))  # offered there
    assert load_pack_file(target) == dialog.converted.pack
    assert "exempelby" in [p.id for p in window._catalog.packs]
    assert window.browser._framework_model.row_of("exempelby") >= 0
    window.browser.select("exempelby", "enhetschef")
    assert "Ger återkoppling varje vecka." in window.browser.text_view.toPlainText()


def test_holstebro_as_a_spreadsheet_comes_back_as_holstebro(make_window, prompts, qtbot, tmp_path):
    dialog = open_dialog(make_window(), qtbot)
    dialog.model_combo.setCurrentIndex(dialog.model_combo.findData("holstebro"))
    prompts.answers.append(tmp_path / "holstebro.xlsx")
    click(qtbot, dialog.model_button)
    prompts.answers.append(tmp_path / "holstebro.xlsx")
    click(qtbot, dialog.open_button)
    holstebro = load_pack_file(builtin_frameworks_dir() / "holstebro.yaml")
    assert dialog.converted.pack == holstebro
    assert "is a built-in model's" in dialog.preview_label.text()
    browser = dialog.browser
    assert browser.level_combo.count() == 4
    for index, level in enumerate(holstebro.levels):
        browser.level_combo.setCurrentIndex(index)
        shown = " ".join(browser.text_view.toPlainText().split())
        for area in holstebro.areas:
            for item in area.items:
                assert " ".join(item.expectations[level.id].split()) in shown


def test_saving_elsewhere_says_where_the_model_must_go(make_window, prompts, qtbot, tmp_path):
    window = make_window()
    dialog = open_dialog(window, qtbot)
    prompts.answers.append(build(tmp_path / "m.xlsx", model_sheets()))
    click(qtbot, dialog.open_button)
    prompts.answers.append(tmp_path / "for-distribution")
    click(qtbot, dialog.save_button)
    assert load_pack_file(tmp_path / "for-distribution.yaml").id == "exempelby"
    assert "frameworks" in prompts.shown[-1][2]
    assert "exempelby" not in [p.id for p in window._catalog.packs]
