"""The parts of the document, each a function from the render context to flowables."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.sections.assessment import assessment_section, chart_section
from ledarplan.pdf.sections.coaching import coaching_section
from ledarplan.pdf.sections.cover import cover, title_block
from ledarplan.pdf.sections.feedback import feedback_section
from ledarplan.pdf.sections.goals import goals_section
from ledarplan.pdf.sections.model import expectations_section, model_section
from ledarplan.pdf.sections.talk import signatures_section, talk_section

BODY_SECTIONS: dict[str, Callable[[RenderContext], list[Flowable]]] = {
    "model": model_section,
    "expectations": expectations_section,
    "assessment": assessment_section,
    "chart": chart_section,
    "feedback": feedback_section,
    "goals": goals_section,
    "coaching": coaching_section,
    "talk": talk_section,
    "signatures": signatures_section,
}


def build_story(ctx: RenderContext) -> list[Flowable]:
    """The chosen sections in order; the cover last built, once the contents' size is known.

    Every section that prints anything starts with one level-0 heading, so the number of
    non-empty sections is the number of entries of the contents.
    """
    body: list[Flowable] = []
    entries = 0
    for section in ctx.options.ordered_sections:
        make = BODY_SECTIONS.get(section)
        part = make(ctx) if make is not None else []
        entries += bool(part)
        body += part
    if ctx.options.has("cover"):
        return cover(ctx, entries) + body
    return title_block(ctx) + body
