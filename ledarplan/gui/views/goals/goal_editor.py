"""The editor of one goal: its words, dates and progress, the items it serves, its check-ins.

The editor only moves data between a `Goal` and its widgets, through its binding table
(`fields`); the page saves (through the services) and watches the table's widgets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Goal, GoalStatus, Side, SnapshotItem
from ledarplan.gui import binding
from ledarplan.gui.binding import Bindings, Field
from ledarplan.gui.models.checkin_table import COL_DATE, COL_NOTE, COL_PROGRESS, CheckInTableModel
from ledarplan.gui.models.item_links import ExpectationRole, IsAreaRole, ItemLinksModel
from ledarplan.gui.views.goals.names import goal_status_names
from ledarplan.gui.widgets.date_edit import DateEdit


def _paragraph_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustIgnored)
    return edit


class GoalEditor(QWidget):
    #: The user asks to add a check-in: (date, note, new progress or None).
    checkin_requested = Signal(object, str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._side = Side.LEADER  # whose desk: the hints speak to whoever sits there
        self._goal_id: str | None = None
        self._checkin_count = 0
        self._level_name = ""
        # Half-typed check-in notes per goal, so switching goals loses none of them.
        self._drafts: dict[str, str] = {}
        self._build_fields()
        self._build_links()
        self._build_checkins()
        self._lay_out()
        # The goal's fields, by the names the domain's rules use.
        self.fields = Bindings(
            binding.line("title", self.title_edit, self.title_label, from_start=True),
            binding.text("description", self.description_edit, self.description_label),
            binding.text("success_criterion", self.criterion_edit, self.criterion_label),
            Field(
                "item_ids",
                self.links_view,
                lambda: self.tr("Linked items"),
                self.links_model.checked,
                self._set_links,
                self.links_model.links_changed,
            ),
            binding.optional_date("target_date", self.target_edit, self.target_label),
            binding.choice("status", self.status_combo, self.status_label, GoalStatus),
            binding.number("progress", self.progress_spin, self.progress_label),
        )
        self.retranslate()

    # --- building ---

    def _build_fields(self) -> None:
        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("goalTitle")
        self.title_label.setBuddy(self.title_edit)

        self.description_label = QLabel()
        self.description_edit = _paragraph_edit(3)
        self.description_edit.setObjectName("goalDescription")
        self.description_label.setBuddy(self.description_edit)

        self.criterion_label = QLabel()
        self.criterion_edit = _paragraph_edit(2)
        self.criterion_edit.setObjectName("goalCriterion")
        self.criterion_label.setBuddy(self.criterion_edit)

        self.target_label = QLabel()
        self.target_edit = DateEdit()
        self.target_edit.setObjectName("goalTargetDate")
        self.target_label.setBuddy(self.target_edit)

        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("goalStatus")
        for status in GoalStatus:
            self.status_combo.addItem("", status.value)  # Qt keeps text, not enums
        self.status_label.setBuddy(self.status_combo)

        self.progress_label = QLabel()
        self.progress_spin = QSpinBox()
        self.progress_spin.setObjectName("goalProgress")
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSingleStep(5)
        self.progress_spin.setSuffix(" %")
        self.progress_label.setBuddy(self.progress_spin)

    def _build_links(self) -> None:
        self.links_model = ItemLinksModel(self)
        self.links_view = QTreeView()
        self.links_view.setObjectName("goalItems")
        self.links_view.setModel(self.links_model)
        self.links_view.setHeaderHidden(True)
        self.links_view.setUniformRowHeights(True)
        self.links_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links_model.modelReset.connect(self.links_view.expandAll)
        self.links_view.selectionModel().currentChanged.connect(self._show_expectation)
        self.links_model.links_changed.connect(self._update_tab_titles)
        self.expectation_label = QLabel()
        self.expectation_label.setObjectName("itemExpectation")
        self.expectation_label.setWordWrap(True)
        self.expectation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_checkins(self) -> None:
        self.checkin_model = CheckInTableModel(self)
        self.checkin_view = QTableView()
        self.checkin_view.setObjectName("goalCheckIns")
        self.checkin_view.setModel(self.checkin_model)
        self.checkin_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkin_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checkin_view.verticalHeader().setVisible(False)
        self.checkin_view.setAlternatingRowColors(True)
        self.checkin_view.setWordWrap(False)
        header = self.checkin_view.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)

        self.checkin_date_label = QLabel()
        self.checkin_date_edit = DateEdit()
        self.checkin_date_edit.setObjectName("checkInDate")
        self.checkin_date_label.setBuddy(self.checkin_date_edit)
        self.checkin_progress_check = QCheckBox()
        self.checkin_progress_check.setObjectName("checkInSetProgress")
        self.checkin_progress_spin = QSpinBox()
        self.checkin_progress_spin.setObjectName("checkInProgress")
        self.checkin_progress_spin.setRange(0, 100)
        self.checkin_progress_spin.setSingleStep(5)
        self.checkin_progress_spin.setSuffix(" %")
        self.checkin_progress_spin.setEnabled(False)
        self.checkin_progress_check.toggled.connect(self.checkin_progress_spin.setEnabled)
        self.checkin_note_edit = QLineEdit()
        self.checkin_note_edit.setObjectName("checkInNote")
        self.checkin_note_edit.setClearButtonEnabled(True)
        self.checkin_note_edit.returnPressed.connect(self._request_checkin)
        self.add_checkin_button = QPushButton()
        self.add_checkin_button.setObjectName("addCheckIn")
        self.add_checkin_button.clicked.connect(self._request_checkin)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.description_label, self.description_edit)
        form.addRow(self.criterion_label, self.criterion_edit)
        # Short rows of their own rather than one long one: the editor fits a narrow window.
        for label, field in (
            (self.target_label, self.target_edit),
            (self.status_label, self.status_combo),
            (self.progress_label, self.progress_spin),
        ):
            row = QHBoxLayout()
            row.addWidget(field)
            row.addStretch(1)
            form.addRow(label, row)

        links_page = QWidget()
        links_layout = QVBoxLayout(links_page)
        links_layout.addWidget(self.links_view, 1)
        links_layout.addWidget(self.expectation_label)

        checkins_page = QWidget()
        checkins_layout = QVBoxLayout(checkins_page)
        checkins_layout.addWidget(self.checkin_view, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.checkin_date_label)
        add_row.addWidget(self.checkin_date_edit)
        add_row.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.checkin_progress_check)
        progress_row.addWidget(self.checkin_progress_spin)
        progress_row.addStretch(1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.checkin_note_edit, 1)
        note_row.addWidget(self.add_checkin_button)
        checkins_layout.addLayout(add_row)
        checkins_layout.addLayout(progress_row)
        checkins_layout.addLayout(note_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("goalTabs")
        self.tabs.addTab(links_page, "")
        self.tabs.addTab(checkins_page, "")
        # Both tabs whole, side by side: the form beside them gives way instead (its fields
        # narrow), so that neither tab is hidden behind scroll arrows in a narrow window.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self.tabs, 1)

        QWidget.setTabOrder(self.title_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.criterion_edit)
        QWidget.setTabOrder(self.criterion_edit, self.target_edit)
        QWidget.setTabOrder(self.target_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.progress_spin)
        QWidget.setTabOrder(self.progress_spin, self.tabs)

    # --- texts ---

    def set_desk(self, side: Side) -> None:
        if side is not self._side:
            self._side = side
            self._show_desk_texts()

    def _show_desk_texts(self) -> None:
        if self._side is Side.MANAGER:  # the goals are the leader's, set together
            self.title_edit.setPlaceholderText(self.tr("What does the leader want to achieve?"))
            self.criterion_edit.setPlaceholderText(
                self.tr("How will the leader and others notice that the goal is reached?")
            )
            self.criterion_edit.setToolTip(
                self.tr(
                    "The success criterion: what the leader and others will see or hear when "
                    "the goal is reached"
                )
            )
            return
        self.title_edit.setPlaceholderText(self.tr("What do you want to achieve?"))
        self.criterion_edit.setPlaceholderText(
            self.tr("How will you and others notice that the goal is reached?")
        )
        self.criterion_edit.setToolTip(
            self.tr("The success criterion: what you will see or hear when the goal is reached")
        )

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Tit&le"))
        self.description_label.setText(self.tr("Desc&ription"))
        self.criterion_label.setText(self.tr("How we &know"))
        self.target_label.setText(self.tr("Target date"))
        self.status_label.setText(self.tr("Stat&us"))
        self.progress_label.setText(self.tr("Pro&gress"))
        self.description_edit.setPlaceholderText(
            self.tr("Why this goal matters, and what it is about")
        )
        self._show_desk_texts()
        self.title_edit.setAccessibleName(self.tr("Goal title"))
        self.description_edit.setAccessibleName(self.tr("Goal description"))
        self.criterion_edit.setAccessibleName(self.tr("How we know the goal is reached"))
        self.target_edit.setAccessibleName(self.tr("Target date"))
        self.status_combo.setAccessibleName(self.tr("Goal status"))
        self.progress_spin.setAccessibleName(self.tr("Progress in percent"))
        for row, name in enumerate(goal_status_names().values()):
            self.status_combo.setItemText(row, name)

        self.links_view.setAccessibleName(self.tr("Model items this goal serves"))
        self.links_view.setToolTip(
            self.tr("Tick the items of the leadership model that this goal develops")
        )
        self.checkin_view.setAccessibleName(self.tr("Check-ins"))
        self.checkin_model.set_headers([self.tr("Date"), self.tr("Progress"), self.tr("Note")])
        self.checkin_date_label.setText(self.tr("Da&te"))
        self.checkin_date_edit.setAccessibleName(self.tr("Check-in date"))
        self.checkin_progress_check.setText(self.tr("Set progress to"))
        self.checkin_progress_spin.setAccessibleName(self.tr("New progress in percent"))
        self.checkin_note_edit.setPlaceholderText(self.tr("How is it going? What has happened?"))
        self.checkin_note_edit.setAccessibleName(self.tr("Check-in note"))
        self.add_checkin_button.setText(self.tr("Add check-in"))
        self.add_checkin_button.setToolTip(
            self.tr("Adds a dated note; a new progress becomes the goal's progress")
        )
        self._update_tab_titles()
        self._show_expectation(self.links_view.currentIndex())

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Linked ite&ms (%n)", "", len(self.links_model.checked())))
        self.tabs.setTabText(1, self.tr("&Check-ins (%n)", "", self._checkin_count))

    def _show_expectation(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """Below the items: what the plan's level expects of the current item."""
        expectation = index.data(ExpectationRole) if index.isValid() else ""
        if expectation and not index.data(IsAreaRole):
            text = (
                self.tr("Expected at %1: %2")
                .replace("%1", self._level_name)
                .replace("%2", " ".join(str(expectation).split()))
            )
        elif self._level_name:
            text = self.tr("Choose an item to read what is expected at %1.").replace(
                "%1", self._level_name
            )
        else:
            text = self.tr("Tick the items of the model that this goal develops.")
        self.expectation_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data in and out ---

    def set_items(self, items: tuple[SnapshotItem, ...], level_name: str) -> None:
        """The plan's model items (its snapshot) and the name of the plan's level, if any."""
        self._level_name = level_name
        self.links_model.set_items(items)
        self._show_expectation(QModelIndex())

    def load(self, goal: Goal | None) -> None:
        """Shows `goal` (callers suspend their edit session while this fills the widgets)."""
        if self._goal_id is not None:
            self._drafts[self._goal_id] = self.checkin_note_edit.text()
        self._goal_id = goal.id if goal else None
        goal = goal or Goal(plan_id="", title="")
        self.fields.load(goal)
        self.show_checkins(goal)
        self.checkin_note_edit.setText(self._drafts.get(goal.id, ""))
        self.checkin_date_edit.set_value(date.today())
        self.checkin_progress_check.setChecked(False)
        self.checkin_progress_spin.setValue(goal.progress)
        self._update_tab_titles()

    def show_checkins(self, goal: Goal) -> None:
        self.checkin_model.set_rows(goal.checkins)
        self._checkin_count = len(goal.checkins)
        self._update_tab_titles()

    def apply(self, goal: Goal) -> None:
        """Writes what the widgets show into `goal`."""
        self.fields.apply(goal)

    def _set_links(self, item_ids: list[str]) -> None:
        self.links_model.set_checked(item_ids)
        self._update_tab_titles()

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def clear_checkin_form(self) -> None:
        self.checkin_note_edit.clear()
        if self._goal_id is not None:
            self._drafts.pop(self._goal_id, None)
        self.checkin_progress_check.setChecked(False)

    def _request_checkin(self) -> None:
        on = self.checkin_date_edit.value() or date.today()
        progress = (
            self.checkin_progress_spin.value() if self.checkin_progress_check.isChecked() else None
        )
        self.checkin_requested.emit(on, self.checkin_note_edit.text(), progress)
