"""What goes wrong between the program and the organisation's database is said plainly: what
is wrong and what IT should do, exit status 3, nothing written anywhere, and nothing in the
log but the kind of problem (no SQL, no password, no login or other personal data)."""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest
from psycopg import sql

from ledarplan.app import main
from ledarplan.logs import LOG_DIR_NAME, LOG_FILE_NAME, stop_logging
from ledarplan.storage.access_rules import guarded_tables
from ledarplan.storage.schema import head_revision

from .conftest import IT

HEAD = head_revision()  # the schema this version of the program makes

PASSWORD = "Right-Pw-7431"
WRONG = "Wrong-Pw-1358"


def state(org) -> str:
    """Everything in the database as its superuser sees it: tables, rows, the schema version."""
    with org.sql() as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
        rows = [
            conn.execute(
                sql.SQL("SELECT row_to_json(t)::text FROM {} t ORDER BY 1").format(
                    sql.Identifier(name)
                )
            ).fetchall()
            for (name,) in tables
        ]
    return repr((tables, rows))


def refused(capsys, private_data_dir, url: str, *argv: str) -> str:
    """Runs a command that opens the database; returns what it said. It must exit with 3,
    leave no local file behind and log nothing private."""
    capsys.readouterr()
    code = main(["--database-url", url, *(argv or ("plans", "list"))])
    out, err = capsys.readouterr()
    stop_logging()
    assert code == 3, err
    assert out == ""
    assert err.startswith("ledarplan: the database cannot be used: ")
    assert not (private_data_dir / "ledarplan.sqlite3").exists()
    log = (private_data_dir / LOG_DIR_NAME / LOG_FILE_NAME).read_text(encoding="utf-8")
    for secret in (PASSWORD, WRONG, "SELECT", "bad_", "conninfo", "postgresql://"):
        assert secret not in log, secret
    assert "cannot be used:" in log  # the kind of problem is logged, by its name only
    return " ".join(err.split())


def test_a_server_that_cannot_be_reached(capsys, private_data_dir, tmp_path):
    url = f"postgresql://bad_anna@{quote(str(tmp_path / 'no server'), safe='')}:5999/x"
    said = refused(capsys, private_data_dir, url)
    assert "cannot be reached" in said
    assert "Ask IT whether the database server is running and whether this computer may " in said


@pytest.fixture
def password_login(postgres_server, org):
    postgres_server.create_login("pw_user", PASSWORD)
    assert org.ledarplan("org", "add-user", "pw_user", "--name", "Pia") == 0
    return org


def test_a_wrong_password(capsys, private_data_dir, password_login, tmp_path, monkeypatch):
    org = password_login
    before = state(org)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:pw_user:{WRONG}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    said = refused(capsys, private_data_dir, org.url("pw_user"))
    assert "it refused the password given for this login" in said
    assert "Check the password in the .pgpass file or service file" in said
    assert WRONG not in said
    assert state(org) == before

    passfile.write_text(f"*:*:*:pw_user:{PASSWORD}\n")  # the right one opens it
    assert main(["--database-url", org.url("pw_user"), "plans", "list"]) == 0


def test_no_password_where_one_is_asked_for(
    capsys, private_data_dir, password_login, tmp_path, monkeypatch
):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    said = refused(capsys, private_data_dir, password_login.url("pw_user"))
    assert "it asks for a password and none was found for this login" in said
    assert "the password in the user's .pgpass file or service file (never in the presets)" in said


def test_a_database_org_init_has_not_prepared(capsys, private_data_dir, empty_org):
    empty_org.server.create_login("bad_newcomer")
    before = state(empty_org)
    said = refused(capsys, private_data_dir, empty_org.url("bad_newcomer"))
    assert "it has not been prepared for ledarplan (no table alembic_version, org_setup" in said
    assert "IT should run `ledarplan --database-url URL org init` as the database's owner" in said
    assert state(empty_org) == before


def test_a_database_that_does_not_exist(capsys, private_data_dir, org):
    said = refused(capsys, private_data_dir, org.url(IT).replace(org.name, "no_such_db"))
    assert 'there is no such database: database "no_such_db" does not exist' in said


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            "UPDATE alembic_version SET version_num = '9f00d1'",
            "it was prepared by a newer version of ledarplan (schema 9f00d1). IT should install "
            "that version (or a newer one) of ledarplan on this computer",
        ),
        (
            "UPDATE org_setup SET version = 99",
            f"it was prepared by a newer version of ledarplan (schema {HEAD}, access rules 99)",
        ),
        (
            "UPDATE alembic_version SET version_num = '0003'",
            "it was prepared by an older version of ledarplan (schema 0003; this version needs "
            f"{HEAD}). IT should run `ledarplan --database-url URL org init` with this version",
        ),
    ],
)
def test_a_schema_of_another_version(capsys, private_data_dir, org, change, said):
    assert org.ledarplan("org", "add-user", "bad_versions", "--name", "V") == 0
    with org.sql(IT) as conn:
        conn.execute(change)
    before = state(org)
    assert said in refused(capsys, private_data_dir, org.url("bad_versions"))
    assert state(org) == before


def test_a_login_that_is_not_registered_as_a_person(capsys, private_data_dir, org):
    org.server.create_login("bad_unregistered")
    with org.sql() as conn:
        conn.execute("GRANT ledarplan_leader TO bad_unregistered")
    before = state(org)
    said = refused(capsys, private_data_dir, org.url("bad_unregistered"))
    assert "the login 'bad_unregistered' is not registered as a person in it" in said
    assert "`ledarplan org add-user bad_unregistered --name NAME`" in said
    assert state(org) == before


@pytest.mark.parametrize(
    ("revoke", "missing"),
    [
        ("REVOKE ledarplan_leader FROM bad_grants", "membership of ledarplan_leader"),
        (
            "REVOKE SELECT ON alembic_version FROM ledarplan_leader",
            "reading the table alembic_version",
        ),
        ("REVOKE CONNECT ON DATABASE {db} FROM PUBLIC", "CONNECT on the database"),
    ],
)
def test_a_login_without_the_grants_it_needs(capsys, private_data_dir, org, revoke, missing):
    assert org.ledarplan("org", "add-user", "bad_grants", "--name", "G") == 0
    with org.sql(IT) as conn:
        conn.execute(revoke.format(db=f'"{org.name}"'))
    before = state(org)
    said = refused(capsys, private_data_dir, org.url("bad_grants"))
    assert f"the login 'bad_grants' lacks the rights ledarplan needs ({missing})" in said
    assert "IT should give them: `ledarplan org add-user` makes a login a member of" in said
    assert state(org) == before


def test_the_tables_a_check_reads_are_those_it_guards(org):
    """The state compared above covers every table that holds plan data."""
    with org.sql() as conn:
        tables = {t for (t,) in conn.execute("SELECT tablename FROM pg_tables").fetchall()}
    assert set(guarded_tables()) <= tables


def test_a_server_behind_a_network_that_answers_nothing(
    capsys, private_data_dir, org, silent_network
):
    """Nothing refuses, nothing answers: a command says so after a short wait, not minutes."""
    assert org.ledarplan("org", "add-user", "silent_cli", "--name", "Sam") == 0
    silent_network.cut()
    started = time.monotonic()
    said = refused(capsys, private_data_dir, silent_network.url("silent_cli", org.name))
    assert time.monotonic() - started < 4  # libpq's shortest connect_timeout, 2 s, and slack
    assert "cannot be reached" in said
    assert "Ask IT whether the database server is running" in said
