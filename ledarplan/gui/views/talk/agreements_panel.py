"""What was agreed in the talk: a table edited in place, with add and remove."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
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
from ledarplan.gui.views.talk.row_buttons import RowButtons
from ledarplan.gui.widgets.due_date_delegate import DueDateDelegate


class AgreementsPanel(QWidget):
    #: An agreement was added or removed (the page saves at once); cell edits come through
    #: the model's dataChanged.
    rows_changed = Signal()

    def __init__(self, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._prompts = prompts
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

        self.rows = RowButtons(self.table, self.add_agreement, self.remove_agreement)
        self.add_button, self.remove_button = self.rows.add_button, self.rows.remove_button
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.rows.row())
        self.retranslate()

    def retranslate(self) -> None:
        # A talk's agreements are never carried over, so no tip for that is needed.
        self.model.set_texts(
            [self.tr("Agreement"), self.tr("Who"), self.tr("Due"), self.tr("Done")], ""
        )
        self.caption.setText(self.tr("Agree&ments:"))
        self.table.setAccessibleName(self.tr("Agreements"))
        self.rows.set_texts(
            (
                self.tr("Add a&greement"),
                self.tr("Add an agreement (Insert)"),
                self.tr("Add agreement"),
            ),
            (
                self.tr("Remove"),
                self.tr("Remove the selected agreement (Delete)"),
                self.tr("Remove agreement"),
            ),
        )

    # --- public API --------------------------------------------------------------------

    def set_agreements(self, agreements: list[Agreement]) -> None:
        self.model.set_rows(agreements)

    def agreements(self) -> list[Agreement]:
        return self.model.agreements()

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.rows.set_read_only(read_only)
        self._update_buttons()

    def add_agreement(self) -> None:
        if self.rows.read_only:
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
        if self.rows.read_only or agreement is None:
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
        self.rows.allow_remove(self.table.currentIndex().isValid())
