"""HR reads many summary files: each one that cannot be read is named with why and the rest are
read; two summaries of one plan count once; the picture's figures are the plans' own counts —
checked against the benchmark's generated database, counted directly from its plans."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ledarplan.domain.entities import AssessorKind, PlanBundle, PlanStatus
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store
from ledarplan.summary.aggregate import NO_YEAR
from ledarplan.summary.document import Refusal

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 6, 1)


def _contribute(services: Services, plan_ids: list[str], out: Path) -> Path:
    return services.summaries.write(services.summaries.document(plan_ids, TODAY), out)


@pytest.fixture
def five(services, tmp_path) -> Path:
    made = [services.samples.create("hjo", None, date(2026, 2, 1)) for _ in range(5)]
    return _contribute(services, [b.plan.id for b in made], tmp_path / "team.json")


def test_each_file_that_cannot_be_read_is_named_and_the_rest_are_read(services, five, tmp_path):
    written = json.loads(five.read_text(encoding="utf-8"))
    bad = {
        "a plan.ledarplan.json": json.dumps({"format": "ledarplan-plan", "format_version": 2}),
        "newer.json": json.dumps({**written, "format_version": 9}),
        "names.json": json.dumps({**written, "plans": [{**written["plans"][0], "name": "Karin"}]}),
        "damaged.json": five.read_text(encoding="utf-8")[:-200],
    }
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    missing = tmp_path / "gone.json"
    read = services.hr_report.read([five, *(tmp_path / n for n in bad), missing])
    refusals = {p.path.name: p.refusal for p in read.refused}
    assert refusals == {
        "a plan.ledarplan.json": Refusal.NOT_A_SUMMARY,
        "newer.json": Refusal.NEWER,
        "names.json": Refusal.NOT_ANONYMOUS,
        "damaged.json": Refusal.DAMAGED,
        "gone.json": Refusal.UNREADABLE,
    }
    for problem in read.refused:
        assert str(problem).startswith(f"{problem.path}: ")
    assert read.files == 1 and len(read.plans) == 5
    shown = services.hr_report.picture(read)
    assert shown.plans == 5 and shown.refused_files == 5


def test_two_summaries_of_one_plan_are_counted_once(services, desks, five, tmp_path):
    """The leader's and the manager's copies of a plan, and a file sent twice."""
    leader = services.samples.create("hjo", None, date(2026, 2, 1))
    manager = desks("manager")
    manager.transfer.import_file(services.transfer.send(leader.plan.id, tmp_path / "p.json"))
    mine = _contribute(services, [leader.plan.id], tmp_path / "leader.json")
    theirs = _contribute(manager, [leader.plan.id], tmp_path / "manager.json")
    copy = tmp_path / "team again.json"
    copy.write_bytes(five.read_bytes())
    read = services.hr_report.read([five, copy, mine, theirs])
    assert read.files == 4 and len(read.plans) == 6 and read.duplicates == 6
    shown = services.hr_report.picture(read)
    assert shown.plans == 6 and shown.models[0].cells[0].plans == 6


def test_plans_of_a_model_or_item_not_installed_here_are_left_out_and_named(
    services, five, tmp_path
):
    written = json.loads(five.read_text(encoding="utf-8"))
    plans = written["plans"]
    plans[0] = {**plans[0], "model": "vores-egen-model"}
    plans[1]["self_assessment"]["ratings"]["karin-lindqvist"] = 3
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(written), encoding="utf-8")
    read = services.hr_report.read([changed])
    assert read.files == 1 and len(read.plans) == 3 and read.plans_left_out == 2
    (problem,) = read.left_out
    assert problem.refusal is Refusal.UNKNOWN_MODEL
    assert problem.problems == (
        "plans[0]: model 'vores-egen-model': not installed here (install its pack to read it)",
        "plans[1]: item(s) 'karin-lindqvist': not in the model 'hjo' as installed here",
    )


# --- the benchmark's database ---------------------------------------------------------------


def _generate(folder: Path, scale: float) -> Path:
    spec = importlib.util.spec_from_file_location(
        "ledarplan_bench_generate", ROOT / "benchmarks" / "generate.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    module.generate(folder, scale)
    return folder


def _held(bundle: PlanBundle) -> bool:
    return any(t.signed_off or (t.date is not None and t.date < TODAY) for t in bundle.talks)


def _latest(bundle: PlanBundle, kind: AssessorKind) -> dict[str, int]:
    rounds = [r for r in bundle.rounds if r.assessor_kind is kind]
    if not rounds:
        return {}
    latest = max(rounds, key=lambda r: r.date)
    return {r.item_id: r.value for r in latest.ratings if r.value is not None}


def _check_against_the_plans(folder: Path, tmp_path: Path, threshold: int, *, pdf: bool) -> None:
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    paths = AppPaths(folder)
    database = open_database(paths.database_file, paths.backups_dir)
    try:
        services = Services.over(Store(database), catalog, paths.backups_dir)
        ids = [c.plan_id for c in services.summaries.choices()]
        bundles = [services.plans.bundle(i) for i in ids]
        out = _contribute(services, ids, tmp_path / "everyone.ledarplan-summary.json")
    finally:
        database.dispose()
    read = services.hr_report.read([out])
    shown = services.hr_report.picture(read, threshold)
    assert shown.plans == len(bundles) and not read.refused and not read.left_out
    checked = 0
    for model in shown.models:
        mine = [b for b in bundles if b.plan.framework_id == model.model_id]
        assert model.plans == len(mine)
        for cell in model.cells:
            inside = [
                b
                for b in mine
                if cell.scope.year in (None, b.plan.period_start.year)
                and cell.scope.level in (None, b.plan.level_id)
            ]
            assert cell.plans == len(inside) >= threshold
            assert cell.held == sum(_held(b) for b in inside)
            assert cell.signed == sum(any(t.signed_off for t in b.talks) for b in inside)
            followed = sum(b.plan.status is PlanStatus.FOLLOWED_UP for b in inside)
            assert cell.followed_up == followed
            goals = [g for b in inside for g in b.goals]
            assert cell.goals == len(goals)
            assert cell.actions == Counter(a.kind for g in goals for a in g.actions)
            assert cell.sessions == sum(len(b.sessions) for b in inside)
            for row in cell.items:
                for kind, figures in (
                    (AssessorKind.SELF, row.self_view),
                    (AssessorKind.MANAGER, row.manager_view),
                ):
                    values = [v for b in inside if (v := _latest(b, kind).get(row.id))]
                    counts = Counter(values)
                    assert figures.counts == tuple(counts[p] for p in cell.points), row.id
            chosen = Counter(i for b in inside for i in {i for g in b.goals for i in g.item_ids})
            assert {g.id: g.plans for g in cell.goal_items} == dict(chosen)
            checked += 1
    assert checked >= len(shown.models)
    assert NO_YEAR not in {y for m in shown.models for y in m.years}
    if pdf:
        _check_the_pdf(services, shown, tmp_path, len(bundles))


def _check_the_pdf(services: Services, shown, tmp_path: Path, plans: int) -> None:
    """The PDF says the same figures: each model's plans and each shown cell's."""
    from tests.pdf.pdftext import normalise, pdf_text  # noqa: PLC0415

    report = tmp_path / "report.pdf"
    from ledarplan.pdf.options import HrReportOptions  # noqa: PLC0415
    from ledarplan.summary.labels import HrLabels, years_span  # noqa: PLC0415

    services.hr_report.export_pdf(
        shown, report, HrLabels(), HrReportOptions(organisation="Benchmark kommun")
    )
    text = pdf_text(report.read_bytes())
    assert f"Plans counted {plans}" in text
    for model in shown.models:
        assert normalise(f"{model.name} {model.plans} plans · {years_span(model.years)}") in text
        for cell in model.year_cells(model.detail_year()):
            title = HrLabels().cell_title(model, cell.scope)
            assert normalise(f"{title} {cell.plans} plans") in text


def test_the_report_of_the_benchmarks_database_counts_what_its_plans_hold(tmp_path):
    """A fifth of the benchmark's database (10 leaders, 50 plans), every figure checked."""
    _check_against_the_plans(_generate(tmp_path / "data", 0.2), tmp_path, 5, pdf=False)


@pytest.mark.slow
def test_the_report_of_the_whole_benchmark_database_counts_what_its_plans_hold(tmp_path):
    """The benchmark's database at 1× (250 plans), as the issue asks, and its PDF."""
    _check_against_the_plans(_generate(tmp_path / "data", 1.0), tmp_path, 5, pdf=True)
