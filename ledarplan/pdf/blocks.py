"""Building blocks the sections share: headings, label/value tables, agreement tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from ledarplan.domain.entities import Agreement
from ledarplan.pdf.context import EMPTY, RenderContext
from ledarplan.pdf.flowables import Heading
from ledarplan.pdf.fonts import BOLD, printable
from ledarplan.pdf.markup import Paragraph, markup, para
from ledarplan.pdf.styles import CELL_PADDING, HEAD_SIZE, field_table, grid_table

#: A section heading needs this much room below it, or it starts on the next page.
SECTION_ROOM = 6 * cm
#: A heading over a table needs this much room: itself, the table's heading and a row or two.
TABLE_ROOM = 3.2 * cm


def section_heading(ctx: RenderContext, title: str, key: str) -> list[Flowable]:
    """A level-0 heading: in the contents and the bookmarks."""
    return [CondPageBreak(SECTION_ROOM), Heading.of(title, ctx.styles.h1, 0, key)]


def sub_heading(ctx: RenderContext, title: str, key: str) -> Flowable:
    """A level-1 heading: in the bookmarks only."""
    return Heading.of(title, ctx.styles.h2, 1, key)


def minor_heading(ctx: RenderContext, title: str) -> Paragraph:
    """A heading kept with the (short) block that follows it."""
    return Paragraph(markup(title), ctx.styles.h3)


def table_heading(ctx: RenderContext, title: str) -> list[Flowable]:
    """A heading over a table that may be long: the table may start under it and go on over
    the page, as long as the heading has room for the table's first rows below it.

    (keepWithNext would move the heading and the whole table to the next page, leaving half a
    page empty.)
    """
    return [CondPageBreak(TABLE_ROOM), Paragraph(markup(title), ctx.styles.h3_table)]


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    style_commands: Sequence[tuple] = (),
    accent: bool = True,
) -> Table:
    """A table that repeats its heading on every page and splits a tall row between pages."""
    table = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        repeatRows=header_rows,
        splitInRow=1,
        hAlign="LEFT",
    )
    style = grid_table(header_rows, accent)
    for command in style_commands:
        style.add(*command)
    table.setStyle(style)
    return table


def column_width(names: Sequence[str], minimum: float) -> float:
    """A column wide enough for the longest of `names` on one line in the heading style."""
    widest = max((stringWidth(printable(n), BOLD, HEAD_SIZE) for n in names), default=0)
    return max(minimum, widest + 2 * CELL_PADDING + 2)


def value_columns(names: Sequence[str], minimum: float, room: float) -> list[float]:
    """A column per name, each as wide as its name on one line, together at most `room` wide
    (then narrowed alike, and the longest names wrap)."""
    widths = [column_width([name], minimum) for name in names]
    total = sum(widths)
    return widths if total <= room else [w * room / total for w in widths]


def fields(ctx: RenderContext, rows: Sequence[tuple[str, str | None]], label_width: float) -> Table:
    """Label/value pairs, e.g. the facts of a session; rows without a value are left out."""
    styles = ctx.styles
    data = [
        [Paragraph(markup(label), styles.label), para(value, styles.cell)]
        for label, value in rows
        if value
    ]
    if not data:
        return Spacer(0, 0)
    table = Table(
        data,
        colWidths=[label_width, ctx.width - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(field_table())
    return table


def agreement_table(
    ctx: RenderContext, agreements: Sequence[Agreement], carried: set[str] | None = None
) -> Table:
    """Agreement | who | due | done, open or carried over to a later session."""
    labels, styles = ctx.labels, ctx.styles
    carried = carried or set()
    rows: list[list[object]] = [
        [
            para(labels.agreement, styles.cell_head),
            para(labels.owner, styles.cell_head),
            para(labels.due, styles.cell_head),
            para(labels.status, styles.cell_head),
        ]
    ]
    for agreement in agreements:
        if agreement.done:
            state = labels.agreement_done
        elif agreement.id in carried:
            state = labels.carried_over
        else:
            state = labels.agreement_open
        rows.append(
            [
                para(agreement.text, styles.cell),
                para(agreement.owner or EMPTY, styles.cell),
                para(ctx.date(agreement.due_date), styles.cell),
                para(state, styles.cell),
            ]
        )
    status = column_width(
        [labels.status, labels.agreement_done, labels.agreement_open, labels.carried_over], 2 * cm
    )
    due = column_width([labels.due, ctx.date(ctx.today)], 2 * cm)
    owner = 0.24 * ctx.width
    return data_table(rows, [ctx.width - status - due - owner, owner, due, status])


def write_in_lines(ctx: RenderContext, lines: int) -> Table:
    """Empty ruled lines to write on by hand in the talk."""
    table = Table([[""] for _ in range(lines)], colWidths=[ctx.width], rowHeights=0.75 * cm)
    style = field_table()
    table.setStyle(style)
    return table
