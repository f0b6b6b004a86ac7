"""The main window's size and place on the screen, and how it is shared between the people
and the open plan: restored from the settings at start, fitted to the screen it is on (a 1366×768
laptop, the same at 150 %, a size remembered from a larger screen), and kept at close."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from ledarplan.gui.widgets.fitting import FRAME_ALLOWANCE, fitted
from ledarplan.settings import Settings

_B64 = "ascii"
#: The window's size on a screen with room for it (smaller screens get what they have).
PREFERRED_SIZE = QSize(1280, 820)
#: The people and plans beside the open plan, in a window with room for both.
SIDEBAR_WIDTH = 260


def sidebar_width(window_width: int) -> int:
    """The list of people's width on a first start: a fifth of a narrow window (a 1024×600
    netbook, a laptop at 150 %), so the open plan's pages get the room they need; at most
    `SIDEBAR_WIDTH`."""
    return min(SIDEBAR_WIDTH, max(SIDEBAR_WIDTH * 2 // 3, window_width // 5))


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode(_B64)


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode(_B64))


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The size, place and split the window had when it was last closed, on this screen."""
    window.resize(PREFERRED_SIZE)
    if settings.window_geometry:
        window.restoreGeometry(_decode(settings.window_geometry))
    fit_to_screen(window, centre=not settings.window_geometry)
    if settings.splitter_state:
        splitter.restoreState(_decode(settings.splitter_state))
    else:  # a narrow window gives the open plan the room, not the list of people
        side = sidebar_width(window.width())
        splitter.setSizes([side, window.width() - side])


def fit_to_screen(window: QMainWindow, *, centre: bool = False) -> None:
    """The window, frame and all, inside the screen's free area: smaller if it must be,
    moved back onto the screen if it was left off it."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    frame = window.frameGeometry().size() - window.geometry().size()
    if not window.isVisible() or frame.isEmpty():
        frame = FRAME_ALLOWANCE  # not known before the window is shown
    corner, size = fitted(
        window.pos(),
        window.size(),
        frame=frame,
        free=screen.availableGeometry(),
        minimum=window.minimumSizeHint(),
        centre=centre,
    )
    window.resize(size)
    window.move(corner)


def saved_layout(window: QMainWindow, splitter: QSplitter) -> dict[str, str]:
    """The settings that bring the window's size, place and split back next time."""
    return {
        "window_geometry": _encode(window.saveGeometry()),
        "splitter_state": _encode(splitter.saveState()),
    }
