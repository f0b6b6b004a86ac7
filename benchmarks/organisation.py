"""The organisation's database (PostgreSQL, row-level security) against the local SQLite file.

    python benchmarks/organisation.py [--leaders 500] [--managers 60] [--runs 21] [--explain]

Starts its own throw-away PostgreSQL server (`tests/pg_server.py`: initdb in a temporary
folder, a Unix socket, no TCP), sets the database up with `ledarplan org init` as IT's login,
registers the managers and then the leaders (each with a manager) through the organisation's
service, and stores five years of plans per leader — the large database's generator
(`generate.py`: its people, plans and sessions, 200 sessions per leader) — each leader's plans
written as that leader's login through the storage layer (`Repository.save_bundle`, what
moving local plans in writes: private texts kept apart under the author's login), with the
policies' per-row checks skipped for the load only (`_loading`). The same plans go into a local
SQLite file, with the same ids. All of it is kept in `--cache` (a folder the server's user can
reach) and reused by later runs, with `org init` run again on it (and vacuumed after it).

Then, alternating PostgreSQL (ours) with SQLite (floor), in one process, each the median of
`--runs` runs, logged in as the leader or the manager (not as the owner: row-level security
is at work):

- opening a plan: the window (`MainWindow`, offscreen) shows the busiest plan chosen in the
  people list, the page in view filled and painted — as its leader, and as their manager;
- listing a manager's team: the team overview's rows (`TeamService.rows`) as the manager;
  SQLite's is the manager's own desk file (their team's plans only: the overview lists every
  person of the file it reads);
- saving a goal: a goal's title changed and saved as the goals page saves a pause in typing
  (`GoalService.save_fields` with the goal as read) — as the leader, and as the manager (goals
  are shared parts).

The goal is PostgreSQL ≤ 1.5 × SQLite for each. `--explain` prints `EXPLAIN (ANALYZE,
BUFFERS)` of the policies' queries (the team listing, a plan's sessions and goals) as each
login. Results are printed as JSON with `--json` (for `run.py`), else as a table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from common import ROOT, Result, alternate, emit

sys.path.insert(0, str(ROOT))  # tests/pg_server.py: the test suite's own throw-away server

from generate import _FIRST, VERSION, YEARS, _plan, _rows, _Shape, session_counts

from ledarplan.app import open_organisation, open_services
from ledarplan.domain.desk_records import owner
from ledarplan.domain.entities import (
    AssessmentRound,
    DevelopmentTalk,
    Person,
    PlanBundle,
    Side,
)
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.services.container import Services
from ledarplan.storage.database import open_database
from ledarplan.storage.postgres import open_organisation_database
from ledarplan.storage.store import Store
from tests.pg_server import PostgresServer, start_server

#: See interactive.py: PySide6 6.12.0 on Python 3.11 drops a reference to None per call.
_NONE_GUARD = [None] * 2_000_000 if sys.version_info < (3, 12) else []

LEADERS = 500
MANAGERS = 60
SESSIONS_PER_LEADER = 200  # as the large database: 10 000 sessions for 50 people
RATIO_GOAL = 1.5
#: IT's login: sets the database up, may create roles, is no superuser.
IT = "ledarplan_it"


@dataclass
class Organisation:
    """What was made: the server's database, the local files, who is measured."""

    server: PostgresServer
    database: str
    sqlite_dir: Path  # the whole organisation in one local file
    team_dir: Path  # the measured manager's desk: their team's plans only
    leader: str  # the login of the busiest plan's leader
    manager: str  # their manager
    plan_id: str  # the busiest plan
    other_plan_id: str  # another plan of the same leader, opened in between
    goal_id: str  # a goal of the busiest plan
    team: int  # how many leaders the manager has
    plans: int
    sessions: int
    seconds: float

    def url(self, login: str) -> str:
        return self.server.url(login, self.database)

    def saved(self) -> dict[str, Any]:
        return {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()} | {
            "server": None
        }

    @classmethod
    def loaded(cls, server: PostgresServer, saved: dict[str, Any]) -> Organisation:
        paths = {k: Path(saved[k]) for k in ("sqlite_dir", "team_dir")}
        return cls(**{**saved, **paths, "server": server})


def catalog() -> FrameworkCatalog:
    return FrameworkCatalog.load(builtin_frameworks_dir())


def _manager_login(number: int) -> str:
    return f"bench_m{number + 1:02d}"


def _leader_login(number: int) -> str:
    return f"bench_l{number + 1:03d}"


def build(
    server: PostgresServer,
    work: Path,
    leaders: int,
    managers: int,
    *,
    quiet: bool = True,
) -> Organisation:
    """The organisation on the server and the same plans in the local files."""
    started = time.perf_counter()
    database = _set_up(server)
    people = _register(server.url(IT, database), leaders, managers)
    if not quiet:
        print(f"  {managers + leaders} people registered", file=sys.stderr)
    made = _Plans()
    counts = session_counts(leaders, len(YEARS), leaders * SESSIONS_PER_LEADER)
    logins = [login for login, _, _ in people] + [_manager_login(n) for n in range(managers)]
    with _loading(server, logins):
        _store_all(
            server,
            database,
            work=work,
            people=people,
            managers=managers,
            counts=counts,
            made=made,
            quiet=quiet,
        )
    leader = made.busiest[0]
    team = [n for n in range(leaders) if n % managers == leader % managers]
    desk = _local_database(work / "team")
    try:
        for n in team:
            with desk.session() as session:
                session.add_all(_rows(made.bundles[n]))
        _analysed(desk)
    finally:
        desk.dispose()
    with server.connect(dbname=database) as conn:
        conn.execute("VACUUM ANALYZE")  # as autovacuum leaves a database in use
    return Organisation(
        server=server,
        database=database,
        sqlite_dir=work / "sqlite",
        team_dir=work / "team",
        leader=_leader_login(leader),
        manager=_manager_login(leader % managers),
        plan_id=made.busiest[1],
        other_plan_id=made.busiest[2],
        goal_id=made.busiest[3],
        team=len(team),
        plans=made.plans,
        sessions=made.sessions,
        seconds=time.perf_counter() - started,
    )


@contextmanager
def _loading(server: PostgresServer, logins: list[str]) -> Iterator[None]:
    """The logins may skip the access policies' checks while their plans are written, and
    never after. Each row written is checked against the policies otherwise — a search of
    the login's plans per row, which made writing 500 leaders' plans take most of an hour
    here; the rows are the same (each written as its own login, through the storage layer,
    the CHECK constraints and the talk's trigger at work). Nothing is measured before the
    right is taken back (`Bench` checks it)."""
    with server.connect() as conn:
        for login in logins:
            conn.execute(f'ALTER ROLE "{login}" BYPASSRLS')
    try:
        yield
    finally:
        with server.connect() as conn:
            for login in logins:
                conn.execute(f'ALTER ROLE "{login}" NOBYPASSRLS')


def _store_all(
    server: PostgresServer,
    database: str,
    *,
    work: Path,
    people: list[tuple[str, Person, _Shape]],
    managers: int,
    counts: list[list[int]],
    made: _Plans,
    quiet: bool,
) -> None:
    """Each leader's plans as the leader's login, then each manager's parts of them as the
    manager's; the same plans whole into the local file."""
    leaders = len(people)
    local = _local_database(work / "sqlite")
    managers_parts: dict[int, list[ManagersParts]] = {}
    try:
        for number, (login, person, shape) in enumerate(people):
            bundles = [
                _plan(shape, person, year, counts[number][y]) for y, year in enumerate(YEARS)
            ]
            leaders_part, managers_part = _split(bundles)
            _store_as(server.url(login, database), leaders_part)
            managers_parts.setdefault(number % managers, []).append(managers_part)
            with local.session() as session:
                session.add_all(_rows(bundles))
            made.add(number, bundles)
            if not quiet and (number + 1) % 50 == 0:
                print(f"  {number + 1} of {leaders} leaders' plans", file=sys.stderr)
        _analysed(local)
    finally:
        local.dispose()
    for number, parts in managers_parts.items():
        _store_managers_parts(server.url(_manager_login(number), database), parts)


def _set_up(server: PostgresServer) -> str:
    """A new database owned by IT's login, set up by `org init` as IT."""
    with server.connect() as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [IT]).fetchone():
            conn.execute(f"CREATE ROLE {IT} LOGIN CREATEROLE")
    database = server.create_database("bench")
    with server.connect() as conn:
        conn.execute(f'ALTER DATABASE "{database}" OWNER TO {IT}')
    _initialise(server.url(IT, database))
    return database


def _initialise(it_url: str) -> None:
    admin = open_organisation(it_url)
    try:
        admin.initialise()
    finally:
        admin.close()


def _register(it_url: str, leaders: int, managers: int) -> list[tuple[str, Person, _Shape]]:
    """`org add-user` for the managers, then for the leaders (each with a manager); the
    leaders with the model their plans follow."""
    packs = catalog().packs
    people = []
    admin = open_organisation(it_url)
    try:
        for number in range(managers):
            admin.add_user(_manager_login(number), f"Chef {number + 1}", unit="Förvaltning")
        for number in range(leaders):
            pack = packs[number % len(packs)]
            levels = [level.id for level in pack.levels] or [None]
            language = pack.language if pack.language in _FIRST else "sv"
            member, _ = admin.add_user(
                _leader_login(number),
                f"Ledare {number + 1}",
                email=f"leader{number + 1}@example.org",
                manager=_manager_login(number % managers),
            )
            shape = _Shape(pack, levels[number % len(levels)], language)
            people.append((member.login, member.person, shape))
    finally:
        admin.close()
    return people


@dataclass
class _Plans:
    """The plans made so far, and the busiest: (leader, plan, another plan, a goal, size)."""

    plans: int = 0
    sessions: int = 0
    busiest: tuple[int, str, str, str, int] = (-1, "", "", "", -1)
    bundles: dict[int, list[PlanBundle]] = field(default_factory=dict)

    def add(self, number: int, bundles: list[PlanBundle]) -> None:
        self.bundles[number] = bundles
        for k, bundle in enumerate(bundles):
            self.plans += 1
            self.sessions += len(bundle.sessions)
            if len(bundle.sessions) > self.busiest[4]:
                other = bundles[k - 1 if k else 1].plan.id
                goal = bundle.goals[0].id
                self.busiest = (number, bundle.plan.id, other, goal, len(bundle.sessions))


def _local_database(data_dir: Path) -> Any:
    paths = AppPaths(data_dir)
    paths.ensure()
    return open_database(paths.database_file, paths.backups_dir)


def _analysed(database: Any) -> None:
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA optimize")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass
class ManagersParts:
    """What the manager writes of a leader's plans: their own rounds, their talk answers."""

    rounds: list[AssessmentRound]
    talks: list[DevelopmentTalk]


def _split(bundles: list[PlanBundle]) -> tuple[list[PlanBundle], ManagersParts]:
    """The leader's plans without the manager's own parts (which only the manager may write:
    row-level security and the talk's trigger refuse them to the leader), and those parts."""
    leaders, parts = [], ManagersParts([], [])
    for bundle in bundles:
        parts.rounds += [r for r in bundle.rounds if owner(r) is Side.MANAGER]
        parts.talks += [t for t in bundle.talks if t.manager_prep or t.manager_signature]
        leaders.append(
            replace(
                bundle,
                rounds=[r for r in bundle.rounds if owner(r) is not Side.MANAGER],
                talks=[replace(t, manager_prep=[], manager_signature=None) for t in bundle.talks],
            )
        )
    return leaders, parts


def _store_as(url: str, bundles: list[PlanBundle]) -> None:
    """A leader's plans written as the leader's own login, in one transaction."""
    database = open_organisation_database(url)
    try:
        with Store(database).transaction() as repo:
            for bundle in bundles:
                repo.save_bundle(bundle)
    finally:
        database.dispose()


def _store_managers_parts(url: str, parts: list[ManagersParts]) -> None:
    """A manager's own parts of their team's plans, written as the manager's login: the
    talk as the manager reads it (the leader's private answers are not theirs to write)."""
    database = open_organisation_database(url)
    try:
        with Store(database).transaction() as repo:
            for part in parts:
                for round_ in part.rounds:
                    repo.save_round(round_)
                for talk in part.talks:
                    read = repo.get_talk(talk.id)
                    repo.save_talk(
                        replace(
                            read,
                            manager_prep=talk.manager_prep,
                            manager_signature=talk.manager_signature,
                        )
                    )
    finally:
        database.dispose()


# --- measuring -------------------------------------------------------------------------------


def settle() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    for _ in range(2):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class Bench:
    def __init__(self, org: Organisation, runs: int, *, quick: bool = False) -> None:
        self.org = org
        self.runs = runs
        self.quick = quick
        self.catalog = catalog()
        self.results: list[Result] = []
        self._open: list[Services] = []
        self._windows: list[Any] = []
        self._data = Path(tempfile.mkdtemp(prefix="ledarplan-bench-pg-"))

    def close(self) -> None:
        for window in self._windows:
            window.hide()
            window.deleteLater()
        settle() if self._windows else None
        for services in self._open:
            services.close()
        shutil.rmtree(self._data, ignore_errors=True)

    def services(self, where: str) -> Services:
        """The program's services: "sqlite", "team" (the manager's desk file) or a login."""
        if where == "sqlite":
            services = open_services(
                AppPaths(self.org.sqlite_dir), self.catalog, daily_backup=False
            )
        elif where == "team":
            services = open_services(AppPaths(self.org.team_dir), self.catalog, daily_backup=False)
        else:
            data = self._data / where
            services = open_services(AppPaths(data), self.catalog, database_url=self.org.url(where))
        self._open.append(services)
        return services

    def add(self, name: str, ours: float, floor: float, note: str = "") -> None:
        result = Result(name, ours, floor, runs=self.runs, note=note)
        result.goal, result.limit = f"ratio ≤ {RATIO_GOAL:g}", RATIO_GOAL
        self.results.append(result)

    def compare(self, ours: Callable[[], object], floor: Callable[[], object], **kw: Any) -> Any:
        return alternate(ours, floor, self.runs, warm_up=not self.quick, **kw)

    # --- opening a plan in the window ----------------------------------------------------

    def _window(self, services: Services) -> Any:
        from ledarplan.gui.application import GuiServices, create_main_window  # noqa: PLC0415
        from ledarplan.settings import SettingsStore  # noqa: PLC0415

        settings = SettingsStore(self._data / f"settings-{len(self._windows)}.json")
        window = create_main_window(GuiServices(settings_store=settings, services=services))
        window.show()
        settle()
        self._windows.append(window)
        return window

    def open_plan(self, login: str, who: str) -> None:
        org = self.org
        windows = [self._window(self.services(login)), self._window(self.services("sqlite"))]

        def opening(window: Any) -> Callable[[], None]:
            def run() -> None:
                window.people.select("plan", org.plan_id)
                settle()

            return run

        def before() -> None:
            for window in windows:
                if window.workspace.plan_id != org.other_plan_id:
                    window.people.select("plan", org.other_plan_id)
            settle()

        if not windows[0].people.select("plan", org.plan_id):
            raise SystemExit(f"the {who} does not see the plan in the window's people list")
        ours, floor = self.compare(opening(windows[0]), opening(windows[1]), before=before)
        self.add(f"opening a plan, as its {who}", ours, floor, "the page in view, painted")

    # --- the team overview's rows --------------------------------------------------------

    def team(self) -> None:
        today = date.today()
        ours_services, floor_services = self.services(self.org.manager), self.services("team")
        rows = ours_services.team.rows(today)
        floor_rows = floor_services.team.rows(today)
        if [r.plan_id for r in rows] != [r.plan_id for r in floor_rows]:
            raise SystemExit("the team overview lists other plans on PostgreSQL than on SQLite")
        ours, floor = self.compare(
            lambda: ours_services.team.rows(today), lambda: floor_services.team.rows(today)
        )
        self.add("listing a manager's team", ours, floor, f"{len(rows)} leaders")

    # --- saving a goal -------------------------------------------------------------------

    def save_goal(self, login: str, who: str) -> None:
        ours_services, floor_services = self.services(login), self.services("sqlite")
        counter = iter(range(10**6))

        def saving(services: Services) -> Callable[[], None]:
            def run() -> None:
                read = services.goals.list(self.org.plan_id)[0]
                assert read.id == self.org.goal_id
                edited = replace(read, title=f"{read.title.split(' #')[0]} #{next(counter)}")
                # The save alone is timed: the page has read the goal when it was shown.
                timing[0] = time.perf_counter()
                services.goals.save_fields(edited, read=read)
                timing[1] = time.perf_counter()

            return run

        timing = [0.0, 0.0]
        both = ((ours_services, []), (floor_services, []))
        if not self.quick:
            for services, _ in both:
                saving(services)()
        for _ in range(self.runs):
            for services, times in both:
                saving(services)()
                times.append(timing[1] - timing[0])
        ours, floor = (statistics.median(times) * 1000 for _, times in both)
        self.add(f"saving a goal, as the {who}", ours, floor, "its title, as typed")

    def run(self) -> list[Result]:
        from ledarplan.gui.application import application  # noqa: PLC0415

        with self.org.server.connect() as conn:
            bypassing = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolbypassrls AND rolname LIKE 'bench%'"
            ).fetchall()
        if bypassing:
            raise SystemExit(f"logins still skip the access policies: {bypassing}")

        application()
        self.open_plan(self.org.leader, "leader")
        self.open_plan(self.org.manager, "manager")
        self.team()
        self.save_goal(self.org.leader, "leader")
        self.save_goal(self.org.manager, "manager")
        return self.results


# --- the policies' queries, explained --------------------------------------------------------


def explain(org: Organisation, catalog_: FrameworkCatalog) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the program's own statements, with the policies the
    database adds to them, as the manager and as the leader: listing the team, and reading the
    busiest plan as the window's pages do. Per statement: its first words, the scans of its
    plan (a sequential scan of a large table is what to look for) and its planning and
    execution times."""
    from sqlalchemy import event  # noqa: PLC0415 - the benchmark only looks at statements

    out = []
    uses: list[tuple[str, str, Callable[[Services], object]]] = [
        (org.manager, "manager", lambda s: s.team.rows(date.today())),
        (org.manager, "manager", lambda s: s.plans.bundle(org.plan_id)),
        (org.leader, "leader", lambda s: s.plans.bundle(org.plan_id)),
    ]
    data = Path(tempfile.mkdtemp(prefix="ledarplan-bench-explain-"))
    try:
        for login, who, use in uses:
            services = open_services(AppPaths(data), catalog_, database_url=org.url(login))
            engine = services.plans._store.database.engine
            caught: list[tuple[str, Any]] = []

            def catch(*args: Any, into: list = caught) -> None:
                into.append((args[2], args[3]))

            event.listen(engine, "before_cursor_execute", catch)
            use(services)
            event.remove(engine, "before_cursor_execute", catch)
            with engine.connect() as connection:
                for statement, parameters in caught:
                    if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                        continue
                    plan = connection.exec_driver_sql(
                        f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {statement}", parameters
                    ).all()
                    out.append(f"--- as the {who}: {' '.join(statement.split()[:8])} …")
                    out += [
                        f"  {line.strip()}"
                        for (line,) in plan
                        if "Scan" in line or "Time:" in line or "Rows Removed" in line
                    ]
            services.close()
    finally:
        shutil.rmtree(data, ignore_errors=True)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--leaders", type=int, default=LEADERS)
    parser.add_argument("--managers", type=int, default=MANAGERS)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="no warm-up runs")
    parser.add_argument("--explain", action="store_true", help="print the policies' plans")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "ledarplan-bench",
        help="where the organisation is kept between runs (made again when missing)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cache = args.cache / f"organisation-{args.leaders}-{args.managers}-v{VERSION}"
    made = cache / "made.json"
    if made.exists():  # the server's cluster and the local files of an earlier run
        server = start_server(cache / "pg")
        org = Organisation.loaded(server, json.loads(made.read_text()))
        # `org init` again (harmless): the schema, indexes and policies of this checkout.
        _initialise(server.url(IT, org.database))
        # What a migration or `org init` rewrote (every action's plan, `org_access`) is then
        # vacuumed as a database in use is by its autovacuum, and as `build` leaves it.
        with server.connect(dbname=org.database) as conn:
            conn.execute("VACUUM ANALYZE")
    else:
        shutil.rmtree(cache, ignore_errors=True)  # a run cut off while making it
        server = start_server(cache / "pg")
        try:
            org = build(server, cache, args.leaders, args.managers, quiet=args.json)
        except BaseException:
            server.stop()
            shutil.rmtree(cache, ignore_errors=True)
            raise
        made.write_text(json.dumps(org.saved()))
    try:
        print(
            f"{args.managers} managers, {args.leaders} leaders, {org.plans} plans, "
            f"{org.sessions} sessions, made in {org.seconds:.0f} s; the busiest plan's "
            f"manager has {org.team} leaders",
            file=sys.stderr,
        )
        if args.explain:
            print(explain(org, catalog()), file=sys.stderr)
        bench = Bench(org, args.runs, quick=args.quick)
        try:
            results = bench.run()
        finally:
            bench.close()
    finally:
        server.stop()
    if args.json:
        emit(results)
    else:
        for r in results:
            print(
                f"{r.name:40} {r.measured:8.1f} ms {r.floor:8.1f} ms {r.ratio:5.2f} × "
                f"(goal ≤ {RATIO_GOAL:g}) {r.note}"
            )
    sys.stdout.flush()
    os._exit(0)  # see interactive.py: no teardown of Qt's objects at exit


if __name__ == "__main__":
    raise SystemExit(main())
