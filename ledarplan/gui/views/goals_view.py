"""The goals page: the plan's goals beside the editor of the selected goal and its actions.

Every edit is saved through `services.goals` shortly after typing stops (see `EditSession`).
A value the rules refuse is put back while everything else typed is kept and saved.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Action, ActionStatus, Goal, Plan
from ledarplan.domain.rules import MAX_NAME
from ledarplan.gui.desks import desk_side
from ledarplan.gui.edit_session import Revert
from ledarplan.gui.events import DataEvents, PlanPart
from ledarplan.gui.models.goal_list import GoalIdRole, GoalListModel
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.goals.actions_panel import ActionsPanel
from ledarplan.gui.views.goals.goal_card import GoalCardDelegate
from ledarplan.gui.views.goals.goal_editor import GoalEditor
from ledarplan.gui.views.goals.names import goal_status_names
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services


def _title_from(label: str) -> str:
    """An item's label as a goal title: one line, short enough for a title (some are long)."""
    title = " ".join(label.split())
    if len(title) <= MAX_NAME:
        return title
    return title[: MAX_NAME - 1].rsplit(" ", 1)[0] + "…"


class GoalsView(PlanPage):
    shows = frozenset({PlanPart.GOALS})

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(services, events, prompts, parent)
        self._plan: Plan | None = None
        self._goal: Goal | None = None  # the selected goal as last stored
        self._action_id: str | None = None  # the action in the action editor
        self._build()
        self.retranslate()

    # --- building ---

    def _build(self) -> None:
        left = self._build_goal_list()
        self._build_goal_area()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.goal_list, self.new_goal_button)
        QWidget.setTabOrder(self.new_goal_button, self.delete_goal_button)
        QWidget.setTabOrder(self.delete_goal_button, self.editor.title_edit)
        self._update_state()

    def _build_goal_list(self) -> QWidget:
        self.goal_model = GoalListModel(self)
        self.goal_list = QListView()
        self.goal_list.setObjectName("goalList")
        self.goal_list.setModel(self.goal_model)
        self.goal_list.setItemDelegate(GoalCardDelegate(self.goal_list))
        self.goal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_list.setUniformItemSizes(True)
        self.goal_list.setSpacing(1)
        # The cards follow the list's width (see GoalCardDelegate): no sideways scrolling.
        self.goal_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.goal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_list.selectionModel().currentRowChanged.connect(self._goal_row_changed)
        self.new_goal_button = QPushButton()
        self.new_goal_button.setObjectName("newGoal")
        self.new_goal_button.clicked.connect(self.create_goal)
        self.delete_goal_button = QPushButton()
        self.delete_goal_button.setObjectName("deleteGoal")
        self.delete_goal_button.clicked.connect(self.delete_goal)
        for key, slot in ((Qt.Key.Key_Insert, self.create_goal), (None, self.delete_goal)):
            sequence = QKeySequence(key) if key else QKeySequence(QKeySequence.StandardKey.Delete)
            shortcut = QShortcut(sequence, self.goal_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.goals_heading = QLabel()
        font = QFont(self.goals_heading.font())
        font.setBold(True)
        self.goals_heading.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.goals_heading)
        left_layout.addWidget(self.goal_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_goal_button)
        buttons.addWidget(self.delete_goal_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        return left

    def _build_goal_area(self) -> None:
        self.editor = GoalEditor()
        self.editor.checkin_requested.connect(self._add_checkin)
        self.actions = ActionsPanel()
        self.actions.current_changed.connect(self._action_changed)
        self.actions.add_requested.connect(self.add_action)
        self.actions.delete_requested.connect(self.delete_action)
        self.actions.editor.status_chosen.connect(self._set_action_status)
        self.edits.watch_fields(self.editor.fields)
        self.edits.watch_fields(self.actions.editor.fields)

        goal_area = QSplitter(Qt.Orientation.Vertical)
        goal_area.setChildrenCollapsible(False)
        goal_area.addWidget(self.editor)
        goal_area.addWidget(self.actions)
        goal_area.setStretchFactor(0, 2)
        goal_area.setStretchFactor(1, 3)
        goal_area.setSizes([280, 460])
        self.no_goal_hint = QLabel()
        self.no_goal_hint.setObjectName("noGoalHint")
        self.no_goal_hint.setWordWrap(True)
        self.no_goal_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_goal_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_new_goal_button = QPushButton()
        self.empty_new_goal_button.clicked.connect(self.create_goal)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.no_goal_hint)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_new_goal_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(goal_area)

    # --- PlanPage ---

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("GoalsView", "Goals")

    def retranslate(self) -> None:
        self.goals_heading.setText(self.tr("Goals"))
        self.goal_list.setAccessibleName(self.tr("Goals of the plan"))
        self.new_goal_button.setText(self.tr("New goal"))
        self.empty_new_goal_button.setText(self.tr("New goal"))
        self.new_goal_button.setToolTip(self.tr("Adds a goal to the plan (Insert)"))
        self.delete_goal_button.setText(self.tr("Delete goal"))
        self.delete_goal_button.setToolTip(self.tr("Deletes the selected goal (Delete)"))
        self.no_goal_hint.setText(
            self.tr(
                "No goals yet.\n\nStart one here, or set a goal from an item of the "
                "leadership model on the assessment page."
            )
        )
        self.goal_model.set_status_names(goal_status_names(), self.tr("Target %1"))

    def reload(self) -> None:
        self.edits.save_pending()
        selected = self._goal.id if self._goal else None
        self._plan = None
        goals: list[Goal] = []
        if self.plan_id is not None:
            self._plan = self.run(lambda: self.services.plans.get(self.plan_id))
            goals = self.run(lambda: self.services.goals.list(self.plan_id)) or []
        plan = self._plan
        items = plan.snapshot.items if plan else ()
        pack = self.services.catalog.get(plan.framework_id) if plan else None
        side = desk_side(self.services, self.plan_id)
        with self.edits.suspended():
            self.editor.set_items(items, plan.snapshot.level_name if plan else "")
            self.actions.editor.set_pack(pack)
            self.editor.set_desk(side)
            self.actions.editor.set_desk(side)
        self.goal_model.set_rows(goals, self._item_labels())
        self._select_goal(selected)

    # --- goals ---

    def create_goal_from_item(self, item_id: str) -> Goal | None:
        """Creates a goal serving the plan's item `item_id`, selects it and focuses its title."""
        self.flush()
        item = self._plan.snapshot.item(item_id) if self._plan else None
        if item is None or self.plan_id is None:
            return None
        plan_id = self.plan_id
        title = _title_from(item.label)
        goal = self.run(lambda: self.services.goals.add(plan_id, title, [item_id]))
        return self._show_new_goal(goal)

    def create_goal(self) -> Goal | None:
        self.flush()
        if self.plan_id is None:
            return None
        plan_id = self.plan_id
        title = self.tr("New goal")
        goal = self.run(lambda: self.services.goals.add(plan_id, title, []))
        return self._show_new_goal(goal)

    def _show_new_goal(self, goal: Goal | None) -> Goal | None:
        if goal is None:
            return None
        self.notify_changed(PlanPart.GOALS)
        self.goal_model.set_rows([*self._stored_goals(), goal], self._item_labels())
        self._select_goal(goal.id)
        self.editor.focus_title()
        # The caller may be about to show this page: focus again once it is visible.
        QTimer.singleShot(0, self._focus_title_if_visible)
        return goal

    def _focus_title_if_visible(self) -> None:
        if self.isVisible() and self._goal is not None:
            self.editor.focus_title()

    def _stored_goals(self) -> list[Goal]:
        model = self.goal_model
        return [g for g in (model.goal_at(r) for r in range(model.rowCount())) if g is not None]

    def delete_goal(self) -> None:
        goal = self._goal
        if goal is None:
            return
        self.flush()
        goal = self._goal or goal
        if not self.prompts.confirm_destructive(
            self.window(),
            self.tr("Delete goal"),
            self.tr(
                "Delete the goal “%1” with its actions and check-ins? This cannot be undone."
            ).replace("%1", goal.title),
            self.tr("Delete goal"),
        ):
            return
        row = self.goal_model.row_of(goal.id)
        if not self.run(lambda: self.services.goals.delete(goal.id) or True):
            return
        self.edits.discard()
        self._goal = None
        self.notify_changed(PlanPart.GOALS)
        remaining = [g for g in self._stored_goals() if g.id != goal.id]
        self.goal_model.set_rows(remaining, self._item_labels())
        if remaining:
            self._select_goal(remaining[min(row, len(remaining) - 1)].id)
        else:
            self._select_goal(None)

    def _item_labels(self) -> dict[str, str]:
        items = self._plan.snapshot.items if self._plan else ()
        return {i.item_id: i.label for i in items}

    def _select_goal(self, goal_id: str | None) -> None:
        row = self.goal_model.row_of(goal_id) if goal_id else -1
        if row < 0 and self.goal_model.rowCount():
            row = 0
        self._set_selected_row(row)
        self._show_goal(self.goal_model.goal_at(row))

    def _set_selected_row(self, row: int) -> None:
        """Selects `row` in the goal list (none: -1) without the list telling it back."""
        selection = self.goal_list.selectionModel()
        blocker = selection.blockSignals(True)
        try:
            if row >= 0:
                selection.setCurrentIndex(
                    self.goal_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
            else:
                selection.clear()
        finally:
            selection.blockSignals(blocker)

    def _goal_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.flush()  # the edits belong to the goal that was shown until now
        goal_id = current.data(GoalIdRole) if current.isValid() else None
        if self._goal is not None and goal_id != self._goal.id and self.keeps_waiting_work():
            QTimer.singleShot(0, self._mark_shown_goal)  # not while the selection moves
            return
        row = self.goal_model.row_of(goal_id) if goal_id else -1
        self._show_goal(self.goal_model.goal_at(row))

    def _mark_shown_goal(self) -> None:
        """The goal shown (whose typed work waits) is the one selected again in the list."""
        row = self.goal_model.row_of(self._goal.id) if self._goal else -1
        if row >= 0:
            self._set_selected_row(row)
        self.goal_list.viewport().update()

    def _show_goal(self, goal: Goal | None) -> None:
        self._goal = goal
        self.edits.discard()  # what was typed was saved, or refused, before another goal
        with self.edits.suspended():
            self.editor.load(goal)
            self._action_id = None
            self.actions.set_actions(goal.actions if goal else [])
        self._update_state()

    def _update_state(self) -> None:
        has_goal = self._goal is not None
        self.right.setCurrentIndex(1 if has_goal else 0)
        self.delete_goal_button.setEnabled(has_goal)

    # --- actions ---

    def _action(self, goal: Goal | None, action_id: str | None) -> Action | None:
        if goal is None or action_id is None:
            return None
        return next((a for a in goal.actions if a.id == action_id), None)

    def _action_changed(self, action_id: str | None) -> None:
        if action_id != self._action_id:
            self.flush()
        self._action_id = action_id
        with self.edits.suspended():
            self.actions.editor.load(self._action(self._goal, action_id))

    def add_action(self) -> Action | None:
        if self._goal is None:
            return None
        self.flush()
        goal_id = self._goal.id
        action = Action(what=self.actions.editor.new_action_text)
        stored = self.run(lambda: self.services.goals.add_action(goal_id, action))
        if stored is None:
            return None
        self._stored(stored, reload_actions=action.id)
        self.actions.editor.focus_what()
        return self._action(stored, action.id)

    def delete_action(self) -> None:
        action = self._action(self._goal, self._action_id)
        if self._goal is None or action is None:
            return
        self.flush()
        goal = self._goal
        action = self._action(goal, action.id) or action
        if not self.prompts.confirm_destructive(
            self.window(),
            self.tr("Delete action"),
            self.tr("Delete the action “%1”? This cannot be undone.").replace("%1", action.what),
            self.tr("Delete action"),
        ):
            return
        row = self.actions.model.row_of(action.id)
        remaining = copy.deepcopy(goal)
        remaining.actions = [a for a in remaining.actions if a.id != action.id]
        stored = self.run(lambda: self.services.goals.save(remaining, read=goal))
        if stored is None:
            return
        self._action_id = None
        neighbour = stored.actions[min(row, len(stored.actions) - 1)].id if stored.actions else None
        self._stored(stored, reload_actions=neighbour or "")

    def _set_action_status(self, status: ActionStatus) -> None:
        if self._goal is None or self._action_id is None:
            return
        self.flush()
        if self._goal is None or self._action_id is None:
            return
        goal_id, action_id = self._goal.id, self._action_id
        stored = self.run(lambda: self.services.goals.set_action_status(goal_id, action_id, status))
        if stored is None:
            action = self._action(self._goal, action_id)
            if action is not None:
                self.actions.editor.show_status(action)
            return
        self._stored(stored)
        action = self._action(stored, action_id)
        if action is not None:
            self.actions.editor.show_status(action)

    # --- check-ins ---

    def _add_checkin(self, on: date, note: str, progress: int | None) -> None:
        if self._goal is None:
            return
        self.flush()
        goal_id = self._goal.id
        stored = self.run(lambda: self.services.goals.check_in(goal_id, on, note, progress))
        if stored is None:
            return
        self._stored(stored)
        with self.edits.suspended():
            # The service may have moved progress and status on; show what it stored.
            self.editor.fields.restore("progress", stored)
            self.editor.fields.restore("status", stored)
            self.editor.show_checkins(stored)
            self.editor.clear_checkin_form()

    # --- saving ---

    def _collect(self) -> Goal | None:
        """The selected goal as the widgets show it now."""
        if self._goal is None:
            return None
        goal = copy.deepcopy(self._goal)
        self.editor.apply(goal)
        action = self._action(goal, self._action_id)
        if action is not None:
            self.actions.editor.apply(action)
        return goal

    def save_edits(self) -> None:
        goal = self._collect()
        if goal is None:
            return
        action_id = self._action_id

        def save(goal: Goal, read: Goal | None) -> Goal:
            # Typing in the goal's own fields rewrites the goal alone, not its action rows.
            if self._action(goal, action_id) == self._action(read, action_id):
                return self.services.goals.save_fields(goal, read=read)
            return self.services.goals.save(goal, read=read)

        stored = self.store_edited(
            save,
            goal,
            self._goal,
            Revert(self.editor.fields, goal, self._goal),
            Revert(
                self.actions.editor.fields,
                self._action(goal, action_id),
                self._action(self._goal, action_id),
            ),
            labels=self._item_labels(),
        )
        if stored is not None:
            self._stored(stored)
            with self.edits.suspended():
                self.editor.fields.show_stored(goal, stored)

    def _stored(self, goal: Goal, reload_actions: str | None = None) -> None:
        """Takes what the service stored as the goal's state; refreshes the list and tables."""
        self._goal = goal
        self.goal_model.update_goal(goal)
        if reload_actions is not None:
            with self.edits.suspended():
                self._action_id = None
                self.actions.set_actions(goal.actions, reload_actions or None)
        else:
            for action in goal.actions:
                self.actions.model.update_action(action)
        self.notify_changed(PlanPart.GOALS)
