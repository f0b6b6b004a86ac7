"""The team overview's queries read indexes, not the sessions' and agreements' rows; migration
0005 makes those indexes on a database of schema 0004 without changing a row, 0006 gives
every agreement its plan and 0007 every action."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from sqlalchemy import event

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store
from tests.storage.old_schemas import columns, database_of

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


def test_open_agreements_overdue_actions_and_the_last_session_are_read_from_covering_indexes(
    tmp_path,
):
    database = open_database(tmp_path / "db.sqlite3")
    try:
        plans = executed_plans(database, ["a", "b", "c"])
    finally:
        database.dispose()
    [agreements] = [p for sql, p in plans if "FROM agreement" in sql]
    assert "COVERING INDEX ix_agreement_plan_open (plan_id=? AND done=?)" in agreements
    assert "SCAN agreement" not in agreements
    [sessions] = [p for sql, p in plans if "FROM coaching_session" in sql]
    # The last session's date and its next: a look-up per plan in the sessions' index.
    assert "CORRELATED SCALAR SUBQUERY" in sessions
    assert "COVERING INDEX ix_coaching_session_plan_dates (plan_id=?)" in sessions
    assert "COVERING INDEX ix_coaching_session_plan_dates (plan_id=? AND date=?)" in sessions
    assert "COVERING INDEX ix_action_plan_open (plan_id=?" in sessions  # the same statement
    assert "SCAN action" not in sessions
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


def _demo_database(path) -> tuple[object, object]:
    """A database of today's schema with Kalix's demo plan, and the plan's team facts."""
    pack = FrameworkCatalog.load(builtin_frameworks_dir()).get("kalix")
    bundle = build_demo_bundle(pack, None, date(2026, 11, 23))
    database = open_database(path)
    try:
        with Store(database).transaction() as repo:
            repo.save_bundle(bundle)
            facts = repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id]
    finally:
        database.dispose()
    return bundle, facts


def _migrated(path, tmp_path, bundle):
    database = open_database(path, tmp_path / "backups")
    try:
        with Store(database).transaction() as repo:
            return repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id], repo.load_bundle(
                bundle.plan.id
            )
    finally:
        database.dispose()


def test_a_database_of_schema_0004_gets_the_indexes_and_keeps_every_row(tmp_path):
    bundle, before = _demo_database(tmp_path / "head.sqlite3")
    path = tmp_path / "db.sqlite3"
    database_of("0004", path, rows_from=tmp_path / "head.sqlite3")
    assert "ix_agreement_session_id" in indexes(path)
    assert before.open_agreements and before.last_session

    after, stored = _migrated(path, tmp_path, bundle)
    assert after == before
    assert stored.sessions == bundle.sessions
    found = indexes(path)
    assert found["ix_coaching_session_plan_dates"] == ["plan_id", "date", "next_date", "id"]
    assert found["ix_agreement_session_open"] == ["session_id", "done", "due_date", "id"]
    assert "ix_agreement_session_id" not in found and "ix_coaching_session_plan_id" not in found


def _agreements_and_their_parents(path) -> list[tuple[str, str | None, str]]:
    """(kind, the agreement's plan, its session's or talk's plan) of every agreement."""
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT CASE WHEN a.session_id IS NULL THEN 'talk' ELSE 'session' END, a.plan_id, "
            "COALESCE(s.plan_id, t.plan_id) FROM agreement a "
            "LEFT JOIN coaching_session s ON s.id = a.session_id "
            "LEFT JOIN development_talk t ON t.id = a.talk_id ORDER BY a.id"
        ).fetchall()


def test_a_database_of_schema_0005_gets_the_plan_of_every_agreement(tmp_path):
    """0006: each agreement, of a session or of a talk, names its parent's plan, and the team
    overview counts them by plan; no record changes."""
    from dataclasses import replace  # noqa: PLC0415

    from ledarplan.domain.entities import Agreement  # noqa: PLC0415

    head = tmp_path / "head.sqlite3"
    bundle, first = _demo_database(head)
    # A talk's agreement as well as the sessions': the demo's talk has none.
    [talk] = bundle.talks
    talked = replace(talk, agreements=[Agreement("Gå kursus i konflikthåndtering", "Åsa")])
    database = open_database(head)
    try:
        with Store(database).transaction() as repo:
            repo.save_talk(talked)
            before = repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id]
            bundle = repo.load_bundle(bundle.plan.id)
    finally:
        database.dispose()
    path = tmp_path / "db.sqlite3"
    database_of("0005", path, rows_from=head)
    assert "plan_id" not in {column[1] for column in columns(path, "agreement")}

    after, stored = _migrated(path, tmp_path, bundle)
    assert after == before
    assert before.open_agreements == first.open_agreements + 1  # the talk's, too
    assert (stored.sessions, stored.talks) == (bundle.sessions, bundle.talks)
    found = _agreements_and_their_parents(path)
    assert {kind for kind, _plan, _parents in found} == {"session", "talk"}
    assert all(plan == parents == bundle.plan.id for _kind, plan, parents in found)
    assert indexes(path)["ix_agreement_plan_open"] == [
        "plan_id", "done", "due_date", "id", "carried_from"
    ]  # fmt: skip


def test_every_way_an_agreement_is_stored_names_its_parent_s_plan(tmp_path):
    """Stored whole (an import), with its session or talk, and by a merge: an agreement's
    plan is always its session's or talk's (the team overview counts agreements by it)."""
    from dataclasses import replace  # noqa: PLC0415

    from ledarplan.domain.entities import Agreement, CoachingSession  # noqa: PLC0415

    path = tmp_path / "db.sqlite3"
    bundle, _facts = _demo_database(path)
    [talk] = bundle.talks
    database = open_database(path)
    try:
        with Store(database).transaction() as repo:
            session = bundle.sessions[0]
            repo.save_session(replace(session, agreements=[*session.agreements, Agreement("Ny")]))
            repo.save_talk(replace(talk, agreements=[Agreement("Kursus")]))
        with Store(database).transaction() as repo:
            before = repo.load_bundle(bundle.plan.id)
            merged = CoachingSession(
                bundle.plan.id, date(2026, 12, 1), agreements=[Agreement("Från sammanslagningen")]
            )
            repo.store_merged(before, replace(before, sessions=[*before.sessions, merged]))
    finally:
        database.dispose()
    found = _agreements_and_their_parents(path)
    assert len(found) == sum(len(s.agreements) for s in bundle.sessions) + 3
    assert [(plan, parents) for _kind, plan, parents in found] == [
        (bundle.plan.id, bundle.plan.id)
    ] * len(found)


def _actions_and_their_goals_plans(path) -> list[tuple[str | None, str]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT a.plan_id, g.plan_id FROM action a JOIN goal g ON g.id = a.goal_id "
            "ORDER BY a.id"
        ).fetchall()


def test_a_database_of_schema_0006_gets_the_plan_of_every_action(tmp_path):
    """0007: each action names its goal's plan, and the team overview counts the overdue ones
    by plan; no record changes."""
    from dataclasses import replace  # noqa: PLC0415

    from ledarplan.domain.entities import Action, ActionStatus  # noqa: PLC0415

    head = tmp_path / "head.sqlite3"
    bundle, _first = _demo_database(head)
    # Actions past their date, one of them done (not overdue), beside the demo's.
    late = [
        Action("Boka handledning", due_date=date(2027, 1, 2)),
        Action("Läsa boken", due_date=date(2027, 1, 3), status=ActionStatus.DONE),
    ]
    database = open_database(head)
    try:
        with Store(database).transaction() as repo:
            goal = bundle.goals[0]
            repo.save_goal(replace(goal, actions=[*goal.actions, *late]))
            before = repo.team_facts([bundle.plan.id], TODAY)[bundle.plan.id]
            bundle = repo.load_bundle(bundle.plan.id)
    finally:
        database.dispose()
    assert before.overdue_actions == _first.overdue_actions + 1
    path = tmp_path / "db.sqlite3"
    database_of("0006", path, rows_from=head)
    assert "plan_id" not in {column[1] for column in columns(path, "action")}

    after, stored = _migrated(path, tmp_path, bundle)
    assert after == before
    assert stored.goals == bundle.goals
    found = _actions_and_their_goals_plans(path)
    assert len(found) == sum(len(goal.actions) for goal in bundle.goals) > 0
    assert set(found) == {(bundle.plan.id, bundle.plan.id)}
    with closing(sqlite3.connect(path)) as db:
        assert [c for _n, _c, c in db.execute("PRAGMA index_info('ix_action_plan_open')")] == [
            "plan_id", "status", "due_date"
        ]  # fmt: skip


def test_every_way_an_action_is_stored_names_its_goal_s_plan(tmp_path):
    """Stored whole (an import), with its goal, and by a merge: an action's plan is always
    its goal's (the team overview counts overdue actions by it)."""
    from dataclasses import replace  # noqa: PLC0415

    from ledarplan.domain.entities import Action, Goal  # noqa: PLC0415

    path = tmp_path / "db.sqlite3"
    bundle, _facts = _demo_database(path)
    database = open_database(path)
    try:
        with Store(database).transaction() as repo:
            goal = bundle.goals[0]
            repo.save_goal(replace(goal, actions=[*goal.actions, Action("Boka handledning")]))
            repo.save_goal(Goal(bundle.plan.id, "Nytt mål", actions=[Action("Läsa")]))
        with Store(database).transaction() as repo:
            before = repo.load_bundle(bundle.plan.id)
            merged = Goal(bundle.plan.id, "Från sammanslagningen", actions=[Action("Ringa")])
            repo.store_merged(before, replace(before, goals=[*before.goals, merged]))
    finally:
        database.dispose()
    found = _actions_and_their_goals_plans(path)
    assert len(found) == sum(len(g.actions) for g in bundle.goals) + 3
    assert set(found) == {(bundle.plan.id, bundle.plan.id)}
