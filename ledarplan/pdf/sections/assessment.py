"""The latest assessment as a table, item by item, and as a radar chart per area.

The table puts the latest round of each assessor side by side (self, manager and, when there
is one, another assessor); the chart compares the first two of them, area by area, with the same
averages as the GUI (`services.area_scores`).
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ledarplan.domain.entities import AssessmentRound
from ledarplan.frameworks.scale import anchors
from ledarplan.pdf.blocks import column_width, data_table, section_heading, value_columns
from ledarplan.pdf.chart import Series, radar_drawing
from ledarplan.pdf.context import EMPTY, RenderContext
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup, para
from ledarplan.pdf.styles import SHADE_AREA
from ledarplan.services.area_scores import (
    MIN_AREA_AXES,
    AxisScore,
    area_axes,
    chart_axes,
    chart_scores,
    feedback_scores,
)

RATING_COLUMN = 1.5 * cm  # at least; wider when the column's name needs it
CHART_HEIGHT = 11.5 * cm
KEEP_TABLE_ROWS = 16  # a key table up to this long stays on the chart's page


def _round_line(ctx: RenderContext, round_: AssessmentRound) -> Paragraph:
    labels = ctx.labels
    who = ", ".join(p for p in (round_.assessor_name.strip(), ctx.date(round_.date)) if p)
    scale = fill(labels.scale, low=round_.scale_min, high=round_.scale_max)
    text = f"<b>{markup(labels.round_kind(round_.assessor_kind))}</b>: {markup(who)} ({scale})"
    return Paragraph(text, ctx.styles.body)


def _legend(ctx: RenderContext, rounds: list[AssessmentRound]) -> str:
    """What the points of the scale mean: the model's anchors, or the program's 1–5."""
    low = min(r.scale_min for r in rounds)
    high = max(r.scale_max for r in rounds)
    meaning = anchors(ctx.bundle.plan.snapshot, low, high, ctx.labels.scale_anchors)
    if not meaning:
        return ""
    points = " · ".join(f"<b>{value}</b> {markup(label)}" for value, label in meaning)
    return f"{markup(ctx.labels.scale_legend)}: {points}"


def assessment_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story = section_heading(ctx, labels.assessment, "section-assessment")
    rounds = ctx.latest_rounds()
    if not rounds:
        story.append(Paragraph(markup(labels.no_assessment), styles.muted))
        return story
    for round_ in rounds:
        story.append(_round_line(ctx, round_))
        if round_.note.strip():
            story.append(Paragraph(markup(round_.note), styles.quote))
    legend = _legend(ctx, rounds)
    if legend:
        story.append(Paragraph(legend, styles.muted))
    story.append(Spacer(0, 0.2 * cm))
    story += _ratings_table(ctx, rounds)
    return story


def _ratings_table(ctx: RenderContext, rounds: list[AssessmentRound]) -> list[Flowable]:
    """One table per area, the area's row (with the column names) repeated on a new page.

    A table never leaves its heading row alone at the foot of a page, so neither an area's
    title nor the column names are ever cut off from the area's first item.
    """
    labels, styles = ctx.labels, ctx.styles
    snapshot = ctx.bundle.plan.snapshot
    items = {item.item_id: item for item in snapshot.items}
    several = len(rounds) > 1
    names = [labels.assessor(r.assessor_kind) for r in rounds]
    rating_width = column_width(names, RATING_COLUMN)
    with_comments = any(r.comment.strip() for round_ in rounds for r in round_.ratings)
    rest = ctx.width - rating_width * len(rounds)
    item_width = 0.55 * rest if with_comments else rest
    widths = [item_width] + [rating_width] * len(rounds)
    if with_comments:
        widths.append(rest - item_width)
    story: list[Flowable] = []
    for number, axis in enumerate(area_axes(snapshot), 1):
        header: list[object] = [para(f"{number}. {axis.title}", styles.cell_bold)]
        header += [para(name, styles.cell_head_center) for name in names]
        if with_comments:
            header.append(para(labels.comments, styles.cell_head))
        rows: list[list[object]] = [header]
        for item_id in axis.item_ids:
            cells: list[object] = [para(items[item_id].label, styles.cell)]
            comments = []
            for round_ in rounds:
                rating = round_.rating_for(item_id)
                value = rating.value if rating and rating.value is not None else None
                cells.append(para(str(value) if value is not None else EMPTY, styles.cell_center))
                if rating and rating.comment.strip():
                    who = labels.assessor(round_.assessor_kind)
                    prefix = f"<i>{markup(who)}:</i> " if several else ""
                    comments.append(prefix + markup(rating.comment))
            if with_comments:
                cells.append(Paragraph("<br/>".join(comments), styles.cell))
            rows.append(cells)
        area_row = [("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA)]
        story += [
            data_table(rows, widths, style_commands=area_row, accent=False),
            Spacer(0, 0.2 * cm),
        ]
    return story


def chart_section(ctx: RenderContext) -> list[Flowable]:
    """The radar chart of the latest self-assessment and manager's assessment, with one line
    per group of the latest feedback from others (only the groups its threshold shows)."""
    labels, styles = ctx.labels, ctx.styles
    rounds = ctx.latest_rounds()[:2]
    feedback = ctx.latest_feedback()
    if not rounds and feedback is None:
        return []
    snapshot = ctx.bundle.plan.snapshot
    axes = chart_axes(snapshot)
    by_area = len(area_axes(snapshot)) >= MIN_AREA_AXES
    if feedback is None:
        title = labels.chart if by_area else labels.chart_items
    else:
        title = labels.chart_feedback if by_area else labels.chart_feedback_items
    columns = [
        (
            labels.assessor(r.assessor_kind),
            ", ".join(
                p
                for p in (
                    labels.round_kind(r.assessor_kind),
                    r.assessor_name.strip(),
                    ctx.date(r.date),
                )
                if p
            ),
            chart_scores(snapshot, r),
        )
        for r in rounds
    ]
    scales = [(r.scale_min, r.scale_max) for r in rounds]
    if feedback is not None:
        scales.append((feedback.scale_min, feedback.scale_max))
        for result in feedback.results:
            name = fill(
                labels.feedback_series, group=labels.group(result.group), count=result.respondents
            )
            columns.append((name, name, feedback_scores(axes, feedback, result)))
    series = [
        Series(legend, tuple(score.average for score in values)) for _, legend, values in columns
    ]
    scale = (min(low for low, _ in scales), max(high for _, high in scales))
    drawing = radar_drawing([a.title for a in axes], series, scale, ctx.width, CHART_HEIGHT)
    heading = section_heading(ctx, title, "section-chart")
    header = [
        para("", styles.cell_head),
        para(labels.area if by_area else labels.item, styles.cell_head),
    ]
    header += [para(name, styles.cell_head_center) for name, _, _ in columns]
    rows: list[list[object]] = [header]
    for number, axis in enumerate(axes):
        row: list[object] = [para(f"{number + 1}.", styles.cell), para(axis.title, styles.cell)]
        for _, _, values in columns:
            row.append(para(_average(ctx, values[number]), styles.cell_center))
        rows.append(row)
    number_width = 0.9 * cm
    # Up to six columns (two rounds, four feedback groups): their names wrap before the axes'
    # titles get less than a third of the width.
    names = [name for name, _, _ in columns]
    values = value_columns(names, RATING_COLUMN, ctx.width * 2 / 3 - number_width)
    widths = [number_width, ctx.width - number_width - sum(values), *values]
    table = data_table(rows, widths)
    if len(rows) <= KEEP_TABLE_ROWS:  # the chart and its key on one page
        return [heading[0], KeepTogether([heading[1], drawing, Spacer(0, 0.3 * cm), table])]
    return [heading[0], KeepTogether([heading[1], drawing]), Spacer(0, 0.3 * cm), table]


def _average(ctx: RenderContext, score: AxisScore) -> str:
    value = score.average
    if value is None:
        return EMPTY
    if len(score.axis.item_ids) == 1 and value.is_integer():  # an item's own rating
        return str(int(value))
    return f"{value:.1f}".replace(".", ctx.labels.decimal_point)
