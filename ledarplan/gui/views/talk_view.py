"""The development talk (lederudviklingssamtale / utvecklingssamtal) of the open plan.

Both sides prepare their answers, the talk's outcome is written down afterwards, and the
record is signed off, after which it is read-only. A plan may hold several talks over the
years: the latest is shown, an earlier one can be picked, and a new one started. Each side picks
conversation cards from the model's deck for its own preparation (Choose themes…).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import DevelopmentTalk, Side
from ledarplan.frameworks.cards import card_id_of
from ledarplan.gui.events import DataEvents, PlanPart
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import one_line
from ledarplan.gui.models.talk_list import TalkListModel
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.plan_page import PlanPage
from ledarplan.gui.views.talk.card_picker import CardPickerDialog
from ledarplan.gui.views.talk.outcome_panel import OutcomePanel
from ledarplan.gui.views.talk.prep_panel import PrepPanel
from ledarplan.gui.views.talk.sign_off_bar import SignOffBar
from ledarplan.gui.views.talk.standard_questions import standard_questions
from ledarplan.gui.widgets.date_edit import DateEdit
from ledarplan.gui.widgets.fitting import scrolling
from ledarplan.services.container import Services

_EMPTY_PAGE, _TALK_PAGE = 0, 1


class TalkView(PlanPage):
    shows = frozenset({PlanPart.TALKS})

    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(services, events, prompts, parent)
        self._talk: DevelopmentTalk | None = None  # as last loaded or saved
        self._side = Side.LEADER  # the desk this copy of the plan is on
        self._talks = TalkListModel(self)
        #: Replaced by tests to answer the card picker without showing it.
        self.ask_cards: Callable[[CardPickerDialog], list[str] | None] = _run_picker
        self._build_chooser()
        self._build_empty_state()
        self._build_talk_page()
        self._lay_out()
        self.retranslate()
        self.reload()

    # --- building ----------------------------------------------------------------------

    def _build_chooser(self) -> None:
        self.talk_caption = QLabel()
        self.talk_combo = QComboBox()
        self.talk_combo.setModel(self._talks)
        self.talk_combo.setMinimumContentsLength(18)
        self.talk_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.talk_caption.setBuddy(self.talk_combo)
        self.talk_combo.activated.connect(self._talk_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.start_new_talk)

    def _build_empty_state(self) -> None:
        self.empty_title = QLabel()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyTalkLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMaximumWidth(480)  # a readable measure, narrower in a narrow window
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_new_talk)

    def _build_talk_page(self) -> None:
        self.date_caption = QLabel()
        self.date_edit = DateEdit()
        self.date_caption.setBuddy(self.date_edit)
        self.participants_caption = QLabel()
        self.participants_edit = QLineEdit()
        self.participants_caption.setBuddy(self.participants_edit)
        self.edits.watch(self.date_edit, self.participants_edit)

        self.leader_prep = PrepPanel(self.edits, self.prompts)
        self.manager_prep = PrepPanel(self.edits, self.prompts)
        self.outcome = OutcomePanel(self.edits, self.prompts)
        self.outcome.agreements.model.dataChanged.connect(self.edits.touch)
        for panel in (self.leader_prep, self.manager_prep, self.outcome.agreements):
            panel.rows_changed.connect(self.edits.save_now)
        for panel in (self.leader_prep, self.manager_prep):
            panel.themes_requested.connect(self.choose_themes)
        self.sign_off_bar = SignOffBar()
        self.sign_off_bar.sign_off_requested.connect(self.sign_off)

    def _lay_out(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.talk_caption)
        chooser.addWidget(self.talk_combo)
        chooser.addWidget(self.new_button)
        chooser.addSpacing(24)
        chooser.addWidget(self.date_caption)
        chooser.addWidget(self.date_edit)
        chooser.addSpacing(12)
        chooser.addWidget(self.participants_caption)
        chooser.addWidget(self.participants_edit, 1)

        preparation = QSplitter(Qt.Orientation.Horizontal)
        preparation.setChildrenCollapsible(False)
        preparation.addWidget(self.leader_prep)
        preparation.addWidget(self.manager_prep)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Each tab scrolls on its own in a low window: the talk's date above and the sign-off
        # below stay in sight.
        self.tabs.addTab(scrolling(preparation, "preparationScroll"), "")
        self.tabs.addTab(scrolling(self.outcome, "outcomeScroll"), "")

        talk_page = QWidget()
        talk_layout = QVBoxLayout(talk_page)
        talk_layout.setContentsMargins(0, 0, 0, 0)
        talk_layout.addLayout(chooser)
        talk_layout.addWidget(self.tabs, 1)
        talk_layout.addWidget(self.sign_off_bar)

        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(16)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.insertWidget(_EMPTY_PAGE, empty_page)
        self.stack.insertWidget(_TALK_PAGE, talk_page)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.stack)

    # --- PlanPage ----------------------------------------------------------------------

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("TalkView", "Development talk")

    def retranslate(self) -> None:
        self.talk_caption.setText(self.tr("&Talk:"))
        self.talk_combo.setAccessibleName(self.tr("Development talk"))
        self.talk_combo.setToolTip(self.tr("The plan's talks, the latest first"))
        self._talks.set_describer(self._describe_talk)
        self.new_button.setText(self.tr("&New talk"))
        self.new_button.setToolTip(self.tr("Start a new development talk for this plan"))
        self.date_caption.setText(self.tr("&Date:"))
        self.date_edit.setAccessibleName(self.tr("Date of the talk"))
        self.participants_caption.setText(self.tr("Parti&cipants:"))
        self.participants_edit.setAccessibleName(self.tr("Participants"))
        self.participants_edit.setPlaceholderText(self.tr("Who takes part in the talk"))
        self._show_desk_texts()
        self.tabs.setTabText(0, self.tr("P&reparation"))
        self.tabs.setTabText(1, self.tr("After the ta&lk"))
        self.start_button.setText(self.tr("&Start the development talk"))
        for panel in (self.leader_prep, self.manager_prep, self.outcome, self.sign_off_bar):
            panel.retranslate()
        self._show_empty_text()

    def reload(self) -> None:
        self.edits.save_pending()
        self._stale = False
        talks = self.run(lambda: self.services.talks.list(self.plan_id)) if self.plan_id else None
        talks = talks or []
        if self.plan_id is not None:
            plan_id = self.plan_id
            desk = self.run(lambda: self.services.plans.desk(plan_id))
            self._side = desk.side if desk is not None else Side.LEADER
            self._show_desk_texts()
        self._talks.set_talks(talks)
        wanted = self._talk.id if self._talk else None
        chosen = next((t for t in talks if t.id == wanted), talks[-1] if talks else None)
        self._show_talk(chosen, keep_rows=chosen is not None and chosen.id == wanted)

    def current_talk(self) -> DevelopmentTalk | None:
        """The talk on the page, as last loaded or saved."""
        return self._talk

    # --- what the user does ------------------------------------------------------------

    def start_new_talk(self) -> None:
        """A new talk with the model's common themes and questions (or standard ones) for both
        sides."""
        self.flush()
        if self.plan_id is None or self.edits.refused:
            return
        plan_id = self.plan_id
        plan = self.run(lambda: self.services.plans.get(plan_id))
        if plan is None:
            return
        questions = self.services.talks.opening_questions(
            plan.framework_id,
            standard_questions(self.services.talks.model_language(plan.framework_id)),
        )
        latest = self._talks.talk_at(0)
        talk = DevelopmentTalk(
            plan_id=plan_id,
            participants=latest.participants if latest else "",
            leader_prep=[replace(question) for question in questions],
            manager_prep=[replace(question) for question in questions],
        )
        saved = self.run(lambda: self.services.talks.prepare(talk))
        if saved is None:
            return
        self._talk = saved
        self.notify_changed(PlanPart.TALKS)
        self.reload()
        self.tabs.setCurrentIndex(0)
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_themes(self) -> None:
        """This desk picks conversation cards from the model's deck for its preparation."""
        self.flush()
        talk = self._talk
        if talk is None or talk.signature(self._side) is not None or self.edits.refused:
            return
        plan = self.run(lambda: self.services.plans.get(talk.plan_id))
        if plan is None:
            return
        panel = self.leader_prep if self._side is Side.LEADER else self.manager_prep
        picked = panel.card_ids()
        dialog = CardPickerDialog(
            self.services.talks.cards(plan.framework_id),
            picked,
            plan.snapshot.source or plan.snapshot.framework_name,
            self.window(),
            common=self.services.talks.common_themes(plan.framework_id),
        )
        chosen = self.ask_cards(dialog)
        if chosen is None or chosen == picked:
            return
        dropped = set(picked) - set(chosen)
        answered = [
            answer
            for answer in panel.answers()
            if card_id_of(answer.question_key) in dropped and answer.answer.strip()
        ]
        if answered and not self.prompts.confirm_destructive(
            self.window(),
            self.tr("Remove themes"),
            self.tr("Your answers to these themes are removed with them:\n\n%1").replace(
                "%1", "\n".join(f"• {one_line(a.question, 80)}" for a in answered)
            ),
            self.tr("Remove"),
        ):
            return
        saved = self.run(lambda: self.services.talks.choose_cards(talk.id, chosen))
        if saved is None:
            return
        self._talks.update_talk(saved)
        self.notify_changed(PlanPart.TALKS)
        self._show_talk(saved, keep_rows=True)

    def sign_off(self) -> None:
        self.flush()
        talk = self._talk
        if talk is None or talk.signature(self._side) is not None or self.edits.refused:
            return  # unsaved edits would otherwise be shut out of the record for good
        if talk.date is not None and talk.date > date.today() and not self._sign_early(talk.date):
            return
        name = self.prompts.ask_own_name(
            self.window(),
            self.tr("Sign off the talk"),
            self.tr(
                "Your name, as you sign the record of the talk:\n"
                "After signing, you can no longer change it; once you both have signed, it "
                "is final."
            ),
            self._signer_named_in_plan(),
        )
        if name is None:
            return
        signed = self.run(lambda: self.services.talks.sign(talk.id, name))
        if signed is not None:
            self._talk = signed
            self._talks.update_talk(signed)
            self._set_read_only(True)
            self.sign_off_bar.show_talk(signed, self._side)
            self.notify_changed(PlanPart.TALKS)

    def _signer_named_in_plan(self) -> str:
        """Who signs at this desk by the plan: its leader, or the manager it names."""
        plan_id = self.plan_id
        plan = self.run(lambda: self.services.plans.get(plan_id)) if plan_id else None
        if plan is None:
            return ""
        if self._side is Side.MANAGER:
            return plan.manager_name
        person = self.run(lambda: self.services.people.get(plan.person_id))
        return person.name if person is not None else ""

    def _sign_early(self, talk_date: date) -> bool:
        """Whether the user means to sign a talk that, by its date, has not taken place yet."""
        return self.prompts.confirm_destructive(
            self.window(),
            self.tr("Sign before the talk?"),
            self.tr(
                "The talk is dated %1, which is still to come. A signature confirms what was "
                "said and agreed in the talk.\n\nSign the record now, before the talk has "
                "taken place?"
            ).replace("%1", format_date(talk_date)),
            self.tr("Sign now"),
        )

    # --- showing and saving ------------------------------------------------------------

    def _show_talk(self, talk: DevelopmentTalk | None, keep_rows: bool = False) -> None:
        self._talk = talk
        self.edits.discard()
        self._show_empty_text()
        self.stack.setCurrentIndex(_TALK_PAGE if talk else _EMPTY_PAGE)
        self.sign_off_bar.show_talk(talk, self._side)
        if talk is None:
            return
        self.talk_combo.setCurrentIndex(self._talks.row_of(talk.id))
        with self.edits.suspended():
            self.date_edit.set_value(talk.date)
            if self.participants_edit.text() != talk.participants:
                self.participants_edit.setText(talk.participants)
            self.leader_prep.set_answers(talk.leader_prep, keep_row=keep_rows)
            self.manager_prep.set_answers(talk.manager_prep, keep_row=keep_rows)
            self.outcome.set_values(talk.summary, talk.agreements, talk.follow_up_date)
            self._set_read_only(talk.signed_off or talk.signature(self._side) is not None)

    def _set_read_only(self, read_only: bool) -> None:
        self.date_edit.setEnabled(not read_only)
        self.participants_edit.setReadOnly(read_only)
        # Each side's preparation is its own: the other desk's is shown, never changed here.
        for panel, side in ((self.leader_prep, Side.LEADER), (self.manager_prep, Side.MANAGER)):
            theirs = side is self._side.other
            panel.desk_note.show_for(side if theirs else None)
            panel.set_read_only(read_only or theirs)
        self.outcome.set_read_only(read_only)

    def save_edits(self) -> None:
        talk = self._talk
        if talk is None or talk.signed_off or talk.signature(self._side) is not None:
            return
        updated = replace(
            talk,
            date=self.date_edit.value(),
            participants=self.participants_edit.text(),
            leader_prep=self.leader_prep.answers(),
            manager_prep=self.manager_prep.answers(),
            summary=self.outcome.summary_edit.toPlainText(),
            agreements=self.outcome.agreements.agreements(),
            follow_up_date=self.outcome.follow_up_edit.value(),
        )
        # A refused value stays on screen, unsaved, and keeps this talk open till corrected.
        saved = self.store_edited(
            lambda talk, read: self.services.talks.prepare(talk, read=read), updated, talk
        )
        if saved is None:
            return
        self._talk = saved
        self._talks.update_talk(saved)
        self._show_taken(updated, saved)
        self.notify_changed(PlanPart.TALKS)

    def _show_taken(self, shown: DevelopmentTalk, saved: DevelopmentTalk) -> None:
        """What was stored that the page does not show (someone else's change that was taken,
        a choice made between theirs and mine) is shown, except where the user is."""
        focus = QApplication.focusWidget()

        def away(widget: QWidget) -> bool:
            return focus is None or not (widget is focus or widget.isAncestorOf(focus))

        with self.edits.suspended():
            if saved.date != shown.date and away(self.date_edit):
                self.date_edit.set_value(saved.date)
            if saved.participants != shown.participants and away(self.participants_edit):
                self.participants_edit.setText(saved.participants)
            for panel, name in (
                (self.leader_prep, "leader_prep"),
                (self.manager_prep, "manager_prep"),
            ):
                if getattr(saved, name) != getattr(shown, name) and away(panel):
                    panel.set_answers(getattr(saved, name), keep_row=True)
            if _outcome(saved) != _outcome(shown) and away(self.outcome):
                self.outcome.set_values(saved.summary, saved.agreements, saved.follow_up_date)

    def _talk_chosen(self, row: int) -> None:
        talk = self._talks.talk_at(row)
        if talk is None or (self._talk and talk.id == self._talk.id):
            return
        self.flush()
        held = self.keeps_waiting_work()
        if held or self.edits.refused:  # stay with the talk whose edits could not be saved
            self.talk_combo.setCurrentIndex(
                self._talks.row_of(self._talk.id if self._talk else None)
            )
            return
        self._talk = talk
        self.reload()

    # --- texts -------------------------------------------------------------------------

    def _show_desk_texts(self) -> None:
        """Each side's preparation, named for whoever sits at this desk."""
        if self._side is Side.MANAGER:
            self.leader_prep.setTitle(self.tr("The leader's preparation"))
            self.manager_prep.setTitle(self.tr("My preparation, as the manager"))
        else:
            self.leader_prep.setTitle(self.tr("My preparation"))
            self.manager_prep.setTitle(self.tr("My manager's preparation"))

    def _describe_talk(self, talk: DevelopmentTalk) -> str:
        if talk.date is None:
            text = self.tr("Talk without a date")
        else:
            text = self.tr("Talk on %1").replace("%1", format_date(talk.date))
        if talk.signed_off:
            text = self.tr("%1 (signed off)").replace("%1", text)
        return text

    def _show_empty_text(self) -> None:
        if self.plan_id is None:
            self.empty_title.setText(self.tr("No plan is open"))
            self.empty_label.setText(self.tr("Open a plan to prepare its development talk."))
        else:
            self.empty_title.setText(self.tr("This plan has no development talk yet"))
            self.empty_label.setText(
                self.tr(
                    "Start one to prepare it: the leader and the manager each answer the "
                    "questions beforehand; after the talk you write down the summary and what "
                    "you agreed, and sign the record off."
                )
            )
        self.start_button.setVisible(self.plan_id is not None)


def _run_picker(dialog: CardPickerDialog) -> list[str] | None:
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _outcome(talk: DevelopmentTalk) -> tuple[object, ...]:
    """What the talk's outcome shows (not the agreements' stamps)."""
    agreements = [(a.id, a.text, a.owner, a.due_date, a.done) for a in talk.agreements]
    return (talk.summary, agreements, talk.follow_up_date)
