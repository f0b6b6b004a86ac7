"""The foot of the talk page: whether the record is signed off, the action, and the caveat
that a signed record at a public employer can become a public document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ledarplan.domain.entities import DevelopmentTalk
from ledarplan.gui.formatting import format_date

_OPEN_STYLE = "#signOffBar { background: palette(alternate-base); border: 1px solid palette(mid); }"
_SIGNED_STYLE = "#signOffBar { background: #e7f3ea; border: 1px solid #9cc8a8; }"


class SignOffBar(QFrame):
    sign_off_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signOffBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._talk: DevelopmentTalk | None = None
        self.status_label = QLabel()
        self.status_label.setObjectName("signOffStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_off_button = QPushButton()
        self.sign_off_button.clicked.connect(self.sign_off_requested)
        self.public_note = QLabel()
        self.public_note.setObjectName("publicDocumentNote")
        self.public_note.setWordWrap(True)
        font = self.public_note.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.public_note.setFont(font)
        self.public_note.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.sign_off_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.public_note)
        self.retranslate()

    def show_talk(self, talk: DevelopmentTalk | None) -> None:
        self._talk = talk
        self._show_state()

    def retranslate(self) -> None:
        self.sign_off_button.setText(self.tr("Sign &off…"))
        self.sign_off_button.setToolTip(
            self.tr("Close the record of the talk: after signing off it can no longer be changed.")
        )
        self.public_note.setText(
            self.tr(
                "At a public employer, a signed record of the talk can become a public document "
                "(allmän handling / offentligt dokument). Keep private notes marked private."
            )
        )
        self._show_state()

    def _show_state(self) -> None:
        talk = self._talk
        signed = talk is not None and talk.signed_off
        if talk is not None and talk.signed_off_at is not None:
            status = (
                self.tr(
                    "Signed off by %1 on %2. The record is closed and can no longer be changed."
                )
                .replace("%1", talk.signed_off_by)
                .replace("%2", format_date(talk.signed_off_at.date()))
            )
        else:
            status = self.tr(
                "Not signed off yet. When the talk is over and you both agree on the record, "
                "sign it off."
            )
        self.status_label.setText(status)
        self.sign_off_button.setVisible(not signed)
        self.sign_off_button.setEnabled(talk is not None and not signed)
        self.setStyleSheet(_SIGNED_STYLE if signed else _OPEN_STYLE)
