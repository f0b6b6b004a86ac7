"""A large, valid ledarplan database: many leaders' plans over many years.

    python benchmarks/generate.py DATA_DIR [--scale 1]

Scale 1 is the manager of issue 10: 50 people × 5 yearly plans (250 plans) holding 10 000
coaching sessions, 2 000 goals, 6 000 actions and 500 assessment rounds. A scale of k makes
k times as many people with plans of the same shapes, so every total grows k-fold while the
busiest plan stays the same size (what a screen of one plan shows must not grow with the
rest of the database). Sessions are shared out unevenly: the busiest person has about 1.6
times the average, the quietest 0.4 times.

The texts come from the sample plan's phrases (`resources/demo/`) in the model's language,
varied per session; the dates follow each plan's year. Nothing is random: the same scale gives
the same plans, apart from the fresh ids.

The rows are written through the storage layer (its tables and its domain → row conversion,
as the program writes them), but a whole person at a time with one flush instead of one
service call per session, which would take minutes. `ledarplan check` is clean afterwards and
the program reads every plan as its own.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

try:
    import ledarplan  # noqa: F401  (installed, or run from a checkout below)
except ImportError:  # `python benchmarks/generate.py` in a checkout without `pip install .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ledarplan.domain.entities import (
    Action,
    ActionStatus,
    Agreement,
    CheckIn,
    CoachingSession,
    Goal,
    GoalStatus,
    Person,
    PlanBundle,
    PlanStatus,
)
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle, phrases
from ledarplan.storage import convert
from ledarplan.storage.database import open_database
from ledarplan.storage.tables import PersonRow

PEOPLE = 50
YEARS = (2021, 2022, 2023, 2024, 2025)
SESSIONS = 10_000
GOALS_PER_PLAN = 8
ACTIONS_PER_GOAL = 3
#: Generator version: cached databases made by an older generator are made again.
VERSION = 1

_FIRST = {
    "sv": ("Karin", "Anders", "Eva", "Johan", "Maria", "Lars", "Sara", "Mikael", "Anna", "Per"),
    "da": ("Mette", "Søren", "Hanne", "Jens", "Lone", "Henrik", "Pia", "Morten", "Birgit", "Ole"),
}
_LAST = {
    "sv": ("Lindqvist", "Berg", "Öberg", "Sundberg", "Åström", "Nyström", "Holm", "Ek", "Falk"),
    "da": ("Sørensen", "Jensen", "Kjær", "Holm", "Bak", "Nielsen", "Madsen", "Lund", "Krogh"),
}
_COACHES = {
    "sv": ("Lena Berg, chefscoach på HR", "Ulf Sjöberg, extern coach", "Åsa Lind, mentor"),
    "da": ("Lone Bak, ledercoach i HR", "Karsten Vang, ekstern coach", "Ida Friis, mentor"),
}


@dataclass(frozen=True)
class _Shape:
    """What a person's plans have in common: the model, the level, the language."""

    pack: Any
    level_id: str | None
    language: str


@dataclass(frozen=True)
class Generated:
    database: Path
    people: int
    plans: int
    sessions: int
    goals: int
    actions: int
    rounds: int
    busiest_plan_id: str
    busiest_sessions: int
    seconds: float


def session_counts(people: int, plans_per_person: int, total: int) -> list[list[int]]:
    """Sessions per plan of each person: uneven between people, exactly `total` in all."""
    weights = [0.4 + 1.2 * ((p * 37) % people) / max(people - 1, 1) for p in range(people)]
    plan_weights = [[w * (0.8 + 0.1 * y) for y in range(plans_per_person)] for w in weights]
    whole = sum(sum(w) for w in plan_weights)
    exact = [[total * w / whole for w in row] for row in plan_weights]
    counts = [[int(x) for x in row] for row in exact]
    # Largest remainders get the sessions rounding left over, so the total is exact.
    rest = total - sum(sum(row) for row in counts)
    order = sorted(
        ((x - int(x), p, y) for p, row in enumerate(exact) for y, x in enumerate(row)),
        reverse=True,
    )
    for _, p, y in order[:rest]:
        counts[p][y] += 1
    return counts


def _person(number: int, language: str) -> Person:
    first = _FIRST.get(language, _FIRST["sv"])
    last = _LAST.get(language, _LAST["sv"])
    name = f"{first[number % len(first)]} {last[(number // len(first)) % len(last)]} {number + 1}"
    return Person(name, email=f"leader{number + 1}@example.org")


def _plan(shape: _Shape, person: Person, year: int, sessions: int) -> PlanBundle:
    """One year's plan of `person`, shaped like the sample plan but as full as a busy year."""
    language = shape.language
    bundle = build_demo_bundle(shape.pack, shape.level_id, date(year, 6, 15))
    words = phrases(language)
    start, end = date(year, 1, 1), date(year, 12, 31)
    plan = replace(
        bundle.plan,
        person_id=person.id,
        period_start=start,
        period_end=end,
        title=f"{bundle.plan.title.rsplit(' ', 1)[0]} {year}",
        status=PlanStatus.FOLLOWED_UP if year < YEARS[-1] else PlanStatus.AGREED,
        created_at=datetime(year, 1, 10, 9, 0),
    )
    for round_ in bundle.rounds:
        round_.plan_id = plan.id
    for talk in bundle.talks:
        talk.plan_id = plan.id
    models, actions = bundle.goals, [a for g in bundle.goals for a in g.actions]
    goals = []
    for number in range(GOALS_PER_PLAN):
        model = models[number % len(models)]
        target = start + timedelta(days=45 * (number + 1))
        goals.append(
            Goal(
                plan_id=plan.id,
                title=f"{model.title} ({number + 1})",
                description=model.description,
                item_ids=list(model.item_ids),
                success_criterion=model.success_criterion,
                target_date=target,
                status=GoalStatus.DONE if number % 3 == 0 else GoalStatus.IN_PROGRESS,
                progress=(number * 13) % 101,
                checkins=[
                    CheckIn(target - timedelta(days=30 * k), c.note, c.progress)
                    for k, c in enumerate(model.checkins, 1)
                ],
                actions=[
                    replace(
                        actions[(number + k) % len(actions)],
                        id=Action("").id,
                        due_date=target - timedelta(days=10 * k),
                        status=ActionStatus.DONE if k == 0 else ActionStatus.PLANNED,
                        done_date=target - timedelta(days=12) if k == 0 else None,
                    )
                    for k in range(ACTIONS_PER_GOAL)
                ],
            )
        )
    texts = bundle.sessions
    topics = [t.topic for t in texts] + [g.title for g in models] + [a.what for a in actions]
    coaches = _COACHES.get(language, _COACHES["sv"])
    agreements_words = words["agreements"]
    sessions_list: list[CoachingSession] = []
    step = max(1, 364 // max(sessions, 1))
    still_open: Agreement | None = None
    for n in range(sessions):
        text = texts[n % len(texts)]
        other = texts[(n + 1) % len(texts)]
        day = start + timedelta(days=n * 364 // sessions)
        agreements = []
        if still_open is not None and n % 4 != 0:
            # The previous session's open agreement is carried over, as the view does it.
            agreements.append(
                Agreement(
                    still_open.text, still_open.owner, day + timedelta(14), False, still_open.id
                )
            )
        fresh = Agreement(
            agreements_words[n % len(agreements_words)],
            owner=person.name,
            due_date=day + timedelta(days=21),
            done=n % 3 == 0,
        )
        agreements.append(fresh)
        still_open = None if fresh.done else fresh
        sessions_list.append(
            CoachingSession(
                plan_id=plan.id,
                date=day,
                with_whom=coaches[(n // 7) % len(coaches)],
                topic=topics[n % len(topics)],
                goal_ids=[goals[n % len(goals)].id],
                notes=f"{text.notes} {other.notes}",
                notes_private=n % 5 != 0,
                experience=text.experience,
                reflection=text.reflection,
                conclusion=text.conclusion,
                experiment=f"{text.experiment} {other.experiment}",
                agreements=agreements,
                next_date=day + timedelta(days=step),
            )
        )
    return PlanBundle(
        person=person,
        plan=plan,
        rounds=bundle.rounds,
        goals=goals,
        sessions=sessions_list,
        talks=bundle.talks,
    )


def _rows(bundles: list[PlanBundle]) -> list[object]:
    """The ORM rows of a person's plans, filled by the storage layer's own conversion."""
    person = bundles[0].person
    stamp = datetime(YEARS[0], 1, 10, 9, 0)
    person_row = PersonRow(id=person.id, created_at=stamp, updated_at=stamp)
    convert.fill_person_row(person_row, person)
    rows: list[object] = [person_row]
    for bundle in bundles:
        rows += convert.plan_rows(bundle, bundle.plan.created_at or stamp)
    return rows


def generate(data_dir: Path, scale: float = 1.0, *, quiet: bool = True) -> Generated:
    """Makes the database of `data_dir` (which must not hold one yet) at `scale`."""
    started = time.perf_counter()
    paths = AppPaths(Path(data_dir))
    paths.ensure()
    if paths.database_file.exists():
        raise SystemExit(f"{paths.database_file} exists already; give an empty folder")
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    packs = catalog.packs
    people = max(1, round(PEOPLE * scale))
    total = max(len(YEARS), round(SESSIONS * scale))
    counts = session_counts(people, len(YEARS), total)
    database = open_database(paths.database_file, paths.backups_dir)
    busiest = ("", -1)
    totals = {"plans": 0, "sessions": 0, "goals": 0, "actions": 0, "rounds": 0}
    try:
        for number in range(people):
            pack = packs[number % len(packs)]
            levels = [level.id for level in pack.levels] or [None]
            level_id = levels[number % len(levels)]
            shape = _Shape(pack, level_id, pack.language if pack.language in _FIRST else "sv")
            person = _person(number, shape.language)
            bundles = [
                _plan(shape, person, year, counts[number][y]) for y, year in enumerate(YEARS)
            ]
            with database.session() as session:
                session.add_all(_rows(bundles))
            for bundle in bundles:
                totals["plans"] += 1
                totals["sessions"] += len(bundle.sessions)
                totals["goals"] += len(bundle.goals)
                totals["actions"] += sum(len(g.actions) for g in bundle.goals)
                totals["rounds"] += len(bundle.rounds)
                if len(bundle.sessions) > busiest[1]:
                    busiest = (bundle.plan.id, len(bundle.sessions))
            if not quiet and (number + 1) % 50 == 0:
                print(f"  {number + 1} of {people} people", file=sys.stderr)
        # Statistics for the query planner, as a long-used database would have them.
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA optimize")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return Generated(
        database=paths.database_file,
        people=people,
        busiest_plan_id=busiest[0],
        busiest_sessions=busiest[1],
        seconds=time.perf_counter() - started,
        **totals,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data_dir", type=Path, help="an empty data directory to fill")
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 50 people × 5 years")
    args = parser.parse_args(argv)
    made = generate(args.data_dir, args.scale, quiet=False)
    print(json.dumps({k: str(v) for k, v in made.__dict__.items()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
