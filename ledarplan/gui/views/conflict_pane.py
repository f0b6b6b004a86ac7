"""What both sides changed, to decide: the conflicts of a merge (File → Update plan from
file…) and of a save someone else made meanwhile (the organisation's database).

A table of the conflicts; the one selected side by side — mine and theirs, each with who
changed it and when —; and the choice: keep mine, take theirs, or (for a text) keep both.
Decided one by one, or all at once. The dialogs around it say where mine and theirs come from
(`retranslate`) and what each side's "when" is (`sides`); nothing is written here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.sync import Choice, Conflict
from ledarplan.gui.models.merge_preview import (
    COL_CHOICE,
    COL_FIELD,
    COL_MINE,
    COL_THEIRS,
    COL_WHAT,
    ConflictTableModel,
)
from ledarplan.gui.views.merge_rows import conflict_rows, full_value

_UNDECIDED_STYLE = "color: #b00020; font-weight: bold;"


class ConflictPane(QWidget):
    #: The number of conflicts still to decide, whenever a choice changes.
    decisions_changed = Signal(int)

    def __init__(
        self,
        sides: Callable[[Conflict], tuple[str, str]],
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        table_name: str,
    ):
        """`sides`: who changed each side of a conflict and when (mine, theirs), in words.
        `labels`: the names of the model's items, for values that are item ids."""
        super().__init__(parent)
        self._sides = sides
        self._labels = dict(labels or {})
        self.conflicts = ConflictTableModel(self)
        self.undecided_label = QLabel()
        self.undecided_label.setObjectName("undecidedLabel")
        self.keep_all_button = QPushButton()
        self.keep_all_button.setObjectName("keepAllMine")
        self.keep_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.MINE))
        self.take_all_button = QPushButton()
        self.take_all_button.setObjectName("takeAllTheirs")
        self.take_all_button.clicked.connect(lambda: self.conflicts.choose_all(Choice.THEIRS))
        self.table = self._conflict_table(table_name)
        self.mine_box, self.mine_when, self.mine_text = side_box("mineValue")
        self.theirs_box, self.theirs_when, self.theirs_text = side_box("theirsValue")
        self.radios = {choice: QRadioButton() for choice in Choice}
        self.choice_group = QButtonGroup(self)
        for choice, radio in self.radios.items():
            self.choice_group.addButton(radio)
            radio.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
        self._lay_out()
        self.conflicts.choices_changed.connect(self._update)
        self.table.selectionModel().currentRowChanged.connect(self._show_conflict)

    def _conflict_table(self, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(self.conflicts)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        for column in (COL_WHAT, COL_FIELD, COL_CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_MINE, COL_THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.undecided_label, 1)
        actions.addWidget(self.keep_all_button)
        actions.addWidget(self.take_all_button)
        sides = QHBoxLayout()
        sides.addWidget(self.mine_box, 1)
        sides.addWidget(self.theirs_box, 1)
        radios = QHBoxLayout()
        for radio in self.radios.values():
            radios.addWidget(radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.table, 3)
        layout.addLayout(sides, 2)
        layout.addLayout(radios)

    # --- texts -----------------------------------------------------------------------------

    def retranslate(
        self, conflicts: list[Conflict], *, mine: tuple[str, str], theirs: tuple[str, str]
    ) -> None:
        """The pane's words in the language now, with the dialog's own for the two sides
        (`mine`, `theirs`: the table's column heading and the side's title); `conflicts` are
        shown again in it, the choices made so far kept."""
        self.keep_all_button.setText(self.tr("Keep all mi&ne"))
        self.take_all_button.setText(self.tr("Take all thei&rs"))
        names = {
            Choice.MINE: self.tr("Keep mine"),
            Choice.THEIRS: self.tr("Take theirs"),
            Choice.BOTH: self.tr("Keep both"),
        }
        headers = [self.tr("What"), self.tr("Field"), mine[0], theirs[0], self.tr("Decision")]
        self.conflicts.set_texts(headers, names, self.tr("To decide"))
        row = self.current_row()
        self.conflicts.set_rows(conflict_rows(conflicts, self._labels))
        if row >= 0:
            self.select(row)
        self.mine_box.setTitle(mine[1])
        self.theirs_box.setTitle(theirs[1])
        self.radios[Choice.MINE].setText(self.tr("Keep &mine"))
        self.radios[Choice.THEIRS].setText(self.tr("Take &theirs"))
        self.radios[Choice.BOTH].setText(self.tr("Keep &both"))
        self.radios[Choice.BOTH].setToolTip(
            self.tr("Both texts are kept: yours first, then theirs, marked with the desk and date.")
        )
        self._show_conflict()
        self._update()

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
        """Decides the conflict in view."""
        self.conflicts.set_choice(self.current_row(), choice)

    def choices(self) -> dict[str, Choice]:
        return self.conflicts.choices()

    def undecided(self) -> int:
        return self.conflicts.undecided()

    def _show_conflict(self, *_args: object) -> None:
        entry = self.conflicts.row_at(self.current_row())
        conflict = entry.conflict if entry else None
        for box in (self.mine_box, self.theirs_box):
            box.setEnabled(conflict is not None)
        for choice, radio in self.radios.items():
            radio.setEnabled(conflict is not None and (choice is not Choice.BOTH or conflict.text))
        if conflict is None:
            for widget in (self.mine_when, self.mine_text, self.theirs_when, self.theirs_text):
                widget.clear()
            return
        mine_when, theirs_when = self._sides(conflict)
        self.mine_when.setText(mine_when)
        self.theirs_when.setText(theirs_when)
        self.mine_text.setPlainText(full_value(conflict, conflict.mine, self._labels))
        self.theirs_text.setPlainText(full_value(conflict, conflict.theirs, self._labels))
        self._update()

    def _update(self) -> None:
        left = self.conflicts.undecided()
        if left:
            self.undecided_label.setText(self.tr("%n conflict(s) still to decide", "", left))
            self.undecided_label.setStyleSheet(_UNDECIDED_STYLE)
        else:
            self.undecided_label.setText(self.tr("Every conflict is decided."))
            self.undecided_label.setStyleSheet("")
        chosen = self.conflicts.choice(self.current_row())
        self.choice_group.setExclusive(False)  # so that none shows checked while undecided
        for choice, radio in self.radios.items():
            radio.setChecked(choice is chosen)
        self.choice_group.setExclusive(True)
        self.decisions_changed.emit(left)


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
