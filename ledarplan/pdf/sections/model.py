"""The model in brief, and what it expects at the plan's level (or its areas and items).

The model's texts are printed as the model writes them, in the model's language; only the
headings around them are ours. The expectations come from the plan's snapshot, so the document
shows what the plan was made against even when the model has changed or is not installed.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ledarplan.domain.entities import SnapshotItem
from ledarplan.pdf.blocks import data_table, minor_heading, section_heading
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import Paragraph, markup, para, shorten
from ledarplan.pdf.styles import SHADE_AREA
from ledarplan.services.area_scores import area_axes

#: The parts of a model's context the document shows; the rest (talk questions, activities,
#: long introductions) belongs to the program, not to the record of a plan. A model with none
#: of these is introduced by the first paragraphs of its introduction.
CONTEXT_KINDS = ("vision", "values", "cornerstones", "intentions", "general-expectations")
SECTION_TEXT = 420  # characters of a context section's text, at most
ENTRY_TEXT = 220  # characters of one entry (a value, a cornerstone)
MAX_ENTRIES = 10
LEVEL_TEXT = 360


def model_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    snapshot = ctx.bundle.plan.snapshot
    story = section_heading(ctx, labels.model_section, "section-model")
    story.append(Paragraph(f"<b>{markup(snapshot.framework_name)}</b>", styles.body))
    if snapshot.source:
        story.append(Paragraph(f"{markup(labels.source)}: {markup(snapshot.source)}", styles.muted))
    pack = ctx.pack
    if pack is None:
        return story
    level = next((lv for lv in pack.levels if lv.id == ctx.bundle.plan.level_id), None)
    if level is not None and level.description:
        text = f"<b>{markup(level.name)}</b>: {markup(shorten(level.description, LEVEL_TEXT))}"
        story.append(Paragraph(text, styles.body))
    chosen = [s for s in pack.context if s.kind in CONTEXT_KINDS]
    if not chosen:  # a model without vision, values or cornerstones: its introduction
        chosen = [s for s in pack.context if s.kind == "introduction" and s.text][:1]
    for section in chosen:
        block: list[Flowable] = [minor_heading(ctx, section.title)]
        if section.text:
            block.append(Paragraph(markup(shorten(section.text, SECTION_TEXT)), styles.body))
        for entry in section.entries[:MAX_ENTRIES]:
            title = markup(entry.title) if entry.title else ""
            text = markup(shorten(entry.text, ENTRY_TEXT)) if entry.text else ""
            if title and text:
                line = f"<b>{title}</b> – {text}"
            else:
                line = f"<b>{title}</b>" if title else text
            block.append(Paragraph(line, styles.bullet, bulletText="•"))
        story.append(KeepTogether(block))
    return story


def expectations_section(ctx: RenderContext) -> list[Flowable]:
    labels, styles = ctx.labels, ctx.styles
    snapshot = ctx.bundle.plan.snapshot
    with_expectations = any(item.expectation for item in snapshot.items)
    if snapshot.level_name and with_expectations:
        title = fill(labels.expectations_at_level, level=snapshot.level_name)
    else:
        title = labels.areas_and_items
    story = section_heading(ctx, title, "section-expectations")
    items = {item.item_id: item for item in snapshot.items}
    label_width = 0.36 * ctx.width
    for number, axis in enumerate(area_axes(snapshot), 1):
        area_items = [items[i] for i in axis.item_ids]
        head = para(f"{number}. {axis.title}", styles.cell_bold)
        if with_expectations:
            rows: list[list[object]] = [[head, ""]]
            rows += [
                [para(item.label, styles.cell_bold), para(item.expectation, styles.cell)]
                for item in area_items
            ]
            widths = [label_width, ctx.width - label_width]
        else:
            rows = [[head]]
            rows += [[_item_paragraph(ctx, item)] for item in area_items]
            widths = [ctx.width]
        area_row = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA)]
        story.append(data_table(rows, widths, style_commands=area_row, accent=False))
        story.append(Spacer(0, 0.25 * cm))
    return story


def _item_paragraph(ctx: RenderContext, item: SnapshotItem) -> Paragraph:
    """An item of a model without levels: its title and text, or its text alone."""
    text = " ".join(item.text.split())
    label = " ".join(item.label.split())
    if not text or text == label:
        return para(label, ctx.styles.cell)
    if text.startswith(label):
        return para(text, ctx.styles.cell)
    return Paragraph(f"<b>{markup(label)}</b> – {markup(text)}", ctx.styles.cell)
