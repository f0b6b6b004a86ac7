"""The notice next to coaching notes saying whether they stay private or may be shared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ledarplan.gui.views.coaching.icons import padlock_pixmap

_PRIVATE_STYLE = "background: #fdf3d8; border: 1px solid #e2c46f; border-radius: 4px;"
_SHARED_STYLE = "background: #e3eef7; border: 1px solid #9bbbd8; border-radius: 4px;"
_PRIVATE_INK = QColor("#7a5a00")
_SHARED_INK = QColor("#2d5680")


class PrivateMarker(QFrame):
    """A tinted strip with a padlock: closed and amber while private, open and blue if shared."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._controls: list[QWidget] = []
        self.setObjectName("privateMarker")
        self._private = True
        self.icon_label = QLabel()
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setObjectName("privateMarkerText")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(self.text_label, 1)
        self.retranslate()

    def add_control(self, widget: QWidget) -> None:
        """Puts the control that changes the state at the strip's end, next to what it says."""
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self._controls.append(widget)
        self.retranslate()

    @property
    def is_private(self) -> bool:
        return self._private

    def set_private(self, private: bool) -> None:
        self._private = private
        self.retranslate()

    def text(self) -> str:
        return self.text_label.text()

    def retranslate(self) -> None:
        ink = _PRIVATE_INK if self._private else _SHARED_INK
        size = max(14, self.fontMetrics().height())
        self.icon_label.setPixmap(
            padlock_pixmap(size, ink, not self._private, self.devicePixelRatioF())
        )
        if self._private:
            text = self.tr("Private — not exported or printed unless you choose")
        else:
            text = self.tr("Shareable — included when you export or print the plan")
        self.text_label.setText(text)
        self.setAccessibleName(text)
        # Only the frame draws the border; the labels take the ink. (A check box is left to
        # the platform style: a style sheet on it loses its indicator.)
        style = _PRIVATE_STYLE if self._private else _SHARED_STYLE
        self.setStyleSheet(
            f"QFrame#privateMarker {{ {style} }} "
            f"QLabel {{ color: {ink.name()}; background: transparent; border: none; }}"
        )
        # The strip is light in every palette, so its controls take the strip's ink too (by
        # palette: a dark palette's light text would vanish on it).
        for control in self._controls:
            palette = control.palette()
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, ink)
            control.setPalette(palette)
