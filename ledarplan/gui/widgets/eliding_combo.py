"""A combo box that may be narrower than its texts: the chosen text is cut with "…" where the
box is too narrow (and shown whole in its tip and in the open list), never cut off mid-letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._own_tip = ""
        self._shown_tip = ""

    def setToolTip(self, text: str) -> None:
        """The box's own tip; the chosen text is put before it while the box cuts that text."""
        self._own_tip = text
        self._show_tip(self._shown_tip)

    def _show_tip(self, cut_text: str) -> None:
        self._shown_tip = cut_text
        tip = "\n".join(part for part in (cut_text, self._own_tip) if part)
        if tip != super().toolTip():
            super().setToolTip(tip)

    def text_room(self) -> int:
        """The width the chosen text has inside the box."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                self,
            )
            .width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.text_room()
        text = option.currentText
        cut = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        self._show_tip(text if cut != text else "")
        option.currentText = cut
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
