"""Mnemonics (Alt+letter) do not clash within the window, in each language: no button, label or
tab of a page shares its letter with a menu title (the menu would take the key), and no two
buttons or tabs on one page share a letter (the key would only move the focus)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _texts(page: QWidget) -> list[tuple[str, str]]:
    """(text, what) of every visible widget on the page whose text can carry a mnemonic."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), "button"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), "label"))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), "group"))
        elif isinstance(widget, QTabBar):
            found += [(widget.tabText(i), "tab") for i in range(widget.count())]
    return found


def clashes(texts: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Mnemonics used by more than one text. The same text twice is one: the talk shows the
    leader's and the manager's preparation as twin panels, and Alt+letter moves between the
    twins in turn (Qt's ambiguous shortcut), which is what the user expects."""
    by_key = defaultdict(list)
    for text, what in dict.fromkeys(texts):
        key = mnemonic(text)
        if key is not None:
            by_key[key].append(f"{what} {text!r}")
    return {key: names for key, names in by_key.items() if len(names) > 1}


def _states(page: QWidget):
    """The page as shown, then with each of its inner tabs in front."""
    yield "as shown"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"{tabs.tabText(index)!r} in front"
        tabs.setCurrentIndex(before)


def test_the_check_finds_a_clash():
    assert clashes([("&Edit", "menu"), ("Agr&eements", "tab"), ("&Save", "button")]) == {
        "e": ["menu '&Edit'", "tab 'Agr&eements'"]
    }
    assert mnemonic("Rock && &roll") == "r" and mnemonic("No mnemonic") is None


@pytest.mark.parametrize("language", [pytest.param("en", marks=pytest.mark.slow), "sv", "da"])
def test_no_two_mnemonics_clash_on_any_page(make_window, language):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language(language)
    menus = [(a.text(), "menu") for a in window.menuBar().actions() if a.isVisible()]
    assert clashes(menus) == {}
    found = {}
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        for state in _states(page):
            texts = _texts(page)
            problems = {
                key: names
                for key, names in clashes(menus + texts).items()
                if any(name.startswith("menu ") for name in names)
            }
            problems |= clashes(texts)
            if problems:
                found[f"{tabs.tabText(index)} ({state})"] = problems
    window.set_language("en")
    assert found == {}, "\n".join(f"{where}: {problems}" for where, problems in found.items())


def test_ctrl_and_a_number_puts_the_keyboard_in_that_page(make_window, qtbot):
    """Ctrl+1…6 show a page and move the focus there, out of the search box."""
    window = make_window()
    window.menus.sample_action.trigger()
    window.activateWindow()
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        window.people.search.setFocus()
        qtbot.waitUntil(window.people.search.hasFocus)
        qtbot.keyClick(
            window.people.search, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier
        )
        assert tabs.currentIndex() == index
        focused = QApplication.focusWidget()
        assert focused is not None and tabs.currentWidget().isAncestorOf(focused), (
            f"Ctrl+{index + 1}: the focus is on {focused!r}"
        )
