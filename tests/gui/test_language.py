"""Switching the interface language at run time: our words change, the models' words do not."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ledarplan.gui.formatting import format_date
from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.i18n.catalog import Translator

QT_CANCEL = {"en": "Cancel", "sv": "Avbryt", "da": "Annuller"}


def expected(language: str, context: str, text: str) -> str:
    return Translator(language).translate(context, text)


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_switching_language_changes_menus_pages_and_qt_buttons(make_window, language):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language("sv" if language == "en" else "en")  # start from another language
    window.set_language(language)

    file_title = window.menus.file_menu.title()
    assert file_title == expected(language, "WindowMenus", "&File")
    goals = window.workspace.page(GoalsView)
    tab = window.workspace.tabs.tabText(window.workspace.tabs.indexOf(goals))
    assert tab == expected(language, "GoalsView", "Goals")
    if language != "en":
        assert file_title != "&File" and tab != "Goals"
    # Qt's own buttons speak the language too
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert (
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == (QT_CANCEL[language])
    )
    # a dialog of ours
    assert window.welcome.create_button.text() == expected(language, "WelcomePage", "Create a plan")
    assert QLocale().name().startswith(language)


def test_the_models_own_texts_never_change(make_window):
    window = make_window()
    browser = window.browser
    window.menus.models_action.trigger()
    row = next(
        r
        for r in range(browser.model_combo.count())
        if "Holstebro" in browser.model_combo.itemText(r)
    )
    browser.model_combo.setCurrentIndex(row)
    danish_before = browser.text_view.toPlainText().split("\n", 3)[-1]
    window.set_language("sv")
    after = browser.text_view.toPlainText()
    assert "Sætter fokus på kerneopgaven" in after
    assert danish_before.split("\n")[0] in after
    assert browser.tabs.tabText(0) == expected("sv", "ModelBrowserView", "Expectations")


def test_the_language_is_remembered(make_window):
    window = make_window()
    window.set_language("da")
    window.close()
    again = make_window()
    assert again.menus.file_menu.title() == expected("da", "WindowMenus", "&File")
    assert again.menus.language_actions["da"].isChecked()
    again.set_language("en")  # leave English for the tests that follow


def test_refusals_of_the_rules_are_shown_in_the_language(make_window, prompts):
    from ledarplan.domain.errors import InvalidInputError  # noqa: PLC0415
    from ledarplan.gui.error_text import describe  # noqa: PLC0415

    window = make_window()
    window.set_language("sv")
    text = describe(InvalidInputError("title", "must not be empty"))
    assert text == (
        expected("sv", "Field", "Title") + ": " + expected("sv", "Reason", "must not be empty")
    )
    assert "must not be empty" not in text
    long = describe(
        InvalidInputError("checkins.note", "is too long (20001 characters; at most 20000)")
    )
    assert "20001" in long and "20000" in long and "too long" not in long
    window.set_language("en")
    assert describe(InvalidInputError("title", "must not be empty")) == "Title: must not be empty"


def test_a_refused_field_is_put_back_with_a_message_in_the_language(make_window, prompts):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language("sv")
    goals = window.workspace.page(GoalsView)
    window.workspace.tabs.setCurrentWidget(goals)
    title = goals.editor.title_edit.text()
    goals.editor.title_edit.setText("")
    goals.flush()

    said = (
        expected(
            "sv", "EditSession", "“%1” %2. It is back to what it was; everything else is saved."
        )
        .replace("%1", expected("sv", "GoalEditor", "Tit&le").replace("&", ""))
        .replace("%2", expected("sv", "Reason", "must not be empty"))
    )
    assert prompts.shown[-1] == (
        "error",
        expected("sv", "EditSession", "This could not be saved"),
        said,
    )
    assert "empty" not in said and "back to what it was" not in said
    assert goals.editor.title_edit.text() == title
    window.set_language("en")


def _translations(language: str) -> set[str]:
    import xml.etree.ElementTree as ET  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    ts = Path(__file__).resolve().parents[2] / "translations" / f"ledarplan_{language}.ts"
    return {t.text for t in ET.parse(ts).getroot().iter("translation") if t.text}


def _menu_texts(menu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif not action.isSeparator():
            texts.append(action.text())
    return texts


@pytest.mark.parametrize(("before", "after"), [("sv", "da"), ("da", "sv"), ("sv", "en")])
def test_after_a_switch_no_menu_item_is_left_in_the_old_language(make_window, before, after):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language(before)
    window.set_language(after)
    old_only = _translations(before) - (_translations(after) if after != "en" else set())
    texts = [
        t
        for menu in window.menuBar().findChildren(type(window.menus.view_menu))
        for t in _menu_texts(menu)
    ]
    page_items = [a.text() for a in window.page_actions]
    assert page_items and all(t in texts for t in page_items)
    left = [t for t in texts if t in old_only or t.replace("&&", "&") in old_only]
    assert left == [], f"still in {before} after switching to {after}: {left}"
    goals = window.workspace.page(GoalsView)
    index = window.workspace.tabs.indexOf(goals)
    assert window.page_actions[index].text().replace("&&", "&") == expected(
        after, "GoalsView", "Goals"
    )


_DATE_LIKE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b")


def _shown_texts(page: QWidget) -> list[str]:
    """Every text the page shows: labels, fields, read-only views, lists, tables and choices."""
    texts = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = (
                model.columnCount(QModelIndex()) if isinstance(model, QAbstractTableModel) else 1
            )
            texts += [
                str(model.index(row, column).data() or "")
                for row in range(model.rowCount())
                for column in range(columns)
            ]
    return texts


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("en", "sv"),
        # Each switch fills every page (about 17 s): the other two run with the slow tests.
        pytest.param("sv", "da", marks=pytest.mark.slow),
        pytest.param("da", "en", marks=pytest.mark.slow),
    ],
)
def test_every_date_shown_follows_the_language_switched_to(make_window, before, after):
    """Dates read as the new language writes them at once ("2027-01-22" in Swedish), in the
    pages' labels, fields, lists and the talk's chooser alike."""
    window = make_window()
    window.set_language(before)
    window.menus.sample_action.trigger()
    window.set_language(after)
    shape = re.sub(r"\d", r"\\d", re.escape(format_date(date(2027, 1, 22))))
    tabs = window.workspace.tabs
    found, wrong = 0, []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tabs_inside, shown in [(None, 0)] + [(t, i) for t in inner for i in range(t.count())]:
            if tabs_inside is not None:
                tabs_inside.setCurrentIndex(shown)
            for text in _shown_texts(page):
                for written in _DATE_LIKE.findall(text):
                    found += 1
                    if not re.fullmatch(shape, written):
                        wrong.append((tabs.tabText(index), written, text[:60]))
    window.set_language("en")
    assert found > 20  # the sample plan's dates on every page
    assert wrong == []
