"""The tests' own PostgreSQL server: private to the run, never the system's."""

from __future__ import annotations

import os


def test_the_server_is_the_runs_own_and_answers_on_its_socket_only(postgres_server):
    with postgres_server.connect() as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        listen = conn.execute("SHOW listen_addresses").fetchone()[0]
        sockets = conn.execute("SHOW unix_socket_directories").fetchone()[0]
        data = conn.execute("SHOW data_directory").fetchone()[0]
    assert int(version) >= 120000
    assert listen == ""  # no TCP port: nothing else on the machine can reach it
    assert sockets == str(postgres_server.socket_dir)
    assert data == str(postgres_server.data_dir)
    # PostgreSQL never runs as root: as root, the tests run it as the postgres user.
    owner = postgres_server.data_dir.stat().st_uid
    assert owner != 0 if os.geteuid() == 0 else owner == os.geteuid()


def test_each_test_gets_an_empty_database_of_its_own(postgres_server, postgres_database):
    with postgres_server.connect(dbname=postgres_database) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()[0]
        conn.execute("CREATE TABLE scratch (id int)")
    assert tables == 0
    other = postgres_server.create_database()
    try:
        with postgres_server.connect(dbname=other) as conn:
            assert conn.execute("SELECT to_regclass('public.scratch')").fetchone()[0] is None
    finally:
        postgres_server.drop_database(other)
