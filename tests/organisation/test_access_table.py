"""Which plans each login may see is kept in `org_access` by the database's own triggers,
from the members and their plans: whatever changes them — a plan made or deleted through the
program, a hand-over, a login renamed or removed by IT — the table says what they say, and
`ledarplan check` names it when it does not (`org init` makes it again)."""

from __future__ import annotations

import psycopg
import pytest

from .conftest import (
    IT,
    LEADER,
    MANAGER,
    NEW_MANAGER,
    OTHER,
    build_world,
    catalog_of_builtins,
    copy_of,
)

pytestmark = pytest.mark.postgres


def stored(org) -> set[tuple[str, str, str]]:
    with org.sql(IT) as conn:
        return set(conn.execute("SELECT login, side, plan_id FROM org_access").fetchall())


def expected(org) -> set[tuple[str, str, str]]:
    """What the members and their plans say, worked out here: each member sees their own plans
    as the leader, their current manager sees them as the manager."""
    with org.sql(IT) as conn:
        members = conn.execute("SELECT login, manager, person_id FROM org_member").fetchall()
        plans = conn.execute("SELECT id, person_id FROM plan").fetchall()
    rows = set()
    for login, manager, person in members:
        for plan, whose in plans:
            if whose == person:
                rows.add((login, "leader", plan))
                if manager:
                    rows.add((manager, "manager", plan))
    return rows


def check(capsys, org, login: str = IT) -> tuple[int, str]:
    code = org.ledarplan("check", login=login)
    out, err = capsys.readouterr()
    return code, out + err


def test_the_access_table_follows_every_change_of_the_members_and_their_plans(
    postgres_server, org_template, tmp_path, capsys
):
    org = copy_of(postgres_server, org_template, tmp_path)
    catalog = catalog_of_builtins()
    try:
        world = build_world(org, catalog)
        assert stored(org) == expected(org)
        assert {(LEADER, "leader", world.anna_plan), (MANAGER, "manager", world.anna_plan)} <= (
            stored(org)
        )

        with org.services(LEADER, catalog) as anna:  # a second plan, and one deleted
            (me,) = anna.people.list()
            second = anna.plans.create(me.id, "hjo", title="ANNA-SECOND").id
            gone = anna.plans.create(me.id, "kalix", title="ANNA-GONE").id
            anna.plans.delete(gone)
        assert (MANAGER, "manager", second) in stored(org)
        assert not {row for row in stored(org) if row[2] == gone}
        assert stored(org) == expected(org)

        assert org.ledarplan("org", "set-manager", LEADER, NEW_MANAGER) == 0  # a hand-over
        assert not {row for row in stored(org) if row[0] == MANAGER and row[1] == "manager"} - {
            row for row in expected(org) if row[0] == MANAGER
        }
        assert (NEW_MANAGER, "manager", second) in stored(org)
        assert (MANAGER, "manager", second) not in stored(org)
        assert stored(org) == expected(org)

        # Anna becomes someone's manager; that someone's plan is hers to see as the manager.
        assert org.ledarplan("org", "add-user", "w_new", "--name", "NEW", "--manager", LEADER) == 0
        with org.services("w_new", catalog) as new:
            (me,) = new.people.list()
            theirs = new.plans.create(me.id, "kalix").id
        assert (LEADER, "manager", theirs) in stored(org)

        with org.sql(IT) as conn:  # IT renames a login and removes a member
            conn.execute(f"UPDATE org_member SET login = 'w_mats_2' WHERE login = '{NEW_MANAGER}'")
            conn.execute("DELETE FROM org_member WHERE login = 'w_new'")
        assert ("w_mats_2", "manager", second) in stored(org)
        assert not {row for row in stored(org) if row[0] in (NEW_MANAGER, "w_new")}
        assert not {row for row in stored(org) if row[2] == theirs}  # nobody's now
        assert stored(org) == expected(org)

        assert check(capsys, org)[0] == 0
        # Through a plain SQL client a leader reads only their own rows, and writes none.
        with org.sql(LEADER) as conn:
            logins = {login for (login,) in conn.execute("SELECT login FROM org_access")}
            assert logins == {LEADER}
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO org_access (login, side, plan_id) VALUES (%s, 'manager', %s)",
                    [LEADER, world.bo_plan],
                )
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("DELETE FROM org_access")
        assert stored(org) == expected(org)
    finally:
        postgres_server.drop_database(org.name)


def test_check_names_an_access_table_out_of_step_and_org_init_makes_it_again(
    postgres_server, org_template, tmp_path, capsys
):
    org = copy_of(postgres_server, org_template, tmp_path)
    try:
        world = build_world(org, catalog_of_builtins())
        with org.sql(IT) as conn:
            conn.execute(
                "DELETE FROM org_access WHERE login = %s AND plan_id = %s",
                [MANAGER, world.anna_plan],
            )
            conn.execute(
                "INSERT INTO org_access (login, side, plan_id) VALUES (%s, 'manager', %s)",
                [OTHER, world.bo_plan],
            )
        code, said = check(capsys, org)
        assert code == 1
        assert "the table 'org_access' differs from the members and their plans in 2 rows" in said
        # As Olle, too, the row planted for him is named (his own rows are compared).
        code, said = check(capsys, org, login=OTHER)
        assert "differs from the members and their plans in 1 rows" in said

        with org.sql(IT) as conn:
            conn.execute("ALTER TABLE plan DISABLE TRIGGER ledarplan_access")
        assert (
            "the trigger that keeps 'org_access' up to date is missing on 'plan'"
            in (check(capsys, org)[1])
        )

        assert org.ledarplan("org", "init") == 0
        assert stored(org) == expected(org)
        assert check(capsys, org)[0] == 0
        # Run again, it rewrites no row (each row's version, xmin, stays).
        versions = "SELECT xmin::text, login, side, plan_id FROM org_access ORDER BY 2, 3, 4"
        with org.sql(IT) as conn:
            before = conn.execute(versions).fetchall()
        assert org.ledarplan("org", "init") == 0
        with org.sql(IT) as conn:
            assert conn.execute(versions).fetchall() == before
    finally:
        postgres_server.drop_database(org.name)


def _plan_row(plan_id: str) -> tuple[str, list]:
    """A plan of Anna's, inserted as a plain SQL client would (`person_id` her person)."""
    return (
        "INSERT INTO plan (id, person_id, framework_id, framework_version, level_id, title, "
        "status, manager_name, manager_title, snapshot, versions, created_at, updated_at) "
        "SELECT %s, person_id, 'kalix', '1', NULL, 'RACE', 'active', '', '', '{}', '{}', "
        "now(), now() FROM org_member WHERE login = %s",
        [plan_id, LEADER],
    )


def test_a_hand_over_while_a_plan_is_made_waits_for_it_and_includes_it(
    postgres_server, org_template, tmp_path
):
    """The plan is being made (not committed) when IT hands its leader over: `set-manager`
    waits for it, then gives the new manager the new plan too, and the former none of it."""
    import threading  # noqa: PLC0415

    org = copy_of(postgres_server, org_template, tmp_path)
    try:
        build_world(org, catalog_of_builtins())
        with org.sql(LEADER) as anna:
            anna.autocommit = False  # the program's own way: a transaction, repeatable read
            anna.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            anna.execute(*_plan_row("race-plan"))
            codes: list[int] = []
            handing = threading.Thread(
                target=lambda: codes.append(
                    org.ledarplan("org", "set-manager", LEADER, NEW_MANAGER)
                )
            )
            handing.start()
            handing.join(1.0)
            assert handing.is_alive()  # waiting for the plan's transaction
            anna.commit()
        handing.join(30)
        assert codes == [0]
        assert (NEW_MANAGER, "manager", "race-plan") in stored(org)
        assert (MANAGER, "manager", "race-plan") not in stored(org)
        assert stored(org) == expected(org)
    finally:
        postgres_server.drop_database(org.name)


def test_a_plan_made_while_a_hand_over_is_under_way_fails_as_changed_meanwhile(
    postgres_server, org_template, tmp_path
):
    """The other way round: the leader's transaction began before the hand-over was
    committed; making the plan then fails (serialization, said as changed meanwhile by the
    program) instead of giving the former manager the new plan."""
    import threading  # noqa: PLC0415

    org = copy_of(postgres_server, org_template, tmp_path)
    try:
        build_world(org, catalog_of_builtins())
        failed: list[BaseException] = []
        with org.sql(IT) as it, org.sql(LEADER) as anna:
            it.autocommit = anna.autocommit = False
            anna.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            anna.execute("SELECT count(*) FROM plan").fetchone()  # its snapshot, taken now
            it.execute("UPDATE org_member SET manager = %s WHERE login = %s", [NEW_MANAGER, LEADER])

            def make_plan() -> None:
                try:
                    anna.execute(*_plan_row("race-plan"))
                    anna.commit()
                except psycopg.Error as exc:
                    failed.append(exc)
                    anna.rollback()

            making = threading.Thread(target=make_plan)
            making.start()
            making.join(1.0)
            assert making.is_alive()  # waiting for the hand-over's transaction
            it.commit()
            making.join(30)
        assert [type(exc) for exc in failed] == [psycopg.errors.SerializationFailure]
        assert not {row for row in stored(org) if row[2] == "race-plan"}
        assert stored(org) == expected(org)
    finally:
        postgres_server.drop_database(org.name)


def test_org_init_brings_an_organisation_of_the_last_version_up_with_every_plan_seen(
    postgres_server, org_template, tmp_path, capsys
):
    """A database with plans, set up by the version before (schema 0006, access rules 5: no
    `org_access`, actions not naming their plan): the program refuses it until IT runs `org
    init`, which fills both in; then each side sees what it saw, and only that."""
    from datetime import date  # noqa: PLC0415

    org = copy_of(postgres_server, org_template, tmp_path)
    catalog = catalog_of_builtins()
    try:
        world = build_world(org, catalog)
        with org.sql(IT) as conn:  # back to what the last version left
            conn.execute("DROP TRIGGER ledarplan_access ON org_member")
            conn.execute("DROP TRIGGER ledarplan_access ON plan")
            conn.execute("DROP TABLE org_access")
            conn.execute("DROP INDEX ix_action_plan_open")
            for policy in (
                "ledarplan_read",
                "ledarplan_add",
                "ledarplan_change",
                "ledarplan_delete",
            ):
                conn.execute(f"DROP POLICY {policy} ON action")  # they name the column
            conn.execute("ALTER TABLE action DROP COLUMN plan_id")
            conn.execute("UPDATE alembic_version SET version_num = '0006'")
            conn.execute("UPDATE org_setup SET version = 5")
        assert org.ledarplan("plans", "list", login=MANAGER) == 3
        assert "prepared by an older version of ledarplan" in capsys.readouterr().err

        assert org.ledarplan("org", "init") == 0
        capsys.readouterr()
        assert stored(org) == expected(org)
        with org.sql(IT) as conn:
            assert conn.execute(
                "SELECT count(*) FROM action a JOIN goal g ON g.id = a.goal_id "
                "WHERE a.plan_id IS DISTINCT FROM g.plan_id"
            ).fetchone() == (0,)
        with org.services(MANAGER, catalog) as maria:
            (row,) = maria.team.rows(date(2025, 6, 1))
            goals = maria.goals.list(world.anna_plan)
        assert row.plan_id == world.anna_plan
        assert [a.what for g in goals for a in g.actions] == ["ANNA-ACTION"]
        assert world.bo_plan not in readable_plans(org, MANAGER)
        assert check(capsys, org)[0] == 0
    finally:
        postgres_server.drop_database(org.name)


def readable_plans(org, login: str) -> set[str]:
    with org.sql(login) as conn:
        return {plan for (plan,) in conn.execute("SELECT id FROM plan").fetchall()}
