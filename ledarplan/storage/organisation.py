"""Setting up the organisation's database (`ledarplan org …`, run by the database's owner).

`initialise` makes or upgrades everything in one transaction: the tables (the same Alembic
migrations as the local file), the organisation's own tables (`organisation_tables`), the group
roles, the grants, and row-level security forced on every table that holds plan data, with the
policies that say who sees and changes what:

- the leader reads all of their plans, their private texts included, and writes their own
  parts and the shared ones;
- their current manager reads the plans without the leader's private texts (and their own
  private texts), and writes the manager's own parts and the shared ones;
- a former manager (after a hand-over), HR and anyone else read and write nothing.

A part's owner is the merge's (`domain.sync.owner`): a record made at one desk (a round, a
coaching session, a feedback round and their children) is that desk's; goals, actions,
check-ins, talks and their agreements are shared; a talk's preparation and signature are each
side's own, which a trigger keeps (row-level security cannot tell columns apart). Private texts
never sit in the shared rows (CHECK constraints); they are rows of their own in session_private
and talk_private that only their author reads.

Running it again is harmless: every step is "create if missing" or "replace". The rules
themselves, as SQL, and their check are in `storage.access_rules`; the people (`org add-user`,
`set-manager`, `users`) are here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ledarplan.database_url import describe_database
from ledarplan.domain.entities import Person
from ledarplan.storage import convert
from ledarplan.storage.access_rules import guard_problems, install, quoted
from ledarplan.storage.backup import CheckReport
from ledarplan.storage.errors import NotPreparedDatabaseError, OrganisationDatabaseError
from ledarplan.storage.hr_picture import (
    hr_problems,
    hr_threshold,
    set_hr_threshold,
)
from ledarplan.storage.organisation_tables import (
    MemberRow,
    OrgBase,
)
from ledarplan.storage.postgres import (
    HR_ROLE,
    LEADER_ROLE,
    MANAGER_ROLE,
    make_postgres_engine,
    migrate,
)
from ledarplan.storage.repository import Repository
from ledarplan.storage.schema import head_revision
from ledarplan.storage.tables import PersonRow

log = logging.getLogger(__name__)

#: An advisory lock's key: two `org init` at once wait for each other.
_INIT_LOCK = 0x1EDA_2025

# --- org init --------------------------------------------------------------------------------


def initialise(engine: Engine, where: str) -> str:
    """Creates or upgrades the schema, roles, grants and policies in one transaction; returns
    the schema's revision. Nothing is left half done: an error rolls everything back."""
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _INIT_LOCK})
            schema = connection.execute(text("SELECT current_schema()")).scalar()
            if schema is None:
                raise OrganisationDatabaseError(
                    where,
                    "the login running org init has no schema to work in",
                    "IT should run it as the database's owner (search_path names its schema)",
                )
            migrate(connection)
            OrgBase.metadata.create_all(connection)
            install(connection, quoted(connection, schema))
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            found = revision.scalar()
    except DBAPIError as exc:
        raise _setup_fault(where, exc) from None
    log.info("the organisation's database is set up (schema %s)", found)
    return str(found)


def _setup_fault(where: str, exc: DBAPIError) -> OrganisationDatabaseError:
    from ledarplan.storage.postgres import connection_fault  # noqa: PLC0415

    fault = connection_fault(where, exc)
    if fault is not None and not getattr(exc.orig, "sqlstate", None):
        return fault
    state = getattr(exc.orig, "sqlstate", None) or ""
    if state == "42501" or state.startswith("42"):
        return OrganisationDatabaseError(
            where,
            "the login running this is not allowed to set the database up "
            f"({_first_line(exc)}); nothing was changed",
            "IT should run it as the database's owner, with the right to create roles "
            "(CREATEROLE), or create the roles ledarplan_leader, ledarplan_manager and "
            "ledarplan_hr beforehand",
        )
    return OrganisationDatabaseError(
        where,
        f"setting it up failed ({_first_line(exc)}); nothing was changed",
        "IT should look at the database server's log",
    )


def _first_line(exc: DBAPIError) -> str:
    """The server's message without its SQL (never logged, only shown)."""
    return str(exc.orig).strip().split("\n")[0]


# --- people ----------------------------------------------------------------------------------

#: Login names as directories make them (letters, digits, . _ - @ \\); nothing that would need
#: care in SQL beyond quoting.
_LOGIN = re.compile(r"[\w.@\\-]{1,63}")


@dataclass(frozen=True)
class Member:
    login: str
    person: Person
    manager: str | None
    hr: bool


def check_login(login: str) -> str:
    if not _LOGIN.fullmatch(login) or login.strip() != login:
        raise ValueError(f"'{login}' is not a login name (1–63 letters, digits and . _ - @ \\)")
    if login.startswith("pg_") or login.startswith("ledarplan_"):
        raise ValueError(f"'{login}' is a name PostgreSQL or ledarplan keeps for its own roles")
    return login


def add_user(
    session: Session, login: str, person: Person, *, manager: str | None, hr: bool
) -> tuple[Member, bool]:
    """Registers `login` as `person` (creating the login role, without a password, if it is
    not there); an already registered login gets the new details (and keeps its manager when
    none is given). Returns the member and whether the login role was created now."""
    check_login(login)
    if manager is not None:
        _check_manager(session, manager, login)
    role = quoted(session.connection(), login)
    created = not session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    if created:
        session.execute(text(f"CREATE ROLE {role} LOGIN"))
    session.execute(text(f"GRANT {LEADER_ROLE} TO {role}"))
    session.execute(
        text(f"{'GRANT' if hr else 'REVOKE'} {HR_ROLE} {'TO' if hr else 'FROM'} {role}")
    )
    repository = Repository(session)
    member = session.get(MemberRow, login)
    if member is None:
        repository.add_person(person)
        session.add(MemberRow(login=login, person_id=person.id, manager=manager, hr=hr))
    else:
        repository.update_person(replace(person, id=member.person_id))
        member.manager = manager if manager is not None else member.manager
        member.hr = hr
    session.flush()
    if manager is not None:
        session.execute(text(f"GRANT {MANAGER_ROLE} TO {quoted(session.connection(), manager)}"))
    return _member(session, login), created


def _check_manager(session: Session, manager: str, login: str) -> None:
    if manager == login:
        raise ValueError(f"'{login}' cannot be their own manager")
    if session.get(MemberRow, manager) is None:
        raise LookupError(
            f"the manager '{manager}' is not registered: register them first "
            f"(ledarplan org add-user {manager} --name NAME)"
        )


def set_manager(session: Session, login: str, manager: str) -> tuple[Member, str | None]:
    """Hands `login` over to `manager`; returns the member and the former manager. The former
    manager sees nothing of the leader from the moment this is committed."""
    row = session.get(MemberRow, login)
    if row is None:
        raise LookupError(_not_registered(login))
    _check_manager(session, manager, login)
    former = row.manager
    row.manager = manager
    session.flush()
    session.execute(text(f"GRANT {MANAGER_ROLE} TO {quoted(session.connection(), manager)}"))
    return _member(session, login), former


def _not_registered(login: str) -> str:
    return f"the login '{login}' is not registered (ledarplan org add-user {login} --name NAME)"


def _member(session: Session, login: str) -> Member:
    found = session.execute(
        select(MemberRow, PersonRow)
        .join(PersonRow, PersonRow.id == MemberRow.person_id)
        .where(MemberRow.login == login)
    ).first()
    if found is None:
        raise LookupError(_not_registered(login))
    return _as_member(found)


def _as_member(found: Any) -> Member:
    member, person = found
    return Member(member.login, convert.person_from_row(person), member.manager, member.hr)


def list_members(session: Session) -> list[Member]:
    rows = session.execute(
        select(MemberRow, PersonRow)
        .join(PersonRow, PersonRow.id == MemberRow.person_id)
        .order_by(PersonRow.name, MemberRow.login)
    ).all()
    return [_as_member(row) for row in rows]


# --- for IT: the organisation's database as its owner sees it --------------------------------


class OrganisationAdmin:
    """The organisation's database for `ledarplan org …` and `ledarplan check`: connected as
    whoever runs them (the database's owner for the org verbs), each use one transaction."""

    def __init__(self, url: str):
        self.where = describe_database(url)
        self.engine = make_postgres_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        # Read committed, as IT's own psql: a hand-over that waited for a plan being made
        # sees it when its trigger makes the access rows again (`storage.access_table`).
        committed = self.engine.execution_options(isolation_level="READ COMMITTED")
        try:
            with Session(committed) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise _setup_fault(self.where, exc) from None

    def initialise(self) -> str:
        return initialise(self.engine, self.where)

    def _prepared(self, session: Session) -> None:
        missing = [
            name
            for name in ("alembic_version", "org_setup", "org_member")
            if session.scalar(text("SELECT to_regclass(:t) IS NULL"), {"t": name})
        ]
        if missing:
            raise NotPreparedDatabaseError(self.where, f"no table {', '.join(missing)}")

    def add_user(
        self, login: str, person: Person, *, manager: str | None, hr: bool
    ) -> tuple[Member, bool]:
        with self._session() as session:
            self._prepared(session)
            return add_user(session, login, person, manager=manager, hr=hr)

    def set_manager(self, login: str, manager: str) -> tuple[Member, str | None]:
        with self._session() as session:
            self._prepared(session)
            return set_manager(session, login, manager)

    def set_hr_threshold(self, threshold: int) -> int:
        """Sets the smallest number of plans HR's picture is given of; returns the former."""
        with self._session() as session:
            self._prepared(session)
            former = hr_threshold(session.connection())
            set_hr_threshold(session, threshold)
            return former

    def members(self) -> list[Member]:
        with self._session() as session:
            self._prepared(session)
            return list_members(session)

    def check(self) -> CheckReport:
        """The schema's version, and every table holding plan data that lacks forced
        row-level security or a policy (a table made by hand, a policy dropped)."""
        report = CheckReport(self.where)  # type: ignore[arg-type]
        with self._session() as session:
            self._prepared(session)
            report.revision = session.scalar(text("SELECT version_num FROM alembic_version"))
            report.problems += guard_problems(session.connection())
            report.problems += hr_problems(session.connection())
        head = head_revision()
        if report.revision != head:
            report.problems.append(
                f"the schema is at {report.revision}, this program expects {head} "
                "(ledarplan org init brings it up to date)"
            )
        return report
