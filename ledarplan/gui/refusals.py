"""Telling the user that an action was not done: the one place every command's refusal goes.

A refusal is said in a message box, in the user's language — except when the organisation's
database cannot be reached (restarting, the network gone for a minute). That is no mistake of
the user's and nothing to click away: the window's status bar says that the action needs the
database and to try again once it is back (nothing was changed; what was typed stays, and the
waiting line says when typed work waits to be saved).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from ledarplan.gui.error_text import describe
from ledarplan.gui.prompts import Prompts
from ledarplan.services.errors import DomainError, UnreachableDatabaseError

#: How long the status bar says that an action needs the database.
SHOWN_MS = 15_000


def needs_database() -> str:
    return QCoreApplication.translate(
        "Refusals",
        "This needs the organisation's database, which cannot be reached just now, so nothing "
        "was changed. Try again once it is back.",
    )


def say_needs_database(window: QMainWindow) -> None:
    """The status bar says that the action chosen needs the organisation's database."""
    window.statusBar().showMessage(needs_database(), SHOWN_MS)


def tell_refused(
    prompts: Prompts, parent: QWidget | None, title: str, refused: DomainError
) -> None:
    """Says why an action was refused (`title` heads the message box)."""
    if isinstance(refused, UnreachableDatabaseError):
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            say_needs_database(window)
            return
        # A dialog in front, with no status bar: said in a box over it, as any refusal.
    prompts.error(parent, title, describe(refused))
