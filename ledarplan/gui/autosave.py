"""Typing is saved without a save button: shortly after it stops, and when focus leaves.

An editor registers its input widgets with an `Autosaver`; the autosaver calls the editor's
save function at most once per pause in typing, at once on focus-out, and on `flush()`
(which the window calls before it closes or switches plans).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

#: At most this much typing can be lost to a crash.
SAVE_DELAY_MS = 500


class Autosaver(QObject):
    def __init__(
        self, save: Callable[[], None], parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS
    ):
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._pending = False
        self._suspended = 0

    @property
    def pending(self) -> bool:
        return self._pending

    def touch(self, *_args: object) -> None:
        """An edit happened: save after the pause (ignored while the editor fills itself)."""
        if self._suspended:
            return
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            self._pending = False
            self._save()

    def discard(self) -> None:
        """Forget pending edits (the object they belong to is gone)."""
        self._timer.stop()
        self._pending = False

    def suspended(self) -> _Suspend:
        """`with autosaver.suspended():` while filling widgets from stored data."""
        return _Suspend(self)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            connect_edit_signal(widget, self.touch)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class _Suspend:
    def __init__(self, autosaver: Autosaver):
        self._autosaver = autosaver

    def __enter__(self) -> None:
        self._autosaver._suspended += 1

    def __exit__(self, *_exc: object) -> None:
        self._autosaver._suspended -= 1


def connect_edit_signal(widget: QWidget, slot: Callable[..., None]) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
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
