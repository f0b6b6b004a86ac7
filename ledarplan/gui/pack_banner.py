"""Says, without blocking the start, that something HR installed could not be used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ledarplan.gui.prompts import Prompts


class _ProblemsBanner(QFrame):
    """A yellow line above the window with "Details…"; the program works on meanwhile.

    Subclasses give the words. They use QCoreApplication.translate with their own context,
    because self.tr() would look the text up under whichever class the object is.
    """

    def __init__(self, details: str, count: int, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#problemsBanner { background: #fff4ce; border: 1px solid #e0c060; }")
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

    # Each subclass defines texts() -> (the line, the title of the details, their first
    # sentence), in its own translation context.

    def retranslate(self) -> None:
        self.message.setText(self.texts()[0])  # type: ignore[attr-defined]
        self.details_button.setText(QCoreApplication.translate("PackProblemsBanner", "Details…"))
        self.close_button.setToolTip(
            QCoreApplication.translate("PackProblemsBanner", "Hide this message")
        )

    def _show_details(self) -> None:
        _, title, intro = self.texts()  # type: ignore[attr-defined]
        self._prompts.warning(self.window(), title, intro, self._details)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PackProblemsBanner(_ProblemsBanner):
    """Some organisation model packs were skipped."""

    def texts(self) -> tuple[str, str, str]:
        return (
            # self.tr: the plural needs it for lupdate < 6.12; the class is never subclassed.
            self.tr(
                "%n organisation model pack(s) could not be read and were left out. "
                "The other models work as usual.",
                "",
                self._count,
            ),
            QCoreApplication.translate("PackProblemsBanner", "Model packs left out"),
            QCoreApplication.translate(
                "PackProblemsBanner",
                "These files were not loaded. Correct them and restart ledarplan.",
            ),
        )


class PresetsProblemsBanner(_ProblemsBanner):
    """Some of the organisation's presets (organisation.toml) were left at their defaults."""

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr(
                "%n of your organisation's preset(s) could not be used; ledarplan uses its "
                "defaults for them.",
                "",
                self._count,
            ),
            QCoreApplication.translate("PresetsProblemsBanner", "Organisation presets"),
            QCoreApplication.translate(
                "PresetsProblemsBanner",
                "These settings in the organisation's presets file were left out. Tell whoever "
                "installed ledarplan (often HR or IT).",
            ),
        )
