"""The area column both tables share: one tall cell per area, as wide as the longest title."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

_PADDING = 18
_MIN_WIDTH = 90
_MAX_WIDTH = 200  # longer titles wrap rather than squeeze the texts beside them


def span_areas(view: QTableView, column: int, spans: list[tuple[int, int]]) -> None:
    """Merges each area's cells (first row, row count) into one."""
    view.clearSpans()
    for first, count in spans:
        if count > 1:
            view.setSpan(first, column, count, 1)


def area_column_width(view: QTableView, column: int) -> int:
    model = view.model()
    if model is None:
        return _MIN_WIDTH
    font = QFont(view.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    titles = {str(model.index(row, column).data() or "") for row in range(model.rowCount())}
    widest = max((metrics.horizontalAdvance(title) for title in titles), default=0)
    return max(_MIN_WIDTH, min(_MAX_WIDTH, widest + _PADDING))
