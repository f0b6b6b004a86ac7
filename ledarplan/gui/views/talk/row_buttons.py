"""Add and Remove for one of the talk's tables (the preparation's questions, the agreements),
and where the order matters, Move up and Move down.

Buttons below the table and Insert, Delete, Ctrl+Up and Ctrl+Down on it, all off while the
talk is signed off; each panel says its own words for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QToolButton


class RowButtons(QObject):
    def __init__(
        self,
        table: QTableView,
        add: Callable[[], None],
        remove: Callable[[], None],
        move: Callable[[int], None] | None = None,
    ):
        super().__init__(table)
        self.read_only = False
        self._has_row = False
        self._removable = True
        self.add_action = _key_action(table, QKeySequence(Qt.Key.Key_Insert), add)
        self.remove_action = _key_action(
            table, QKeySequence(QKeySequence.StandardKey.Delete), remove
        )
        self.add_button = QPushButton()
        self.add_button.clicked.connect(add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(remove)
        #: Move up and Move down (only where `move(by)` is given: by -1 or +1).
        self.move_buttons: list[QToolButton] = []
        self.move_actions: list[QAction] = []
        if move is not None:
            for by, arrow, key in (
                (-1, Qt.ArrowType.UpArrow, Qt.Key.Key_Up),
                (1, Qt.ArrowType.DownArrow, Qt.Key.Key_Down),
            ):
                action = _key_action(
                    table,
                    QKeySequence(Qt.KeyboardModifier.ControlModifier | key),
                    lambda by=by: move(by),
                )
                button = QToolButton()
                button.setArrowType(arrow)
                button.clicked.connect(lambda _checked=False, by=by: move(by))
                self.move_actions.append(action)
                self.move_buttons.append(button)

    def row(self) -> QHBoxLayout:
        """The buttons, at the right below the table (the arrows before them)."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for button in self.move_buttons:
            buttons.addWidget(button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        return buttons

    def set_texts(
        self,
        add: tuple[str, str, str],
        remove: tuple[str, str, str],
        move: tuple[tuple[str, str], tuple[str, str]] | None = None,
    ) -> None:
        """Each of (button text, its tip, the key's action text); `move`: (tip, the key's
        action text) of Move up and of Move down."""
        for (button, action), (text, tip, action_text) in (
            ((self.add_button, self.add_action), add),
            ((self.remove_button, self.remove_action), remove),
        ):
            button.setText(text)
            button.setToolTip(tip)
            action.setText(action_text)
        for button, action, (tip, action_text) in zip(
            self.move_buttons, self.move_actions, move or (), strict=False
        ):
            button.setToolTip(tip)
            button.setAccessibleName(action_text)
            action.setText(action_text)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for control in (self.add_button, self.add_action, self.remove_action):
            control.setEnabled(not read_only)
        self.allow_remove(self._has_row, self._removable)

    def allow_remove(self, has_row: bool, removable: bool = True) -> None:
        """Remove (and the arrows) act on the current row: on while there is one; Remove only
        when the row may be removed."""
        self._has_row, self._removable = has_row, removable
        self.remove_button.setEnabled(has_row and removable and not self.read_only)
        for control in (*self.move_buttons, *self.move_actions):
            control.setEnabled(has_row and not self.read_only)


def _key_action(table: QTableView, keys: QKeySequence, slot: Callable[[], None]) -> QAction:
    # Only while the table itself has focus, so Delete still deletes text in a cell editor.
    action = QAction(table)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    table.addAction(action)
    return action
