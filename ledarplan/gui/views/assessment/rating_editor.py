"""One round open for rating: who assessed and when, a note, and the table of every item.

Everything here is watched by the page's `EditSession` (the page calls the service, shows a
refusal as a message, and tells the other pages). The editor keeps the last stored round and
builds the new one from it, so fields it does not show (the scale) are kept as they are.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import AssessmentRound, AssessorKind, Plan, Side
from ledarplan.gui import binding
from ledarplan.gui.binding import Bindings
from ledarplan.gui.desks import OtherDeskNote
from ledarplan.gui.edit_session import EditSession
from ledarplan.gui.models.rating_table import RatingTableModel
from ledarplan.gui.models.round_list import assessor_kind_label
from ledarplan.gui.views.assessment.rating_table_view import RatingTableView
from ledarplan.gui.widgets.date_edit import DateEdit


class RatingEditor(QWidget):
    def __init__(self, edits: EditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self._round: AssessmentRound | None = None
        self._plan: Plan | None = None
        self._build()
        self._lay_out()
        # The round's fields, by the names the domain's rules use (the ratings are the table's).
        self.fields = Bindings(
            binding.choice("assessor_kind", self.kind_combo, self.kind_label, AssessorKind),
            binding.line("assessor_name", self.name_edit, self.name_label),
            binding.day("date", self.date_edit, self.date_label),
            binding.text("note", self.note_edit, self.note_label),
        )
        edits.watch_fields(self.fields)
        self.model.edited.connect(edits.touch)
        # Leaving the table saves at once, as leaving a text field does.
        self.table.installEventFilter(edits)
        self.retranslate()

    def _build(self) -> None:
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("assessorKind")
        for kind in AssessorKind:
            self.kind_combo.addItem("", kind.value)  # Qt hands a str enum back as plain str
        self.kind_label.setBuddy(self.kind_combo)

        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("assessorName")
        self.name_label.setBuddy(self.name_edit)

        self.date_label = QLabel()
        self.date_edit = DateEdit(required=True)  # a round always has a date
        self.date_edit.setObjectName("roundDate")
        self.date_label.setBuddy(self.date_edit)

        self.note_label = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("roundNote")
        self.note_edit.setTabChangesFocus(True)
        line = self.note_edit.fontMetrics().lineSpacing()
        self.note_edit.setFixedHeight(line * 2 + 14)
        self.note_label.setBuddy(self.note_edit)

        self.table_label = QLabel()
        self.model = RatingTableModel(self)
        self.table = RatingTableView()
        self.table.setObjectName("ratingTable")
        self.table.setModel(self.model)
        self.table_label.setBuddy(self.table)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("ratingHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)  # a quiet, greyed hint
        self.desk_note = OtherDeskNote()

    def _lay_out(self) -> None:
        who = QHBoxLayout()
        who.addWidget(self.kind_combo)
        who.addSpacing(12)
        who.addWidget(self.name_label)
        who.addWidget(self.name_edit, 1)
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.kind_label, who)
        form.addRow(self.date_label, when)
        form.addRow(self.note_label, self.note_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.desk_note)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self.setTabOrder(self.kind_combo, self.name_edit)
        self.setTabOrder(self.name_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.note_edit)
        self.setTabOrder(self.note_edit, self.table)

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("Assessed &by:"))
        self.name_label.setText(self.tr("&Name:"))
        self.date_label.setText(self.tr("&Date:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.table_label.setText(self.tr("&Ratings"))
        for row in range(self.kind_combo.count()):
            kind = AssessorKind(self.kind_combo.itemData(row))
            self.kind_combo.setItemText(row, assessor_kind_label(kind))
        self.kind_combo.setAccessibleName(self.tr("Who assessed"))
        self.name_edit.setAccessibleName(self.tr("Name of the assessor"))
        self.name_edit.setPlaceholderText(self.tr("Name of the person assessing"))
        self.date_edit.setAccessibleName(self.tr("Date of the assessment"))
        self.note_edit.setAccessibleName(self.tr("Note on the assessment"))
        self.note_edit.setPlaceholderText(
            self.tr("What the assessment is based on, e.g. concrete situations")
        )
        self.table.setAccessibleName(self.tr("Ratings of the model's items"))
        self.model.retranslate()
        self._update_hint()

    def _update_hint(self) -> None:
        low, high = self.model.scale()
        self.hint_label.setText(
            self.tr(
                "Type %1–%2 to rate the selected item, 0 or Delete for not assessed; "
                "Tab goes to the comment, Enter to the next item."
            )
            .replace("%1", str(low))
            .replace("%2", str(high))
        )

    # --- showing and saving ---------------------------------------------------------------

    def current_kind(self) -> AssessorKind | None:
        data = self.kind_combo.currentData()
        return AssessorKind(data) if data else None

    def current_round(self) -> AssessmentRound | None:
        return self._round

    def set_round(self, plan: Plan | None, round_: AssessmentRound | None) -> None:
        """Shows `round_` (None: nothing); pending edits of the previous round are saved first."""
        self.flush()
        same = round_ is not None and self._round is not None and round_.id == self._round.id
        where = self.table.currentIndex()
        self._plan = plan
        self._round = round_
        with self._edits.suspended():
            if round_ is not None and plan is not None:
                self.fields.load(round_)
                self.model.set_round(plan.snapshot.items, round_, plan.snapshot.level_name)
            else:
                self.name_edit.clear()
                self.note_edit.clear()
                self.model.set_round((), None)
        if same and where.isValid():  # refilled after a change elsewhere: stay on the row
            self.table.setCurrentIndex(self.model.index(where.row(), where.column()))
        self._update_hint()

    def set_other_desks(self, part_of: Side | None) -> None:
        """`part_of`: the other desk whose own round is shown, read-only (None: editable)."""
        read_only = part_of is not None
        self.table.commit_open_editor()
        self.desk_note.show_for(part_of)
        self.kind_combo.setEnabled(not read_only)
        for edit in (self.name_edit, self.date_edit, self.note_edit):
            edit.setReadOnly(read_only)
        self.model.set_read_only(read_only)
        self.hint_label.setVisible(not read_only)

    def flush(self) -> None:
        self.table.commit_open_editor()
        self._edits.flush()

    def discard(self) -> None:
        """Forgets pending edits (the round is being deleted)."""
        self._edits.discard()
        self._round = None

    def edited_round(self) -> AssessmentRound | None:
        """The round as the fields and the table show it now."""
        if self._round is None:
            return None
        return replace(self._round, **self.fields.values(), ratings=self.model.ratings())

    def set_saved(self, round_: AssessmentRound, shown: AssessmentRound | None = None) -> None:
        """Remembers the stored version. The fields stay as typed (`shown`), except what the
        store took from someone else's save or a choice between theirs and mine."""
        self._round = round_
        if shown is None:
            return
        with self._edits.suspended():
            self.fields.show_stored(shown, round_)
            if _rated(round_) != _rated(shown) and self._plan is not None:
                where = self.table.currentIndex()
                self.model.set_round(
                    self._plan.snapshot.items, round_, self._plan.snapshot.level_name
                )
                if where.isValid():
                    self.table.setCurrentIndex(self.model.index(where.row(), where.column()))


def _rated(round_: AssessmentRound) -> dict[str, tuple[int | None, str]]:
    return {r.item_id: (r.value, r.comment) for r in round_.ratings}
