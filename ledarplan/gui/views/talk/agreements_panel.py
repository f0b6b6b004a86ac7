"""What was agreed in the talk: a table edited in place, with add and remove."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Agreement
from ledarplan.gui.models.agreement_table import (
    COL_DONE,
    COL_DUE,
    COL_OWNER,
    COL_TEXT,
    AgreementTableModel,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.widgets.due_date_delegate import DueDateDelegate


class AgreementsPanel(QWidget):
    #: An agreement was added or removed (the page saves at once); cell edits come through
    #: the model's dataChanged.
    rows_changed = Signal()

    def __init__(self, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._prompts = prompts
        self._read_only = False
        self.model = AgreementTableModel(self)
        self.caption = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.caption.setBuddy(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setItemDelegateForColumn(COL_DUE, DueDateDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_OWNER, 140)

        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.add_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.add_action.triggered.connect(self.add_agreement)
        self.remove_action.triggered.connect(self.remove_agreement)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_agreement)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_agreement)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        # A talk's agreements are never carried over, so no tip for that is needed.
        self.model.set_texts(
            [self.tr("Agreement"), self.tr("Who"), self.tr("Due"), self.tr("Done")], ""
        )
        self.caption.setText(self.tr("A&greements:"))
        self.table.setAccessibleName(self.tr("Agreements"))
        self.add_button.setText(self.tr("Add a&greement"))
        self.add_button.setToolTip(self.tr("Add an agreement (Insert)"))
        self.add_action.setText(self.tr("Add agreement"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected agreement (Delete)"))
        self.remove_action.setText(self.tr("Remove agreement"))

    # --- public API --------------------------------------------------------------------

    def set_agreements(self, agreements: list[Agreement]) -> None:
        self.model.set_rows(agreements)

    def agreements(self) -> list[Agreement]:
        return self.model.agreements()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self.add_action.setEnabled(not read_only)
        self.remove_action.setEnabled(not read_only)
        self._update_buttons()

    def add_agreement(self) -> None:
        if self._read_only:
            return
        row = self.model.insert_agreement(Agreement(self.tr("New agreement")))
        index = self.model.index(row, COL_TEXT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.rows_changed.emit()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)  # the placeholder is selected in the editor: typing replaces it
        self._update_buttons()

    def remove_agreement(self) -> None:
        index = self.table.currentIndex()
        agreement = self.model.agreements()[index.row()] if index.isValid() else None
        if self._read_only or agreement is None:
            return
        untouched = agreement.text == self.tr("New agreement") and not agreement.owner
        if not untouched and not self._prompts.confirm_destructive(
            self.window(),
            self.tr("Remove agreement"),
            self.tr("Remove the agreement “%1”?").replace("%1", agreement.text),
            self.tr("Remove"),
        ):
            return
        self.model.remove_agreement(index.row())
        self.rows_changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        has_current = self.table.currentIndex().isValid()
        self.remove_button.setEnabled(has_current and not self._read_only)
