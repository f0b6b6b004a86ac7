"""After the talk: the summary both agreed on, the agreements and the date to follow up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Agreement
from ledarplan.gui.edit_session import EditSession
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.talk.agreements_panel import AgreementsPanel
from ledarplan.gui.widgets.date_edit import DateEdit


class OutcomePanel(QWidget):
    def __init__(self, edits: EditSession, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary_caption = QLabel()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(self.summary_edit.fontMetrics().lineSpacing() * 6 + 12)
        self.summary_caption.setBuddy(self.summary_edit)
        self.follow_up_caption = QLabel()
        self.follow_up_edit = DateEdit()
        self.follow_up_caption.setBuddy(self.follow_up_edit)
        self.agreements = AgreementsPanel(prompts)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_caption)
        left_layout.addWidget(self.summary_edit, 1)
        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up_caption)
        follow_up.addWidget(self.follow_up_edit)
        follow_up.addStretch(1)
        left_layout.addLayout(follow_up)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.agreements)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        edits.watch(self.summary_edit, self.follow_up_edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.summary_caption.setText(self.tr("&Summary agreed in the talk:"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(
            self.tr("What did you talk about, and what do you both take away from it?")
        )
        self.follow_up_caption.setText(self.tr("Follow-&up on:"))
        self.follow_up_edit.setAccessibleName(self.tr("Follow-up date"))
        self.agreements.retranslate()

    def set_values(
        self, summary: str, agreements: list[Agreement], follow_up_date: date | None
    ) -> None:
        if self.summary_edit.toPlainText() != summary:
            self.summary_edit.setPlainText(summary)
        self.agreements.set_agreements(agreements)
        self.follow_up_edit.set_value(follow_up_date)

    def set_read_only(self, read_only: bool) -> None:
        self.summary_edit.setReadOnly(read_only)
        self.follow_up_edit.setEnabled(not read_only)
        self.agreements.set_read_only(read_only)
