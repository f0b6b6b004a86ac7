"""The goals: status, progress, target date, success criterion, links to the model, check-ins,
and every action in the six-question form (what, how, why, who, when, how we follow up) with its
70-20-10 kind."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ledarplan.domain.entities import Action, Goal
from ledarplan.pdf.blocks import (
    data_table,
    minor_heading,
    section_heading,
    sub_heading,
    table_heading,
)
from ledarplan.pdf.context import EMPTY, RenderContext
from ledarplan.pdf.flowables import ProgressBar
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, labelled, markup, para, paragraphs
from ledarplan.pdf.styles import SHADE, SHADE_AREA, field_table, table_style

ACTION_LABEL_WIDTH = 3.6 * cm


def goals_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story = section_heading(ctx, labels.goals, "section-goals")
    if not ctx.bundle.goals:
        story.append(Paragraph(markup(labels.no_goals), styles.muted))
        return story
    for number, goal in enumerate(ctx.bundle.goals, 1):
        story += _goal(ctx, number, goal)
    return story


def goal_title(ctx: RenderContext, number: int, goal: Goal) -> str:
    return f"{fill(ctx.labels.goal_number, number=number)}: {goal.title}"


def _goal(ctx: RenderContext, number: int, goal: Goal) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    heading = sub_heading(ctx, goal_title(ctx, number, goal), f"goal-{number}")
    percent = fill(labels.percent, value=max(0, min(100, goal.progress)))
    facts = Table(
        [
            [
                para(labels.status, styles.label),
                para(labels.progress, styles.label),
                para(labels.target_date, styles.label),
            ],
            [
                para(labels.goal_status(goal.status), styles.cell),
                ProgressBar(goal.progress, percent),
                para(ctx.date(goal.target_date), styles.cell),
            ],
        ],
        colWidths=[ctx.width / 3] * 3,
        hAlign="LEFT",
        splitInRow=1,
    )
    facts.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [heading, facts, Spacer(0, 0.2 * cm)]
    story += paragraphs(goal.description, styles.body)
    if goal.success_criterion.strip():
        story.append(labelled(labels.success_criterion, goal.success_criterion, styles.body))
    if goal.item_ids:
        linked = " · ".join(ctx.item_label(item_id) for item_id in goal.item_ids)
        story.append(labelled(labels.linked_items, linked, styles.body))
    if goal.checkins:
        story += _checkins(ctx, goal)
    for index, action in enumerate(goal.actions, 1):
        # The heading goes with the first action: a heading before a KeepTogether is not kept
        # with it by reportlab's keepWithNext.
        block = [_action(ctx, index, action), Spacer(0, 0.2 * cm)]
        if index == 1:
            block.insert(0, minor_heading(ctx, labels.actions))
        story.append(KeepTogether(block))
    story.append(Spacer(0, 0.3 * cm))
    return story


def _checkins(ctx: RenderContext, goal: Goal) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    rows: list[list[object]] = [
        [
            para(labels.date, styles.cell_head),
            para(labels.progress, styles.cell_head),
            para(labels.notes, styles.cell_head),
        ]
    ]
    for checkin in sorted(goal.checkins, key=lambda c: c.date):
        progress = "" if checkin.progress is None else fill(labels.percent, value=checkin.progress)
        rows.append(
            [
                para(ctx.date(checkin.date), styles.cell),
                para(progress, styles.cell),
                para(checkin.note, styles.cell),
            ]
        )
    widths = [2.4 * cm, 2.0 * cm, ctx.width - 4.4 * cm]
    return [*table_heading(ctx, labels.checkins), data_table(rows, widths)]


def _action(ctx: RenderContext, number: int, action: Action) -> Flowable:
    labels, styles = ctx.labels, ctx.styles
    facts = [labels.action_kind(action.kind), labels.action_status(action.status)]
    if action.due_date:
        facts.append(f"{labels.due} {ctx.date(action.due_date)}")
    if action.done_date:
        facts.append(fill(labels.done_on, date=ctx.date(action.done_date)))
    head = (
        f"<b>{markup(fill(labels.action_number, number=number))}</b> · {markup(' · '.join(facts))}"
    )
    rows: list[list[object]] = [[Paragraph(head, styles.cell), ""]]
    activity = ctx.development_activity(action.building_block)
    parts = [
        (labels.what, action.what),
        (labels.how, action.how),
        (labels.why, action.why),
        (labels.who, action.who),
        (labels.when, action.when),
        (labels.follow_up, action.follow_up),
    ]
    if activity:
        parts.append((labels.development_activity, activity))
    for label, text in parts:
        rows.append([para(label, styles.label), para(text.strip() or EMPTY, styles.cell)])
    table = Table(
        rows,
        colWidths=[ACTION_LABEL_WIDTH, ctx.width - ACTION_LABEL_WIDTH],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    style = field_table()
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA)
    style.add("BOX", (0, 0), (-1, -1), 0.5, SHADE_AREA)
    table.setStyle(style)
    return table
