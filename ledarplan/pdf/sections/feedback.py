"""Feedback from others: the latest feedback round's aggregate beside the self and manager rounds.

Only what is stored is shown, and only aggregates are stored: groups below the round's
anonymity threshold were folded into "others" or left out before anything was kept, and the
section says which, with the number of respondents per group and the threshold.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ledarplan.domain.entities import AssessmentRound, AssessorKind, FeedbackRound, GroupFeedback
from ledarplan.domain.feedback import blind_spots
from ledarplan.pdf.blocks import (
    column_width,
    data_table,
    minor_heading,
    section_heading,
    value_columns,
)
from ledarplan.pdf.context import EMPTY, RenderContext
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup, para
from ledarplan.pdf.styles import SHADE_AREA
from ledarplan.services.area_scores import area_axes

VALUE_COLUMN = 1.6 * cm


def feedback_section(ctx: RenderContext) -> list[Flowable]:
    round_ = ctx.latest_feedback()
    if round_ is None:
        return []
    labels, styles = ctx.labels, ctx.styles
    story = section_heading(ctx, labels.feedback, "section-feedback")
    count = round_.respondents
    story.append(
        Paragraph(
            markup(fill(labels.feedback_round, date=ctx.date(round_.date), count=count)),
            styles.body,
        )
    )
    shown = " · ".join(
        f"<b>{markup(_group_name(ctx, r))}</b> {r.respondents}" for r in round_.results
    )
    story.append(Paragraph(f"{markup(labels.respondents)}: {shown}", styles.body))
    notes = [fill(labels.feedback_threshold, threshold=round_.threshold)]
    folded = [g for r in round_.results for g in r.folded]
    if folded:
        notes.append(fill(labels.feedback_folded, groups=_names(ctx, folded)))
    if round_.left_out:
        notes.append(fill(labels.feedback_left_out, groups=_names(ctx, round_.left_out)))
    story += [Paragraph(markup(note), styles.muted) for note in notes]
    story.append(Spacer(0, 0.2 * cm))
    own = _latest(ctx, AssessorKind.SELF)
    story += _tables(ctx, round_, [r for r in (own, _latest(ctx, AssessorKind.MANAGER)) if r])
    if own is not None:
        story += _blind_spots(ctx, round_, own)
    story += _texts(ctx, round_)
    return story


def _latest(ctx: RenderContext, kind: AssessorKind) -> AssessmentRound | None:
    return next((r for r in ctx.latest_rounds() if r.assessor_kind is kind), None)


def _group_name(ctx: RenderContext, result: GroupFeedback) -> str:
    return ctx.labels.group(result.group)


def _names(ctx: RenderContext, groups: list) -> str:
    return ", ".join(ctx.labels.group(g) for g in dict.fromkeys(groups))


def _number(ctx: RenderContext, value: float | None) -> str:
    if value is None:
        return EMPTY
    return f"{value:.1f}".replace(".", ctx.labels.decimal_point)


def _tables(
    ctx: RenderContext, round_: FeedbackRound, rounds: list[AssessmentRound]
) -> list[Flowable]:
    """One table per area: the item, the own and manager's ratings, each group's mean."""
    labels, styles = ctx.labels, ctx.styles
    snapshot = ctx.bundle.plan.snapshot
    names = [labels.assessor(r.assessor_kind) for r in rounds]
    names += [fill(labels.feedback_series, group=_group_name(ctx, r), count=r.respondents)
              for r in round_.results]  # fmt: skip
    # The names wrap before the items' words get less than a third of the width.
    values = value_columns(names, VALUE_COLUMN, ctx.width * 2 / 3)
    widths = [ctx.width - sum(values), *values]
    asked = set(round_.item_ids)
    story: list[Flowable] = []
    for number, axis in enumerate(area_axes(snapshot), 1):
        items = [i for i in axis.item_ids if i in asked]
        if not items:
            continue
        header: list[object] = [para(f"{number}. {axis.title}", styles.cell_bold)]
        header += [para(name, styles.cell_head_center) for name in names]
        rows: list[list[object]] = [header]
        for item_id in items:
            cells: list[object] = [para(ctx.item_label(item_id), styles.cell)]
            for own in rounds:
                rating = own.rating_for(item_id)
                value = rating.value if rating is not None else None
                cells.append(para(str(value) if value is not None else EMPTY, styles.cell_center))
            for result in round_.results:
                item = result.item(item_id)
                mean = item.mean(round_.scale_min) if item is not None else None
                cells.append(para(_number(ctx, mean), styles.cell_center))
            rows.append(cells)
        area_row = [("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA)]
        story += [
            data_table(rows, widths, style_commands=area_row, accent=False),
            Spacer(0, 0.2 * cm),
        ]
    return story


def _blind_spots(ctx: RenderContext, round_: FeedbackRound, own: AssessmentRound) -> list[Flowable]:
    spots = blind_spots(round_, own)
    if not spots:
        return []
    labels, styles = ctx.labels, ctx.styles
    names = [labels.own_view, labels.others_view, labels.gap]
    width = column_width(names, VALUE_COLUMN)
    rows: list[list[object]] = [
        [para(labels.item, styles.cell_head)] + [para(n, styles.cell_head_center) for n in names]
    ]
    for spot in spots:
        gap = _number(ctx, spot.gap)
        rows.append(
            [
                para(ctx.item_label(spot.item_id), styles.cell),
                para(str(spot.own), styles.cell_center),
                para(_number(ctx, spot.others), styles.cell_center),
                para(gap.replace("-", "−") if spot.gap < 0 else f"+{gap}", styles.cell_center),
            ]
        )
    table = data_table(rows, [ctx.width - 3 * width, width, width, width])
    return [KeepTogether([minor_heading(ctx, labels.blind_spots), table]), Spacer(0, 0.2 * cm)]


def _texts(ctx: RenderContext, round_: FeedbackRound) -> list[Flowable]:
    """The comments per group and area, and the answers to the open questions per group."""
    labels, styles = ctx.labels, ctx.styles
    areas = {i.area_id: i.area_title for i in ctx.bundle.plan.snapshot.items}
    story: list[Flowable] = []
    if any(r.comments for r in round_.results):
        story.append(minor_heading(ctx, labels.comments))
        for result in round_.results:
            for area_id in dict.fromkeys(c.area_id for c in result.comments):
                title = f"{_group_name(ctx, result)} – {areas.get(area_id, area_id)}"
                story.append(Paragraph(markup(title), styles.note_label))
                story += [
                    Paragraph(markup(c.text), styles.bullet, bulletText="•")
                    for c in result.comments
                    if c.area_id == area_id
                ]
    if any(r.answers for r in round_.results):
        story.append(minor_heading(ctx, labels.open_answers))
        for index, question in enumerate(round_.questions):
            story.append(Paragraph(markup(question), styles.note_label))
            for result in round_.results:
                for answer in (a for a in result.answers if a.question == index):
                    text = f"<i>{markup(_group_name(ctx, result))}:</i> {markup(answer.text)}"
                    story.append(Paragraph(text, styles.bullet, bulletText="•"))
    return story
