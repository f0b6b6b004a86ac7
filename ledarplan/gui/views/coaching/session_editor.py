"""Everything about one coaching session, saved as it is typed.

The editor binds its fields once (`fields`) and has its page's `EditSession` watch them; the
page calls the service. It never fills its fields from a save's result, so typing is never
overwritten while the user is still in a field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import Agreement, CoachingSession, Goal, Side
from ledarplan.gui import binding
from ledarplan.gui.binding import Bindings, Field
from ledarplan.gui.desks import OtherDeskNote
from ledarplan.gui.edit_session import EditSession
from ledarplan.gui.models.checkable_list import CheckableEntry, CheckableListModel
from ledarplan.gui.views.coaching.agreements_editor import AgreementsEditor
from ledarplan.gui.views.coaching.private_marker import PrivateMarker
from ledarplan.gui.widgets.date_edit import DateEdit

_KOLB = ("experience", "reflection", "conclusion", "experiment")


class _ParagraphEdit(QPlainTextEdit):
    """A text box a few lines high that grows only when the page has room to spare (the
    default size hint would make every box 200 px tall and the page a long scroll)."""

    def __init__(self, name: str, lines: int):
        super().__init__()
        self.setObjectName(name)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form; text never needs a tab
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * round(self.document().documentMargin())
        self._height = self.fontMetrics().lineSpacing() * lines + extra
        self.setMinimumHeight(self._height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)


def _heading() -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class SessionEditor(QWidget):
    #: An agreement's "done" box changed: (agreement id, done).
    agreement_done_changed = Signal(str, bool)

    def __init__(
        self,
        confirm_remove: Callable[[Agreement], bool],
        edits: EditSession,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._session: CoachingSession | None = None
        self._goals: list[Goal] = []
        self._edits = edits
        self.desk_note = OtherDeskNote()
        self._build_details()
        self._build_notes()
        self._build_kolb()
        self.agreements = AgreementsEditor(confirm_remove)
        self.agreements_heading = _heading()
        self.agreements_heading.setBuddy(self.agreements.table)
        self.next_label = QLabel()
        self.next_edit = DateEdit()
        self.next_edit.setObjectName("nextDateEdit")
        self.next_label.setBuddy(self.next_edit)
        self._lay_out()
        # The session's fields, by the names the domain's rules use.
        self.fields = Bindings(
            binding.day("date", self.date_edit, self.date_label),
            binding.line("with_whom", self.with_edit, self.with_label),
            binding.line("topic", self.topic_edit, self.topic_label),
            binding.optional_date("next_date", self.next_edit, self.next_label),
            Field(
                "goal_ids",
                self.goals_view,
                self.goals_label,
                self.goals_model.checked_ids,
                lambda ids: self.set_goals(self._goals, ids),
                self.goals_model.dataChanged,
            ),
            binding.text("notes", self.notes_edit, self.notes_heading),
            binding.check("notes_private", self.share_check, self.share_check, inverted=True),
            *(binding.text(name, self.kolb_edits[name], self.kolb_labels[name]) for name in _KOLB),
            Field(
                "agreements",
                self.agreements.table,
                self.agreements_heading,
                self.agreements.agreements,
                self.agreements.set_agreements,
                self.agreements.model.edited,
            ),
        )
        self._watch()
        self.retranslate()

    # --- building ------------------------------------------------------------------------

    def _build_details(self) -> None:
        self.date_label = QLabel()
        self.date_edit = DateEdit(required=True)  # a session always has a date
        self.date_edit.setObjectName("dateEdit")
        self.date_label.setBuddy(self.date_edit)
        self.with_label = QLabel()
        self.with_edit = QLineEdit()
        self.with_edit.setObjectName("withWhomEdit")
        self.with_label.setBuddy(self.with_edit)
        self.topic_label = QLabel()
        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("topicEdit")
        self.topic_label.setBuddy(self.topic_edit)

        self.goals_label = QLabel()
        self.goals_model = CheckableListModel(self)
        self.goals_view = QListView()
        self.goals_view.setObjectName("linkedGoals")
        self.goals_view.setModel(self.goals_model)
        self.goals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_view.setUniformItemSizes(True)
        self.goals_label.setBuddy(self.goals_view)
        self.no_goals_label = QLabel()
        self.no_goals_label.setWordWrap(True)
        self.no_goals_label.setEnabled(False)

    def _build_notes(self) -> None:
        self.notes_heading = _heading()
        self.private_marker = PrivateMarker()
        self.notes_edit = _ParagraphEdit("notesEdit", 6)
        self.notes_heading.setBuddy(self.notes_edit)
        self.share_check = QCheckBox()
        self.share_check.setObjectName("shareNotesCheck")
        self.share_check.toggled.connect(self._show_privacy)
        self.private_marker.add_control(self.share_check)

    def _build_kolb(self) -> None:
        self.kolb_heading = _heading()
        self.kolb_intro = QLabel()
        self.kolb_intro.setWordWrap(True)
        self.kolb_labels: dict[str, QLabel] = {}
        self.kolb_edits: dict[str, QPlainTextEdit] = {}
        for name in _KOLB:
            label = QLabel()
            label.setWordWrap(True)
            edit = _ParagraphEdit(f"{name}Edit", 4)
            label.setBuddy(edit)
            self.kolb_labels[name] = label
            self.kolb_edits[name] = edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.with_label, self.with_edit)
        form.addRow(self.topic_label, self.topic_edit)
        form.addRow(self.next_label, self.next_edit)
        goals = QVBoxLayout()
        goals.setSpacing(4)
        goals.addWidget(self.goals_label)
        goals.addWidget(self.goals_view)
        goals.addWidget(self.no_goals_label)
        goals.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addSpacing(12)
        top.addLayout(goals, 1)

        kolb = QGridLayout()
        kolb.setHorizontalSpacing(12)
        for n, name in enumerate(_KOLB):
            row, column = divmod(n, 2)
            kolb.addWidget(self.kolb_labels[name], row * 2, column)
            kolb.addWidget(self.kolb_edits[name], row * 2 + 1, column)

        content = QWidget()
        content.setObjectName("sessionEditorContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.desk_note)
        layout.addLayout(top)
        layout.addWidget(self._rule())
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.private_marker)
        layout.addWidget(self.notes_edit, 2)
        layout.addWidget(self._rule())
        layout.addWidget(self.kolb_heading)
        layout.addWidget(self.kolb_intro)
        layout.addLayout(kolb, 2)
        layout.addWidget(self._rule())
        layout.addWidget(self.agreements_heading)
        layout.addWidget(self.agreements, 1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        order = [
            self.date_edit,
            self.with_edit,
            self.topic_edit,
            self.next_edit,
            self.goals_view,
            self.share_check,
            self.notes_edit,
            *self.kolb_edits.values(),
            self.agreements.table,
            self.agreements.add_button,
            self.agreements.remove_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _rule() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _watch(self) -> None:
        edits = self._edits
        edits.watch_fields(self.fields)
        # Sharing notes, adding or removing an agreement: decisions, not typing; stored at once.
        self.share_check.toggled.connect(lambda _checked: edits.save_pending())
        self.agreements.rows_changed.connect(edits.save_now)
        self.agreements.model.done_changed.connect(self.agreement_done_changed)

    # --- public API ----------------------------------------------------------------------

    @property
    def session(self) -> CoachingSession | None:
        return self._session

    def load(self, session: CoachingSession, goals: list[Goal]) -> None:
        """Fills the fields from a stored session (the page saves edits of another one first)."""
        self._session = session
        self._goals = goals
        with self._edits.suspended():
            self.fields.load(session)
        self._show_privacy()
        self.scroll.verticalScrollBar().setValue(0)

    def set_other_desks(self, part_of: Side | None) -> None:
        """`part_of`: the other desk whose own session is shown, read-only (None: editable)."""
        read_only = part_of is not None
        self.desk_note.show_for(part_of)
        for edit in (
            self.date_edit,
            self.with_edit,
            self.topic_edit,
            self.next_edit,
            self.notes_edit,
            *self.kolb_edits.values(),
        ):
            edit.setReadOnly(read_only)
        # A list of ticks and a box have no read-only state of their own: they are off.
        self.goals_view.setEnabled(not read_only)
        self.share_check.setEnabled(not read_only)
        self.agreements.set_read_only(read_only)

    def set_goals(self, goals: list[Goal], checked: list[str]) -> None:
        entries = [CheckableEntry(g.id, g.title, g.description) for g in goals]
        self.goals_model.set_rows(entries, checked)
        self.goals_view.setVisible(bool(goals))
        self.no_goals_label.setVisible(not goals)
        # As high as the goals need, between three and six rows; longer lists scroll.
        rows = max(3, min(6, len(goals)))
        row_height = self.goals_view.sizeHintForRow(0) if goals else 0
        row_height = max(row_height, self.goals_view.fontMetrics().height() + 4)
        self.goals_view.setFixedHeight(rows * row_height + 2 * self.goals_view.frameWidth() + 2)

    def collect(self) -> CoachingSession | None:
        """The session as the fields show it now."""
        if self._session is None:
            return None
        return replace(self._session, **self.fields.values())

    def set_saved(self, session: CoachingSession, shown: CoachingSession | None = None) -> None:
        """Remembers the stored version. The fields stay as typed (`shown`), except what the
        store took from someone else's save or a choice between theirs and mine."""
        self._session = session
        if shown is not None:
            with self._edits.suspended():
                self.fields.show_stored(shown, session)

    def set_agreement_done(self, agreement_id: str, done: bool) -> None:
        """Puts a "done" box back (when storing it was refused)."""
        self.agreements.model.set_done(agreement_id, done)

    def clear(self) -> None:
        self._session = None

    def focus_topic(self) -> None:
        self.topic_edit.setFocus()
        self.topic_edit.selectAll()

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("Da&te:"))
        self.with_label.setText(self.tr("&With whom:"))
        self.topic_label.setText(self.tr("Topi&c:"))
        self.next_label.setText(self.tr("Next sess&ion:"))
        self.goals_label.setText(self.tr("Linked &goals:"))
        self.no_goals_label.setText(self.tr("The plan has no goals yet."))
        self.date_edit.setAccessibleName(self.tr("Session date"))
        self.with_edit.setAccessibleName(self.tr("With whom"))
        self.with_edit.setPlaceholderText(self.tr("Coach, mentor or manager"))
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setPlaceholderText(self.tr("What the session was about"))
        self.next_edit.setAccessibleName(self.tr("Next session date"))
        self.goals_view.setAccessibleName(self.tr("Goals this session worked on"))
        self.notes_heading.setText(self.tr("N&otes"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("What was said, in your own words."))
        self.share_check.setText(self.tr("&Share these notes"))
        self.share_check.setToolTip(
            self.tr("Include these notes when you export or print the plan")
        )
        self.private_marker.retranslate()
        self.kolb_heading.setText(self.tr("Reflection — Kolb's learning cycle"))
        self.kolb_intro.setText(
            self.tr("Go round the cycle once: from what happened to what you will try next.")
        )
        texts = {
            "experience": self.tr("E&xperience — what happened?"),
            "reflection": self.tr("&Reflection — what did I notice?"),
            "conclusion": self.tr("Concl&usion — what do I understand now?"),
            "experiment": self.tr("Ex&periment — what will I try?"),
        }
        for name, text in texts.items():
            self.kolb_labels[name].setText(text)
            self.kolb_edits[name].setAccessibleName(text.replace("&", ""))
        self.agreements_heading.setText(self.tr("Agree&ments"))
        self.agreements.retranslate()
        self._show_privacy()

    def _show_privacy(self, *_args: object) -> None:
        private = not self.share_check.isChecked()
        self.private_marker.set_private(private)
        self.notes_edit.setAccessibleDescription(self.private_marker.text())
