"""Which database the program uses: the URL IT writes, in the forms libpq knows, from the
command line, the environment or the presets; without one, the local file as always."""

from __future__ import annotations

import json

import pytest

from ledarplan.app import main
from ledarplan.database_url import DATABASE_URL_ENV
from ledarplan.presets import PRESETS_ENV, PRESETS_FILE

LEADER = "conn_anna"


@pytest.fixture
def registered(org, catalog):
    """The leader's login, registered, with one plan of their own."""
    assert org.ledarplan("org", "add-user", LEADER, "--name", "Anna Lind") == 0
    with org.services(LEADER, catalog) as services:
        (me,) = services.people.list()
        services.plans.create(me.id, "kalix", title="Ledarplan 2025")
    return org


@pytest.fixture(scope="module")
def catalog():
    from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: PLC0415
    from ledarplan.paths import builtin_frameworks_dir  # noqa: PLC0415

    return FrameworkCatalog.load(builtin_frameworks_dir())


def listed_plans(capsys, *argv: str) -> tuple[int, list[str], str]:
    capsys.readouterr()  # what setting up said
    code = main([*argv, "plans", "list", "--json"])
    out, err = capsys.readouterr()
    titles = [row["title"] for row in json.loads(out)] if code == 0 else []
    return code, titles, err


def test_a_postgresql_url_opens_the_leaders_plans_there(capsys, registered, private_data_dir):
    code, titles, err = listed_plans(capsys, "--database-url", registered.url(LEADER))
    assert (code, titles, err) == (0, ["Ledarplan 2025"], "")
    assert not (private_data_dir / "ledarplan.sqlite3").exists()  # no local file is made


def test_postgres_scheme_is_accepted_too(capsys, registered):
    url = registered.url(LEADER).replace("postgresql://", "postgres://", 1)
    assert listed_plans(capsys, "--database-url", url)[:2] == (0, ["Ledarplan 2025"])


def test_a_libpq_service_file_names_the_database(capsys, registered, tmp_path, monkeypatch):
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[ledarplan]\n"
        f"host={registered.server.socket_dir}\nport={registered.server.port}\n"
        f"dbname={registered.name}\nuser={LEADER}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    code, titles, _ = listed_plans(capsys, "--database-url", "postgresql:///?service=ledarplan")
    assert (code, titles) == (0, ["Ledarplan 2025"])


def test_libpqs_environment_fills_in_what_the_url_leaves_out(capsys, registered, monkeypatch):
    monkeypatch.setenv("PGHOST", str(registered.server.socket_dir))
    monkeypatch.setenv("PGPORT", str(registered.server.port))
    monkeypatch.setenv("PGDATABASE", registered.name)
    monkeypatch.setenv("PGUSER", LEADER)
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://")
    assert listed_plans(capsys)[:2] == (0, ["Ledarplan 2025"])


def write_presets(folder, url: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PRESETS_FILE
    path.write_text(f'database_url = "{url}"\n', encoding="utf-8")
    return path


def test_the_option_beats_the_environment_which_beats_the_presets(
    capsys, registered, tmp_path, monkeypatch
):
    nowhere = registered.url(LEADER).replace(registered.name, "no_such_database")
    monkeypatch.setenv(PRESETS_ENV, str(write_presets(tmp_path / "hr", nowhere)))
    code, _, err = listed_plans(capsys)
    assert code == 3 and "no_such_database" in err  # the presets' URL is used …
    monkeypatch.setenv(DATABASE_URL_ENV, registered.url(LEADER))
    assert listed_plans(capsys)[:2] == (0, ["Ledarplan 2025"])  # … the environment's beats it
    monkeypatch.setenv(DATABASE_URL_ENV, nowhere)
    code, titles, _ = listed_plans(capsys, "--database-url", registered.url(LEADER))
    assert (code, titles) == (0, ["Ledarplan 2025"])  # … and the option beats both


def test_a_password_in_the_presets_is_refused_without_being_shown(
    capsys, registered, tmp_path, monkeypatch, private_data_dir
):
    url = registered.url(LEADER).replace(f"{LEADER}@", f"{LEADER}:S3cret-pw@", 1)
    monkeypatch.setenv(PRESETS_ENV, str(write_presets(tmp_path / "hr", url)))
    capsys.readouterr()
    main(["presets", "show"])
    out, err = capsys.readouterr()
    assert "setting 'database_url': it holds a password, which must never be in the presets" in err
    assert "S3cret-pw" not in out + err
    assert "Organisation database:      (none: each user's local file)" in out


def test_without_a_url_the_local_file_is_used_as_always(capsys, private_data_dir, monkeypatch):
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    code, titles, err = listed_plans(capsys)
    assert (code, titles, err) == (0, [], "")
    assert (private_data_dir / "ledarplan.sqlite3").is_file()


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://db.example.org/plans", "the database URL has 'mysql://'"),
        ("db.example.org/plans", "the database URL has no scheme"),
        ("postgresql://db.example.org:port/plans", "the database URL cannot be read"),
    ],
)
def test_a_url_that_is_not_postgresqls_is_refused(capsys, url, said, private_data_dir):
    capsys.readouterr()
    code = main(["--database-url", url, "plans", "list"])
    _, err = capsys.readouterr()
    assert code == 3
    assert said in err
    assert "Correct --database-url, LEDARPLAN_DATABASE_URL or the presets' database_url" in err
    assert not (private_data_dir / "ledarplan.sqlite3").exists()


@pytest.mark.parametrize("where", ["url", "environment", "none"])
def test_the_programs_statements_are_planned_once_and_its_own_options_kept(
    registered, where, monkeypatch
):
    """The program's connections prepare each statement at its first use and plan it once
    (generic plans); options IT gave, in the URL or in PGOPTIONS, still apply."""
    from urllib.parse import quote  # noqa: PLC0415

    from ledarplan.storage.postgres import open_organisation_database  # noqa: PLC0415

    url = registered.url(LEADER)
    if where == "url":
        url += ("&" if "?" in url else "?") + "options=" + quote("-c statement_timeout=4321")
    elif where == "environment":
        monkeypatch.setenv("PGOPTIONS", "-c statement_timeout=4321")
    database = open_organisation_database(url)
    try:
        with database.engine.connect() as connection:
            shown = connection.exec_driver_sql(
                "SELECT current_setting('plan_cache_mode'), current_setting('statement_timeout')"
            ).one()
            threshold = connection.connection.dbapi_connection.prepare_threshold
    finally:
        database.engine.dispose()
    assert shown[0] == "force_generic_plan" and threshold == 0
    assert shown[1] == ("0" if where == "none" else "4321ms")
