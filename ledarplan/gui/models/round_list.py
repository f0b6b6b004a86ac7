"""The plan's assessment rounds: when, who assessed, and how many items they rated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ledarplan.domain.entities import AssessmentRound, AssessorKind
from ledarplan.gui.formatting import format_date
from ledarplan.gui.models.row_table import RowTableModel

COL_DATE = 0
COL_ASSESSOR = 1
COL_RATED = 2
COLUMN_COUNT = 3

RoundIdRole = Qt.ItemDataRole.UserRole + 1
RoundRole = Qt.ItemDataRole.UserRole + 2


def assessor_kind_label(kind: AssessorKind) -> str:
    """Who assessed, in the UI language (shared by the list, the editor and the comparison)."""
    texts = {
        AssessorKind.SELF: QCoreApplication.translate("Assessor", "Self-assessment"),
        AssessorKind.MANAGER: QCoreApplication.translate("Assessor", "Manager"),
        AssessorKind.OTHER: QCoreApplication.translate("Assessor", "Other"),
    }
    return texts[kind]


def assessor_text(round_: AssessmentRound) -> str:
    """ "Manager — Jens Møller"; the kind alone when no name was given."""
    kind = assessor_kind_label(round_.assessor_kind)
    name = round_.assessor_name.strip()
    return f"{kind} — {name}" if name else kind


def rated_count(round_: AssessmentRound) -> int:
    return sum(1 for rating in round_.ratings if rating.value is not None)


def round_title(round_: AssessmentRound) -> str:
    """One line naming a round, e.g. for a combo box or a chart legend."""
    return f"{format_date(round_.date)} · {assessor_text(round_)}"


class RoundListModel(RowTableModel[AssessmentRound]):
    columns = COLUMN_COUNT

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._item_count = 0

    def set_rows(self, rounds: list[AssessmentRound], item_count: int) -> None:
        """`item_count`: how many items the plan's model has (the "of N" in the rated column)."""
        self._item_count = item_count
        super().set_rows(rounds)

    def update_round(self, round_: AssessmentRound) -> None:
        """A round was saved: show its new date, assessor and count in place."""
        self.replace_row(round_)

    def round_at(self, row: int) -> AssessmentRound | None:
        return self.row_at(row)

    def rounds(self) -> list[AssessmentRound]:
        return list(self._rows)

    def retranslate(self) -> None:
        self._headers_changed()
        self._all_changed()

    def _row_data(self, round_: AssessmentRound, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return format_date(round_.date)
            if column == COL_ASSESSOR:
                return assessor_text(round_)
            if column == COL_RATED:
                return (
                    self.tr("%1 of %2")
                    .replace("%1", str(rated_count(round_)))
                    .replace("%2", str(self._item_count))
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_ASSESSOR:
            # The column may be too narrow for the name; the note says what it was based on.
            return "\n".join(part for part in (assessor_text(round_), round_.note) if part)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RATED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RoundIdRole:
            return round_.id
        if role == RoundRole:
            return round_
        return None

    def _header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_DATE: self.tr("Date"),
            COL_ASSESSOR: self.tr("Assessed by"),
            COL_RATED: self.tr("Rated"),
        }.get(section)
