"""The development talk: preparation, the agreed summary, agreements and follow-up; signatures.

A talk still to come gets ruled lines to write the summary and the agreements on by hand. A
preparation answer marked private is the writer's own note: printed only when the user chose
to include private content.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ledarplan.domain.entities import AssessorKind, DevelopmentTalk, PrepAnswer, Side
from ledarplan.frameworks.cards import (
    card_id_of,
    is_common_theme,
    is_own_card,
    is_theme,
    title_and_text,
)
from ledarplan.pdf.blocks import (
    agreement_table,
    data_table,
    fields,
    minor_heading,
    section_heading,
    sub_heading,
    table_heading,
    write_in_lines,
)
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.fonts import REGULAR
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup, para, paragraphs
from ledarplan.pdf.styles import INK

LABEL_WIDTH = 3.6 * cm


def talk_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    story = section_heading(ctx, labels.talk, "section-talk")
    talks = ctx.talks()
    if not talks:
        story.append(Paragraph(markup(labels.no_talk), styles.muted))
        return story
    withheld = any(
        a.private and a.answer.strip() for t in talks for a in (*t.leader_prep, *t.manager_prep)
    )
    if withheld and not ctx.include_private:
        story.append(Paragraph(markup(labels.private_left_out), styles.muted))
    for number, talk in enumerate(talks, 1):
        if len(talks) > 1:
            title = fill(labels.talk_on, date=ctx.date(talk.date, ""))
            story.append(sub_heading(ctx, title.strip(), f"talk-{number}"))
        story += _talk(ctx, talk)
    return story


def _themes(ctx: RenderContext, talk: DevelopmentTalk) -> list[Flowable]:
    """The common themes, discussed in every talk, then the conversation cards the two chose,
    in the order they put them, the leader's first: the model's in its words with its source
    named, each side's own marked as such."""
    labels, styles = ctx.labels, ctx.styles
    picked: dict[str, tuple[PrepAnswer, list[Side]]] = {}
    for answers, who in ((talk.leader_prep, Side.LEADER), (talk.manager_prep, Side.MANAGER)):
        for answer in answers:
            key = answer.question_key
            if is_common_theme(key):
                picked.setdefault(key, (answer, []))
                continue
            if card_id_of(key) is None or (answer.private and not ctx.include_private):
                continue
            picked.setdefault(key, (answer, []))[1].append(who)
    if not picked:
        return []
    story: list[Flowable] = [minor_heading(ctx, labels.themes)]
    common = [key for key in picked if is_common_theme(key)]
    chosen = [key for key in picked if not is_common_theme(key)]
    for keys, intro in ((common, labels.common_themes), (chosen, labels.chosen_themes)):
        if not keys:
            continue
        if common:  # two groups: each says what it is
            story.append(Paragraph(f"<i>{markup(intro)}</i>", styles.body))
        for key in keys:
            answer, by = picked[key]
            title, text = title_and_text(answer.question)
            line = f"• <b>{markup(title)}</b>"
            if key in chosen:
                template = labels.own_theme if is_own_card(key) else labels.chosen_by
                line += f" <i>({markup(fill(template, who=_chosen_by(ctx, by)))})</i>"
            body = f"<br/>{markup(text)}" if text else ""
            story.append(Paragraph(line + body, styles.body))
    if any(not is_own_card(key) for key in picked):
        source = fill(labels.cards_source, source=ctx.bundle.plan.snapshot.source)
        story.append(Paragraph(markup(source), styles.muted))
    story.append(Spacer(0, 0.2 * cm))
    return story


def _chosen_by(ctx: RenderContext, sides: list[Side]) -> str:
    labels = ctx.labels
    if len(set(sides)) > 1:
        return labels.by_both
    return labels.by_leader if sides[0] is Side.LEADER else labels.by_manager


def _talk(ctx: RenderContext, talk: DevelopmentTalk) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    signed = "\n".join(
        fill(
            labels.signed_by_leader if side is Side.LEADER else labels.signed_by_manager,
            name=", ".join(part for part in (signature.name, signature.role) if part),
            date=ctx.date(signature.at.date() if signature.at else None, ""),
        )
        for side, signature in talk.signatures
    )
    facts = [
        (labels.date, ctx.date(talk.date, "")),
        (labels.participants, talk.participants),
        # No date yet: a line to write one in by hand, as on a paper form.
        (labels.follow_up_date, ctx.date(talk.follow_up_date, "_" * 24)),
        (labels.status, signed),
    ]
    story: list[Flowable] = [fields(ctx, facts, LABEL_WIDTH), Spacer(0, 0.2 * cm)]
    story += _themes(ctx, talk)
    preparation = _preparation(ctx, talk)
    if preparation is not None:
        story += [*table_heading(ctx, labels.preparation), preparation]
    # A talk still to come gets ruled lines to write on; a held one shows what was recorded.
    to_come = not (talk.summary.strip() or talk.agreements or talk.signed_off)
    if to_come or talk.summary.strip():
        summary: list[Flowable] = [minor_heading(ctx, labels.summary)]
        if to_come:
            summary += [Paragraph(markup(labels.to_fill_in), styles.muted), write_in_lines(ctx, 5)]
        else:
            summary += paragraphs(talk.summary, styles.body)
        story.append(KeepTogether(summary))
    if to_come or talk.agreements:
        agreements: list[Flowable] = [minor_heading(ctx, labels.agreements)]
        if to_come:
            note = Paragraph(markup(labels.to_fill_in), styles.muted)
            agreements += [note, write_in_lines(ctx, 4)]
        else:
            agreements.append(agreement_table(ctx, talk.agreements))
        story.append(KeepTogether(agreements))
    return story


def _visible(ctx: RenderContext, answer: PrepAnswer) -> bool:
    return bool(answer.answer.strip()) and (ctx.include_private or not answer.private)


def _preparation(ctx: RenderContext, talk: DevelopmentTalk) -> Flowable | None:
    """Question | leader's answer | manager's answer, the questions in the leader's order."""
    labels, styles = ctx.labels, ctx.styles
    rows_by_key: dict[str, list] = {}
    order: list[str] = []
    for column, answers in ((1, talk.leader_prep), (2, talk.manager_prep)):
        for answer in answers:
            key = answer.question_key or answer.question.strip()
            if key not in rows_by_key:
                # A theme's text is under "Themes we chose": here its title says which.
                theme = is_theme(answer.question_key)
                question = title_and_text(answer.question)[0] if theme else answer.question
                rows_by_key[key] = [question, None, None]
                order.append(key)
            if _visible(ctx, answer):
                rows_by_key[key][column] = answer
    rows: list[list[object]] = [
        [
            para(labels.question, styles.cell_head),
            para(labels.leader, styles.cell_head),
            para(labels.manager, styles.cell_head),
        ]
    ]
    for key in order:
        question, mine, theirs = rows_by_key[key]
        if mine is None and theirs is None:
            continue
        rows.append([para(question, styles.cell_bold), _answer(ctx, mine), _answer(ctx, theirs)])
    if len(rows) == 1:
        return None
    question_width = 0.3 * ctx.width
    answer_width = (ctx.width - question_width) / 2
    return data_table(rows, [question_width, answer_width, answer_width])


def _answer(ctx: RenderContext, answer: PrepAnswer | None) -> Paragraph:
    if answer is None:
        return para("", ctx.styles.cell)
    text = markup(answer.answer)
    if answer.private:
        text += f" <i>({markup(ctx.labels.private)})</i>"
    return Paragraph(text, ctx.styles.cell)


def signatures_section(ctx: RenderContext) -> list[Flowable]:
    """Lines for the leader's and the manager's signature, with names and dates."""
    labels, styles = ctx.labels, ctx.styles
    plan = ctx.bundle.plan
    managers = [r for r in ctx.latest_rounds() if r.assessor_kind == AssessorKind.MANAGER]
    manager_name = plan.manager_name or (managers[0].assessor_name.strip() if managers else "")
    manager = ", ".join(part for part in (manager_name, plan.manager_title) if part)
    talk = ctx.latest_talk()
    heading = section_heading(ctx, labels.signatures, "section-signatures")
    column = (ctx.width - 1.2 * cm) / 2

    def block(role: str, name: str, side: Side) -> list[list[object]]:
        signed = talk.signature(side) if talk is not None else None
        when = ctx.date(signed.at.date()) if signed and signed.at else ""
        # A signature made in the program is printed as made (name, date); else lines to sign.
        return [
            [para(role, styles.label)],
            [para(name, styles.cell)],
            [para(fill(labels.signed_in_program, name=signed.name), styles.cell) if signed
             else Spacer(0, 1.3 * cm)],
            [para(labels.signature, styles.cell_small)],
            [para(when, styles.cell) if when else Spacer(0, 1.0 * cm)],
            [para(labels.date, styles.cell_small)],
        ]  # fmt: skip

    person = ctx.bundle.person
    leader = ", ".join(part for part in (person.name, person.job_title) if part.strip())
    left = block(labels.leader, leader, Side.LEADER)
    right = block(labels.manager, manager, Side.MANAGER)
    rows = [[a[0], "", b[0]] for a, b in zip(left, right, strict=True)]
    table = Table(rows, colWidths=[column, 1.2 * cm, column], hAlign="LEFT", splitInRow=1)
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    for row in (2, 4):
        style.add("LINEBELOW", (0, row), (0, row), 0.8, INK)
        style.add("LINEBELOW", (2, row), (2, row), 0.8, INK)
    table.setStyle(style)
    return [heading[0], KeepTogether([heading[1], Spacer(0, 0.3 * cm), table])]
