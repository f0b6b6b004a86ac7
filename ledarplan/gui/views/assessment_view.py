"""The Assessment page: the plan's rounds, rating one round, and comparing two.

Two tabs. "Rate": the rounds (newest first) with "New round" (self, manager, someone else) and
"Delete round", beside the selected round's ratings (`RatingEditor`). "Compare": two rounds side
by side with a radar chart (`ComparisonPanel`). All storing goes through
`services.assessments`; the page tells the other pages through `events.plan_changed`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import AssessmentRound, AssessorKind, FeedbackRound, Plan, Side
from ledarplan.gui.desks import desk_side, other_desks
from ledarplan.gui.events import DataEvents, PlanPart
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.rating_table import ItemIdRole
from ledarplan.gui.models.round_list import (
    COL_ASSESSOR,
    COL_DATE,
    COL_RATED,
    RoundListModel,
    assessor_text,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.assessment.comparison_panel import ComparisonPanel
from ledarplan.gui.views.assessment.rating_editor import RatingEditor
from ledarplan.gui.views.feedback.rounds_dialog import FeedbackDialog
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services

RATE_TAB = 0
COMPARE_TAB = 1


class AssessmentView(PlanPage):
    #: "Develop this": the user wants a goal for this item (its id).
    develop_requested = Signal(str)

    shows = frozenset({PlanPart.ROUNDS, PlanPart.FEEDBACK})

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(services, events, prompts, parent)
        self._plan: Plan | None = None
        self._person_name = ""
        self._manager_name = ""  # the plan's manager, who makes the manager's rounds
        self._side = Side.LEADER  # the desk this copy of the plan is on
        self._develop_actions: list[QAction] = []
        self._build_round_list()
        self._build_tabs()
        self._lay_out()
        self._offer_develop(self.editor.table)
        self._offer_develop(self.comparison.table)
        self.retranslate()
        self.reload()

    def _offer_develop(self, table: QAbstractItemView) -> None:
        """A context-menu action and Ctrl+G on a table of items: make a goal of this item."""
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+G"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, t=table: self._develop_current(t))
        table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._develop_actions.append(action)

    def _develop_current(self, table: QAbstractItemView) -> None:
        item_id = table.currentIndex().data(ItemIdRole)
        if item_id:
            self.develop_requested.emit(item_id)

    def _build_round_list(self) -> None:
        self.rounds_label = QLabel()
        self.round_model = RoundListModel(self)
        self.round_list = QTreeView()
        self.round_list.setObjectName("roundList")
        self.round_list.setModel(self.round_model)
        self.round_list.setRootIsDecorated(False)
        self.round_list.setUniformRowHeights(True)
        self.round_list.setAllColumnsShowFocus(True)
        self.round_list.setAlternatingRowColors(True)
        self.round_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.round_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.round_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ASSESSOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RATED, QHeaderView.ResizeMode.ResizeToContents)
        self.rounds_label.setBuddy(self.round_list)
        self.round_list.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.new_menu = QMenu(self)
        self.new_self_action = QAction(self)
        self.new_manager_action = QAction(self)
        self.new_other_action = QAction(self)
        for action, kind in (
            (self.new_self_action, AssessorKind.SELF),
            (self.new_manager_action, AssessorKind.MANAGER),
            (self.new_other_action, AssessorKind.OTHER),
        ):
            action.triggered.connect(lambda _checked=False, k=kind: self.new_round(k))
            self.new_menu.addAction(action)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newRound")
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteRound")
        self.delete_button.clicked.connect(self.delete_current_round)
        self.feedback_button = QPushButton()
        self.feedback_button.setObjectName("feedbackButton")
        self.feedback_button.clicked.connect(self.open_feedback)

        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.round_list)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        insert.activated.connect(self.new_button.showMenu)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.round_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current_round)

    def _build_tabs(self) -> None:
        self.editor = RatingEditor(self.edits)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noRoundsLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMaximumWidth(480)  # a short paragraph, narrower in a narrow window
        self.start_button = QPushButton()
        self.start_button.setObjectName("startSelfAssessment")
        self.start_button.clicked.connect(lambda: self.new_round(self._first_kind()))
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.rate_stack = QStackedWidget()
        self.rate_stack.addWidget(empty)
        self.rate_stack.addWidget(self.editor)

        self.comparison = ComparisonPanel(
            self.services.assessments.compare, self.services.feedback.blind_spots
        )
        self.comparison.develop_requested.connect(self.develop_requested)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.rounds_label)
        left_layout.addWidget(self.round_list, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.feedback_button)

        # The rounds are chosen beside the rating; comparing picks its two rounds itself and
        # gets the whole width for the table and the chart.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.rate_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assessmentTabs")
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.comparison, "")
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.tabs)
        self.setTabOrder(self.round_list, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.feedback_button)
        self.setTabOrder(self.feedback_button, self.editor.kind_combo)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AssessmentView", "Assessment")

    def retranslate(self) -> None:
        self.rounds_label.setText(self.tr("Assess&ment rounds"))
        self.round_list.setAccessibleName(self.tr("Assessment rounds"))
        self.new_button.setText(self.tr("New ro&und"))
        self.new_button.setToolTip(self.tr("Start a new assessment round (Insert)"))
        self.new_self_action.setText(self.tr("&Self-assessment"))
        self.new_other_action.setText(self.tr("Assessment by &someone else"))
        self.delete_button.setText(self.tr("De&lete round"))
        self.delete_button.setToolTip(self.tr("Delete the selected round (Delete)"))
        self.feedback_button.setText(self.tr("Feedba&ck from others…"))
        self.feedback_button.setToolTip(
            self.tr("Ask others for feedback with a PDF form, and take in their answers")
        )
        self.tabs.setTabText(RATE_TAB, self.tr("R&ate"))
        self.tabs.setTabText(COMPARE_TAB, self.tr("Com&pare"))
        self._show_desk_texts()
        for action in self._develop_actions:
            action.setText(self.tr("Develop this: make it a goal"))
        self.round_model.retranslate()
        self.editor.retranslate()
        self.comparison.retranslate()

    def _show_desk_texts(self) -> None:
        """The words follow whoever sits at this desk: a manager assesses as the manager, and
        the leader's self-assessment is the leader's to make."""
        manager = self._side is Side.MANAGER
        self.new_self_action.setVisible(not manager)
        if manager:
            self.new_manager_action.setText(self.tr("My assessment, as the leader's &manager"))
            self.empty_label.setText(
                self.tr(
                    "No assessment yet. The leader's self-assessment arrives with the plan file "
                    "they send you; you can make your own assessment as their manager."
                )
            )
            self.start_button.setText(self.tr("Start my assessment"))
        else:
            self.new_manager_action.setText(self.tr("Assessment by my &manager"))
            self.empty_label.setText(
                self.tr(
                    "No assessment yet. Start with a self-assessment: rate each item of the "
                    "model against what is expected of you. Your manager's assessment can "
                    "follow."
                )
            )
            self.start_button.setText(self.tr("Start a self-assessment"))
        self.comparison.set_desk(self._side)

    def _first_kind(self) -> AssessorKind:
        return AssessorKind.MANAGER if self._side is Side.MANAGER else AssessorKind.SELF

    # --- filling ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        keep = self.current_round_id()
        plan, rounds, feedback = self._load()
        self._plan = plan
        side = desk_side(self.services, self.plan_id)
        if side is not self._side:
            self._side = side
            self._show_desk_texts()
        self.round_model.set_rows(list(reversed(rounds)), len(plan.snapshot.items) if plan else 0)
        self.comparison.set_rounds(plan, rounds, feedback)
        self.setEnabled(plan is not None)
        row = self.round_model.row_of(keep)
        self.select_round_row(row if row >= 0 else 0)
        self._show_current()

    def _load(self) -> tuple[Plan | None, list[AssessmentRound], list[FeedbackRound]]:
        if self.plan_id is None:
            return None, [], []
        plan_id = self.plan_id
        plan = self.run(lambda: self.services.plans.get(plan_id))
        if plan is None:
            return None, [], []
        person = self.run(lambda: self.services.people.get(plan.person_id))
        self._person_name = person.name if person else ""
        self._manager_name = plan.manager_name
        rounds = self.run(lambda: self.services.assessments.list(plan_id)) or []
        feedback = self.run(lambda: self.services.feedback.list(plan_id)) or []
        return plan, rounds, feedback

    def current_round_id(self) -> str | None:
        round_ = self.round_model.round_at(self.round_list.currentIndex().row())
        return round_.id if round_ else None

    def select_round_row(self, row: int) -> None:
        index = self.round_model.index(row, 0) if self.round_model.rowCount() else QModelIndex()
        self.round_list.setCurrentIndex(index)

    def _on_current_changed(self, *_args: object) -> None:
        shown = self.editor.current_round()
        chosen = self.round_model.round_at(self.round_list.currentIndex().row())
        if shown is not None and chosen is not shown and self.keeps_waiting_work():
            # Stays with the round whose typed ratings wait for the database.
            QTimer.singleShot(0, lambda: self._mark_shown_round(shown.id))
            return
        self._show_current()

    def _mark_shown_round(self, round_id: str) -> None:
        rounds = self.round_model.rounds()
        row = next((n for n, r in enumerate(rounds) if r.id == round_id), -1)
        if row < 0:
            return
        selection = self.round_list.selectionModel()
        blocker = selection.blockSignals(True)
        try:
            self.round_list.setCurrentIndex(self.round_model.index(row, 0))
        finally:
            selection.blockSignals(blocker)
        self.round_list.viewport().update()

    def _show_current(self) -> None:
        round_ = self.round_model.round_at(self.round_list.currentIndex().row())
        if self.editor.current_round() is not round_:
            self.editor.set_round(self._plan, round_)
        theirs = other_desks(round_, self._side)
        self.editor.set_other_desks(theirs)
        self.rate_stack.setCurrentIndex(1 if round_ is not None else 0)
        self.delete_button.setEnabled(round_ is not None and theirs is None)

    def flush(self) -> None:
        self.editor.flush()

    # --- actions ----------------------------------------------------------------------------

    def new_round(self, kind: AssessorKind) -> AssessmentRound | None:
        """Starts a round dated today, named after who makes it: a self-assessment after the
        plan's leader, the manager's after the plan's manager (when the plan names one; else after
        the name the user last gave as their own)."""
        if self.plan_id is None:
            return None
        self.flush()
        plan_id = self.plan_id
        # The manager's round: the plan's manager, else the name the user last signed with.
        manager = self._manager_name or self.prompts.own_name()
        name = {AssessorKind.SELF: self._person_name, AssessorKind.MANAGER: manager}
        name = name.get(kind, "")
        created = self.run(
            lambda: self.services.assessments.record(
                plan_id, date.today(), [], assessor_kind=kind, assessor_name=name
            )
        )
        if created is None:
            return None
        self.notify_changed(PlanPart.ROUNDS)
        self.reload()
        self.select_round_row(self.round_model.row_of(created.id))
        self.tabs.setCurrentIndex(RATE_TAB)
        if name:
            self.editor.table.setFocus()
        else:
            self.editor.name_edit.setFocus()  # whose assessment it is comes first
        return created

    def delete_current_round(self) -> None:
        round_ = self.round_model.round_at(self.round_list.currentIndex().row())
        if round_ is None or other_desks(round_, self._side) is not None:
            return
        text = (
            self.tr(
                "Delete the assessment of %1 (%2)? Its ratings and comments are removed "
                "and cannot be restored."
            )
            .replace("%1", format_date(round_.date))
            .replace("%2", assessor_text(round_))
        )
        if not self.prompts.confirm_destructive(
            self.window(), self.tr("Delete assessment round"), text, self.tr("Delete")
        ):
            return
        self.editor.discard()
        done = self.run(lambda: self._delete(round_.id))
        if done:
            self.notify_changed(PlanPart.ROUNDS)
        self.reload()

    def feedback_dialog(self) -> FeedbackDialog | None:
        """The plan's feedback rounds; what changes there is shown here at once."""
        if self.plan_id is None:
            return None
        self.flush()
        dialog = FeedbackDialog(self.services, self.prompts, self.plan_id, self.window())
        dialog.changed.connect(self._feedback_changed)
        return dialog

    def open_feedback(self) -> None:
        dialog = self.feedback_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def _feedback_changed(self) -> None:
        self.notify_changed(PlanPart.FEEDBACK)
        self.reload()
        self.tabs.setCurrentIndex(COMPARE_TAB)

    def _delete(self, round_id: str) -> bool:
        self.services.assessments.delete(round_id)
        return True

    def save_edits(self) -> None:
        edited = self.editor.edited_round()
        if edited is None:
            return
        items = self._plan.snapshot.items if self._plan else ()
        stored = self.store_edited(
            lambda round_, read: self.services.assessments.save(round_, read=read),
            edited,
            self.editor.current_round(),
            labels={item.item_id: item.label for item in items},
        )
        if stored is None:
            return
        self.editor.set_saved(stored, edited)
        self.round_model.update_round(stored)
        self.comparison.set_rounds(self._plan, self.round_model.rounds())
        self.notify_changed(PlanPart.ROUNDS)

    # --- keeping in step with other pages ---------------------------------------------------
