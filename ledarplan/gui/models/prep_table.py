"""One side's preparation for a development talk: its questions, time frames and answers.

The rows are edited through the editor under the table (questions and answers are paragraphs),
so the table itself is read-only; private answers are tinted and marked in their own column.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import PrepAnswer, TimeFrame
from ledarplan.frameworks.cards import (
    card_id_of,
    is_common_theme,
    is_own_card,
    is_theme,
    title_and_text,
)
from ledarplan.gui.models.row_table import RowTableModel, bold_font, one_line

COL_TIMEFRAME = 0
COL_QUESTION = 1
COL_ANSWER = 2
COL_PRIVATE = 3
COLUMN_COUNT = 4

#: Private answers stand out from those for the record (a warm tint, as for a personal note).
PRIVATE_BACKGROUND = QBrush(QColor("#fff3d6"))
PRIVATE_FOREGROUND = QBrush(QColor("#8a5a00"))
RECORD_FOREGROUND = QBrush(QColor("#5f6b76"))

QuestionKeyRole = Qt.ItemDataRole.UserRole + 1
TimeFrameRole = Qt.ItemDataRole.UserRole + 2
PrivateRole = Qt.ItemDataRole.UserRole + 3
AnswerRole = Qt.ItemDataRole.UserRole + 4  # the whole answer (the column shows one line)

#: The answer column shows the start of the answer; the editor shows all of it.
_PREVIEW_LENGTH = 90


class PrepTableModel(RowTableModel[PrepAnswer]):
    """Holds copies of the answers it is given; `answers()` hands out copies again."""

    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent, ["Time frame", "Question", "Answer", "Shared"])
        self._timeframes = {
            TimeFrame.NONE: "",
            TimeFrame.BACK: "Looking back",
            TimeFrame.NOW: "Now",
            TimeFrame.AHEAD: "Looking ahead",
        }
        self._private_text = "Private"
        self._record_text = "For the record"
        #: A question that is a conversation card says so in words ("%1" is the card).
        self._card_text = "Theme: %1"
        self._own_card_text = "Own theme: %1"
        self._common_text = "Common theme: %1"

    # --- texts in the UI language (the view translates them) ---------------------------

    def set_labels(
        self,
        headers: dict[int, str],
        timeframes: dict[TimeFrame, str],
        private: str,
        record: str,
        *,
        card: str = "Theme: %1",
        own_card: str = "Own theme: %1",
        common: str = "Common theme: %1",
    ) -> None:
        self._timeframes.update(timeframes)
        self._private_text, self._record_text = private, record
        self._card_text, self._own_card_text = card, own_card
        self._common_text = common
        self._set_headers([headers.get(c, title) for c, title in enumerate(self._headers)])
        self._all_changed()

    # --- content -----------------------------------------------------------------------

    def set_rows(self, answers: Iterable[PrepAnswer]) -> None:
        super().set_rows(replace(answer) for answer in answers)

    def answers(self) -> list[PrepAnswer]:
        """Copies of the rows as they stand, in order."""
        return [replace(answer) for answer in self._rows]

    def answer_at(self, row: int) -> PrepAnswer | None:
        answer = self.row_at(row)
        return None if answer is None else replace(answer)

    def has_timeframes(self) -> bool:
        return any(answer.timeframe != TimeFrame.NONE for answer in self._rows)

    def update_row(self, row: int, **changes: Any) -> None:
        """Changes fields of one answer (question, answer, timeframe, private)."""
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = replace(self._rows[row], **changes)
        self._row_changed(row)

    def insert_answer(self, row: int, answer: PrepAnswer) -> int:
        return self.insert_row(replace(answer), row)

    # --- Qt ----------------------------------------------------------------------------

    def _row_data(self, answer: PrepAnswer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(answer, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_QUESTION:
                return self._card_label(answer).replace("%1", answer.question)
            if column == COL_ANSWER:
                return answer.answer or None
            return self._display(answer, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and answer.private:
            return PRIVATE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PRIVATE:
            return PRIVATE_FOREGROUND if answer.private else RECORD_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and column == COL_PRIVATE and answer.private:
            return bold_font()
        if role == QuestionKeyRole:
            return answer.question_key
        if role == TimeFrameRole:
            return answer.timeframe.value
        if role == PrivateRole:
            return answer.private
        if role == AnswerRole:
            return answer.answer
        return None

    def _card_label(self, answer: PrepAnswer) -> str:
        if is_common_theme(answer.question_key):
            return self._common_text
        if card_id_of(answer.question_key) is None:
            return "%1"
        return self._own_card_text if is_own_card(answer.question_key) else self._card_text

    def _display(self, answer: PrepAnswer, column: int) -> str:
        if column == COL_TIMEFRAME:
            return self._timeframes.get(answer.timeframe, "")
        if column == COL_QUESTION:
            # A theme shows its title here; its whole text is in the tip and the editor.
            theme = is_theme(answer.question_key)
            question = title_and_text(answer.question)[0] if theme else answer.question
            return self._card_label(answer).replace("%1", one_line(question))
        if column == COL_ANSWER:
            return one_line(answer.answer, _PREVIEW_LENGTH)
        return self._private_text if answer.private else self._record_text
