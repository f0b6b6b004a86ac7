"""The cover: who, which model and level, which period, the status, and room for the contents."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table

from ledarplan.pdf.blocks import fields
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.flowables import Rule, TocSlot
from ledarplan.pdf.labels import fill
from ledarplan.pdf.markup import markup
from ledarplan.pdf.styles import ACCENT, table_style

LOGO_WIDTH = 5.0 * cm
LOGO_HEIGHT = 2.2 * cm
MAX_LOGO_BYTES = 20 * 1024 * 1024


def logo(path: Path | None, max_width: float = LOGO_WIDTH, max_height: float = LOGO_HEIGHT):
    """The organisation's logo scaled into its box, or None when it cannot be read.

    A missing, unreadable or broken picture is left out without a word: the document matters
    more than the logo. The file is read and decoded here, once, so that it cannot fail later
    in the middle of the layout.
    """
    if path is None:
        return None
    if Path(path).suffix.lower() == ".svg":
        return _svg_logo(Path(path), max_width, max_height)
    try:
        data = Path(path).read_bytes()
        if not data or len(data) > MAX_LOGO_BYTES:
            return None
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()  # decodes every pixel: a truncated file fails here
        if width <= 0 or height <= 0:
            return None
        scale = min(max_width / width, max_height / height)
        return Image(io.BytesIO(data), width * scale, height * scale, hAlign="RIGHT")
    except Exception:  # any broken picture, whatever the library raises
        return None


def _svg_logo(path: Path, max_width: float, max_height: float) -> Flowable | None:
    """An SVG logo as vector graphics (sharp at any zoom), scaled into its box."""
    try:
        if not 0 < path.stat().st_size <= MAX_LOGO_BYTES:
            return None
        # svglib parses with lxml without network access or entity expansion of its own;
        # imported here, as only SVG logos need it.
        from svglib.svglib import svg2rlg  # noqa: PLC0415

        drawing = svg2rlg(str(path))
        if drawing is None or drawing.width <= 0 or drawing.height <= 0:
            return None
        scale = min(max_width / drawing.width, max_height / drawing.height)
        drawing.scale(scale, scale)
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        drawing.hAlign = "RIGHT"
        return drawing
    except Exception:  # any broken picture, whatever the library raises
        return None


def cover(ctx: RenderContext, contents_entries: int) -> list[Flowable]:
    bundle, labels, styles = ctx.bundle, ctx.labels, ctx.styles
    plan, person = bundle.plan, bundle.person
    story: list[Flowable] = []
    picture = logo(ctx.options.logo)
    organisation = Paragraph(markup(ctx.options.organisation), styles.cover_org)
    if picture is not None or ctx.options.organisation:
        top = Table(
            [[organisation, picture or ""]],
            colWidths=[ctx.width - LOGO_WIDTH, LOGO_WIDTH],
            hAlign="LEFT",
            splitInRow=1,
        )
        top.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [top, Spacer(0, 1.2 * cm)]
    else:
        story.append(Spacer(0, 2.0 * cm))
    title = plan.title.strip() or labels.development_plan
    story.append(Paragraph(markup(title), styles.cover_title))
    subtitle = labels.development_plan if plan.title.strip() else plan.snapshot.framework_name
    story.append(Paragraph(markup(subtitle), styles.cover_subtitle))
    story.append(Rule(ACCENT, 1.2, 2))
    story.append(Spacer(0, 0.5 * cm))
    story.append(Paragraph(markup(person.name), styles.cover_name))
    role = " · ".join(part.strip() for part in (person.job_title, person.unit) if part.strip())
    if role:
        story.append(Paragraph(markup(role), styles.cover_role))
    else:
        story.append(Spacer(0, 0.4 * cm))
    talk = ctx.latest_talk()
    manager = ", ".join(part for part in (plan.manager_name, plan.manager_title) if part)
    rows = [
        (labels.organisation, ctx.options.organisation),
        (labels.manager, manager),
        (labels.model, plan.snapshot.framework_name),
        (labels.source, plan.snapshot.source),
        (labels.role_level, plan.snapshot.level_name),
        (labels.plan_period, ctx.period()),
        (labels.status, _status(ctx)),
        (labels.talk_date, ctx.date(talk.date) if talk and talk.date else ""),
        (labels.generated_on, ctx.date(ctx.today)),
    ]
    story.append(fields(ctx, rows, 4.6 * cm))
    if contents_entries:
        story += [Spacer(0, 1.0 * cm), TocSlot(contents_entries)]
    story.append(PageBreak())
    return story


def _status(ctx: RenderContext) -> str:
    """The plan's status as the talk has it: a talk signed by both (or held) says more than
    the plan's own draft/agreed."""
    labels, talk = ctx.labels, ctx.latest_talk()
    if talk is not None and talk.signed_off:
        last = max((s.at for _, s in talk.signatures if s.at), default=None)
        when = ctx.date(last.date() if last else talk.date, "")
        return fill(labels.talk_signed, date=when)
    if (
        talk is not None
        and talk.date is not None
        and talk.date <= ctx.today
        and talk.summary.strip()
    ):
        return fill(labels.talk_held, date=ctx.date(talk.date))
    return labels.plan_status(ctx.bundle.plan.status)


def title_block(ctx: RenderContext) -> list[Flowable]:
    """The document's first lines when the cover is left out."""
    plan, person, styles = ctx.bundle.plan, ctx.bundle.person, ctx.styles
    title = plan.title.strip() or ctx.labels.development_plan
    facts = " · ".join(
        part
        for part in (
            person.name,
            person.job_title,
            plan.snapshot.framework_name,
            plan.snapshot.level_name,
            ctx.period(),
        )
        if part and part.strip()
    )
    return [
        Paragraph(markup(title), styles.h1),
        Paragraph(markup(facts), styles.muted),
        Rule(ACCENT, 1.0, 3),
        Spacer(0, 0.3 * cm),
    ]
