"""The team overview's queries read indexes, not the sessions' and agreements' rows, and
migration 0005 makes those indexes on a database of schema 0004 without changing a row."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date

from sqlalchemy import event

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle
from ledarplan.storage.database import open_database
from ledarplan.storage.schema import MIGRATIONS
from ledarplan.storage.store import Store

TODAY = date(2027, 1, 15)


def executed_plans(database, plan_ids: list[str]) -> list[tuple[str, str]]:
    """Each statement the team's facts run, with SQLite's plan for it."""
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with Store(database).transaction() as repo:
            repo.team_facts(plan_ids, TODAY)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    with closing(sqlite3.connect(database.path)) as db:
        return [
            (sql, " | ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)))
            for sql, params in statements
        ]


def test_open_agreements_and_the_last_session_are_read_from_covering_indexes(tmp_path):
    database = open_database(tmp_path / "db.sqlite3")
    try:
        plans = executed_plans(database, ["a", "b", "c"])
    finally:
        database.dispose()
    [agreements] = [p for sql, p in plans if "JOIN coaching_session" in sql and "agreement" in sql]
    assert "COVERING INDEX ix_coaching_session_plan_dates (plan_id=?)" in agreements
    assert "COVERING INDEX ix_agreement_session_open (session_id=? AND done=?)" in agreements
    [sessions] = [p for sql, p in plans if "max(coaching_session.next_date)" in sql]
    assert "COVERING INDEX ix_coaching_session_plan_dates (plan_id=? AND date=?)" in sessions
    assert not any("SCAN coaching_session" in p or "SCAN agreement" in p for _sql, p in plans)


def indexes(path) -> dict[str, list[str]]:
    with closing(sqlite3.connect(path)) as db:
        names = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('agreement', 'coaching_session')"
        ).fetchall()
        return {
            name: [column for _n, _c, column in db.execute(f"PRAGMA index_info('{name}')")]
            for (name,) in names
        }


def test_a_database_of_schema_0004_gets_the_indexes_and_keeps_every_row(tmp_path):
    older = tmp_path / "migrations-0004"
    shutil.copytree(MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (older / "versions").glob("*.py"):
        if script.name[:4] > "0004":
            script.unlink()
    path = tmp_path / "db.sqlite3"
    pack = FrameworkCatalog.load(builtin_frameworks_dir()).get("kalix")
    bundle = build_demo_bundle(pack, None, date(2026, 11, 23))
    database = open_database(path, migrations=older)
    try:
        with Store(database).transaction() as repo:
            repo.save_bundle(bundle)
            before = repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id]
    finally:
        database.dispose()
    assert "ix_agreement_session_id" in indexes(path)
    assert before.open_agreements and before.last_session

    database = open_database(path, tmp_path / "backups")
    try:
        with Store(database).transaction() as repo:
            after = repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id]
            stored = repo.load_bundle(bundle.plan.id)
    finally:
        database.dispose()
    assert after == before
    assert stored.sessions == bundle.sessions
    found = indexes(path)
    assert found["ix_coaching_session_plan_dates"] == ["plan_id", "date", "next_date", "id"]
    assert found["ix_agreement_session_open"] == ["session_id", "done", "due_date", "id"]
    assert "ix_agreement_session_id" not in found and "ix_coaching_session_plan_id" not in found
