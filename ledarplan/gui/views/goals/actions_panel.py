"""The actions of the selected goal: a table beside the editor of the selected action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Action
from ledarplan.gui.models.action_table import (
    COL_KIND,
    COL_STATUS,
    COL_WHAT,
    COL_WHEN,
    COL_WHO,
    ActionIdRole,
    ActionTableModel,
)
from ledarplan.gui.views.goals.action_editor import ActionEditor
from ledarplan.gui.views.goals.names import action_kind_names, action_status_names


class ActionsPanel(QWidget):
    #: The selected action changed: its id, or None.
    current_changed = Signal(object)
    add_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a narrow window wraps it rather than widens
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteAction")
        self.delete_button.clicked.connect(self.delete_requested)
        self._build_table()
        self._build_editor()
        self._lay_out()
        self._update_state()
        self.retranslate()

    def _build_table(self) -> None:
        self.model = ActionTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The short columns are as wide as their texts; "What" and "Who" share the rest (cut
        # with "…" when narrow): the table fits its width and never scrolls sideways.
        for column in (COL_WHAT, COL_WHO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (COL_KIND, COL_WHEN, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.activated.connect(self.add_requested)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_requested)

    def _build_editor(self) -> None:
        self.editor = ActionEditor()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        scroll.setWidget(self.editor)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("noActionHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([120, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.table, self.editor.block_combo)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Actions: what, how, why, who, when, follow-up"))
        self.add_button.setText(self.tr("Add action"))
        self.add_button.setToolTip(self.tr("Adds a step towards the goal (Insert)"))
        self.delete_button.setText(self.tr("Delete action"))
        self.delete_button.setToolTip(self.tr("Deletes the selected action (Delete)"))
        self.table.setAccessibleName(self.tr("Actions of the goal"))
        self.model.set_texts(
            [self.tr("What"), self.tr("Kind"), self.tr("Who"), self.tr("When"), self.tr("Status")],
            action_kind_names(),
            action_status_names(),
            self.tr("Done %1"),
        )
        self.empty_hint.setText(
            self.tr(
                "No actions yet. Add one: what you will do, how, why, who, when and "
                "how you will follow up."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_actions(self, actions: list[Action], select_id: str | None = None) -> None:
        """Shows the goal's actions and selects `select_id` (or the first)."""
        blocker = self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_rows(actions)
        finally:
            self.table.selectionModel().blockSignals(blocker)
        row = self.model.row_of(select_id) if select_id else -1
        if row < 0 and actions:
            row = 0
        self._select_row(row)
        self._update_state()
        self.current_changed.emit(self.current_action_id())

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        blocker = selection.blockSignals(True)
        try:
            if row < 0:
                selection.clear()
                return
            selection.setCurrentIndex(
                self.model.index(row, COL_WHAT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            selection.blockSignals(blocker)

    def current_action_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ActionIdRole) if index.isValid() else None

    def select(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row >= 0:
            self.table.selectRow(row)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        self.current_changed.emit(current.data(ActionIdRole) if current.isValid() else None)

    def _update_state(self) -> None:
        has_action = self.table.currentIndex().isValid()
        self.delete_button.setEnabled(has_action)
        self.stack.setCurrentIndex(1 if has_action else 0)
