"""IT sets the organisation's database up: `ledarplan org init|add-user|set-manager|users`,
and `ledarplan check` on PostgreSQL."""

from __future__ import annotations

import pytest

from ledarplan.storage.access_rules import guarded_tables
from ledarplan.storage.schema import head_revision

from .conftest import IT

ROLES = ("ledarplan_leader", "ledarplan_manager", "ledarplan_hr")


def run(capsys, org, *argv: str, login: str = IT) -> tuple[int, str, str]:
    code = org.ledarplan(*argv, login=login)
    out, err = capsys.readouterr()
    return code, out, err


def forced_tables(org) -> dict[str, tuple[bool, bool, int]]:
    with org.sql() as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "(SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).fetchall()
    return {name: (rls, forced, policies) for name, rls, forced, policies in rows}


def test_org_init_makes_the_tables_roles_and_forced_row_security_and_again_changes_nothing(
    capsys, empty_org
):
    org = empty_org
    code, out, err = run(capsys, org, "org", "init")
    assert (code, err) == (0, "")
    assert f"is ready: schema {head_revision()}" in out
    tables = forced_tables(org)
    for table in guarded_tables():
        enabled, forced, policies = tables[table]
        assert enabled and forced and policies >= 4, table
    with org.sql() as conn:
        roles = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles").fetchall()}
        owner = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'plan'"
        ).fetchone()[0]
    assert set(ROLES) <= roles
    assert owner == IT  # made by the database's owner, who is no superuser

    with org.sql() as conn:  # IT's own data, which a second run must keep
        conn.execute(
            "INSERT INTO person (id, name, job_title, unit, email, archived, created_at, "
            "updated_at) VALUES ('p1', 'Kept', '', '', '', false, now(), now())"
        )
    code, out, err = run(capsys, org, "org", "init")
    assert (code, err) == (0, "")
    assert forced_tables(org) == tables
    with org.sql() as conn:
        assert conn.execute("SELECT name FROM person").fetchall() == [("Kept",)]


def test_the_schema_on_postgresql_is_what_the_tables_declare(org):
    """The same Alembic migrations as on the local file make exactly tables.py's schema."""
    from alembic.autogenerate import compare_metadata  # noqa: PLC0415
    from alembic.migration import MigrationContext  # noqa: PLC0415

    from ledarplan.storage.organisation_tables import OrgBase  # noqa: PLC0415
    from ledarplan.storage.postgres import make_postgres_engine  # noqa: PLC0415
    from ledarplan.storage.tables import Base  # noqa: PLC0415

    engine = make_postgres_engine(org.url())
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    organisation_own = {t.name for t in OrgBase.metadata.sorted_tables} | {"alembic_version"}
    left = [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name in organisation_own)
        and not (d[0] == "remove_index" and d[1].table.name in organisation_own)
    ]
    assert left == []


def test_add_user_registers_logins_as_people_and_users_lists_them(capsys, org):
    code, out, err = run(capsys, org, "org", "add-user", "setup_maria", "--name", "Maria Öberg")
    assert (code, err) == (0, "")
    assert "Registered setup_maria as Maria Öberg." in out
    code, out, err = run(
        capsys, org, "org", "add-user", "setup_anna", "--name", "Anna Ek",
        "--email", "anna.ek@example.org", "--unit", "Skola", "--manager", "setup_maria",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Registered setup_anna as Anna Ek, manager setup_maria." in out
    code, out, err = run(capsys, org, "org", "add-user", "setup_hanna", "--name", "Hanna", "--hr")
    assert code == 0 and ", HR." in out

    code, out, err = run(capsys, org, "org", "users")
    assert code == 0
    lines = [line.split() for line in out.splitlines()]
    assert lines[0] == ["LOGIN", "NAME", "UNIT", "E-MAIL", "MANAGER", "HR"]
    assert ["setup_anna", "Anna", "Ek", "Skola", "anna.ek@example.org", "setup_maria"] in lines
    assert ["setup_hanna", "Hanna", "yes"] in lines
    with org.sql() as conn:
        login, password, members = conn.execute(
            "SELECT rolcanlogin, rolpassword IS NULL, "
            "array(SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
            "      WHERE m.member = r.oid ORDER BY 1) "
            "FROM pg_authid r WHERE rolname = 'setup_anna'"
        ).fetchone()
        manager_roles = conn.execute(
            "SELECT array(SELECT b.rolname FROM pg_auth_members m "
            "JOIN pg_roles b ON b.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
            "WHERE r.rolname = 'setup_maria' ORDER BY 1)"
        ).fetchone()[0]
    assert login and password  # a login without a password: IT's sign-on gives it one
    assert members == ["ledarplan_leader"]
    assert "ledarplan_manager" in manager_roles

    # Again with new details: the same person, changed; still one row each.
    code, out, _ = run(capsys, org, "org", "add-user", "setup_anna", "--name", "Anna Ek-Berg")
    assert code == 0
    with org.sql() as conn:
        assert conn.execute(
            "SELECT p.name, m.manager FROM org_member m JOIN person p ON p.id = m.person_id "
            "WHERE m.login = 'setup_anna'"
        ).fetchall() == [("Anna Ek-Berg", "setup_maria")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("add-user", "setup_new", "--name", "New", "--manager", "nobody_here"),
            "the manager 'nobody_here' is not registered",
        ),
        (("add-user", "bad name;", "--name", "X"), "is not a login name"),
        (("add-user", "ledarplan_leader", "--name", "X"), "keeps for its own roles"),
        (("add-user", "setup_new", "--name", "  "), "name"),
        (("set-manager", "nobody_here", "setup_maria"), "'nobody_here' is not registered"),
    ],
)
def test_a_wrong_registration_is_refused_and_nothing_is_written(capsys, org, argv, message):
    run(capsys, org, "org", "add-user", "setup_maria", "--name", "Maria")
    code, _out, err = run(capsys, org, "org", *argv)
    assert code == 1
    assert message in err
    with org.sql() as conn:
        assert conn.execute("SELECT login FROM org_member").fetchall() == [("setup_maria",)]
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 1


def test_set_manager_hands_a_leader_over(capsys, org):
    for login, extra in (("setup_maria", ()), ("setup_mats", ())):
        run(capsys, org, "org", "add-user", login, "--name", login, *extra)
    run(capsys, org, "org", "add-user", "setup_anna", "--name", "Anna", "--manager", "setup_maria")
    code, out, err = run(capsys, org, "org", "set-manager", "setup_anna", "setup_mats")
    assert (code, err) == (0, "")
    assert "now has the manager setup_mats; setup_maria sees nothing of their plans" in out
    with org.sql() as conn:
        assert conn.execute(
            "SELECT manager FROM org_member WHERE login = 'setup_anna'"
        ).fetchone() == ("setup_mats",)


def test_check_names_each_table_without_forced_row_security_or_a_policy(capsys, org):
    code, out, err = run(capsys, org, "check")
    assert (code, err) == (0, "")
    assert f"all is well (schema {head_revision()})" in out
    with org.sql(IT) as conn:
        conn.execute("ALTER TABLE goal NO FORCE ROW LEVEL SECURITY")
        conn.execute("ALTER TABLE checkin DISABLE ROW LEVEL SECURITY")
        conn.execute("CREATE TABLE notes_by_hand (id int, text text)")
        conn.execute("DROP POLICY ledarplan_read ON rating")
        conn.execute("DROP POLICY ledarplan_add ON rating")
        conn.execute("DROP POLICY ledarplan_change ON rating")
        conn.execute("DROP POLICY ledarplan_delete ON rating")
    code, out, err = run(capsys, org, "check")
    assert code == 1
    assert "the table 'goal' does not force row-level security" in err
    assert "the table 'checkin' has no row-level security" in err
    assert "the table 'notes_by_hand' has no row-level security" in err
    assert "the table 'notes_by_hand' has no access policy for ledarplan_leader" in err
    assert "the table 'rating' has no access policy for ledarplan_leader" in err
    assert "plan'" not in err and "'action'" not in err
    # org init puts the rules back (the table made by hand stays IT's to remove).
    assert run(capsys, org, "org", "init")[0] == 0
    code, out, err = run(capsys, org, "check")
    assert "goal" not in err and "checkin" not in err and "rating" not in err
    assert "notes_by_hand" in err


def test_check_names_the_own_plans_function_when_it_runs_with_other_rights(capsys, org):
    with org.sql(IT) as conn:
        conn.execute("ALTER FUNCTION ledarplan_own_plans(text) SECURITY INVOKER")
        conn.execute("REVOKE EXECUTE ON FUNCTION ledarplan_own_plans(text) FROM ledarplan_leader")
    code, _out, err = run(capsys, org, "check")
    assert code == 1
    assert (
        "the function 'ledarplan_own_plans' the access policies use does not run with "
        "the rights of the tables' owner" in err
    )
    assert (
        "the function 'ledarplan_own_plans' the access policies use may not be run by "
        "ledarplan_leader" in err
    )
    assert "ledarplan_visible_plans" not in err
    assert run(capsys, org, "org", "init")[0] == 0
    assert run(capsys, org, "check")[0] == 0


def test_check_names_a_policies_function_that_is_missing_or_runs_with_other_rights(capsys, org):
    assert run(capsys, org, "check")[0] == 0
    with org.sql(IT) as conn:
        conn.execute("DROP FUNCTION ledarplan_visible_people(text) CASCADE")
        conn.execute("ALTER FUNCTION ledarplan_visible_plans(text) SECURITY INVOKER")
        conn.execute("GRANT EXECUTE ON FUNCTION ledarplan_visible_plans(text) TO PUBLIC")
    code, _out, err = run(capsys, org, "check")
    assert code == 1
    assert "the function 'ledarplan_visible_people' the access policies use is missing" in err
    assert (
        "the function 'ledarplan_visible_plans' the access policies use does not run with "
        "the rights of the tables' owner" in err
    )
    assert (
        "the function 'ledarplan_visible_plans' the access policies use may be run by public" in err
    )
    assert run(capsys, org, "org", "init")[0] == 0
    code, _out, err = run(capsys, org, "check")
    assert (code, err) == (0, "")
