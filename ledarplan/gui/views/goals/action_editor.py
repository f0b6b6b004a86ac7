"""The editor of one action in the Kalix form: what, how, why, who, when, how we follow up.

It also holds the 70-20-10 kind, the due date, the status and, when the plan's model offers
ready development activities (Kalix "byggklossar"), the building block the action is based on.
Like the goal editor it only moves data between an `Action` and widgets, through its binding
table (`fields`).
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ledarplan.domain.entities import Action, ActionKind, ActionStatus, Side
from ledarplan.frameworks.schema import Entry, FrameworkPack
from ledarplan.gui import binding
from ledarplan.gui.binding import Bindings, Field
from ledarplan.gui.formatting import format_date
from ledarplan.gui.views.goals.names import (
    action_kind_names,
    action_status_names,
    kind_explanation,
)
from ledarplan.gui.widgets.date_edit import DateEdit
from ledarplan.gui.widgets.eliding_combo import ElidingComboBox

#: The six questions, by the ids a model's talk-questions section uses for them (Kalix).
QUESTION_IDS = {
    "what": "what",
    "how": "how",
    "why": "why",
    "who": "who",
    "when": "when",
    "follow_up": "follow-up",
}


def _paragraph_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _left_aligned(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _entry_label(entry: Entry) -> str:
    return entry.title or (entry.text or "").split("\n", 1)[0]


class ActionEditor(QWidget):
    #: The user chose another status (the page records it; done dates come from the service).
    status_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._side = Side.LEADER  # whose desk: the hints speak to whoever sits there
        self._questions: dict[str, str] = {}
        self._blocks: dict[str, Entry] = {}
        self._loading = False
        self._new_action_text = ""
        self._done_date_text = ""
        self._current_done_date: date | None = None
        self._build()
        self._lay_out()
        # The action's fields, by the names the domain's rules use. The status is not one of
        # them: choosing it is a step of its own (`status_chosen`), which dates a done action.
        self.fields = Bindings(
            Field(
                "building_block",
                self.block_combo,
                self.block_label,
                lambda: self.block_combo.currentData() or None,
                self._show_block,
            ),
            *(self._question_field(name) for name in QUESTION_IDS),
            binding.choice("kind", self.kind_combo, self.kind_label, ActionKind),
            binding.optional_date("due_date", self.due_edit, self.due_label),
        )
        self.block_combo.currentIndexChanged.connect(self._block_chosen)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.retranslate()

    def _build(self) -> None:
        self.block_label = QLabel()
        # Long activity names are cut with "…" in a narrow window (whole in the list and tip).
        self.block_combo = ElidingComboBox()
        self.block_combo.setObjectName("actionBuildingBlock")
        self.block_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.block_combo.setMinimumContentsLength(16)
        self.block_label.setBuddy(self.block_combo)

        self.what_label, self.what_edit = QLabel(), QLineEdit()
        self.how_label, self.how_edit = QLabel(), _paragraph_edit(2)
        self.why_label, self.why_edit = QLabel(), _paragraph_edit(2)
        self.who_label, self.who_edit = QLabel(), QLineEdit()
        self.when_label, self.when_edit = QLabel(), QLineEdit()
        self.follow_up_label, self.follow_up_edit = QLabel(), _paragraph_edit(2)
        for name in QUESTION_IDS:
            label, edit = self._question_widgets(name)
            edit.setObjectName(f"action_{name}")
            label.setBuddy(edit)

        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("actionKind")
        for kind in ActionKind:
            self.kind_combo.addItem("", kind.value)
        self.kind_label.setBuddy(self.kind_combo)

        self.due_label = QLabel()
        self.due_edit = DateEdit()
        self.due_edit.setObjectName("actionDueDate")
        self.due_label.setBuddy(self.due_edit)

        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("actionStatus")
        for status in ActionStatus:
            self.status_combo.addItem("", status.value)
        self.status_label.setBuddy(self.status_combo)
        self.done_label = QLabel()
        self.done_label.setObjectName("actionDoneDate")

    def _question_widgets(self, name: str) -> tuple[QLabel, QLineEdit | QPlainTextEdit]:
        return getattr(self, f"{name}_label"), getattr(self, f"{name}_edit")

    def _question_field(self, name: str) -> Field:
        label, edit = self._question_widgets(name)
        if isinstance(edit, QLineEdit):
            return binding.line(name, edit, label, from_start=True)
        return binding.text(name, edit, label)

    def _lay_out(self) -> None:
        # Two columns of questions keep all six in view beside each other on a laptop screen;
        # the kind, due date and status below them in short rows, and the long labels wrap,
        # so that the editor fits a netbook or a 150 % laptop without scrolling sideways.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        self.follow_up_label.setWordWrap(True)
        grid.addWidget(self.block_label, 0, 0)
        grid.addWidget(self.block_combo, 0, 1, 1, 3)
        grid.addWidget(self.what_label, 1, 0)
        grid.addWidget(self.what_edit, 1, 1, 1, 3)
        grid.addWidget(self.how_label, 2, 0, top)
        grid.addWidget(self.how_edit, 2, 1)
        grid.addWidget(self.why_label, 2, 2, top)
        grid.addWidget(self.why_edit, 2, 3)
        grid.addWidget(self.who_label, 3, 0)
        grid.addWidget(self.who_edit, 3, 1)
        grid.addWidget(self.when_label, 3, 2)
        grid.addWidget(self.when_edit, 3, 3)
        grid.addWidget(self.follow_up_label, 4, 0, top)
        grid.addWidget(self.follow_up_edit, 4, 1, 1, 3)
        grid.addWidget(self.kind_label, 5, 0)
        grid.addLayout(_left_aligned(self.kind_combo), 5, 1)
        grid.addWidget(self.due_label, 5, 2)
        grid.addLayout(_left_aligned(self.due_edit), 5, 3)
        grid.addWidget(self.status_label, 6, 0)
        grid.addLayout(_left_aligned(self.status_combo, self.done_label), 6, 1, 1, 3)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 1)

        order = [
            self.block_combo,
            self.what_edit,
            self.how_edit,
            self.why_edit,
            self.who_edit,
            self.when_edit,
            self.follow_up_edit,
            self.kind_combo,
            self.due_edit,
            self.status_combo,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- texts ---

    def set_desk(self, side: Side) -> None:
        if side is not self._side:
            self._side = side
            self.retranslate()

    def _own_action_text(self) -> str:
        if self._side is Side.MANAGER:
            return self.tr("None – an action of our own")
        return self.tr("None – my own action")

    def retranslate(self) -> None:
        self.block_label.setText(self.tr("Building &block"))
        self.block_combo.setAccessibleName(self.tr("Building block"))
        self.block_combo.setToolTip(
            self.tr(
                "A ready development activity from the leadership model. "
                "Choosing one fills in what and how when they are still empty."
            )
        )
        if self.block_combo.count():
            self.block_combo.setItemText(0, self._own_action_text())
        labels = {
            "what": self.tr("Wh&at"),
            "how": self.tr("H&ow"),
            "why": self.tr("Wh&y"),
            "who": self.tr("&Who"),
            "when": self.tr("Whe&n"),
            "follow_up": self.tr("How we follow u&p"),
        }
        hints = {
            "what": (
                self.tr("What will the leader do?")
                if self._side is Side.MANAGER
                else self.tr("What will you do?")
            ),
            "how": self.tr("How will it be done?"),
            "why": self.tr("Why does it matter?"),
            "who": self.tr("Who does what?"),
            "when": self.tr("When will it be done?"),
            "follow_up": self.tr("How do we follow up?"),
        }
        for name, text in labels.items():
            label, edit = self._question_widgets(name)
            label.setText(text)
            edit.setAccessibleName(text.replace("&", ""))
            # The model's own question wins (shown as it is written, never translated).
            question = self._questions.get(name)
            edit.setPlaceholderText(question or hints[name])
            edit.setToolTip(question or "")
        self._new_action_text = self.tr("New action")

        self.kind_label.setText(self.tr("K&ind"))
        self.kind_combo.setAccessibleName(self.tr("Kind of learning (70-20-10)"))
        explanation = kind_explanation()
        self.kind_combo.setToolTip(explanation)
        self.kind_label.setToolTip(explanation)
        for row, name in enumerate(action_kind_names().values()):
            self.kind_combo.setItemText(row, name)
            self.kind_combo.setItemData(row, explanation, Qt.ItemDataRole.ToolTipRole)
        self.due_label.setText(self.tr("&Due date"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.status_label.setText(self.tr("&Status"))
        self.status_combo.setAccessibleName(self.tr("Action status"))
        for row, name in enumerate(action_status_names().values()):
            self.status_combo.setItemText(row, name)
        self._done_date_text = self.tr("done on %1")
        self._show_done_date(self._current_done_date)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def new_action_text(self) -> str:
        """The "what" of an action just added, which the user is meant to type over."""
        return self._new_action_text

    # --- the model's questions and building blocks ---

    def set_pack(self, pack: FrameworkPack | None) -> None:
        """Takes the talk questions and development activities of the plan's model, if any."""
        self._questions = {}
        self._blocks = {}
        if pack is not None:
            wanted = {question_id: name for name, question_id in QUESTION_IDS.items()}
            for section in pack.context:
                if section.kind == "talk-questions":
                    for entry in section.entries:
                        name = wanted.get(entry.id or "")
                        if name and name not in self._questions:
                            self._questions[name] = entry.text or entry.title or ""
                elif section.kind == "development-activities":
                    for entry in section.entries:
                        if entry.id:
                            self._blocks.setdefault(entry.id, entry)
        self._loading = True
        self.block_combo.clear()
        self.block_combo.addItem("", None)
        for block_id, entry in self._blocks.items():
            self.block_combo.addItem(_entry_label(entry), block_id)
            if entry.text:
                self.block_combo.setItemData(
                    self.block_combo.count() - 1, entry.text, Qt.ItemDataRole.ToolTipRole
                )
        self._loading = False
        visible = bool(self._blocks)
        self.block_label.setVisible(visible)
        self.block_combo.setVisible(visible)
        self.retranslate()

    @property
    def has_building_blocks(self) -> bool:
        return bool(self._blocks)

    def _block_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        entry = self._blocks.get(self.block_combo.itemData(row) or "")
        if entry is None:
            return
        what = self.what_edit.text().strip()
        if not what or what == self._new_action_text:
            self.what_edit.setText(_entry_label(entry))
        if not self.how_edit.toPlainText().strip() and entry.text:
            self.how_edit.setPlainText(entry.text)

    # --- data in and out ---

    def load(self, action: Action | None) -> None:
        action = action or Action(what="")
        self.fields.load(action)
        self.show_status(action)

    def _show_block(self, block_id: str | None) -> None:
        """Shows the chosen building block (without filling in what and how from it)."""
        row = self.block_combo.findData(block_id) if block_id else 0
        if row < 0:
            # An activity the model no longer has: keep it rather than silently drop it.
            self.block_combo.addItem(block_id or "", block_id)
            row = self.block_combo.count() - 1
        self._loading = True
        try:
            self.block_combo.setCurrentIndex(row)
        finally:
            self._loading = False

    def _show_done_date(self, done: date | None) -> None:
        self._current_done_date = done
        text = format_date(done)
        self.done_label.setText(self._done_date_text.replace("%1", text) if text else "")

    def show_status(self, action: Action) -> None:
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
            self._show_done_date(action.done_date if action.status == ActionStatus.DONE else None)
        finally:
            self._loading = False

    def apply(self, action: Action) -> None:
        """Writes the widgets into `action` (all but the status, see `status_chosen`)."""
        self.fields.apply(action)

    def _status_changed(self, row: int) -> None:
        status = self.status_combo.itemData(row)
        if not self._loading and status:
            self.status_chosen.emit(ActionStatus(status))

    def focus_what(self) -> None:
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.what_edit.selectAll()
