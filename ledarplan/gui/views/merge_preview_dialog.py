"""Before a file from the other desk updates the plan: what it would change, and the conflicts.

What the other desk added, changed and removed is listed per part of the plan. A value both
desks changed since their copies last met is a conflict: shown side by side (mine / theirs, with
who changed it and when), decided one by one or all at once; free text can be kept as both.
Parts the file may not change (this desk's own) and a signature the merge withdraws are said
plainly. Nothing is written here: the dialog only gathers the decisions, and "Update the plan"
is offered once every conflict is decided.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import PlanBundle, Side
from ledarplan.domain.sync import Choice, MergeOutcome
from ledarplan.gui.merge_texts import (
    stamp_text,
)
from ledarplan.gui.models.merge_preview import (
    COL_CHOICE,
    COL_FIELD,
    COL_MINE,
    COL_THEIRS,
    COL_WHAT,
    ChangeTreeModel,
    ConflictTableModel,
)
from ledarplan.gui.views.merge_rows import (
    change_groups,
    conflict_rows,
    full_value,
    lookups,
    notes_html,
    person_html,
)
from ledarplan.services.merging import MergePreview

_NOTE_STYLE = "#mergeNotes { background: #fff8e8; border: 1px solid #e0c48a; padding: 6px; }"


@dataclass(frozen=True)
class MergeDecision:
    """What the user chose: each conflict by its key, and whether to take the person's details."""

    choices: dict[str, Choice] = field(default_factory=dict)
    take_person: bool = False


class MergePreviewDialog(QDialog):
    def __init__(
        self,
        preview: MergePreview,
        here: Side,
        current: PlanBundle | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("mergePreviewDialog")
        assert preview.outcome is not None, "a plan not here is imported, not previewed"
        self.preview = preview
        self.outcome: MergeOutcome = preview.outcome
        self._here = here
        self._labels, self._talk_agreements = lookups(self.outcome.bundle, current)
        self.changes = ChangeTreeModel(self)
        self.conflicts = ConflictTableModel(self)
        self._build_top()
        self._build_conflicts()
        self._build_foot()
        self._lay_out()
        self.conflicts.choices_changed.connect(self._update_decisions)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._show_conflict)
        self.retranslate()
        if self.conflicts.rowCount():
            self.select_conflict(0)

    # --- building --------------------------------------------------------------------------

    def _build_top(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("mergeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.nothing_label = QLabel()
        self.nothing_label.setObjectName("nothingNewLabel")
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.changes_box = QGroupBox()
        self.change_view = QTreeView()
        self.change_view.setObjectName("mergeChanges")
        self.change_view.setModel(self.changes)
        self.change_view.setUniformRowHeights(True)
        self.change_view.setAlternatingRowColors(True)
        self.change_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _build_conflicts(self) -> None:
        self.conflicts_box = QGroupBox()
        self.undecided_label = QLabel()
        self.undecided_label.setObjectName("undecidedLabel")
        self.keep_all_button = QPushButton()
        self.keep_all_button.setObjectName("keepAllMine")
        self.keep_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.MINE))
        self.take_all_button = QPushButton()
        self.take_all_button.setObjectName("takeAllTheirs")
        self.take_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.THEIRS))
        self.conflict_view = QTableView()
        self.conflict_view.setObjectName("mergeConflicts")
        self.conflict_view.setModel(self.conflicts)
        self.conflict_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_view.setWordWrap(False)
        self.conflict_view.verticalHeader().setVisible(False)
        rows = self.conflict_view.verticalHeader()
        rows.setDefaultSectionSize(self.conflict_view.fontMetrics().height() + 10)
        header = self.conflict_view.horizontalHeader()
        for column in (COL_WHAT, COL_FIELD, COL_CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_MINE, COL_THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.mine_box, self.mine_when, self.mine_text = side_box("mineValue")
        self.theirs_box, self.theirs_when, self.theirs_text = side_box("theirsValue")
        self.keep_mine_radio = QRadioButton()
        self.take_theirs_radio = QRadioButton()
        self.keep_both_radio = QRadioButton()
        self.choice_group = QButtonGroup(self)
        for radio, choice in (
            (self.keep_mine_radio, Choice.MINE),
            (self.take_theirs_radio, Choice.THEIRS),
            (self.keep_both_radio, Choice.BOTH),
        ):
            self.choice_group.addButton(radio)
            radio.clicked.connect(lambda _checked=False, c=choice: self.choose(c))

    def _build_foot(self) -> None:
        self.notes_label = QLabel()
        self.notes_label.setObjectName("mergeNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setStyleSheet(_NOTE_STYLE)
        self.person_check = QCheckBox()
        self.person_check.setObjectName("takePersonCheck")
        self.person_label = QLabel()
        self.person_label.setWordWrap(True)
        self.person_label.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(self.change_view)

        actions = QHBoxLayout()
        actions.addWidget(self.undecided_label, 1)
        actions.addWidget(self.keep_all_button)
        actions.addWidget(self.take_all_button)
        sides = QHBoxLayout()
        sides.addWidget(self.mine_box, 1)
        sides.addWidget(self.theirs_box, 1)
        radios = QHBoxLayout()
        for radio in (self.keep_mine_radio, self.take_theirs_radio, self.keep_both_radio):
            radios.addWidget(radio)
        radios.addStretch(1)
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addLayout(actions)
        conflicts_layout.addWidget(self.conflict_view, 3)
        conflicts_layout.addLayout(sides, 2)
        conflicts_layout.addLayout(radios)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.changes_box)
        self.splitter.addWidget(self.conflicts_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        # The list of changes as high as it needs (up to ten lines), the conflicts the rest.
        lines = len(self.outcome.changes) + 4  # with its parts and its header
        line = self.change_view.fontMetrics().height() + 6
        self.splitter.setSizes([min(lines, 10) * line, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.nothing_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.person_check)
        layout.addWidget(self.person_label)
        layout.addWidget(self.buttons)

        outcome = self.outcome
        self.nothing_label.setVisible(outcome.nothing_new)
        self.splitter.setVisible(bool(outcome.changes or outcome.conflicts))
        self.changes_box.setVisible(bool(outcome.changes))
        self.conflicts_box.setVisible(bool(outcome.conflicts))
        self.notes_label.setVisible(bool(outcome.refused or outcome.unsigned))
        self.person_check.setVisible(bool(outcome.person))
        self.person_label.setVisible(bool(outcome.person))
        screen = self.screen().availableGeometry() if self.screen() else None
        high = screen.height() - 40 if screen else 720
        self.resize(1040, min(720 if outcome.conflicts else 520, high))

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        outcome = self.outcome
        self.setWindowTitle(self.tr("Update the plan from a file"))
        self.heading.setText(
            self.tr("The plan of %1, from %2")
            .replace("%1", self.preview.person_name)
            .replace("%2", self.preview.file.name)
        )
        if self._here is Side.LEADER:
            self.intro.setText(
                self.tr(
                    "What your manager added, changed and removed is listed below, with what "
                    "you both changed. Nothing is written until you choose Update the plan."
                )
            )
            title = self.tr("From your manager: %n change(s)", "", len(outcome.changes))
        else:
            self.intro.setText(
                self.tr(
                    "What the leader added, changed and removed is listed below, with what you "
                    "both changed. Nothing is written until you choose Update the plan."
                )
            )
            title = self.tr("From the leader: %n change(s)", "", len(outcome.changes))
        self.changes_box.setTitle(title)
        self.changes.set_groups(
            change_groups(self.outcome, self._talk_agreements),
            (self.tr("What"), self.tr("Change")),
        )
        self.change_view.expandAll()
        self.change_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.change_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.nothing_label.setText(self.tr("Nothing new in this file."))

        self.conflicts_box.setTitle(
            self.tr("Changed at both desks: %n conflict(s)", "", len(outcome.conflicts))
        )
        self.keep_all_button.setText(self.tr("Keep all mi&ne"))
        self.take_all_button.setText(self.tr("Take all thei&rs"))
        self.conflicts.set_texts(
            [
                self.tr("What"),
                self.tr("Field"),
                self.tr("Mine (here)"),
                self.tr("Theirs (in the file)"),
                self.tr("Decision"),
            ],
            self._choice_names(),
            self.tr("To decide"),
        )
        row = self.current_row()
        # The choices made so far are kept.
        self.conflicts.set_rows(conflict_rows(self.outcome.conflicts, self._labels))
        if row >= 0:
            self.select_conflict(row)
        self.mine_box.setTitle(self.tr("Mine — this copy"))
        self.theirs_box.setTitle(self.tr("Theirs — in the file"))
        self.keep_mine_radio.setText(self.tr("Keep &mine"))
        self.take_theirs_radio.setText(self.tr("Take &theirs"))
        self.keep_both_radio.setText(self.tr("Keep &both"))
        self.keep_both_radio.setToolTip(
            self.tr("Both texts are kept: yours first, then theirs, marked with the desk and date.")
        )
        self.notes_label.setText(notes_html(self.outcome))
        self.person_check.setText(self.tr("Also take the person's details from the file"))
        self.person_label.setText(person_html(self.outcome))
        self.merge_button.setText(
            self.tr("OK") if outcome.nothing_new else self.tr("&Update the plan")
        )
        self._show_conflict()
        self._update_decisions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choice_names(self) -> dict[Choice, str]:
        return {
            Choice.MINE: self.tr("Keep mine"),
            Choice.THEIRS: self.tr("Take theirs"),
            Choice.BOTH: self.tr("Keep both"),
        }

    # --- deciding --------------------------------------------------------------------------

    def select_conflict(self, row: int) -> None:
        self.conflict_view.selectionModel().setCurrentIndex(
            self.conflicts.index(row, COL_WHAT),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current_row(self) -> int:
        index = self.conflict_view.currentIndex()
        return index.row() if index.isValid() else -1

    def choose(self, choice: Choice) -> None:
        """Decides the conflict in view."""
        self.conflicts.set_choice(self.current_row(), choice)

    def _show_conflict(self, *_args: object) -> None:
        entry = self.conflicts.row_at(self.current_row())
        conflict = entry.conflict if entry else None
        for widget in (self.mine_box, self.theirs_box, self.keep_mine_radio):
            widget.setEnabled(conflict is not None)
        self.take_theirs_radio.setEnabled(conflict is not None)
        self.keep_both_radio.setEnabled(conflict is not None and conflict.text)
        if conflict is None:
            for label, text in (
                (self.mine_when, self.mine_text),
                (self.theirs_when, self.theirs_text),
            ):
                label.clear()
                text.clear()
            return
        self.mine_when.setText(stamp_text(conflict.my_stamp))
        self.theirs_when.setText(stamp_text(conflict.their_stamp))
        self.mine_text.setPlainText(full_value(conflict, conflict.mine, self._labels))
        self.theirs_text.setPlainText(full_value(conflict, conflict.theirs, self._labels))
        self._show_choice()

    def _show_choice(self) -> None:
        chosen = self.conflicts.choice(self.current_row())
        radios = {
            Choice.MINE: self.keep_mine_radio,
            Choice.THEIRS: self.take_theirs_radio,
            Choice.BOTH: self.keep_both_radio,
        }
        self.choice_group.setExclusive(False)  # so that none shows checked while undecided
        for choice, radio in radios.items():
            radio.setChecked(choice is chosen)
        self.choice_group.setExclusive(True)

    def _update_decisions(self) -> None:
        left = self.conflicts.undecided()
        if left:
            self.undecided_label.setText(self.tr("%n conflict(s) still to decide", "", left))
            self.undecided_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.undecided_label.setText(self.tr("Every conflict is decided."))
            self.undecided_label.setStyleSheet("")
        self.merge_button.setEnabled(left == 0)
        self.merge_button.setToolTip(
            self.tr("Decide every conflict first: keep mine, take theirs, or keep both.")
            if left
            else ""
        )
        self._show_choice()

    def decision(self) -> MergeDecision:
        return MergeDecision(self.conflicts.choices(), self.person_check.isChecked())

    def accept(self) -> None:
        if self.conflicts.undecided():
            return  # the button is off; Enter must not get round it
        super().accept()


def side_box(name: str) -> tuple[QGroupBox, QLabel, QPlainTextEdit]:
    """One side of a conflict: who changed it and when, above the value."""
    box = QGroupBox()
    when = QLabel()
    when.setObjectName(f"{name}When")
    text = QPlainTextEdit()
    text.setObjectName(name)
    text.setReadOnly(True)
    lines = text.fontMetrics().lineSpacing()
    text.setMinimumHeight(lines * 3 + 12)
    text.setMaximumHeight(lines * 7 + 12)  # a long text scrolls; the list keeps its room
    layout = QVBoxLayout(box)
    layout.addWidget(when)
    layout.addWidget(text, 1)
    return box, when, text
