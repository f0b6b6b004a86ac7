"""One side's preparation (the leader's or the manager's): questions above, the answer below.

Edits in the editor go straight into the table's model (so the table follows the typing) and
are saved by the page's edit session. Besides the questions, a side picks conversation cards
from the model's deck ("Choose themes…", which the page answers) or writes a theme of its own;
the order of the questions, and so of the themes in the PDF, is theirs to set.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.entities import PrepAnswer, TimeFrame
from ledarplan.frameworks.cards import card_id_of, is_common_theme, is_own_card, own_card_key
from ledarplan.gui.desks import OtherDeskNote
from ledarplan.gui.edit_session import EditSession
from ledarplan.gui.models.prep_table import (
    COL_ANSWER,
    COL_PRIVATE,
    COL_QUESTION,
    COL_TIMEFRAME,
    PrepTableModel,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.talk.row_buttons import RowButtons
from ledarplan.gui.widgets.fitting import AllLinesShown

#: An answer marked private is tinted like its row in the table.
_PRIVATE_STYLE = "QPlainTextEdit { background: #fff8e8; }"
_TIMEFRAMES = (TimeFrame.NONE, TimeFrame.BACK, TimeFrame.NOW, TimeFrame.AHEAD)


class _RoomyDelegate(QStyledItemDelegate):
    """Wrapped questions need air between rows to be read as separate questions."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 8)


class PrepPanel(QGroupBox):
    #: A question was added, removed or moved (the page saves at once).
    rows_changed = Signal()
    #: The user wants to choose cards from the model's deck (the page asks and saves).
    themes_requested = Signal()

    def __init__(self, edits: EditSession, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self._prompts = prompts
        self._filling = False
        self.desk_note = OtherDeskNote()
        self.model = PrepTableModel(self)
        self._build_table()
        self._build_editor()
        self._lay_out()
        edits.watch(self.question_edit, self.timeframe_combo, self.answer_edit, self.private_check)
        self.question_edit.textChanged.connect(self._question_edited)
        self.timeframe_combo.currentIndexChanged.connect(self._timeframe_chosen)
        self.answer_edit.textChanged.connect(self._answer_edited)
        self.private_check.toggled.connect(self._private_toggled)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._show_current)
        self.retranslate()

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(_RoomyDelegate(self.table))
        self.table.setWordWrap(True)  # questions are read whole; answers show their start
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TIMEFRAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ANSWER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PRIVATE, QHeaderView.ResizeMode.ResizeToContents)
        # Row heights follow the wrapped questions: recompute when widths or texts change.
        header.sectionResized.connect(self._fit_rows)
        header.geometriesChanged.connect(self._fit_rows)
        for signal in (
            self.model.modelReset,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            signal.connect(self._fit_rows)

        # Two rows at least; a low window gives the rest to the answer, and the table scrolls.
        rows = self.table.verticalHeader().defaultSectionSize() * 2
        self.table.setMinimumHeight(header.sizeHint().height() + rows + 4)
        self.rows = RowButtons(
            self.table, self.add_question, self.remove_question, self.move_question
        )
        self.add_button, self.remove_button = self.rows.add_button, self.rows.remove_button
        self.up_button, self.down_button = self.rows.move_buttons
        self.themes_button = QPushButton()
        self.themes_button.clicked.connect(self.themes_requested)
        self.own_theme_button = QPushButton()
        self.own_theme_button.clicked.connect(self.add_own_theme)

    def _build_editor(self) -> None:
        self.question_label = QLabel()  # the model's own questions: shown, not edited
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.question_label.font()
        font.setBold(True)
        self.question_label.setFont(font)
        self.question_edit = QPlainTextEdit()  # free questions
        self.question_edit.setTabChangesFocus(True)
        line = self.question_edit.fontMetrics().lineSpacing()
        self.question_edit.setFixedHeight(line * 2 + 14)
        self.question_caption = QLabel()
        self.question_caption.setBuddy(self.question_edit)

        self.timeframe_combo = QComboBox()
        self.timeframe_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for timeframe in _TIMEFRAMES:
            self.timeframe_combo.addItem("", timeframe.value)
        self.timeframe_caption = QLabel()
        self.timeframe_caption.setBuddy(self.timeframe_combo)

        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        # Grows with the room there is; a low window still shows two lines of the answer.
        self.answer_edit.setMinimumHeight(self.answer_edit.fontMetrics().lineSpacing() * 2 + 12)
        self.answer_caption = QLabel()
        self.answer_caption.setBuddy(self.answer_edit)

        self.private_check = QCheckBox()
        self.private_note = QLabel()
        self.private_note.setWordWrap(True)
        self.private_note.setObjectName("privateNote")
        AllLinesShown(self.private_note)  # below the check box, never under it

    def _lay_out(self) -> None:
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        # The themes on a row of their own above the questions, the row buttons below: two
        # short rows fit beside the other side's preparation in a narrow window.
        themes = QHBoxLayout()
        themes.setContentsMargins(0, 0, 0, 0)
        themes.addWidget(self.themes_button)
        themes.addWidget(self.own_theme_button)
        themes.addStretch(1)
        upper_layout.addLayout(themes)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(self.rows.row())

        question = QWidget()
        question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        question_layout = QVBoxLayout(question)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.question_label)
        question_layout.addWidget(self.question_edit)

        privacy = QVBoxLayout()
        privacy.setSpacing(2)
        privacy.addWidget(self.private_check)
        privacy.addWidget(self.private_note)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.question_caption, question)
        form.addRow(self.timeframe_caption, self.timeframe_combo)
        form.addRow(self.answer_caption, self.answer_edit)
        form.addRow("", privacy)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.desk_note)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.model.set_labels(
            headers={
                COL_TIMEFRAME: self.tr("Time frame"),
                COL_QUESTION: self.tr("Question"),
                COL_ANSWER: self.tr("Answer"),
                COL_PRIVATE: self.tr("Shared"),
            },
            timeframes=self.timeframe_names(),
            private=self.tr("Private"),
            record=self.tr("For the record"),
            card=self.tr("Theme: %1"),
            own_card=self.tr("Own theme: %1"),
            common=self.tr("Common theme: %1"),
        )
        names = self.timeframe_names()
        for row, timeframe in enumerate(_TIMEFRAMES):
            text = names[timeframe] if timeframe != TimeFrame.NONE else self.tr("(none)")
            self.timeframe_combo.setItemText(row, text)
        self.rows.set_texts(
            (
                self.tr("Add q&uestion"),
                self.tr("Add a question of your own (Insert)"),
                self.tr("Add question"),
            ),
            (
                self.tr("Remove"),
                self.tr("Remove the selected question (Delete)"),
                self.tr("Remove question"),
            ),
            (
                (self.tr("Move the question up (Ctrl+Up)"), self.tr("Move up")),
                (self.tr("Move the question down (Ctrl+Down)"), self.tr("Move down")),
            ),
        )
        self._remove_tip = self.tr("Remove the selected question (Delete)")
        self._common_tip = self.tr(
            "A common theme is discussed in every talk: it stays in the preparation"
        )
        self.remove_button.setToolTip(self._remove_tip)
        self.themes_button.setText(self.tr("Choose theme&s…"))
        self.themes_button.setToolTip(
            self.tr(
                "Pick conversation cards from the leadership model: the themes you want to "
                "talk about become questions of your preparation"
            )
        )
        self.own_theme_button.setText(self.tr("O&wn theme"))
        self.own_theme_button.setToolTip(self.tr("Write a theme of your own for the talk"))
        self.question_caption.setText(self.tr("&Question:"))
        self.question_label.setToolTip(self.tr("This question comes from the leadership model."))
        self.timeframe_caption.setText(self.tr("Ti&me frame:"))
        self.answer_caption.setText(self.tr("&Answer:"))
        self.private_check.setText(self.tr("&Private"))
        self.table.setAccessibleName(self.tr("Questions"))
        self.question_edit.setAccessibleName(self.tr("Question"))
        self.timeframe_combo.setAccessibleName(self.tr("Time frame"))
        self.answer_edit.setAccessibleName(self.tr("Answer"))
        self.private_check.setAccessibleName(self.tr("Private answer"))
        self._show_privacy(self.private_check.isChecked())

    def timeframe_names(self) -> dict[TimeFrame, str]:
        return {
            TimeFrame.NONE: "",
            TimeFrame.BACK: self.tr("Looking back"),
            TimeFrame.NOW: self.tr("Now"),
            TimeFrame.AHEAD: self.tr("Looking ahead"),
        }

    # --- public API --------------------------------------------------------------------

    def set_answers(self, answers: list[PrepAnswer], keep_row: bool = False) -> None:
        row = self.current_row() if keep_row else 0
        with self._edits.suspended():
            self.model.set_rows(answers)
            self.select_row(min(max(row, 0), len(answers) - 1))

    def answers(self) -> list[PrepAnswer]:
        return self.model.answers()

    def card_ids(self) -> list[str]:
        """The model's cards picked on this side, in their order (not the side's own)."""
        return [
            card
            for answer in self.model.answers()
            if (card := card_id_of(answer.question_key)) and not is_own_card(answer.question_key)
        ]

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.table.selectionModel().clear()
            self._show_current()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, COL_QUESTION),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def set_read_only(self, read_only: bool) -> None:
        self.rows.set_read_only(read_only)
        for widget in (
            self.timeframe_combo,
            self.private_check,
            self.themes_button,
            self.own_theme_button,
        ):
            widget.setEnabled(not read_only)
        self._show_current()

    def add_question(self) -> None:
        if self.rows.read_only:
            return
        row = self.model.insert_answer(self.model.rowCount(), PrepAnswer(self.tr("New question")))
        self.select_row(row)
        self.rows_changed.emit()
        self.question_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_edit.selectAll()

    def add_own_theme(self) -> None:
        """A card of this side's own: a theme in its own words, typed in the editor."""
        if self.rows.read_only:
            return
        theme = PrepAnswer(self.tr("My own theme"), question_key=own_card_key())
        row = self.model.insert_answer(self.model.rowCount(), theme)
        self.select_row(row)
        self.rows_changed.emit()
        self.question_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_edit.selectAll()

    def move_question(self, by: int) -> None:
        """Moves the current question up (-1) or down (+1): the order the two agree on."""
        row = self.current_row()
        if self.rows.read_only or row < 0 or not self.model.move_row(row, row + by):
            return
        self.select_row(row + by)
        self.rows_changed.emit()

    def remove_question(self) -> None:
        row = self.current_row()
        answer = self.model.answer_at(row)
        if self.rows.read_only or answer is None or is_common_theme(answer.question_key):
            return  # a common theme is discussed in every talk: it stays
        if answer.answer.strip() and not self._prompts.confirm_destructive(
            self.window(),
            self.tr("Remove question"),
            self.tr("Remove the question “%1” and its answer?").replace("%1", answer.question),
            self.tr("Remove"),
        ):
            return
        self.model.remove_row(row)
        self.select_row(min(row, self.model.rowCount() - 1))
        self.rows_changed.emit()

    def _fit_rows(self, *_args: object) -> None:
        # Only questions with a time frame need the column; the model's own have none.
        hidden = not self.model.has_timeframes()
        if self.table.isColumnHidden(COL_TIMEFRAME) != hidden:
            self.table.setColumnHidden(COL_TIMEFRAME, hidden)
        self.table.resizeRowsToContents()

    # --- the editor --------------------------------------------------------------------

    def _show_current(self, *_args: object) -> None:
        answer = self.model.answer_at(self.current_row())
        self._filling = True
        with self._edits.suspended():
            self.editor.setEnabled(answer is not None)
            common = answer is not None and is_common_theme(answer.question_key)
            self.rows.allow_remove(answer is not None, removable=not common)
            self.remove_button.setToolTip(self._common_tip if common else self._remove_tip)
            answer = answer or PrepAnswer("")
            # The model's questions and cards are its words: shown, not edited. Free
            # questions and a side's own themes are the user's to write.
            from_model = bool(answer.question_key) and not is_own_card(answer.question_key)
            self.question_label.setText(answer.question)
            self.question_label.setVisible(from_model)
            self.question_edit.setVisible(not from_model)
            self.question_edit.setReadOnly(self.rows.read_only)
            if self.question_edit.toPlainText() != answer.question:
                self.question_edit.setPlainText(answer.question)
            index = self.timeframe_combo.findData(answer.timeframe.value)
            self.timeframe_combo.setCurrentIndex(max(index, 0))
            if self.answer_edit.toPlainText() != answer.answer:
                self.answer_edit.setPlainText(answer.answer)
            self.answer_edit.setReadOnly(self.rows.read_only)
            self.private_check.setChecked(answer.private)
            self._show_privacy(answer.private)
        self._filling = False

    def _question_edited(self) -> None:
        text = self.question_edit.toPlainText()
        # A question cannot be empty: while it is being retyped, the last words are kept.
        if not self._filling and text.strip():
            self.model.update_row(self.current_row(), question=text)

    def _timeframe_chosen(self, _index: int) -> None:
        if not self._filling:
            value = self.timeframe_combo.currentData()
            self.model.update_row(self.current_row(), timeframe=TimeFrame(value or ""))

    def _answer_edited(self) -> None:
        if not self._filling:
            self.model.update_row(self.current_row(), answer=self.answer_edit.toPlainText())

    def _private_toggled(self, private: bool) -> None:
        self._show_privacy(private)
        if not self._filling:
            self.model.update_row(self.current_row(), private=private)

    def _show_privacy(self, private: bool) -> None:
        if private:
            self.private_note.setText(
                self.tr("Private: my own notes, never in the PDF or exchange file unless I choose.")
            )
        else:
            self.private_note.setText(
                self.tr("For the record: part of the talk's record, in the PDF and exchange file.")
            )
        self.private_check.setToolTip(self.private_note.text())
        self.answer_edit.setStyleSheet(_PRIVATE_STYLE if private else "")
