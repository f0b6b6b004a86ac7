"""Someone else saved the same record while it was being edited here (the organisation's
database): each value both changed is shown side by side — mine, as typed here, and theirs, as
stored, with who saved it and when — to keep mine, take theirs or keep both, as in a merge's
conflicts. Nothing is written here; until the user decides, what they typed stays on screen
unsaved. Every page of a plan uses it (see `PlanPage.store_edited`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.desk_records import kind_of, title_of
from ledarplan.domain.entities import Side, Stamp
from ledarplan.domain.saved_meanwhile import Rebased
from ledarplan.domain.sync import Choice
from ledarplan.gui.formatting import format_datetime, format_time
from ledarplan.gui.merge_texts import record_text
from ledarplan.gui.models.merge_preview import COL_CHOICE, COL_FIELD, COL_WHAT, ConflictTableModel
from ledarplan.gui.views.merge_preview_dialog import side_box
from ledarplan.gui.views.merge_rows import conflict_rows, full_value


class SavedMeanwhileDialog(QDialog):
    def __init__(
        self,
        rebased: Rebased,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        here: Side | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("savedMeanwhileDialog")
        self.rebased = rebased
        #: Whose desk this window is (their save is "yours, elsewhere"); None: not known.
        self._here = here
        self._labels = dict(labels or {})
        self.conflicts = ConflictTableModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.undecided_label = QLabel()
        self.keep_all_button = QPushButton()
        self.keep_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.MINE))
        self.take_all_button = QPushButton()
        self.take_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.THEIRS))
        self.table = QTableView()
        self.table.setObjectName("meanwhileConflicts")
        self.table.setModel(self.conflicts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.conflicts.columnCount()):
            fixed = column in (COL_WHAT, COL_FIELD, COL_CHOICE)
            mode = (
                QHeaderView.ResizeMode.ResizeToContents if fixed else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        self.mine_box, self.mine_when, self.mine_text = side_box("mineValue")
        self.theirs_box, self.theirs_when, self.theirs_text = side_box("theirsValue")
        self.radios = {choice: QRadioButton() for choice in Choice}
        self.choice_group = QButtonGroup(self)
        for choice, radio in self.radios.items():
            self.choice_group.addButton(radio)
            radio.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.conflicts.choices_changed.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(self._show_conflict)
        self.retranslate()
        if self.conflicts.rowCount():
            self.select(0)
        self.resize(900, 560)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.undecided_label, 1)
        top.addWidget(self.keep_all_button)
        top.addWidget(self.take_all_button)
        sides = QHBoxLayout()
        sides.addWidget(self.mine_box, 1)
        sides.addWidget(self.theirs_box, 1)
        radios = QHBoxLayout()
        for radio in self.radios.values():
            radios.addWidget(radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addLayout(sides, 2)
        layout.addLayout(radios)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        stored = self.rebased.stored
        self.setWindowTitle(self.tr("Saved by someone else meanwhile"))
        self.heading.setText(
            self.tr("Someone else saved %1 while you were changing it.").replace(
                "%1", record_text(kind_of(stored), title_of(stored))
            )
        )
        self.intro.setText(
            self.tr(
                "Everything else of theirs and yours is kept. For what you both changed, choose "
                "below: keep yours, take theirs, or keep both texts. Until you save, what you "
                "typed stays on your screen and nothing is written."
            )
        )
        self.keep_all_button.setText(self.tr("Keep all mi&ne"))
        self.take_all_button.setText(self.tr("Take all thei&rs"))
        names = {
            Choice.MINE: self.tr("Keep mine"),
            Choice.THEIRS: self.tr("Take theirs"),
            Choice.BOTH: self.tr("Keep both"),
        }
        headers = [
            self.tr("What"),
            self.tr("Field"),
            self.tr("Mine (typed here)"),
            self.tr("Theirs (saved)"),
            self.tr("Decision"),
        ]
        self.conflicts.set_texts(headers, names, self.tr("To decide"))
        row = self.current_row()
        self.conflicts.set_rows(conflict_rows(self.rebased.conflicts, self._labels))
        if row >= 0:
            self.select(row)
        self.mine_box.setTitle(self.tr("Mine — typed here"))
        self.theirs_box.setTitle(self.tr("Theirs — saved meanwhile"))
        self.radios[Choice.MINE].setText(self.tr("Keep &mine"))
        self.radios[Choice.THEIRS].setText(self.tr("Take &theirs"))
        self.radios[Choice.BOTH].setText(self.tr("Keep &both"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        self._show_conflict()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- deciding --------------------------------------------------------------------------

    def select(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.conflicts.index(row, COL_WHAT),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def choose(self, choice: Choice) -> None:
        self.conflicts.set_choice(self.current_row(), choice)

    def _show_conflict(self, *_args: object) -> None:
        entry = self.conflicts.row_at(self.current_row())
        conflict = entry.conflict if entry else None
        for choice, radio in self.radios.items():
            radio.setEnabled(conflict is not None and (choice is not Choice.BOTH or conflict.text))
        if conflict is None:
            for widget in (self.mine_when, self.mine_text, self.theirs_when, self.theirs_text):
                widget.clear()
            return
        self.mine_when.setText(self.tr("Typed here, not saved"))
        self.theirs_when.setText(self.saved_text(conflict.their_stamp))
        self.mine_text.setPlainText(full_value(conflict, conflict.mine, self._labels))
        self.theirs_text.setPlainText(full_value(conflict, conflict.theirs, self._labels))
        self._update()

    def saved_text(self, stamp: Stamp | None, now: datetime | None = None) -> str:
        """Who saved their value and when, on the database: "Saved by the manager at 14:02"
        (today), "… on 03/12/2026 14:02" (an earlier day), in the user's time zone."""
        if stamp is None:
            return self.tr("Saved by someone else meanwhile")
        at = stamp.at.astimezone() if stamp.at.tzinfo else stamp.at
        now = now or datetime.now(at.tzinfo)
        today = at.date() == now.date()
        if stamp.side is self._here:
            text = (
                self.tr("Saved by you, in another window, at %1")
                if today
                else self.tr("Saved by you, in another window, on %1")
            )
        elif stamp.side is Side.MANAGER:
            text = (
                self.tr("Saved by the manager at %1")
                if today
                else self.tr("Saved by the manager on %1")
            )
        else:
            text = (
                self.tr("Saved by the leader at %1")
                if today
                else self.tr("Saved by the leader on %1")
            )
        return text.replace("%1", format_time(at) if today else format_datetime(at))

    def _update(self) -> None:
        left = self.conflicts.undecided()
        if left:
            self.undecided_label.setText(self.tr("%n conflict(s) still to decide", "", left))
        else:
            self.undecided_label.setText(self.tr("Every conflict is decided."))
        self.save_button.setEnabled(left == 0)
        chosen = self.conflicts.choice(self.current_row())
        self.choice_group.setExclusive(False)
        for choice, radio in self.radios.items():
            radio.setChecked(choice is chosen)
        self.choice_group.setExclusive(True)

    def choices(self) -> dict[str, Choice]:
        return self.conflicts.choices()

    def accept(self) -> None:
        if self.conflicts.undecided():
            return
        super().accept()


def run_dialog(dialog: SavedMeanwhileDialog) -> dict[str, Choice] | None:
    """The choices, or None when the user decides later."""
    return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
