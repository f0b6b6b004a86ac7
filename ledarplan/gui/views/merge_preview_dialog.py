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

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import PlanBundle, Side
from ledarplan.domain.sync import Choice, Conflict, MergeOutcome
from ledarplan.gui.merge_texts import stamp_text
from ledarplan.gui.models.merge_preview import ChangeTreeModel
from ledarplan.gui.views.conflict_pane import ConflictPane
from ledarplan.gui.views.merge_rows import change_groups, lookups, notes_html, person_html
from ledarplan.gui.widgets.fitting import screen_sized, scrolling
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
        self._build_top()
        self.conflicts_box = QGroupBox()
        self.pane = ConflictPane(_stamps, self._labels, table_name="mergeConflicts")
        self._build_foot()
        self._lay_out()
        self.pane.decisions_changed.connect(self._update_decisions)
        self.retranslate()
        if self.pane.conflicts.rowCount():
            self.pane.select(0)

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

        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.pane)

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

        # On a short screen (a laptop at 150 %) the preview scrolls; its buttons stay in view.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.intro)
        body_layout.addWidget(self.nothing_label)
        body_layout.addWidget(self.splitter, 1)
        body_layout.addWidget(self.notes_label)
        body_layout.addWidget(self.person_check)
        body_layout.addWidget(self.person_label)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, "mergePreviewScroll"), 1)
        layout.addWidget(self.buttons)

        outcome = self.outcome
        self.nothing_label.setVisible(outcome.nothing_new)
        self.splitter.setVisible(bool(outcome.changes or outcome.conflicts))
        self.changes_box.setVisible(bool(outcome.changes))
        self.conflicts_box.setVisible(bool(outcome.conflicts))
        self.notes_label.setVisible(bool(outcome.refused or outcome.unsigned))
        self.person_check.setVisible(bool(outcome.person))
        self.person_label.setVisible(bool(outcome.person))
        self.resize(screen_sized(self, QSize(1040, 720 if outcome.conflicts else 520)))

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
        self.pane.retranslate(
            outcome.conflicts,
            mine=(self.tr("Mine (here)"), self.tr("Mine — this copy")),
            theirs=(self.tr("Theirs (in the file)"), self.tr("Theirs — in the file")),
        )
        self.notes_label.setText(notes_html(self.outcome))
        self.person_check.setText(self.tr("Also take the person's details from the file"))
        self.person_label.setText(person_html(self.outcome))
        self.merge_button.setText(
            self.tr("OK") if outcome.nothing_new else self.tr("&Update the plan")
        )
        self._update_decisions(self.pane.undecided())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- deciding --------------------------------------------------------------------------

    def _update_decisions(self, left: int) -> None:
        self.merge_button.setEnabled(left == 0)
        self.merge_button.setToolTip(
            self.tr("Decide every conflict first: keep mine, take theirs, or keep both.")
            if left
            else ""
        )

    def decision(self) -> MergeDecision:
        return MergeDecision(self.pane.choices(), self.person_check.isChecked())

    def accept(self) -> None:
        if self.pane.undecided():
            return  # the button is off; Enter must not get round it
        super().accept()


def _stamps(conflict: Conflict) -> tuple[str, str]:
    """Who changed each side and when: "Changed at the manager's desk on …"."""
    return stamp_text(conflict.my_stamp), stamp_text(conflict.their_stamp)
