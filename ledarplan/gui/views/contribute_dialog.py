"""Contributing to the organisation's yearly summary: which plans, and exactly what the file
will hold — in words, and as it is written — before anything is saved.

A leader contributes the open plan; a manager ticks the plans they hold (the names are shown
here to choose by, and never written). Nothing is written by this dialog: the window saves the
document it returns, and only when the user chose "Save…".
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Side
from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel
from ledarplan.gui.widgets.fitting import screen_sized
from ledarplan.i18n.catalog import LANGUAGES, Translator, normalise_language
from ledarplan.services.summary import SummaryChoice, SummaryService
from ledarplan.summary.build import summary_document
from ledarplan.summary.document import PlanFacts, SummaryDocument, summary_text
from ledarplan.summary.labels import HrLabels, labels_from


def window_labels() -> HrLabels:
    """The summary's words in the window's language (its translations, its number format,
    its plural forms)."""
    locale = QLocale()
    language = normalise_language(locale.name())
    return labels_from(
        QCoreApplication.translate,
        language,
        decimal_point=locale.decimalPoint(),
        plural_forms=_translator(language).forms,
    )


@lru_cache(maxsize=len(LANGUAGES))
def _translator(language: str) -> Translator:
    return Translator(language)


def preselected(choices: list[SummaryChoice], current: str | None) -> set[str]:
    """The open plan (or the only one); at a manager's desk, every plan held there of the same
    year."""
    if len(choices) == 1:
        current = choices[0].plan_id
    chosen = next((c for c in choices if c.plan_id == current), None)
    if chosen is None:
        return set()
    if chosen.desk is not Side.MANAGER:
        return {chosen.plan_id}
    return {c.plan_id for c in choices if c.desk is Side.MANAGER and c.year == chosen.year}


class ContributeDialog(QDialog):
    def __init__(
        self,
        service: SummaryService,
        current_plan_id: str | None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("contributeDialog")
        self._service = service
        self._today = today or date.today()
        self._facts: dict[str, PlanFacts] = {}
        self._document: SummaryDocument | None = None
        choices = service.choices()
        self._nothing_to_choose = not choices

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.plans_box = QGroupBox()
        self.plans = CheckableListModel(self)
        self.plans.set_rows(
            [CheckableEntry(c.plan_id, self._entry_text(c)) for c in choices],
            preselected(choices, current_plan_id),
        )
        self.plans_view = QListView()
        self.plans_view.setModel(self.plans)
        self.all_button = QPushButton()
        self.none_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.plans.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.plans.set_all_checked(False))
        box = QVBoxLayout(self.plans_box)
        box.addWidget(self.plans_view)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        box.addLayout(row)
        # A leader with one plan has nothing to choose: the open plan is the one.
        self.plans_box.setVisible(len(choices) > 1)

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("summaryPreview")
        self.preview.setReadOnly(True)
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("summaryFile")
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(self.raw, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.plans_box, 1)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.buttons)
        self.plans.dataChanged.connect(lambda *_: self._refresh())
        self.plans.modelReset.connect(self._refresh)
        self.resize(screen_sized(self, QSize(760, 640)))
        self.retranslate()

    def _entry_text(self, choice: SummaryChoice) -> str:
        year = str(choice.year) if choice.year else ""
        return " – ".join(part for part in (choice.person, choice.title, year) if part)

    def document(self) -> SummaryDocument | None:
        """What "Save…" writes: the chosen plans' summary (None: no plan chosen)."""
        return self._document

    def _refresh(self) -> None:
        chosen = self.plans.checked_ids()
        for plan_id in chosen:
            if plan_id not in self._facts:  # each plan is read once, however often ticked
                self._facts[plan_id] = self._service.facts(plan_id, self._today)
        labels = window_labels()
        if chosen:
            self._document = summary_document([self._facts[p] for p in chosen], self._today)
            self.preview.setPlainText(self._service.preview(self._document, labels))
            self.raw.setPlainText(summary_text(self._document))
        else:
            self._document = None
            self.preview.setPlainText(
                self.tr("There is no plan here to contribute.")
                if self._nothing_to_choose
                else self.tr("Tick the plans to contribute.")
            )
            self.raw.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(chosen))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contribute to the organisation's yearly summary"))
        self.intro.setText(
            self.tr(
                "HR puts together a yearly picture of what leaders work on, from anonymous "
                "summaries. Below is exactly what the summary file holds: no names, no texts, "
                "no dates but the month, nothing that leads back to a person. It is saved only "
                "when you choose Save, and you send it to HR yourself."
            )
        )
        self.plans_box.setTitle(self.tr("Plans to contribute (their names are not written)"))
        self.all_button.setText(self.tr("Tick &all"))
        self.none_button.setText(self.tr("Tick &none"))
        self.tabs.setTabText(0, self.tr("What the file holds"))
        self.tabs.setTabText(1, self.tr("The file as it is written"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save…"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
