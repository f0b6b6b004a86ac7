"""One side's preparation for a development talk: its questions, time frames and answers.

The rows are edited through the editor under the table (questions and answers are paragraphs),
so the table itself is read-only; private answers are tinted and marked in their own column.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ledarplan.domain.entities import PrepAnswer, TimeFrame

_Index = QModelIndex | QPersistentModelIndex

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


def _one_line(text: str, limit: int | None = None) -> str:
    line = " ".join(text.split())
    if limit is None or len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…"


class PrepTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[PrepAnswer] = []
        self._headers = {
            COL_TIMEFRAME: "Time frame",
            COL_QUESTION: "Question",
            COL_ANSWER: "Answer",
            COL_PRIVATE: "Shared",
        }
        self._timeframes = {
            TimeFrame.NONE: "",
            TimeFrame.BACK: "Looking back",
            TimeFrame.NOW: "Now",
            TimeFrame.AHEAD: "Looking ahead",
        }
        self._private_text = "Private"
        self._record_text = "For the record"

    # --- texts in the UI language (the view translates them) ---------------------------

    def set_labels(
        self,
        headers: dict[int, str],
        timeframes: dict[TimeFrame, str],
        private: str,
        record: str,
    ) -> None:
        self._headers.update(headers)
        self._timeframes.update(timeframes)
        self._private_text, self._record_text = private, record
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self._all_changed()

    # --- content -----------------------------------------------------------------------

    def set_rows(self, answers: list[PrepAnswer]) -> None:
        self.beginResetModel()
        self._rows = [replace(answer) for answer in answers]
        self.endResetModel()

    def answers(self) -> list[PrepAnswer]:
        """Copies of the rows as they stand, in order."""
        return [replace(answer) for answer in self._rows]

    def answer_at(self, row: int) -> PrepAnswer | None:
        return replace(self._rows[row]) if 0 <= row < len(self._rows) else None

    def has_timeframes(self) -> bool:
        return any(answer.timeframe != TimeFrame.NONE for answer in self._rows)

    def update_row(self, row: int, **changes: Any) -> None:
        """Changes fields of one answer (question, answer, timeframe, private)."""
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def insert_answer(self, row: int, answer: PrepAnswer) -> int:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, replace(answer))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> PrepAnswer | None:
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._rows.pop(row)
        self.endRemoveRows()
        return removed

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        answer = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(answer, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_QUESTION:
                return answer.question
            if column == COL_ANSWER:
                return answer.answer or None
            return self._display(answer, column) or None
        if role == Qt.ItemDataRole.BackgroundRole and answer.private:
            return PRIVATE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PRIVATE:
            return PRIVATE_FOREGROUND if answer.private else RECORD_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and column == COL_PRIVATE and answer.private:
            font = QFont()
            font.setBold(True)
            return font
        if role == QuestionKeyRole:
            return answer.question_key
        if role == TimeFrameRole:
            return answer.timeframe.value
        if role == PrivateRole:
            return answer.private
        if role == AnswerRole:
            return answer.answer
        return None

    def _display(self, answer: PrepAnswer, column: int) -> str:
        if column == COL_TIMEFRAME:
            return self._timeframes.get(answer.timeframe, "")
        if column == COL_QUESTION:
            return _one_line(answer.question)
        if column == COL_ANSWER:
            return _one_line(answer.answer, _PREVIEW_LENGTH)
        return self._private_text if answer.private else self._record_text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1)
            )
