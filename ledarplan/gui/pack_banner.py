"""Says, without blocking the start, that some organisation model packs were left out."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ledarplan.gui.prompts import Prompts


class PackProblemsBanner(QFrame):
    """Says, without blocking the start, that some organisation packs were skipped."""

    def __init__(self, details: str, count: int, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packProblemsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#packProblemsBanner { background: #fff4ce; border: 1px solid #e0c060; }"
        )
        self._details = details
        self._count = count
        self._prompts = prompts
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self._show_details)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "%n organisation model pack(s) could not be read and were left out. "
                "The other models work as usual.",
                "",
                self._count,
            )
        )
        self.details_button.setText(self.tr("Details…"))
        self.close_button.setToolTip(self.tr("Hide this message"))

    def _show_details(self) -> None:
        self._prompts.warning(
            self.window(),
            self.tr("Model packs left out"),
            self.tr("These files were not loaded. Correct them and restart ledarplan."),
            self._details,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
