"""Fitting a table's columns into the width it has, so that no column is off-screen.

Each column is as wide as its widest text, and its title is put on two lines when that lets
the column be narrower (a date under "Manager's assessment"). When the columns are still
wider than the table, the columns of long texts (a name, a model) give way, in the order given
and down to their least; their texts are then cut with "…" (and shown whole in their tips).
Only when even that is too wide does the table scroll sideways.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

#: Room around a cell's text.
CELL_MARGINS = 12


def wrap_title(title: str, advance: Callable[[str], int], fits: int) -> str:
    """`title` as it is when it fits in `fits` pixels (or has nowhere to break); else on two
    lines, broken after the space or hyphen that makes the wider line narrowest."""
    if advance(title) <= fits:
        return title
    best, best_width = title, advance(title)
    for at, char in enumerate(title):
        if char not in " -" or at in (0, len(title) - 1):
            continue
        first = title[: at + 1].rstrip() if char == "-" else title[:at]
        second = title[at + 1 :].lstrip()
        width = max(advance(first), advance(second))
        if width < best_width:
            best, best_width = f"{first}\n{second}", width
    return best


def share_width(
    natural: Sequence[int], give_way: Sequence[Mapping[int, int]], available: int
) -> list[int]:
    """Column widths within `available`: each column's natural width, except that the columns
    in `give_way` are narrowed as far as needed to fit, group by group (column → the least it
    may have): the first group's columns down to their least before the next group's are
    touched; within a group the widest first, to a common width. Columns that cannot shrink
    enough keep their least."""
    widths = list(natural)
    for group in give_way:
        excess = sum(widths) - available
        if excess <= 0:
            break
        least = {c: min(m, natural[c]) for c, m in group.items()}
        others = sum(w for c, w in enumerate(widths) if c not in least)
        # The largest common width for the group's columns that still fits.
        low, high = 0, max((natural[c] for c in least), default=0)
        while low < high:
            cap = (low + high + 1) // 2
            total = others + sum(max(m, min(natural[c], cap)) for c, m in least.items())
            if total <= available:
                low = cap
            else:
                high = cap - 1
        for column, smallest in least.items():
            widths[column] = max(smallest, min(natural[column], low))
    return widths


def even_widths(least: Sequence[int], available: int) -> list[int]:
    """Column widths that share `available` as evenly as each column's `least` allows: the
    columns that need more than an even share keep their least, the others share the rest
    (a pixel more for the first ones), so that together they fill `available` exactly
    unless even their least is wider."""
    widths = list(least)
    free = list(range(len(least)))
    while free:
        rest = available - sum(least[c] for c in range(len(least)) if c not in free)
        share, extra = divmod(max(rest, 0), len(free))
        needy = [c for c in free if least[c] > share]
        if not needy:
            for position, column in enumerate(free):
                widths[column] = share + (1 if position < extra else 0)
            break
        free = [c for c in free if c not in needy]
    return widths


class TextWidths:
    """The widths of texts in one font, each text measured once: a table fitted again at every
    reload mostly shows the texts it showed before."""

    #: More texts than this (years of dates and names) and the widths are measured afresh.
    LIMIT = 20_000

    def __init__(self, metrics: QFontMetrics):
        self._advance = metrics.horizontalAdvance
        self._known: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        width = self._known.get(text)
        if width is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            width = self._known[text] = self._advance(text)
        return width


@dataclass(frozen=True)
class ColumnTexts:
    """What one column shows: its title, its cells' texts, and how its cells are measured."""

    title: str
    texts: Sequence[str]
    measure: Callable[[str], int]

    def content_width(self) -> int:
        """The widest cell's text with the cell's margins."""
        return max(map(self.measure, set(self.texts)), default=0) + CELL_MARGINS


def natural_widths(
    titles: Sequence[str],
    contents: Sequence[int],
    measure_title: Callable[[str], int],
    title_room: Sequence[int],
) -> tuple[list[int], list[str]]:
    """Each column's width for its widest text (`contents`, margins included), and its title
    as shown (on two lines when that makes the column narrower); `title_room` is what a
    column's title needs beside it (its margins, and the sort arrow in the column sorted by)."""
    widths, shown = [], []
    for title, content, room in zip(titles, contents, title_room, strict=True):
        wrapped = wrap_title(title, measure_title, max(content - room, 0))
        title_width = max(map(measure_title, wrapped.split("\n"))) + room
        widths.append(max(content, title_width))
        shown.append(wrapped)
    return widths, shown


def title_rooms(table: QTableView, two_lines: bool) -> list[int]:
    """What each column's title needs beside it in `table`'s header: the style's margins on
    both sides, and in the column sorted by, the sort arrow (as the style makes room for it:
    half the header's height and two margins more)."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    height = header.fontMetrics().lineSpacing() * (2 if two_lines else 1) + 2 * margin
    rooms = [2 * margin + 2] * header.count()
    sorted_by = header.sortIndicatorSection()
    if header.isSortIndicatorShown() and 0 <= sorted_by < len(rooms):
        rooms[sorted_by] += height // 2 + 2 * margin
    return rooms


class RefitOnResize(QObject):
    """Calls `refit` whenever the table's viewport changes width."""

    def __init__(self, table: QTableView, refit: Callable[[], None]):
        super().__init__(table)
        self._refit = refit
        self._width = -1
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = watched.width()  # type: ignore[attr-defined]
            if width != self._width:
                self._width = width
                self._refit()
        return False
