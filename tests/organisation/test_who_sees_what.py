"""Who sees what, proved in the database with a plain SQL client (psycopg), not the program.

The plans are written through the program by each user as themselves (conftest.build_world);
then each kind of user connects with psycopg and reads every table that holds plan data, and
tries to change or delete rows that are not theirs. Every text in the plans is unique, so what
a login can read shows exactly whose parts it got.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from ledarplan.storage.access_rules import guarded_tables

from .conftest import (
    HR,
    LEADER,
    MANAGER,
    NEW_MANAGER,
    OTHER,
    OTHER_LEADER,
    build_world,
    catalog_of_builtins,
    copy_of,
)

ANNA_PRIVATE = ("ANNA-PRIVATE-NOTES", "ANNA-PRIVATE-REFLECTION", "ANNA-PRIVATE-ANSWER")
ANNA_SHARED = (
    "ANNA-PLAN", "ANNA-GOAL", "ANNA-ACTION", "ANNA-CHECKIN", "ANNA-OPEN-NOTES",
    "ANNA-OPEN-ANSWER", "ANNA-TALK-AGREEMENT", "ANNA-SELF-COMMENT", "ANNA-TOPIC",
    "ANNA-SESSION-AGREEMENT", "ANNA-FEEDBACK-QUESTION",
)  # fmt: skip
MARIA_PRIVATE = ("MARIA-PRIVATE-ANSWER", "MARIA-PRIVATE-SESSION")
MARIA_SHARED = (
    "MARIA-ROUND-NOTE", "MARIA-RATING-COMMENT", "MARIA-SHARED-GOAL", "MARIA-OPEN-ANSWER",
)  # fmt: skip
#: Tables that hold plans (the people's own rows aside).
PLAN_TABLES = [t for t in guarded_tables() if t not in ("person", "org_member")]


@pytest.fixture(scope="module")
def world(postgres_server, org_template, tmp_path_factory):
    org = copy_of(postgres_server, org_template, tmp_path_factory.mktemp("world"))
    built = build_world(org, catalog_of_builtins())
    yield built
    postgres_server.drop_database(org.name)


def readable(world, login: str) -> dict[str, list[str]]:
    """Every row of every table holding plan data that `login` can read, as JSON text."""
    with world.org.sql(login) as conn:
        return {
            table: [
                row[0]
                for row in conn.execute(
                    sql.SQL("SELECT row_to_json(t)::text FROM {} t").format(sql.Identifier(table))
                )
            ]
            for table in guarded_tables()
        }


def everything(world) -> str:
    """All plan data as the database's superuser reads it (row-level security aside)."""
    return repr(sorted(readable(world, "postgres").items()))


def text_of(rows: dict[str, list[str]]) -> str:
    return "\n".join(row for table in rows.values() for row in table)


def test_the_world_holds_every_part_for_the_superuser(world):
    """The check below can fail: the superuser reads everything (as in any system)."""
    seen = text_of(readable(world, "postgres"))
    for marker in (*ANNA_PRIVATE, *ANNA_SHARED, *MARIA_PRIVATE, *MARIA_SHARED, "BO-GOAL"):
        assert marker in seen, marker
    # The private texts are not in the shared rows at all, only in their author's rows.
    with world.org.sql() as conn:
        notes = conn.execute(
            "SELECT notes, reflection FROM coaching_session WHERE id = %s", [world.anna_session]
        ).fetchone()
        prep = conn.execute(
            "SELECT leader_prep::text, manager_prep::text FROM development_talk WHERE id = %s",
            [world.talk],
        ).fetchone()
    assert notes == ("", "")
    assert "PRIVATE" not in prep[0] + prep[1]


def test_the_leader_reads_all_of_their_plan_and_nothing_of_another_leaders(world):
    rows = readable(world, LEADER)
    seen = text_of(rows)
    for marker in (*ANNA_PRIVATE, *ANNA_SHARED, *MARIA_SHARED):
        assert marker in seen, marker
    for marker in (*MARIA_PRIVATE, "BO-", world.bo_plan):
        assert marker not in seen, marker
    for table in PLAN_TABLES:
        assert rows[table], f"{table}: the leader reads their own rows"


def test_the_manager_reads_the_shared_parts_and_their_own_never_the_leaders_private(world):
    seen = text_of(readable(world, MANAGER))
    for marker in (*ANNA_SHARED, *MARIA_SHARED, *MARIA_PRIVATE):
        assert marker in seen, marker
    for marker in (*ANNA_PRIVATE, "BO-", world.bo_plan):
        assert marker not in seen, marker


def test_another_leader_and_their_manager_read_nothing_of_the_leader(world):
    for login in (OTHER_LEADER, NEW_MANAGER):
        seen = text_of(readable(world, login))
        assert "BO-GOAL" in seen
        assert "BO-PRIVATE" not in seen or login == OTHER_LEADER
        for marker in ("ANNA-", "MARIA-", world.anna_plan, LEADER.upper()):
            assert marker not in seen, (login, marker)


@pytest.mark.parametrize("login", [HR, OTHER])
def test_hr_and_anyone_else_read_no_plan_row_at_all(world, login):
    rows = readable(world, login)
    assert {table: rows[table] for table in PLAN_TABLES} == {table: [] for table in PLAN_TABLES}
    assert len(rows["person"]) == 1 and login.upper() in rows["person"][0]  # themselves only


def test_a_login_without_ledarplans_roles_may_not_read_any_table(world, postgres_server):
    postgres_server.create_login("w_stranger")
    with world.org.sql("w_stranger") as conn:
        for table in guarded_tables():
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.SQL("SELECT 1 FROM {}").format(sql.Identifier(table)))


@pytest.mark.parametrize("function", ["ledarplan_visible_people", "ledarplan_visible_plans"])
def test_the_policies_functions_answer_only_for_the_login_connected(world, function):
    """They run with the owner's rights: asked about another login, they answer nothing."""
    call = sql.SQL("SELECT cardinality({}(%s))").format(sql.Identifier(function))
    with world.org.sql(MANAGER) as conn:
        assert conn.execute(call, [MANAGER]).fetchone()[0] >= 1  # Anna and her plan
        for other in (LEADER, OTHER_LEADER, NEW_MANAGER, HR):
            assert conn.execute(call, [other]).fetchone() == (0,), other
    with world.org.sql(OTHER) as conn:
        assert conn.execute(call, [MANAGER]).fetchone() == (0,)


def test_the_login_s_own_plans_are_answered_for_the_login_connected_only(world):
    """The write checks' side of a plan (the leader's: one of the login's own plans)."""
    call = "SELECT cardinality(ledarplan_own_plans(%s))"
    with world.org.sql(LEADER) as conn:
        assert conn.execute(call, [LEADER]).fetchone()[0] >= 1  # Anna's own plan
        for other in (MANAGER, OTHER_LEADER, NEW_MANAGER, HR):
            assert conn.execute(call, [other]).fetchone() == (0,), other
    with world.org.sql(MANAGER) as conn:  # Anna's plan is hers, not her manager's own
        assert conn.execute(call, [LEADER]).fetchone() == (0,)
        assert (world.anna_plan,) not in conn.execute(
            "SELECT unnest(ledarplan_own_plans(%s))", [MANAGER]
        ).fetchall()


def test_through_the_program_each_side_gets_its_own_private_texts_back(world):
    catalog = catalog_of_builtins()
    with world.org.services(LEADER, catalog) as anna:
        (session,) = [s for s in anna.coaching.list(world.anna_plan) if s.id == world.anna_session]
        (talk,) = anna.talks.list(world.anna_plan)
    assert (session.notes, session.reflection) == ("ANNA-PRIVATE-NOTES", "ANNA-PRIVATE-REFLECTION")
    assert [a.answer for a in talk.leader_prep] == ["ANNA-OPEN-ANSWER", "ANNA-PRIVATE-ANSWER"]
    assert [a.answer for a in talk.manager_prep] == ["MARIA-OPEN-ANSWER"]

    with world.org.services(MANAGER, catalog) as maria:
        sessions = {s.id: s for s in maria.coaching.list(world.anna_plan)}
        (talk,) = maria.talks.list(world.anna_plan)
        desk = maria.plans.desk(world.anna_plan)
    hidden = sessions[world.anna_session]
    assert (hidden.notes, hidden.reflection, hidden.topic) == ("", "", "ANNA-TOPIC")
    assert "notes" in hidden.versions.withheld  # kept private there: never taken as erased
    assert [a.answer for a in talk.leader_prep] == ["ANNA-OPEN-ANSWER"]
    assert [a.answer for a in talk.manager_prep] == ["MARIA-OPEN-ANSWER", "MARIA-PRIVATE-ANSWER"]
    assert "MARIA-PRIVATE-SESSION" in [s.notes for s in sessions.values()]
    assert desk.side.value == "manager"


@pytest.mark.parametrize(
    ("login", "plans", "side"),
    [
        (MANAGER, ["anna_plan"], "manager"),
        (NEW_MANAGER, ["bo_plan"], "manager"),
        (LEADER, ["anna_plan"], "leader"),
        (HR, [], None),
    ],
)
def test_the_team_overview_lists_the_login_s_own_and_their_team_s_plans_only(
    world, login, plans, side
):
    """Through the program: a manager's overview has their leaders' plans (and their own,
    had they one), a leader's their own, HR's none; each on the login's side of it (a
    manager with one leader sees the team, not a leader's year of their own plan)."""
    from datetime import date  # noqa: PLC0415

    with world.org.services(login, catalog_of_builtins()) as services:
        rows = services.team.rows(date(2025, 6, 1))
    assert [row.plan_id for row in rows] == [getattr(world, plan) for plan in plans]
    assert {row.desk.value for row in rows} == ({side} if side else set())


# --- changing what is not one's own changes nothing --------------------------------------------


def attempts(world, login: str, statements: list[tuple[str, list]]) -> list[int]:
    """Each statement's row count as `login` (an error counts as -1: refused outright)."""
    counts = []
    with world.org.sql(login) as conn:
        for statement, params in statements:
            try:
                counts.append(conn.execute(statement, params).rowcount)
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.CheckViolation):
                counts.append(-1)
    return counts


def anna_rows(world) -> list[tuple[str, list]]:
    """An update and a delete of Anna's rows in every table holding her plan."""
    plan = [world.anna_plan]
    by_plan = [
        "plan_desk", "tombstone", "assessment_round", "goal", "coaching_session",
        "development_talk", "feedback_round",
    ]  # fmt: skip
    statements: list[tuple[str, list]] = []
    for table in by_plan:
        statements += [
            (f"UPDATE {table} SET plan_id = plan_id WHERE plan_id = %s", plan),
            (f"DELETE FROM {table} WHERE plan_id = %s", plan),
        ]
    goals = "(SELECT id FROM goal WHERE plan_id = %s)"
    for table in ("goal_item", "checkin", "action"):
        statements += [
            (f"UPDATE {table} SET goal_id = goal_id WHERE goal_id IN {goals}", plan),
            (f"DELETE FROM {table} WHERE goal_id IN {goals}", plan),
        ]
    statements += [
        ("UPDATE plan SET title = 'taken' WHERE id = %s", plan),
        ("DELETE FROM plan WHERE id = %s", plan),
        ("UPDATE rating SET comment = 'taken' WHERE round_id = %s", [world.anna_round]),
        ("DELETE FROM rating WHERE round_id = %s", [world.anna_round]),
        ("UPDATE agreement SET text = 'taken' WHERE session_id = %s", [world.anna_session]),
        ("DELETE FROM agreement WHERE session_id = %s", [world.anna_session]),
        ("UPDATE session_goal SET position = 9 WHERE session_id = %s", [world.anna_session]),
        ("UPDATE session_private SET texts = '{}' WHERE session_id = %s", [world.anna_session]),
        ("DELETE FROM session_private WHERE session_id = %s", [world.anna_session]),
        ("UPDATE talk_private SET answers = '[]' WHERE talk_id = %s", [world.talk]),
        ("DELETE FROM talk_private WHERE talk_id = %s", [world.talk]),
        ("UPDATE person SET name = 'taken' WHERE id = (SELECT person_id FROM plan "
         "WHERE id = %s)", plan),
    ]  # fmt: skip
    return statements


@pytest.mark.parametrize("login", [OTHER_LEADER, NEW_MANAGER, HR, OTHER])
def test_those_without_the_plan_change_and_delete_nothing_of_it(world, login):
    before = everything(world)
    statements = anna_rows(world)
    counts = attempts(world, login, statements)
    assert [s for (s, _), n in zip(statements, counts, strict=True) if n > 0] == []
    assert everything(world) == before


def test_the_manager_changes_nothing_of_the_leaders_own_parts(world):
    before = everything(world)
    statements = [
        ("UPDATE assessment_round SET note = 'taken' WHERE id = %s", [world.anna_round]),
        ("DELETE FROM assessment_round WHERE id = %s", [world.anna_round]),
        ("UPDATE rating SET comment = 'taken' WHERE round_id = %s", [world.anna_round]),
        ("UPDATE coaching_session SET topic = 'taken' WHERE id = %s", [world.anna_session]),
        ("DELETE FROM coaching_session WHERE id = %s", [world.anna_session]),
        ("DELETE FROM agreement WHERE session_id = %s", [world.anna_session]),
        ("UPDATE session_private SET texts = '{}' WHERE session_id = %s", [world.anna_session]),
        ("DELETE FROM session_private WHERE session_id = %s", [world.anna_session]),
        ("DELETE FROM talk_private WHERE talk_id = %s AND side = 'leader'", [world.talk]),
        ("UPDATE development_talk SET leader_prep = '[]' WHERE id = %s", [world.talk]),
        ("UPDATE development_talk SET leader_signature = '{\"name\": \"M\"}' WHERE id = %s",
         [world.talk]),
        ("DELETE FROM plan WHERE id = %s", [world.anna_plan]),
        ("UPDATE person SET name = 'taken' WHERE id = (SELECT person_id FROM plan "
         "WHERE id = %s)", [world.anna_plan]),
        # Private text put into a shared row is refused, whoever writes it.
        ("UPDATE coaching_session SET notes = 'leak' WHERE plan_id = %s AND notes_private",
         [world.anna_plan]),
    ]  # fmt: skip
    counts = attempts(world, MANAGER, statements)
    assert [s for (s, _), n in zip(statements, counts, strict=True) if n > 0] == []
    assert everything(world) == before


def test_nobody_adds_rows_to_a_plan_that_is_not_theirs_nor_parts_of_the_other_side(world):
    before = everything(world)
    goal = (
        "INSERT INTO goal (id, plan_id, position, title, description, success_criterion, "
        "status, progress, versions) VALUES (%s, %s, 9, 'planted', '', '', 'not-started', 0, "
        "'{}')"
    )
    assert attempts(world, OTHER_LEADER, [(goal, ["g-planted-1", world.anna_plan])]) == [-1]
    assert attempts(world, HR, [(goal, ["g-planted-2", world.anna_plan])]) == [-1]
    own_round = (
        "INSERT INTO assessment_round (id, plan_id, date, assessor_kind, assessor_name, "
        "scale_min, scale_max, note, versions) VALUES (%s, %s, '2025-05-01', 'self', '', 1, "
        "5, 'forged', '{}')"
    )
    # The manager cannot make a round that would count as the leader's own.
    assert attempts(world, MANAGER, [(own_round, ["r-forged", world.anna_plan])]) == [-1]
    private = "INSERT INTO session_private (session_id, author, texts) VALUES (%s, %s, '{}')"
    assert attempts(world, MANAGER, [(private, [world.anna_session, LEADER])]) == [-1]
    assert everything(world) == before


def test_the_check_above_can_fail_the_manager_does_change_the_shared_parts(world):
    """A control: the same kind of statement changes a shared row for its manager (rolled
    back), so the zero counts above are the policies' doing."""
    with (
        psycopg.connect(world.org.server.conninfo(MANAGER, world.org.name)) as conn,
        conn.cursor() as cursor,
    ):
        cursor.execute("UPDATE goal SET title = title WHERE id = %s", [world.goal])
        assert cursor.rowcount == 1
        cursor.execute("UPDATE development_talk SET summary = 'x' WHERE id = %s", [world.talk])
        assert cursor.rowcount == 1
        conn.rollback()


#: (the table, a row planted in Anna's own parent naming `plan`, one moved to `plan`): an
#: agreement in her session, an action under her goal.
_PLANTED = {
    "agreement": (
        "INSERT INTO agreement (id, plan_id, session_id, position, text, owner, done, "
        "versions) VALUES ('planted', %(plan)s, %(session)s, 9, 'planted', '', false, '{}')",
        "UPDATE agreement SET plan_id = %(plan)s WHERE session_id = %(session)s",
    ),
    "action": (
        'INSERT INTO action (id, plan_id, goal_id, position, what, how, why, who, "when", '
        "follow_up, kind, status, versions) VALUES ('planted', %(plan)s, %(goal)s, 9, "
        "'planted', '', '', '', '', '', 'on-the-job', 'planned', '{}')",
        "UPDATE action SET plan_id = %(plan)s WHERE goal_id = %(goal)s",
    ),
}


@pytest.mark.parametrize("table", list(_PLANTED))
def test_a_row_names_no_plan_but_its_parent_s(world, table):
    """An agreement or an action is read as its plan's rows are (the plan it names): so no
    one may write one naming another plan than its session's or goal's — not even into their
    own, which would plant it in someone else's plan."""
    before = everything(world)
    planted, moved = _PLANTED[table]
    into = {"session": world.anna_session, "goal": world.goal}
    assert attempts(
        world,
        LEADER,
        [(planted, into | {"plan": world.bo_plan}), (moved, into | {"plan": world.bo_plan})],
    ) == [-1, -1]
    assert everything(world) == before
    # The same insert naming the parent's own plan is let in (rolled back).
    with psycopg.connect(world.org.server.conninfo(LEADER, world.org.name)) as conn:
        conn.execute(planted, into | {"plan": world.anna_plan})
        read = conn.execute(f"SELECT plan_id FROM {table} WHERE id = 'planted'").fetchall()
        assert read == [(world.anna_plan,)]
        conn.rollback()


# --- a hand-over ----------------------------------------------------------------------------


def test_after_a_hand_over_the_former_manager_sees_and_changes_nothing_of_the_leader(
    postgres_server, org_template, tmp_path
):
    org = copy_of(postgres_server, org_template, tmp_path)
    try:
        world = build_world(org, catalog_of_builtins())
        assert "ANNA-GOAL" in text_of(readable(world, MANAGER))
        assert org.ledarplan("org", "set-manager", LEADER, NEW_MANAGER) == 0

        former = text_of(readable(world, MANAGER))
        for marker in ("ANNA-", "MARIA-", world.anna_plan):
            assert marker not in former, marker  # not even the former manager's own notes
        before = everything(world)
        assert set(attempts(world, MANAGER, anna_rows(world))) <= {0, -1}
        assert everything(world) == before

        new = text_of(readable(world, NEW_MANAGER))
        for marker in (*ANNA_SHARED, *MARIA_SHARED):
            assert marker in new, marker
        for marker in (*ANNA_PRIVATE, *MARIA_PRIVATE):
            assert marker not in new, marker  # nobody's private notes pass on
    finally:
        postgres_server.drop_database(org.name)
