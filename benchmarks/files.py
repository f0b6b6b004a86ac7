"""Files: the exchange file of the largest plan written and read back, and the backup.

    python benchmarks/files.py --data DIR --busiest PLAN_ID [--runs 7] [--label 1×]
                               [--only export,import,backup]

- export: `TransferService.export_plan` (private notes included) | plain `sqlite3` reads the
  same plan's rows and `json.dumps` writes them to a file, flushed and synced as ours is;
- import: `TransferService.import_file` of that file into another, empty database (the
  manager's side) | `json.loads` of the floor's file and plain `sqlite3` inserting those rows
  into a database of the same schema, in one transaction;
- backup: `ledarplan backup`'s `MaintenanceService.backup` (SQLite's online backup) | copying
  the database file with `shutil.copyfile` and syncing it.

The import is undone (untimed) between runs, so every run imports into the same empty state.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from common import Result, alternate, emit

from ledarplan.app import open_services
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir

#: The plan's rows, table by table, in an order that inserts parents before children.
PLAN_ROWS = (
    ("person", "SELECT person.* FROM person JOIN plan ON plan.person_id = person.id "
     "WHERE plan.id = :plan"),
    ("plan", "SELECT * FROM plan WHERE id = :plan"),
    ("assessment_round", "SELECT * FROM assessment_round WHERE plan_id = :plan"),
    ("rating", "SELECT rating.* FROM rating JOIN assessment_round r ON rating.round_id = r.id "
     "WHERE r.plan_id = :plan"),
    ("goal", "SELECT * FROM goal WHERE plan_id = :plan"),
    ("goal_item", "SELECT goal_item.* FROM goal_item JOIN goal ON goal_item.goal_id = goal.id "
     "WHERE goal.plan_id = :plan"),
    ("checkin", "SELECT checkin.* FROM checkin JOIN goal ON checkin.goal_id = goal.id "
     "WHERE goal.plan_id = :plan"),
    ("action", 'SELECT "action".* FROM "action" JOIN goal ON "action".goal_id = goal.id '
     "WHERE goal.plan_id = :plan"),
    ("coaching_session", "SELECT * FROM coaching_session WHERE plan_id = :plan"),
    ("session_goal", "SELECT session_goal.* FROM session_goal JOIN coaching_session s "
     "ON s.id = session_goal.session_id WHERE s.plan_id = :plan"),
    ("development_talk", "SELECT * FROM development_talk WHERE plan_id = :plan"),
    ("agreement", "SELECT agreement.* FROM agreement JOIN coaching_session s "
     "ON s.id = agreement.session_id WHERE s.plan_id = :plan UNION ALL "
     "SELECT agreement.* FROM agreement JOIN development_talk t ON t.id = agreement.talk_id "
     "WHERE t.plan_id = :plan"),
)  # fmt: skip


def _write_synced(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def bare_export(db: Path, plan_id: str, out: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        connection.row_factory = sqlite3.Row
        document = {
            table: [dict(row) for row in connection.execute(query, {"plan": plan_id})]
            for table, query in PLAN_ROWS
        }
    _write_synced(out, json.dumps(document, ensure_ascii=False, indent=1))


def bare_import(file: Path, db: Path) -> None:
    document = json.loads(file.read_text(encoding="utf-8"))
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        for table, rows in document.items():
            if rows:
                columns = list(rows[0])
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" for _ in columns)
                connection.executemany(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                    [tuple(row[c] for c in columns) for row in rows],
                )


def bare_forget(file: Path, db: Path) -> None:
    person = json.loads(file.read_text(encoding="utf-8"))["person"][0]["id"]
    with contextlib.closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM person WHERE id = ?", (person,))


def bare_backup(db: Path, out: Path) -> None:
    shutil.copyfile(db, out)
    with out.open("rb+") as handle:
        os.fsync(handle.fileno())


def measure(data: Path, busiest: str, runs: int, label: str, wanted: set[str]) -> list[Result]:
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    source = open_services(AppPaths(data.resolve()), catalog)
    db = source.maintenance.database_file
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        exchange, bare_file = work / "plan.ledarplan.json", work / "bare.json"
        if "export" in wanted:
            ours, floor = alternate(
                lambda: source.transfer.export_plan(busiest, exchange, include_private_notes=True),
                lambda: bare_export(db, busiest, bare_file),
                runs,
            )
            size = exchange.stat().st_size // 1024
            results.append(
                Result(f"export of the largest plan ({label})", ours, floor, runs=runs,
                       note=f"{size} KB")
            )  # fmt: skip
        if "import" in wanted:
            source.transfer.export_plan(busiest, exchange, include_private_notes=True)
            bare_export(db, busiest, bare_file)
            target = open_services(AppPaths(work / "manager"), catalog)
            bare_target = AppPaths(work / "bare")
            open_services(bare_target, catalog).close()  # the same schema
            person = source.plans.get(busiest).person_id

            def forget() -> None:
                if any(p.id == person for p in target.people.list(include_archived=True)):
                    target.people.delete(person)
                bare_forget(bare_file, bare_target.database_file)

            ours, floor = alternate(
                lambda: target.transfer.import_file(exchange),
                lambda: bare_import(bare_file, bare_target.database_file),
                runs,
                before=forget,
            )
            target.close()
            results.append(
                Result(f"import of the largest plan ({label})", ours, floor, runs=runs,
                       goal="ratio ≤ 2", limit=2.0)
            )  # fmt: skip
        if "backup" in wanted:
            ours_out, bare_out = work / "backup.sqlite3", work / "copy.sqlite3"
            ours, floor = alternate(
                lambda: source.maintenance.backup(ours_out),
                lambda: bare_backup(db, bare_out),
                runs,
            )
            size = db.stat().st_size // (1024 * 1024)
            results.append(
                Result(f"backup of the database ({label})", ours, floor, runs=runs,
                       note=f"{size} MB")
            )  # fmt: skip
    source.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, action="append", required=True, help="repeatable")
    parser.add_argument("--busiest", action="append", required=True, help="its busiest plan")
    parser.add_argument("--label", action="append", help="its label in the table (1×, 4× …)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="export,import,backup")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(","))
    results: list[Result] = []
    for data, busiest, label in zip(args.data, args.busiest, args.label or ["1×"], strict=True):
        results += measure(data, busiest, args.runs, label, wanted)
    if args.json:
        emit(results)
    else:
        for r in results:
            print(f"{r.name:45} {r.measured:9.1f} {r.floor:9.1f}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
