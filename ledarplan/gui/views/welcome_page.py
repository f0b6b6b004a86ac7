"""The first start: create a plan, try with sample data, or import a plan file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from ledarplan.gui.widgets.fitting import scrolling

#: The page's text column, in pixels.
READING_WIDTH = 600


class WelcomePage(QWidget):
    create_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_button = QCommandLinkButton()
        self.create_button.setObjectName("createMyPlan")
        self.sample_button = QCommandLinkButton()
        self.sample_button.setObjectName("trySample")
        self.import_button = QCommandLinkButton()
        self.import_button.setObjectName("importPlan")
        self.create_button.clicked.connect(self.create_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet("color: palette(mid);")

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(16)
        for button in (self.create_button, self.sample_button, self.import_button):
            column.addWidget(button)
        column.addSpacing(24)
        column.addWidget(self.privacy)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        # A fixed reading width: wrapped labels and link buttons then get their full height
        # (set in `retranslate`: a layout centring the holder gives it its size hint, which
        # leaves out the link buttons' wrapped descriptions, and they were cut off).
        holder.setFixedWidth(READING_WIDTH)
        self._holder = holder
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addSpacing(48)
        layout.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))  # a small screen scrolls rather than cuts it off
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to ledarplan"))
        self.intro.setText(
            self.tr(
                "Keep leader development plans here, your own or those of the leaders you "
                "manage: read what your organisation's leadership model expects, assess, set "
                "goals, log coaching and prepare the development talk."
            )
        )
        # A manager keeping the plans of the leaders they manage starts here too.
        self.create_button.setText(self.tr("Create a plan"))
        self.create_button.setDescription(
            self.tr(
                "For yourself, or for a leader you manage: choose the leadership model and "
                "role level, and start."
            )
        )
        self.sample_button.setText(self.tr("Try with sample data"))
        self.sample_button.setDescription(
            self.tr("Look around in a complete example plan first. You can delete it later.")
        )
        self.import_button.setText(self.tr("Import a plan file…"))
        self.import_button.setDescription(
            self.tr("Open a plan someone sent you (a .ledarplan.json file).")
        )
        self.privacy.setText(
            self.tr(
                "Everything stays on this computer, in your own user folder. "
                "Nothing is sent anywhere."
            )
        )
        self._holder.setMinimumHeight(self._holder.layout().heightForWidth(READING_WIDTH))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
