"""Choosing whose PDFs the team export writes, besides what goes into them (the PDF dialog's
sections, language, paper and private notes)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel
from ledarplan.gui.views.pdf_export_dialog import PdfExportChoice, PdfExportDialog


@dataclass(frozen=True)
class TeamPdfChoice:
    plan_ids: list[str]  # in the order of the list
    pdf: PdfExportChoice  # open_after: open the folder when they are written


class TeamPdfDialog(PdfExportDialog):
    """`people`: one entry per person, its id the plan to export; all ticked at first."""

    def __init__(self, people: list[CheckableEntry], language: str, parent: QWidget | None = None):
        super().__init__(language, parent)
        self.setObjectName("teamPdfDialog")
        self.people_model = CheckableListModel(self)
        self.people_model.set_rows(people, [entry.id for entry in people])
        self.people_model.dataChanged.connect(self._people_ticked)
        self.people_view = QListView()
        self.people_view.setModel(self.people_model)
        self.people_view.setMinimumHeight(140)
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.people_model.set_all_checked(True))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self.people_model.set_all_checked(False))
        self.people_box = QGroupBox()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        box = QVBoxLayout(self.people_box)
        box.addWidget(self.people_view)
        box.addLayout(buttons)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.people_box, 1)
        self.retranslate()
        self._people_ticked()

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "people_box"):  # called by the PDF dialog before ours is built
            return
        self.setWindowTitle(self.tr("Export the team's plans as PDF"))
        self.people_box.setTitle(self.tr("People (each one's current plan)"))
        self.people_view.setAccessibleName(self.tr("People"))
        self.all_button.setText(self.tr("&All"))
        self.none_button.setText(self.tr("&None"))
        self.open_box.setText(self.tr("&Open the folder when they are written"))

    def set_checked(self, plan_ids: list[str]) -> None:
        self.people_model.set_all_checked(False)
        for plan_id in plan_ids:
            index = self.people_model.index(self.people_model.row_of(plan_id))
            self.people_model.setData(
                index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )

    def _people_ticked(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.people_model.checked_ids()))

    def team_choice(self) -> TeamPdfChoice:
        return TeamPdfChoice(self.people_model.checked_ids(), self.choice())
