"""The organisation summary's tables: ratings per area and item, and year over year.

Both show a cell of HR's picture (`summary.aggregate`), in the words and number formats of
`summary.labels.HrLabels`, as the PDF report does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ledarplan.domain.entities import ActionKind
from ledarplan.gui.models.row_table import RowTableModel, bold_font
from ledarplan.gui.widgets.bar_chart import CountsRole
from ledarplan.summary.aggregate import Cell, Distribution, ModelPicture, Rated
from ledarplan.summary.labels import HrLabels

COL_NAME = 0
COL_SELF = 1
COL_SELF_AVERAGE = 2
COL_MANAGER = 3
COL_MANAGER_AVERAGE = 4
COL_GAP = 5

#: A group row (an area, a year's all levels): a light shade on light and dark palettes.
GROUP_BACKGROUND = QBrush(QColor(120, 150, 190, 45))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
KINDS = (ActionKind.ON_THE_JOB, ActionKind.WITH_OTHERS, ActionKind.COURSE)


@dataclass(frozen=True)
class RatedRow:
    rated: Rated
    group: bool  # an area's row (its items follow)
    title: str

    @property
    def id(self) -> str:
        return self.rated.id


class RatedTableModel(RowTableModel[RatedRow]):
    """Each area, then its items: the distribution of self and manager ratings, the averages
    and the gap."""

    columns = 6

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._labels = HrLabels()
        self._points: tuple[int, ...] = ()

    def set_cell(self, cell: Cell | None, labels: HrLabels) -> None:
        self._labels = labels
        self._set_headers(
            [labels.item, labels.self_short, labels.average, labels.manager_short,
             labels.average, labels.gap]
        )  # fmt: skip
        rows: list[RatedRow] = []
        if cell is not None:
            self._points = cell.points
            numbered = len(cell.areas) >= 3
            for number, area in enumerate(cell.areas, 1):
                title = f"{number}. {area.title}" if numbered else area.title
                rows.append(RatedRow(area, True, title))
                rows += [RatedRow(i, False, i.title) for i in cell.items if i.area_id == area.id]
        self.set_rows(rows)

    def _row_data(self, row: RatedRow, column: int, role: int) -> Any:
        rated, labels = row.rated, self._labels
        sides = {COL_SELF: rated.self_view, COL_MANAGER: rated.manager_view}
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_NAME: row.title,
                COL_SELF_AVERAGE: labels.number(rated.self_view.average),
                COL_MANAGER_AVERAGE: labels.number(rated.manager_view.average),
                COL_GAP: labels.signed_number(rated.gap),
            }.get(column)
        if role == CountsRole and column in sides:
            return sides[column].counts
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in sides:
                return self._counts_text(sides[column])
            return row.title if column == COL_NAME else None
        if role == Qt.ItemDataRole.FontRole and row.group:
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole and row.group:
            return GROUP_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return _CENTRED
        return None

    def _counts_text(self, figures: Distribution) -> str | None:
        """Each point's share of the ratings (a count inside a cell is said as a share)."""
        if figures.withheld or not figures.rated:
            return None
        shares = zip(self._points, figures.shares(), strict=True)
        return "\n".join(f"{p}: {self._labels.share(share)}" for p, share in shares)


@dataclass(frozen=True)
class YearRow:
    cell: Cell
    title: str
    group: bool  # a year's (or all years') all levels

    @property
    def id(self) -> object:
        return self.cell.scope


class YearTableModel(RowTableModel[YearRow]):
    """A row per shown year (its levels under it) and all years: plans, averages and gap,
    talks held, signed and followed up, and the 70-20-10 mix."""

    columns = 8 + len(KINDS)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._labels = HrLabels()

    def set_model(self, model: ModelPicture | None, labels: HrLabels) -> None:
        self._labels = labels
        self._set_headers(
            [
                "",
                labels.plans_column,
                labels.self_short,
                labels.manager_short,
                labels.gap,
                labels.talk_held,
                labels.talk_signed,
                labels.talk_followed_up,
                *(labels.action_kind(k) for k in KINDS),
            ]
        )
        rows: list[YearRow] = []
        if model is not None:
            for year in [*model.shown_years, None]:
                for cell in _levels_first_reversed(model.year_cells(year)):
                    whole = cell.scope.level is None
                    title = (
                        labels.years_text(model, year)
                        if whole
                        else "    " + model.level_name(cell.scope.level)
                    )
                    rows.append(YearRow(cell, title, whole))
        self.set_rows(rows)

    def _row_data(self, row: YearRow, column: int, role: int) -> Any:
        cell, labels = row.cell, self._labels
        if role == Qt.ItemDataRole.DisplayRole:
            own, theirs, gap = cell.averages()
            values = [
                row.title,
                str(cell.plans),
                labels.number(own),
                labels.number(theirs),
                labels.signed_number(gap),
                labels.share(cell.share(cell.held)),
                labels.share(cell.share(cell.signed)),
                labels.share(cell.share(cell.followed_up)),
                *(labels.share(cell.kind_share(k)) for k in KINDS),
            ]
            return values[column]
        if role == Qt.ItemDataRole.FontRole and row.group:
            return bold_font()
        if role == Qt.ItemDataRole.BackgroundRole and row.group:
            return GROUP_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _CENTRED
        return None


def _levels_first_reversed(cells: Sequence[Cell]) -> list[Cell]:
    """A year's all-levels row first, its levels under it."""
    return sorted(cells, key=lambda c: c.scope.level is not None)
