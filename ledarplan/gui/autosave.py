"""Typing is saved without a save button: shortly after it stops, and when focus leaves.

The timing and which signal of a widget means "edited"; a page's `EditSession` (see
`gui/edit_session.py`) does the saving.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from ledarplan.gui.widgets.date_edit import DateEdit

#: At most this much typing can be lost to a crash.
SAVE_DELAY_MS = 500


def connect_edit_signal(widget: QWidget, slot: Callable[..., None]) -> None:
    """Calls `slot` whenever the user edits `widget`."""
    if isinstance(widget, DateEdit):  # a date typed is read when the user leaves it
        widget.date_changed.connect(slot)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)
    else:
        raise TypeError(f"cannot watch {type(widget).__name__} for edits")
