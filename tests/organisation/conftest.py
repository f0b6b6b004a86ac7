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
from tests.silent_network import SilentNetwork

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


# --- a small organisation with plans, built through the program as each user ----------------

#: Every text below is unique, so a dump of what a login can read shows whose parts it got.
MANAGER, NEW_MANAGER, LEADER, OTHER_LEADER, HR, OTHER = (
    "w_maria", "w_mats", "w_anna", "w_bo", "w_hanna", "w_olle",
)  # fmt: skip


@dataclass
class World:
    org: Org
    anna_plan: str
    bo_plan: str
    anna_session: str  # Anna's coaching session with private texts
    anna_round: str  # Anna's self-assessment
    talk: str  # the talk on Anna's plan, prepared by both
    goal: str  # a shared goal of Anna's plan


def catalog_of_builtins():
    from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: PLC0415
    from ledarplan.paths import builtin_frameworks_dir  # noqa: PLC0415

    return FrameworkCatalog.load(builtin_frameworks_dir())


def build_world(org: Org, catalog) -> World:
    """Maria manages Anna, Mats manages Bo; Hanna is HR; Olle is anyone else. Each writes
    their parts through the program, logged in as themselves."""
    from datetime import date  # noqa: PLC0415

    from ledarplan.domain.entities import (  # noqa: PLC0415
        Action,
        Agreement,
        AssessorKind,
        CoachingSession,
        DevelopmentTalk,
        PrepAnswer,
        Rating,
    )

    for login, *extra in (
        (MANAGER,), (NEW_MANAGER,), (LEADER, "--manager", MANAGER),
        (OTHER_LEADER, "--manager", NEW_MANAGER), (HR, "--hr"), (OTHER,),
    ):  # fmt: skip
        assert org.ledarplan("org", "add-user", login, "--name", login.upper(), *extra) == 0

    def leaders_plan(services, marker: str) -> tuple[str, str, str, str, str]:
        (me,) = services.people.list()
        plan = services.plans.create(me.id, "kalix", title=f"{marker}-PLAN")
        item = plan.snapshot.items[0].item_id
        round_ = services.assessments.record(
            plan.id, date(2025, 1, 10), [Rating(item, 3, f"{marker}-SELF-COMMENT")]
        )
        goal = services.goals.add(plan.id, f"{marker}-GOAL", [item])
        services.goals.add_action(goal.id, Action(f"{marker}-ACTION"))
        services.goals.check_in(goal.id, date(2025, 2, 1), f"{marker}-CHECKIN", 20)
        services.goals.delete(services.goals.add(plan.id, f"{marker}-DROPPED", []).id)
        private = services.coaching.save(
            CoachingSession(
                plan.id, date(2025, 2, 3), topic=f"{marker}-TOPIC",
                notes=f"{marker}-PRIVATE-NOTES", reflection=f"{marker}-PRIVATE-REFLECTION",
                notes_private=True, agreements=[Agreement(f"{marker}-SESSION-AGREEMENT")],
                goal_ids=[goal.id],
            )
        )  # fmt: skip
        services.coaching.save(
            CoachingSession(
                plan.id, date(2025, 3, 3), notes=f"{marker}-OPEN-NOTES", notes_private=False
            )
        )
        talk = services.talks.prepare(
            DevelopmentTalk(
                plan.id, date(2025, 4, 1),
                leader_prep=[
                    PrepAnswer("How is it going?", f"{marker}-OPEN-ANSWER"),
                    PrepAnswer("What worries you?", f"{marker}-PRIVATE-ANSWER", private=True),
                ],
                agreements=[Agreement(f"{marker}-TALK-AGREEMENT")],
            )
        )  # fmt: skip
        services.feedback.create(plan.id, questions=[f"{marker}-FEEDBACK-QUESTION"])
        return plan.id, private.id, round_.id, talk.id, goal.id

    with org.services(LEADER, catalog) as anna:
        anna_plan, anna_session, anna_round, talk_id, goal_id = leaders_plan(anna, "ANNA")
    with org.services(OTHER_LEADER, catalog) as bo:
        bo_plan = leaders_plan(bo, "BO")[0]
    with org.services(MANAGER, catalog) as maria:
        item = maria.plans.get(anna_plan).snapshot.items[0].item_id
        maria.assessments.record(
            anna_plan, date(2025, 1, 12), [Rating(item, 4, "MARIA-RATING-COMMENT")],
            assessor_kind=AssessorKind.MANAGER, note="MARIA-ROUND-NOTE",
        )  # fmt: skip
        maria.goals.add(anna_plan, "MARIA-SHARED-GOAL", [item])
        (talk,) = maria.talks.list(anna_plan)
        talk.manager_prep = [
            PrepAnswer("Strengths?", "MARIA-OPEN-ANSWER"),
            PrepAnswer("My own note", "MARIA-PRIVATE-ANSWER", private=True),
        ]
        maria.talks.prepare(talk)
        maria.coaching.save(
            CoachingSession(
                anna_plan, date(2025, 3, 20), notes="MARIA-PRIVATE-SESSION", notes_private=True
            )
        )
    return World(org, anna_plan, bo_plan, anna_session, anna_round, talk_id, goal_id)


@pytest.fixture
def silent_network(postgres_server) -> Iterator[SilentNetwork]:
    """The way to the test's server over TCP, which `cut()` makes go silent (no refusal)."""
    network = SilentNetwork(postgres_server.socket_dir / f".s.PGSQL.{postgres_server.port}")
    try:
        yield network
    finally:
        network.close()
