"""The foot of the talk page: who has signed the record (each side signs at their own desk),
the action, and the caveat that a signed record at a public employer can become a public
document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ledarplan.domain.entities import DevelopmentTalk, Side
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
        self._side = Side.LEADER
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

    def show_talk(self, talk: DevelopmentTalk | None, side: Side = Side.LEADER) -> None:
        """`side`: the desk this copy is on, which signs here."""
        self._talk = talk
        self._side = side
        self._show_state()

    def retranslate(self) -> None:
        self.sign_off_button.setText(self.tr("Sign &off…"))
        self.sign_off_button.setToolTip(
            self.tr(
                "Sign the record of the talk at this desk. Once both of you have signed, it "
                "can no longer be changed."
            )
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
        signed_here = talk is not None and talk.signature(self._side) is not None
        final = talk is not None and talk.signed_off
        lines = [
            (
                self.tr("Signed by the leader, %1, on %2.")
                if side is Side.LEADER
                else self.tr("Signed by the manager, %1, on %2.")
            )
            .replace("%1", ", ".join(p for p in (signature.name, signature.role) if p))
            .replace("%2", format_date(signature.at.date()) if signature.at else "")
            for side, signature in (talk.signatures if talk is not None else [])
        ]
        if final:
            lines.append(self.tr("The record is final and can no longer be changed."))
        elif signed_here:
            lines.append(
                self.tr(
                    "Waiting for the other signature: send the plan to the other desk, and "
                    "update it from their file when they have signed."
                )
            )
        else:
            lines.append(
                self.tr(
                    "Not signed off yet. When the talk is over and you both agree on the "
                    "record, sign it off."
                )
            )
        self.status_label.setText("\n".join(lines))
        self.sign_off_button.setVisible(not signed_here)
        self.sign_off_button.setEnabled(talk is not None and not signed_here)
        self.setStyleSheet(_SIGNED_STYLE if final else _OPEN_STYLE)
