"""The team overview (the manager's desk) on the large database, against its floor.

    python benchmarks/team_overview.py --data DIR [--runs 7] [--label 1×] [--quick]

Ours: the team overview page reads its rows again (`services.team.rows`: each person's current
plan with its talk, preparation, rounds, open and overdue agreements, overdue actions, goals'
progress and sessions, from a few grouped queries) and shows them in its table, behind the sort
and filter proxy, painted. Floor: plain `sqlite3` running the same grouped queries and making
the same rows, and a minimal Python table model (a list of tuples, display text only) reset in
a QTableView of the same size, painted. At 1× that is 50 people out of 250 plans.

Runs alternate ours and floor; medians are printed as JSON for `run.py`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

from common import Result, alternate, emit
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from ledarplan.app import open_services
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.application import application
from ledarplan.gui.events import DataEvents
from ledarplan.gui.views.team_view import TEAM, TeamOverviewView
from ledarplan.paths import AppPaths, builtin_frameworks_dir

#: See interactive.py: PySide6 6.12.0 on Python 3.11 drops a reference to None per call.
_NONE_GUARD = [None] * 2_000_000 if sys.version_info < (3, 12) else []

GOAL_MS = 100.0
SIZE = (1100, 700)
COLUMNS = 12


def settle() -> None:
    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class TupleModel(QAbstractTableModel):
    """The least a table model can be: a Python list of tuples, display texts only."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple] = []

    def reset(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "–" if value is None else str(value)


# --- the floor: the same rows from plain sqlite3 ------------------------------------------------

OPEN_AGREEMENTS = """
SELECT p.plan_id, count(*), sum(a.due_date < :today)
FROM agreement a JOIN {parent} p ON a.{link} = p.id
WHERE p.plan_id IN ({plans}) AND a.done = 0
  AND NOT EXISTS (SELECT 1 FROM agreement l WHERE l.carried_from = a.id)
GROUP BY p.plan_id
"""


def _answered(prep: str | None) -> bool:
    answers = json.loads(prep) if prep else []
    return bool(answers) and all(str(a.get("answer", "")).strip() for a in answers)


def bare_team(db: Path, today: date) -> list[tuple]:
    """One row per person not archived, their current plan's figures, as the overview shows."""
    day = today.isoformat()
    with contextlib.closing(sqlite3.connect(db)) as connection:
        current: dict[str, tuple] = {}
        for row in connection.execute(
            "SELECT person.id, person.name, plan.id, plan.title, plan.framework_id, "
            "plan.level_id, coalesce(plan.period_start, date(plan.created_at)) "
            "FROM plan JOIN person ON plan.person_id = person.id WHERE person.archived = 0"
        ):
            held = current.get(row[0])
            if held is None or (row[6], row[2]) >= (held[6], held[2]):
                current[row[0]] = row
        ids = [row[2] for row in current.values()]
        marks = ",".join("?" * len(ids))
        if not ids:
            return []

        def each(query: str, *extra: object) -> list[tuple]:
            return connection.execute(query.replace(":plans", marks), [*extra, *ids]).fetchall()

        talks: dict[str, list[tuple]] = {}
        for plan_id, *talk in each(
            "SELECT plan_id, date, follow_up_date, leader_prep, manager_prep, "
            "leader_signature IS NOT NULL AND manager_signature IS NOT NULL "
            "FROM development_talk WHERE plan_id IN (:plans) ORDER BY position"
        ):
            talks.setdefault(plan_id, []).append(tuple(talk))
        rounds = {
            (plan_id, kind): latest
            for plan_id, kind, latest in each(
                "SELECT plan_id, assessor_kind, max(date) FROM assessment_round "
                "WHERE plan_id IN (:plans) GROUP BY plan_id, assessor_kind"
            )
        }
        agreements: dict[str, list[int]] = {}
        for parent, link in (("coaching_session", "session_id"), ("development_talk", "talk_id")):
            query = OPEN_AGREEMENTS.format(parent=parent, link=link, plans=":plans")
            for plan_id, count, overdue in connection.execute(
                query.replace(":plans", marks).replace(":today", "?"), [day, *ids]
            ):
                totals = agreements.setdefault(plan_id, [0, 0])
                totals[0] += count
                totals[1] += overdue or 0
        actions = dict(
            connection.execute(
                'SELECT g.plan_id, count(*) FROM "action" a JOIN goal g ON a.goal_id = g.id '
                f"WHERE g.plan_id IN ({marks}) AND a.due_date < ? AND a.status != 'done' "
                "GROUP BY g.plan_id",
                [*ids, day],
            ).fetchall()
        )
        progress = dict(
            each(
                "SELECT plan_id, avg(progress) FROM goal WHERE plan_id IN (:plans) "
                "AND status != 'dropped' GROUP BY plan_id"
            )
        )
        sessions = {
            plan_id: (last, following)
            for plan_id, last, following in each(
                "SELECT s.plan_id, s.date, max(s.next_date) FROM coaching_session s JOIN "
                "(SELECT plan_id, max(date) AS last FROM coaching_session "
                "WHERE plan_id IN (:plans) GROUP BY plan_id) l "
                "ON s.plan_id = l.plan_id AND s.date = l.last GROUP BY s.plan_id, s.date"
            )
        }
    rows = []
    for _person_id, name, plan_id, _title, model, level, _start in current.values():
        plan_talks = talks.get(plan_id, [])
        coming = [t for t in plan_talks if t[0] and t[0] >= day and not t[4]]
        talk = coming[0] if coming else (plan_talks[-1] if plan_talks else None)
        follow_ups = [t[1] for t in plan_talks if t[1]]
        prepared = (_answered(talk[2]), _answered(talk[3])) if talk else (False, False)
        open_, overdue = agreements.get(plan_id, (0, 0))
        average = progress.get(plan_id)
        rows.append(
            (
                name,
                "",
                f"{model} · {level or ''}",
                min((t[0] for t in coming), default=None),
                max(follow_ups, default=None),
                f"{prepared[0]}/{prepared[1]}",
                rounds.get((plan_id, "self")),
                rounds.get((plan_id, "manager")),
                f"{open_} / {overdue}",
                actions.get(plan_id, 0),
                None if average is None else f"{round(average)} %",
                sessions.get(plan_id, (None, None))[0],
            )
        )
    rows.sort(key=lambda r: r[0].casefold())
    return rows


# --- the run ---------------------------------------------------------------------------------


def run(data_dir: Path, runs: int, label: str, quick: bool) -> list[Result]:
    application()
    paths = AppPaths(data_dir)
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), paths.frameworks_dir)
    services = open_services(paths, catalog, daily_backup=False)
    today = date.today()
    view = TeamOverviewView(services, DataEvents(), today=lambda: today)
    view.resize(*SIZE)
    view.show()
    settle()
    floor_model = TupleModel()
    floor_view = QTableView()
    floor_view.setModel(floor_model)
    floor_view.resize(view.stack.size())
    floor_view.show()
    settle()

    def ours() -> None:
        view.reload()
        settle()

    def floor() -> None:
        floor_model.reset(bare_team(paths.database_file, today))
        settle()

    ours_ms, floor_ms = alternate(ours, floor, runs, warm_up=not quick)
    people = view.team_model.rowCount() if view.mode == TEAM else 0
    plans = sum(1 for _ in services.plans.list(counts=False))
    note = (
        f"{people} people's current plans out of {plans} plans"
        if view.mode == TEAM
        else f"a leader's year ({view.year_model.rowCount()} dates): one person's plans only"
    )
    if view.mode == TEAM and len(bare_team(paths.database_file, today)) != people:
        raise SystemExit("the floor made another number of rows than the overview")
    services.close()
    result = Result(f"team overview ({label})", ours_ms, floor_ms, runs=runs, note=note)
    result.goal, result.limit = f"under {GOAL_MS:.0f} ms", GOAL_MS
    return [result]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--label", default="1×")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="no warm-up run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = run(args.data.resolve(), args.runs, args.label, args.quick)
    if args.json:
        emit(results)
    else:
        for r in results:
            print(f"{r.name:40} {r.measured:9.1f} {r.floor:9.1f}  {r.note}")
    sys.stdout.flush()
    os._exit(0)  # see interactive.py: no teardown of Qt's objects at exit


if __name__ == "__main__":
    raise SystemExit(main())
