"""How long the PDF export of a full year's plan takes, against reportlab alone.

    python benchmarks/pdf_export.py [--runs N]                      the enlarged sample plan
    python benchmarks/pdf_export.py --data DIR --plan ID [--runs N] a stored plan

Renders the plan with `render_plan_pdf` (private content included, so every text is printed),
and in the same process, alternately, builds the SAME paragraphs and tables with reportlab
alone: every Paragraph of our story (same text, same style) and every Table (same cells as
Paragraphs, same column widths, repeated heading rows and spans) in a SimpleDocTemplate with
the same embedded font, written to a file. It prints both medians and their ratio: what our
document costs on top of typesetting its words and tables — the cover, the radar chart,
headings that become bookmarks, "Page N of M", the contents, keeping blocks together, the
markup escaping of user text and the atomic write with fsync. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from common import Result, alternate, emit
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from ledarplan.domain.entities import Agreement, CoachingSession, Goal, PlanBundle
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.pdf import PdfLabels, PdfOptions, render_plan_pdf
from ledarplan.pdf.context import RenderContext
from ledarplan.pdf.fonts import REGULAR, register_fonts
from ledarplan.pdf.sections import build_story
from ledarplan.pdf.styles import MARGIN_X, PAGE_SIZES, make_styles
from ledarplan.services.demo import build_demo_bundle

TODAY = date(2025, 3, 10)
GOALS = 12
ACTIONS_PER_GOAL = 3
SESSIONS = 24
GOAL_RATIO = 1.1


def full_year_plan() -> tuple[PlanBundle, Any]:
    """The Holstebro sample plan (level Chef) enlarged to 12 goals × 3 actions, 24 sessions."""
    pack = FrameworkCatalog.load(builtin_frameworks_dir()).get("holstebro")
    bundle = build_demo_bundle(pack, "chef", TODAY)
    models = bundle.goals
    actions = [a for g in models for a in g.actions]
    goals = []
    for number in range(GOALS):
        model = models[number % len(models)]
        goals.append(
            Goal(
                plan_id=bundle.plan.id,
                title=f"{model.title} ({number + 1})",
                description=model.description,
                item_ids=list(model.item_ids),
                success_criterion=model.success_criterion,
                target_date=model.target_date,
                status=model.status,
                progress=(number * 9) % 100,
                checkins=list(model.checkins),
                actions=[
                    replace(actions[(number + k) % len(actions)], id=f"a{number}-{k}")
                    for k in range(ACTIONS_PER_GOAL)
                ],
            )
        )
    bundle.goals = goals
    first = bundle.sessions[0]
    bundle.sessions = [
        CoachingSession(
            plan_id=bundle.plan.id,
            date=TODAY - timedelta(days=14 * (SESSIONS - n)),
            with_whom=first.with_whom,
            topic=f"{first.topic} ({n + 1})",
            goal_ids=[goals[n % GOALS].id],
            notes=first.notes,
            notes_private=n % 2 == 0,
            experience=first.experience,
            reflection=first.reflection,
            conclusion=first.conclusion,
            experiment=first.experiment,
            agreements=[Agreement(a.text, a.owner, a.due_date, a.done) for a in first.agreements],
        )
        for n in range(SESSIONS)
    ]
    return bundle, pack


def stored_plan(data_dir: Path, plan_id: str) -> tuple[PlanBundle, Any]:
    from ledarplan.app import open_services  # noqa: PLC0415 - only this mode needs a database
    from ledarplan.paths import AppPaths  # noqa: PLC0415

    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    services = open_services(AppPaths(data_dir), catalog)
    try:
        bundle = services.plans.bundle(plan_id)
    finally:
        services.close()
    return bundle, catalog.get(bundle.plan.framework_id)


# --- the floor: the same paragraphs and tables, reportlab alone ---------------------------


def recipe(bundle: PlanBundle, pack: Any, labels: PdfLabels, options: PdfOptions) -> list:
    """Our story reduced to what reportlab alone would lay out: ("p", text, style) for every
    paragraph and heading, ("t", cells, widths, repeat_rows, spans) for every table; kept
    blocks are flattened and no style keeps a paragraph with the next (that is our layout, not
    typesetting); the chart, spacers, page breaks and the contents slot are left out."""
    register_fonts()
    page_size = PAGE_SIZES[options.page_size]
    ctx = RenderContext(
        bundle=bundle,
        pack=pack,
        labels=labels,
        options=options,
        styles=make_styles(),
        width=page_size[0] - 2 * MARGIN_X,
        today=options.generated_on or date.today(),
    )
    return _reduce(build_story(ctx))


_PLAIN_STYLES: dict[int, ParagraphStyle] = {}


def _plain(style: ParagraphStyle) -> ParagraphStyle:
    """The style without keepWithNext (reportlab would lay such a paragraph out twice)."""
    if id(style) not in _PLAIN_STYLES:
        _PLAIN_STYLES[id(style)] = ParagraphStyle(f"{style.name}-plain", style, keepWithNext=0)
    return _PLAIN_STYLES[id(style)]


def _reduce(flowables: list) -> list:
    out: list = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            out += _reduce(flowable._content)
        elif isinstance(flowable, Paragraph):
            out.append(("p", flowable.text, _plain(flowable.style)))
        elif isinstance(flowable, Table):
            cells = [[_cell(value) for value in row] for row in flowable._cellvalues]
            spans = [tuple(c) for c in flowable._spanCmds]
            out.append(("t", cells, flowable._argW, flowable.repeatRows, spans))
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, Paragraph):
        return ("p", value.text, _plain(value.style))
    if isinstance(value, str):
        return value
    return str(getattr(value, "text", ""))  # e.g. the progress bar: its percentage


def bare_build(steps: list, out: Path) -> None:
    plain = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    story: list = []
    for step in steps:
        if step[0] == "p":
            story.append(Paragraph(step[1], step[2]))
            continue
        _, cells, widths, repeat_rows, spans = step
        rows = [[Paragraph(c[1], c[2]) if isinstance(c, tuple) else c for c in r] for r in cells]
        table = Table(rows, colWidths=widths, repeatRows=repeat_rows, splitInRow=1, hAlign="LEFT")
        table.setStyle(plain)
        if spans:
            table.setStyle(TableStyle(spans))
        story.append(table)
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=REGULAR).build(story)


def measure(bundle: PlanBundle, pack: Any, labels: PdfLabels, runs: int) -> tuple[Result, dict]:
    options = PdfOptions(include_private=True, organisation="Holstebro Kommune")
    steps = recipe(bundle, pack, labels, options)
    with tempfile.TemporaryDirectory() as folder:
        ours_file = Path(folder) / "plan.pdf"
        bare_file = Path(folder) / "bare.pdf"
        ours, bare = alternate(
            lambda: render_plan_pdf(bundle, pack, labels, options, ours_file),
            lambda: bare_build(steps, bare_file),
            runs,
        )
        ours_pages = ours_file.read_bytes().count(b"/Type /Page\n")
        bare_pages = bare_file.read_bytes().count(b"/Type /Page\n")
    paragraphs = sum(1 for s in steps if s[0] == "p")
    tables = len(steps) - paragraphs
    facts = {
        "goals": len(bundle.goals),
        "sessions": len(bundle.sessions),
        "paragraphs": paragraphs,
        "tables": tables,
        "ours_pages": ours_pages,
        "bare_pages": bare_pages,
    }
    note = (
        f"{len(bundle.sessions)} sessions, {len(bundle.goals)} goals; {paragraphs} paragraphs, "
        f"{tables} tables; {ours_pages} vs {bare_pages} pages"
    )
    result = Result(
        "PDF export of the busiest plan",
        ours,
        bare,
        goal=f"ratio ≤ {GOAL_RATIO}",
        limit=GOAL_RATIO,
        runs=runs,
        note=note,
    )
    return result, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--data", type=Path, help="a data directory (default: the sample plan)")
    parser.add_argument("--plan", help="the id of the plan to export (with --data)")
    parser.add_argument("--lang", default="da", help="the labels' language (default da)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if args.data:
        bundle, pack = stored_plan(args.data, args.plan)
    else:
        bundle, pack = full_year_plan()
    from ledarplan.app import pdf_labels  # noqa: PLC0415 - the translated labels, as the CLI

    result, facts = measure(bundle, pack, pdf_labels(args.lang), args.runs)
    if args.json:
        emit([result])
    else:
        print(", ".join(f"{k} {v}" for k, v in facts.items()))
        print(f"render_plan_pdf : median {result.measured:7.1f} ms")
        print(f"bare reportlab  : median {result.floor:7.1f} ms")
        print(f"ratio ours/bare : {result.ratio:.2f}  ({args.runs} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
