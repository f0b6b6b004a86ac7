"""A session's agreements: a table edited in place, with Add and Remove (Insert, Delete)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
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
from ledarplan.gui.views.coaching.icons import carried_over_icon
from ledarplan.gui.widgets.due_date_delegate import DueDateDelegate

_VISIBLE_ROWS = 4


class AgreementsEditor(QWidget):
    #: Rows were added or removed: the session should be saved now.
    rows_changed = Signal()

    def __init__(self, confirm_remove: Callable[[Agreement], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._confirm_remove = confirm_remove
        self._read_only = False
        self.model = AgreementTableModel(self)
        self.model.set_carried_icon(
            carried_over_icon(self.palette().color(QPalette.ColorRole.Link))
        )
        self.table = QTableView()
        self.table.setObjectName("agreementsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(DueDateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_OWNER, 150)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * _VISIBLE_ROWS + 4)

        self.add_button = QPushButton()
        self.add_button.setObjectName("addAgreementButton")
        self.add_button.clicked.connect(self.add_agreement)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAgreementButton")
        self.remove_button.clicked.connect(self.remove_current)
        # Only while the table itself has focus, so Delete still deletes text in a cell editor.
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence(Qt.Key.Key_Insert), self.add_agreement),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """The other desk's session: its agreements are read, not changed."""
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self._update_buttons()

    def set_agreements(self, agreements: list[Agreement]) -> None:
        self.model.set_rows(agreements)

    def agreements(self) -> list[Agreement]:
        return self.model.agreements()

    def add_agreement(self) -> None:
        """Adds a row and opens its text for typing (the placeholder text is selected)."""
        if self._read_only:
            return
        row = self.model.insert_agreement(Agreement(text=self.tr("New agreement")))
        self.rows_changed.emit()
        index = self.model.index(row, COL_TEXT)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        agreement = self.model.agreement_at(row)
        if self._read_only or agreement is None or not self._confirm_remove(agreement):
            return
        self.model.remove_agreement(row)
        self.rows_changed.emit()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def retranslate(self) -> None:
        self.model.set_texts(
            [self.tr("Agreement"), self.tr("Owner"), self.tr("Due"), self.tr("Done")],
            self.tr("Carried over from an earlier session"),
        )
        self.table.setAccessibleName(self.tr("Agreements"))
        self.add_button.setText(self.tr("&Add agreement"))
        self.add_button.setToolTip(self.tr("Add an agreement (Insert)"))
        self.remove_button.setText(self.tr("Remove agreement"))
        self.remove_button.setToolTip(self.tr("Remove the selected agreement (Delete)"))

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.table.currentIndex().isValid() and not self._read_only)
