"""How long the PDF export of a full year's plan takes, against a bare reportlab build.

    python benchmarks/pdf_export.py [--repeat N]

Builds a full-year plan (the Holstebro sample plan enlarged to 12 goals with 3 actions each,
24 coaching sessions with notes and agreements, two assessment rounds and the talk), renders it
with `render_plan_pdf` several times, and in the same process lays out the same texts as plain
Paragraphs in a SimpleDocTemplate with the same embedded font. It prints both medians and their
ratio: what our tables, chart, headings, page furniture and atomic write cost on top of the
bare typesetting of the words. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

try:
    import ledarplan  # noqa: F401  (installed, or run from a checkout below)
except ImportError:  # `python benchmarks/pdf_export.py` in a checkout without `pip install .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ledarplan.domain.entities import (
    Action,
    Agreement,
    CoachingSession,
    Goal,
    PlanBundle,
)
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.pdf import PdfLabels, PdfOptions, render_plan_pdf
from ledarplan.pdf.fonts import REGULAR, register_fonts
from ledarplan.pdf.markup import markup
from ledarplan.services.demo import build_demo_bundle

TODAY = date(2025, 3, 10)
GOALS = 12
ACTIONS_PER_GOAL = 3
SESSIONS = 24


def full_year_plan() -> tuple[PlanBundle, object]:
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


def plan_texts(bundle: PlanBundle) -> list[str]:
    """Every text the export prints (private ones included, as the benchmark exports them)."""
    texts = [bundle.plan.title, bundle.person.name, bundle.person.job_title, bundle.person.unit]
    for item in bundle.plan.snapshot.items:
        texts += [item.area_title, item.label, item.expectation]
    for round_ in bundle.rounds:
        texts.append(round_.note)
        texts += [r.comment for r in round_.ratings]
    for goal in bundle.goals:
        texts += [goal.title, goal.description, goal.success_criterion]
        texts += [c.note for c in goal.checkins]
        for action in goal.actions:
            texts += _action_texts(action)
    for session in bundle.sessions:
        texts += [session.topic, session.with_whom, session.notes, session.experience]
        texts += [session.reflection, session.conclusion, session.experiment]
        texts += [a.text for a in session.agreements]
    for talk in bundle.talks:
        texts += [talk.participants, talk.summary]
        texts += [p.question for p in talk.leader_prep]
        texts += [p.answer for p in (*talk.leader_prep, *talk.manager_prep)]
    return [t for t in texts if t and t.strip()]


def _action_texts(action: Action) -> list[str]:
    return [action.what, action.how, action.why, action.who, action.when, action.follow_up]


def bare_build(texts: list[str], out: Path) -> None:
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.8)
    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=REGULAR)
    doc.build([Paragraph(markup(text), style) for text in texts])


def timed(work, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each (default 15)")
    args = parser.parse_args(argv)
    bundle, pack = full_year_plan()
    texts = plan_texts(bundle)
    options = PdfOptions(include_private=True, organisation="Holstebro Kommune")
    labels = PdfLabels(lang="da")
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        ours_file = Path(folder) / "plan.pdf"
        bare_file = Path(folder) / "bare.pdf"

        def ours() -> None:
            render_plan_pdf(bundle, pack, labels, options, ours_file)

        def bare() -> None:
            bare_build(texts, bare_file)

        ours()  # warm up: font parsing, imports, caches
        bare()
        ours_times = timed(ours, args.repeat)
        bare_times = timed(bare, args.repeat)
        ours_pages = ours_file.read_bytes().count(b"/Type /Page\n")
        bare_pages = bare_file.read_bytes().count(b"/Type /Page\n")
    ours_median = statistics.median(ours_times)
    bare_median = statistics.median(bare_times)
    print(
        f"plan: {len(bundle.goals)} goals × {ACTIONS_PER_GOAL} actions, "
        f"{len(bundle.sessions)} coaching sessions, {len(bundle.rounds)} assessment rounds, "
        f"{len(texts)} texts"
    )
    print(f"render_plan_pdf : median {ours_median * 1000:7.1f} ms  ({ours_pages} pages)")
    print(f"bare reportlab  : median {bare_median * 1000:7.1f} ms  ({bare_pages} pages)")
    print(f"ratio ours/bare : {ours_median / bare_median:.2f}  ({args.repeat} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
