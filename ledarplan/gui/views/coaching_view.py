"""The coaching log: the plan's sessions newest first, and the chosen session's editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Agreement, CoachingSession, Goal, Side
from ledarplan.gui.desks import desk_side, other_desks
from ledarplan.gui.events import DataEvents, PlanPart
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.session_list import (
    COL_DATE,
    COL_OPEN,
    COL_TOPIC,
    COL_WITH,
    SessionIdRole,
    SessionListModel,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.coaching.carry_over_dialog import CarryOverDialog
from ledarplan.gui.views.coaching.session_editor import SessionEditor
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.services.container import Services

_PLACEHOLDER = 0
_EDITOR = 1


class CoachingView(PlanPage):
    shows = frozenset({PlanPart.SESSIONS, PlanPart.GOALS})  # goals: to link them

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(services, events, prompts, parent)
        self.setObjectName("coachingView")
        self._sessions: dict[str, CoachingSession] = {}
        self._goals: list[Goal] = []
        self._carried_away: set[str] = set()
        self._current_id: str | None = None
        self._side = Side.LEADER  # the desk this copy of the plan is on
        self._build_list()
        self.editor = SessionEditor(self._confirm_remove_agreement, self.edits)
        self.editor.agreement_done_changed.connect(self._set_agreement_done)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("coachingPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn muted, like an empty view's hint
        self.stack = QStackedWidget()
        self.stack.insertWidget(_PLACEHOLDER, self.placeholder)
        self.stack.insertWidget(_EDITOR, self.editor)
        self._lay_out()
        self.retranslate()
        self._show_state()

    # --- building ------------------------------------------------------------------------

    def _build_list(self) -> None:
        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("sessionFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.list_model = SessionListModel(self)
        self.filter_edit.textChanged.connect(self.list_model.set_search)

        self.list_view = QTreeView()
        self.list_view.setObjectName("sessionList")
        self.list_view.setModel(self.list_model)
        self.list_view.setRootIsDecorated(False)
        self.list_view.setUniformRowHeights(True)  # keeps 10 000 rows smooth
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAllColumnsShowFocus(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list_view.header()
        header.setStretchLastSection(False)
        # Fixed widths from the font: measuring contents would read all 10 000 rows.
        metrics = self.list_view.fontMetrics()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Interactive)
        # Who and the topic share what the list has, so a narrow list never scrolls sideways.
        header.setMinimumSectionSize(metrics.horizontalAdvance("M") * 3)
        header.setSectionResizeMode(COL_WITH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_OPEN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_DATE, metrics.horizontalAdvance("2026-12-31") + 24)
        header.resizeSection(COL_OPEN, metrics.horizontalAdvance("Open") + 28)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (
            self.list_model.modelReset,
            self.list_model.rowsInserted,
            self.list_model.rowsRemoved,
            self.list_model.layoutChanged,
        ):
            signal.connect(self._update_count)

        self.count_label = QLabel()
        self.count_label.setObjectName("sessionCount")
        self.count_label.setEnabled(False)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newSessionButton")
        self.new_button.clicked.connect(self.new_session)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSessionButton")
        self.delete_button.clicked.connect(self.delete_session)

        shortcuts: list[tuple[QKeySequence, QWidget, Callable[[], None]]] = [
            (QKeySequence(Qt.Key.Key_Insert), self.list_view, self.new_session),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.list_view, self.delete_session),
            (QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_filter),
        ]
        for keys, widget, slot in shortcuts:
            shortcut = QShortcut(keys, widget)
            context = (
                Qt.ShortcutContext.WidgetShortcut
                if widget is self.list_view
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def _lay_out(self) -> None:
        search = QHBoxLayout()
        search.addWidget(self.filter_label)
        search.addWidget(self.filter_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(buttons)
        # The session's fields need the room more than the list (at 150 % on a laptop, the
        # list at 320 pushed the linked goals and the notes' share box out of sight).
        left.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([340, 860])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.filter_edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.editor.date_edit)

    # --- PlanPage ------------------------------------------------------------------------

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CoachingView", "Coaching")

    def reload(self) -> None:
        self._reload_keeping(self._current_id)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter:"))
        self.filter_edit.setPlaceholderText(self.tr("Topic or person"))
        self.filter_edit.setAccessibleName(self.tr("Filter sessions by topic or person"))
        self.list_view.setAccessibleName(self.tr("Coaching sessions"))
        self.list_model.set_texts(
            [self.tr("Date"), self.tr("With"), self.tr("Topic"), self.tr("Open")],
            self.tr("(no topic)"),
            self.tr("Open agreements: %1"),
        )
        self.new_button.setText(self.tr("&New session"))
        self.new_button.setToolTip(self.tr("Log a new coaching session dated today (Insert)"))
        self.delete_button.setText(self.tr("&Delete session"))
        self.delete_button.setToolTip(self.tr("Delete the selected session (Delete)"))
        self.editor.retranslate()
        self._update_count()
        self._show_state()

    # --- loading -------------------------------------------------------------------------

    def _reload_keeping(self, session_id: str | None) -> None:
        self._stale = False
        self.flush()
        self._current_id = None
        if self.plan_id is None:
            self._sessions, self._goals, self._carried_away = {}, [], set()
            self.list_model.set_rows([], {})
            self._show_session(None)
            self._show_state()
            return
        plan_id = self.plan_id
        self._side = desk_side(self.services, plan_id)
        sessions = self.run(lambda: self.services.coaching.list(plan_id)) or []
        self._goals = self.run(lambda: self.services.goals.list(plan_id)) or []
        open_ones = self.run(lambda: self.services.coaching.open_agreements(plan_id)) or []
        open_ids = {a.id for a in open_ones}
        self._sessions = {s.id: s for s in sessions}
        # Not done yet not open: carried over to a later session. Only a new session or a
        # deletion changes that, and both reload; saving a session only changes "done".
        self._carried_away = {
            a.id for s in sessions for a in s.agreements if not a.done and a.id not in open_ids
        }
        self.list_model.set_rows(sessions, {s.id: self._open_count(s) for s in sessions})
        row = self.list_model.row_of(session_id) if session_id else -1
        if row < 0 and self.list_model.rowCount():
            row = 0
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row, COL_DATE))
        else:
            self._show_session(None)
        self._show_state()

    def _open_count(self, session: CoachingSession) -> int:
        """What the list shows without asking the database again after every keystroke's
        save (that query takes a noticeable moment with thousands of sessions)."""
        return sum(1 for a in session.agreements if not a.done and a.id not in self._carried_away)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = current.data(SessionIdRole) if current.isValid() else None
        if session_id == self._current_id:
            return
        self.flush()  # the previous session's pending typing
        held = self._current_id is not None and self.keeps_waiting_work()
        if (held or self.edits.refused) and self._current_id is not None:
            # Leaving would lose what was typed: stay until the refused value is corrected.
            QTimer.singleShot(0, self._select_current)
            return
        self._current_id = session_id
        self._show_session(self._sessions.get(session_id) if session_id else None)
        self._show_state()

    def _show_session(self, session: CoachingSession | None) -> None:
        self.edits.discard()  # what was typed was saved, or is given up, before another session
        if session is None:
            self.editor.clear()
        else:
            self.editor.load(session, self._goals)
            self.editor.set_other_desks(other_desks(session, self._side))

    def _select_current(self) -> None:
        row = self.list_model.row_of(self._current_id) if self._current_id else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row, COL_DATE))

    def _show_state(self) -> None:
        has_session = self.editor.session is not None and self._current_id is not None
        self.stack.setCurrentIndex(_EDITOR if has_session else _PLACEHOLDER)
        self.new_button.setEnabled(self.plan_id is not None)
        theirs = other_desks(self.editor.session, self._side) if has_session else None
        self.delete_button.setEnabled(has_session and theirs is None)
        self.filter_edit.setEnabled(bool(self._sessions))
        if self.plan_id is None:
            text = self.tr("Open a plan to see its coaching log.")
        elif not self._sessions and self._side is Side.MANAGER:
            text = self.tr(
                "No coaching sessions yet.\n\nThe leader's own sessions arrive with the plan "
                "file they send you. Sessions you log here are yours."
            )
        elif not self._sessions:
            text = self.tr(
                "No coaching sessions yet.\n\nChoose New session to log your first conversation."
            )
        else:
            text = self.tr("Choose a session in the list.")
        self.placeholder.setText(text)

    def _update_count(self, *_args: object) -> None:
        total = self.list_model.total()
        shown = self.list_model.matching()
        if shown == total:
            text = self.tr("%n session(s)", "", total)
        else:
            text = self.tr("%1 of %n session(s)", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    # --- saving --------------------------------------------------------------------------

    def save_edits(self) -> None:
        session = self.editor.collect()
        if session is None:
            return
        # A refused value stays on screen, unsaved, and keeps the session open till corrected.
        saved = self.store_edited(
            lambda session, read: self.services.coaching.save(session, read=read),
            session,
            self._sessions.get(session.id),
            labels=self._goal_titles(),
        )
        if saved is None:
            return
        self.editor.set_saved(saved, session)
        self._remember(saved)
        self.notify_changed(PlanPart.SESSIONS)

    def _goal_titles(self) -> dict[str, str]:
        """The plan's goals by id, to name a session's linked goals in a choice."""
        return {goal.id: goal.title for goal in self._goals}

    def _remember(self, session: CoachingSession) -> None:
        self._sessions[session.id] = session
        self.list_model.update_session(session, self._open_count(session))

    def _set_agreement_done(self, agreement_id: str, done: bool) -> None:
        self.flush()
        session = self.editor.collect()
        if session is None:
            return
        coaching = self.services.coaching
        if not self._did(lambda: coaching.set_agreement_done(session.id, agreement_id, done)):
            self.editor.set_agreement_done(agreement_id, not done)
            return
        self._remember(session)
        self.notify_changed(PlanPart.SESSIONS)

    def _did(self, action: Callable[[], object]) -> bool:
        """Runs a service call that returns nothing; True when it was not refused."""

        def call() -> bool:
            action()
            return True

        return self.run(call) is True

    # --- new and delete ------------------------------------------------------------------

    def new_session(self) -> None:
        """A session dated today, bringing along the open agreements the user keeps."""
        if self.plan_id is None:
            return
        plan_id = self.plan_id
        self.flush()
        if self.edits.refused:
            return  # the refused edit is still on screen; a new session would hide it
        open_ones = self.run(lambda: self.services.coaching.carryable(plan_id)) or []
        carry_over: list[str] = []
        if open_ones:
            chosen = self.choose_carry_over(open_ones)
            if chosen is None:
                return
            carry_over = chosen
        session = self.services.coaching.new_session(plan_id)
        latest = self.list_model.newest_id()
        if latest in self._sessions:
            # Most leaders see the same coach every time: start from the last one's name.
            session = replace(session, with_whom=self._sessions[latest].with_whom)
        saved = self.run(lambda: self.services.coaching.save(session, carry_over=carry_over))
        if saved is None:
            return
        self.filter_edit.clear()  # the new session must be visible
        self._reload_keeping(saved.id)
        self.notify_changed(PlanPart.SESSIONS)
        self.editor.focus_topic()

    def choose_carry_over(self, agreements: list[Agreement]) -> list[str] | None:
        """The ids of the agreements to carry over, or None when the user cancels."""
        origins = {a.id: s.date for s in self._sessions.values() for a in s.agreements}
        dialog = CarryOverDialog(agreements, origins, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_ids()
        finally:
            dialog.deleteLater()

    def delete_session(self) -> None:
        session_id = self._current_id
        session = self._sessions.get(session_id) if session_id else None
        if session is None or other_desks(session, self._side) is not None:
            return
        when = format_date(session.date)
        if session.topic:
            text = self.tr('Delete the session of %1, "%2"?').replace("%1", when)
            text = text.replace("%2", session.topic)
        else:
            text = self.tr("Delete the session of %1?").replace("%1", when)
        text += "\n\n" + self.tr(
            "Its notes, reflection and agreements are deleted with it. This cannot be undone."
        )
        if not self.prompts.confirm_destructive(
            self.window(), self.tr("Delete session"), text, self.tr("Delete session")
        ):
            return
        self.edits.discard()  # what was typed belongs to the session being deleted
        if not self._did(lambda: self.services.coaching.delete(session.id)):
            return
        row = self.list_model.row_of(session.id)
        following = self.list_model.session_id_at(row + 1) or self.list_model.session_id_at(row - 1)
        self._show_session(None)
        self._reload_keeping(following)
        self.notify_changed(PlanPart.SESSIONS)
        self.list_view.setFocus()

    def _confirm_remove_agreement(self, agreement: Agreement) -> bool:
        text = self.tr('Remove the agreement "%1"?').replace("%1", agreement.text)
        return self.prompts.confirm_destructive(
            self.window(), self.tr("Remove agreement"), text, self.tr("Remove")
        )

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
