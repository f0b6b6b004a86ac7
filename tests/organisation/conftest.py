"""The organisation's database in tests: set up by IT's own login, used by each kind of user.

`ledarplan org init` runs once into a template database (as `ledarplan_it`, a login that may
create roles but is no superuser, as IT would make it); each test's database is a copy of it.
Logins are the server's, shared by every database of the run.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from ledarplan.app import main, open_services
from ledarplan.paths import AppPaths
from ledarplan.services.container import Services

#: The login IT sets the database up with: it may create roles, and it is no superuser (so
#: row-level security is forced on it too).
IT = "ledarplan_it"


@dataclass
class Org:
    server: object
    name: str
    data_dir: Path

    def url(self, login: str = IT) -> str:
        return self.server.url(login, self.name)  # type: ignore[attr-defined]

    @contextmanager
    def sql(self, login: str = "postgres", **extra: object) -> Iterator:
        """A plain SQL client's connection (psycopg, autocommit) as `login`."""
        with self.server.connect(login, self.name, **extra) as conn:  # type: ignore[attr-defined]
            yield conn

    def ledarplan(self, *argv: str, login: str = IT) -> int:
        return main(["--database-url", self.url(login), *argv])

    @contextmanager
    def services(self, login: str, catalog) -> Iterator[Services]:
        """The program's services as `login` sees them (what the window uses)."""
        services = open_services(AppPaths(self.data_dir), catalog, database_url=self.url(login))
        try:
            yield services
        finally:
            services.close()


@pytest.fixture(scope="session")
def it_login(postgres_server) -> str:
    with postgres_server.connect() as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [IT]).fetchone():
            conn.execute(f"CREATE ROLE {IT} LOGIN CREATEROLE")
    return IT


def owned_by_it(server, prefix: str) -> str:
    """An empty database owned by IT's login, as IT's DBA would create it."""
    name = server.create_database(prefix)
    with server.connect() as conn:
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO {IT}')
    return name


@pytest.fixture
def empty_org(postgres_server, it_login, private_data_dir) -> Iterator[Org]:
    """An empty database that `org init` has not prepared."""
    database = Org(postgres_server, owned_by_it(postgres_server, "empty"), private_data_dir)
    yield database
    postgres_server.drop_database(database.name)


@pytest.fixture(scope="session")
def org_template(postgres_server, it_login, tmp_path_factory) -> str:
    """A database set up by `ledarplan org init` as IT, to copy for each test."""
    name = owned_by_it(postgres_server, "template")
    data_dir = tmp_path_factory.mktemp("it")
    code = main(["--data-dir", str(data_dir), "--database-url", postgres_server.url(IT, name),
                 "org", "init"])  # fmt: skip
    assert code == 0
    return name


def copy_of(server, template: str, data_dir: Path) -> Org:
    name = f"org_{uuid.uuid4().hex[:12]}"
    with server.connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {IT}')
    return Org(server, name, data_dir)


@pytest.fixture
def org(postgres_server, org_template, private_data_dir) -> Iterator[Org]:
    """A fresh organisation's database, set up and empty, for one test."""
    database = copy_of(postgres_server, org_template, private_data_dir)
    yield database
    postgres_server.drop_database(database.name)
