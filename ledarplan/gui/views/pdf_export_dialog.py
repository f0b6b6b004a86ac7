"""Choosing what goes into the PDF: sections, language, paper, private notes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ledarplan.i18n.catalog import LANGUAGE_NAMES, LANGUAGES
from ledarplan.pdf import ALL_SECTIONS, PdfOptions


@dataclass(frozen=True)
class PdfExportChoice:
    sections: frozenset[str]
    language: str
    page_size: str
    include_private: bool
    open_after: bool

    def options(self, organisation: str = "", logo: Path | None = None) -> PdfOptions:
        """The PDF's options as chosen, with the organisation's name and logo on the cover."""
        return PdfOptions(
            sections=self.sections,
            include_private=self.include_private,
            page_size=self.page_size,
            organisation=organisation,
            logo=logo,
        )


class PdfExportDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdfExportDialog")
        self.sections_box = QGroupBox()
        grid = QGridLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, section in enumerate(ALL_SECTIONS):
            box = QCheckBox()
            box.setChecked(True)
            self.section_boxes[section] = box
            grid.addWidget(box, index // 2, index % 2)

        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.page_combo = QComboBox()
        self.page_combo.addItems(["A4", "Letter"])
        self.page_label = QLabel()
        self.page_label.setBuddy(self.page_combo)

        self.private_box = QCheckBox()
        self.private_box.setObjectName("includePrivate")
        self.private_note = QLabel()
        self.private_note.setWordWrap(True)
        self.private_box.toggled.connect(self._private_toggled)
        self.open_box = QCheckBox()
        self.open_box.setChecked(True)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.page_label, self.page_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections_box)
        layout.addLayout(form)
        layout.addWidget(self.private_box)
        layout.addWidget(self.private_note)
        layout.addWidget(self.open_box)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._private_toggled(False)

    def _section_names(self) -> dict[str, str]:
        return {
            "cover": self.tr("Cover page"),
            "model": self.tr("The leadership model"),
            "expectations": self.tr("Expectations at the role level"),
            "assessment": self.tr("Assessment"),
            "chart": self.tr("Spider chart"),
            "feedback": self.tr("Feedback from others"),
            "goals": self.tr("Goals and actions"),
            "coaching": self.tr("Coaching sessions"),
            "talk": self.tr("Development talk"),
            "signatures": self.tr("Signatures"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the plan as PDF"))
        self.sections_box.setTitle(self.tr("Include"))
        for section, name in self._section_names().items():
            self.section_boxes[section].setText(name)
        self.language_label.setText(self.tr("&Language of the document:"))
        self.page_label.setText(self.tr("&Paper size:"))
        self.private_box.setText(self.tr("Include &private notes and answers"))
        self.open_box.setText(self.tr("&Open the PDF when it is ready"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self._private_toggled(self.private_box.isChecked())

    def _private_toggled(self, on: bool) -> None:
        self.private_note.setText(
            self.tr(
                "The PDF will contain private coaching notes and private talk answers. "
                "Only share it with people who may read them."
            )
            if on
            else self.tr("Private coaching notes and private talk answers are left out.")
        )
        self.private_note.setStyleSheet("color: #b00020;" if on else "color: palette(mid);")

    def choice(self) -> PdfExportChoice:
        return PdfExportChoice(
            sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            language=self.language_combo.currentData(),
            page_size=self.page_combo.currentText(),
            include_private=self.private_box.isChecked(),
            open_after=self.open_box.isChecked(),
        )
