"""Windows and pages that fit small screens (a 1366×768 laptop, the same at 150 %, a 1024×600
netbook): the window opens inside the screen's free area, and a page scrolls as a whole only
when the window is smaller than the page can be made, so every part stays reachable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

#: Room kept for a title bar and borders around a window not shown yet.
FRAME_ALLOWANCE = QSize(16, 40)


class _MinimumFirst(QVBoxLayout):
    """A scroll area gives content whose height depends on its width (wrapped labels) its
    preferred height for that width, not its minimum: the page would scroll long before it had
    to. Its holder says it has no such dependency; the labels inside still wrap."""

    def hasHeightForWidth(self) -> bool:
        return False


def scrolling(content: QWidget, name: str = "pageScroll") -> QScrollArea:
    """`content` in a frameless scroll area that gives it all the room there is; scroll bars
    appear only below the content's minimum size."""
    holder = QWidget()
    layout = _MinimumFirst(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    return area


class AllLinesShown(QObject):
    """Keeps a wrapped label at least as tall as its lines at the width it has: a layout asks
    a label for its minimum height alone, which counts the text at its shortest, so a window
    short of height would draw the label's further lines over the widgets beside it. Its
    minimum height now follows its width, and the window scrolls (or gives way elsewhere)."""

    def __init__(self, label: QLabel):
        super().__init__(label)
        self._label = label
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            label = self._label
            least = label.heightForWidth(label.width()) if label.width() > 0 else -1
            if least > 0 and least != label.minimumHeight():
                label.setMinimumHeight(least)
        return False


def fitted(
    position: QPoint,
    size: QSize,
    *,
    frame: QSize,
    free: QRect,
    minimum: QSize,
    centre: bool = False,
) -> tuple[QPoint, QSize]:
    """Where a window goes on a screen whose free area (without task bars) is `free`: its
    outer corner at `position`, `size` inside the frame (title bar and borders add `frame`).
    Returned as (outer corner, inside size): no larger than the free area leaves room for,
    no smaller than `minimum` unless the screen is smaller still, and back inside the free
    area — centred in it when `centre` (a first start, nothing remembered)."""
    room = QSize(free.width() - frame.width(), free.height() - frame.height())
    inside = size.boundedTo(room).expandedTo(minimum.boundedTo(room))
    outer = inside + frame
    if centre:
        left = free.left() + (free.width() - outer.width()) // 2
        top = free.top() + (free.height() - outer.height()) // 2
    else:
        left = min(max(position.x(), free.left()), free.right() + 1 - outer.width())
        top = min(max(position.y(), free.top()), free.bottom() + 1 - outer.height())
    return QPoint(left, top), inside


def screen_sized(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted` (a dialog's size), or as much of it as the free area of the widget's screen
    holds with the dialog's title bar and borders."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - FRAME_ALLOWANCE)
