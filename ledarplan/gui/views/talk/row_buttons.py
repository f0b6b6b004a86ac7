"""Add and Remove for one of the talk's tables (the preparation's questions, the agreements).

Buttons below the table and Insert and Delete on it, all off while the talk is signed off;
each panel says its own words for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView


class RowButtons(QObject):
    def __init__(self, table: QTableView, add: Callable[[], None], remove: Callable[[], None]):
        super().__init__(table)
        self.read_only = False
        self.add_action = _key_action(table, QKeySequence(Qt.Key.Key_Insert), add)
        self.remove_action = _key_action(
            table, QKeySequence(QKeySequence.StandardKey.Delete), remove
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(remove)

    def row(self) -> QHBoxLayout:
        """The buttons, at the right below the table."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        return buttons

    def set_texts(self, add: tuple[str, str, str], remove: tuple[str, str, str]) -> None:
        """Each of (button text, its tip, the key's action text)."""
        for (button, action), (text, tip, action_text) in (
            ((self.add_button, self.add_action), add),
            ((self.remove_button, self.remove_action), remove),
        ):
            button.setText(text)
            button.setToolTip(tip)
            action.setText(action_text)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for control in (self.add_button, self.add_action, self.remove_action):
            control.setEnabled(not read_only)

    def allow_remove(self, has_row: bool) -> None:
        self.remove_button.setEnabled(has_row and not self.read_only)


def _key_action(table: QTableView, keys: QKeySequence, slot: Callable[[], None]) -> QAction:
    # Only while the table itself has focus, so Delete still deletes text in a cell editor.
    action = QAction(table)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action
