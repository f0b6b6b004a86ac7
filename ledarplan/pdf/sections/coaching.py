"""A short account of the coaching sessions and what was agreed in them.

Session notes and the reflections (Kolb's four steps) are printed only when the leader marked
the session's notes as shareable, or when the user chose to include private content: coaching
notes are private by default and the document goes to the personnel record.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ledarplan.domain.entities import SESSION_TEXTS, CoachingSession
from ledarplan.pdf.blocks import agreement_table, fields, minor_heading, section_heading
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup, paragraphs

LABEL_WIDTH = 3.6 * cm


def shows_notes(ctx: RenderContext, session: CoachingSession) -> bool:
    return ctx.include_private or not session.notes_private


def _has_notes(session: CoachingSession) -> bool:
    return any(getattr(session, name).strip() for name in SESSION_TEXTS)


def coaching_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story = section_heading(ctx, labels.coaching, "section-coaching")
    sessions = sorted(ctx.bundle.sessions, key=lambda s: s.date)
    if not sessions:
        story.append(Paragraph(markup(labels.no_sessions), styles.muted))
        return story
    if any(_has_notes(s) and not shows_notes(ctx, s) for s in sessions):
        story.append(Paragraph(markup(labels.private_left_out), styles.muted))
    carried = {a.carried_from for s in sessions for a in s.agreements if a.carried_from}
    goal_numbers = {goal.id: number for number, goal in enumerate(ctx.bundle.goals, 1)}
    for session in sessions:
        story += _session(ctx, session, carried, goal_numbers)
    return story


def _session(
    ctx: RenderContext,
    session: CoachingSession,
    carried: set[str],
    goal_numbers: dict[str, int],
) -> list[Flowable]:
    labels = ctx.labels
    title = ctx.date(session.date)
    if session.topic.strip():
        title += f" – {session.topic.strip()}"
    goals = "; ".join(
        f"{fill(labels.goal_number, number=goal_numbers[g])}: {_goal_title(ctx, g)}"
        for g in session.goal_ids
        if g in goal_numbers
    )
    facts = [
        (labels.coaching_with, session.with_whom),
        (labels.about_goals, goals),
        (labels.next_session, ctx.date(session.next_date, "")),
    ]
    head: list[Flowable] = [minor_heading(ctx, title), fields(ctx, facts, LABEL_WIDTH)]
    story: list[Flowable] = [KeepTogether(head)]
    if _has_notes(session) and shows_notes(ctx, session):
        story += _notes(ctx, session)
    if session.agreements:
        story.append(Spacer(0, 0.15 * cm))
        story.append(agreement_table(ctx, session.agreements, carried))
    story.append(Spacer(0, 0.35 * cm))
    return story


def _goal_title(ctx: RenderContext, goal_id: str) -> str:
    return next((g.title for g in ctx.bundle.goals if g.id == goal_id), "")


def _notes(ctx: RenderContext, session: CoachingSession) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    marker = f" ({labels.private})" if session.notes_private else ""
    story: list[Flowable] = []
    parts = [
        (labels.notes + marker, session.notes),
        (labels.experience, session.experience),
        (labels.reflection, session.reflection),
        (labels.conclusion, session.conclusion),
        (labels.experiment, session.experiment),
    ]
    for label, text in parts:
        if not text.strip():
            continue
        story.append(Paragraph(markup(label), styles.note_label))
        story += paragraphs(text, styles.body)
    return story
