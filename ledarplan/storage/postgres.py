"""The organisation's database: one PostgreSQL database for everyone's plans.

The program connects with the user's own login (psycopg 3, libpq underneath: the URL as IT wrote
it, .pgpass, service files, Kerberos) and only reads on opening: whether the database has been
prepared (`ledarplan org init`, see `storage.organisation`) by this version, and who the login
is. Anything wrong is an `OrganisationDatabaseError` saying what IT should do; nothing is
written. The log gets the kind of problem only: never the URL, a password, a login or SQL.
"""

from __future__ import annotations

import getpass
import logging
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, InvalidatePoolError
from sqlalchemy.orm import sessionmaker

from ledarplan.database_url import DatabaseUrlError, check_database_url, describe_database
from ledarplan.storage.contact import STALL_S, Contact, on_main_thread
from ledarplan.storage.engine import Database, Membership
from ledarplan.storage.errors import (
    BadDatabaseUrlError,
    ChangedMeanwhileError,
    DriverMissingError,
    LoginRefusedError,
    MissingGrantsError,
    NewerOrganisationSchemaError,
    NotPreparedDatabaseError,
    NotRegisteredError,
    NotYoursError,
    OlderOrganisationSchemaError,
    OrganisationDatabaseError,
    UnreachableDatabaseError,
)
from ledarplan.storage.schema import MIGRATIONS, alembic_config, head_revision, is_known_revision

log = logging.getLogger(__name__)

#: The version of what `org init` sets up beside the tables (roles, policies, the people's
#: table); stored in org_setup. A program opens only a database set up by its own version.
ORG_SETUP_VERSION = 7
#: How long data sent may go unacknowledged before the connection counts as lost.
TCP_USER_TIMEOUT_MS = 5_000
LEADER_ROLE = "ledarplan_leader"
MANAGER_ROLE = "ledarplan_manager"
HR_ROLE = "ledarplan_hr"
#: How long a connection attempt waits, unless the URL or PGCONNECT_TIMEOUT says otherwise:
#: short, since a save waiting for a database that has gone away must not freeze the window
#: (the window tries again every few seconds; see gui/edit_session.py).
CONNECT_TIMEOUT_S = 4
#: The same on the window's thread: libpq's shortest (an aside question waits longer).
WINDOW_CONNECT_TIMEOUT_S = 2


def make_postgres_engine(url: str, contact: Contact | None = None) -> Engine:
    """An engine whose connections libpq makes from `url` exactly as written (SQLAlchemy does
    not rewrite it: services, .pgpass, Kerberos and PG* variables work as in psql).

    With `contact` (the program's own use, not IT's commands), what the window's thread
    waits for is watched (`Contact.watched`): a database gone quiet holds it for `STALL_S`
    at most, and once it has gone quiet a new connection is not even tried there."""
    url = _checked(url)
    try:
        import psycopg  # noqa: PLC0415 - the optional extra ledarplan[postgres]
        from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415
    except ImportError:
        raise DriverMissingError(describe_database(url)) from None
    try:
        given = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        reason = str(exc).split("\n")[0]
        raise BadDatabaseUrlError(f"libpq cannot read the database URL ({reason})") from None
    extra: dict[str, Any] = {}
    if "application_name" not in given and "PGAPPNAME" not in os.environ:
        extra["application_name"] = "ledarplan"
    timeout_given = "connect_timeout" in given or "PGCONNECT_TIMEOUT" in os.environ
    if not timeout_given:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    if "tcp_user_timeout" not in given and "PGTCPUSERTIMEOUT" not in os.environ:
        # A network that is gone without a word: what is sent unanswered for this long ends
        # the connection (else a save would wait for the system's TCP timeout, minutes).
        extra["tcp_user_timeout"] = TCP_USER_TIMEOUT_MS

    if contact is None:

        def connect() -> Any:
            return psycopg.connect(url, **extra)

    else:
        extra |= _planned_once(given)
        watched = _watched_connection(psycopg, contact)

        def connect() -> Any:
            if not on_main_thread():
                return watched.connect(url, **extra)
            if contact.gone_quiet():
                raise psycopg.OperationalError(_quiet_reason())
            shorter = {} if timeout_given else {"connect_timeout": WINDOW_CONNECT_TIMEOUT_S}
            return watched.connect(url, **(extra | shorter))

    # Repeatable read: a record another program changed while this transaction read and
    # wrote it fails the write (40001, said as ChangedMeanwhileError) instead of overwriting.
    engine = create_engine(
        "postgresql+psycopg://",
        creator=connect,
        pool_size=2,
        isolation_level="REPEATABLE READ",
    )
    _ping_when_idle(engine)
    return engine


#: A pooled connection that answered this recently is used as it is; one idle for longer is
#: first asked whether it still answers (the server restarted, a firewall dropped it while
#: idle) and replaced, with the rest of the pool, if not. Asking on every use, as SQLAlchemy's
#: pre-ping does, was a round trip of 0.4 ms in each transaction: an opening of a plan is four.
PING_AFTER_S = 2.0


def _ping_when_idle(engine: Engine) -> None:
    def answered(_dbapi_connection: Any, record: Any) -> None:  # made, or given back
        record.info["answered"] = time.monotonic()

    def taken(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get("answered", float("-inf")) < PING_AFTER_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            if not engine.dialect.is_disconnect(exc, dbapi_connection, None):
                raise
            alive = False
        if not alive:  # the pool connects afresh (each pooled connection is as stale)
            raise InvalidatePoolError()
        record.info["answered"] = time.monotonic()

    event.listen(engine, "connect", answered)
    event.listen(engine, "checkin", answered)
    event.listen(engine, "checkout", taken)


#: The program's own statements are the same few, run again and again under the tables'
#: policies, whose planning cost as much as running them (a save's nine statements: about half
#: its time). So each is prepared at its first use and planned once per connection, without
#: the values (a generic plan: its conditions name ids and plans, which an index finds alike
#: for any value), not five times first as PostgreSQL and psycopg do by default.
PLAN_ONCE = "-c plan_cache_mode=force_generic_plan"


def _planned_once(given: dict[str, Any]) -> dict[str, Any]:
    """The connection's arguments for planning each statement once; IT's own options (in the
    URL, else in PGOPTIONS, which libpq reads only when the URL has none) are kept."""
    theirs = given.get("options") or os.environ.get("PGOPTIONS", "")
    return {"prepare_threshold": 0, "options": f"{theirs} {PLAN_ONCE}".strip()}


def _quiet_reason() -> str:
    return f"it has not answered for {STALL_S:g} seconds"


def _watched_connection(psycopg: Any, contact: Contact) -> Any:
    """psycopg's connection, whose waits on the window's thread `contact` watches."""

    class WatchedConnection(psycopg.Connection):  # type: ignore[misc, name-defined]
        def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
            if on_main_thread():
                gen = contact.watched(gen, self._give_up)
            return super().wait(gen, interval, timeout)

        def _give_up(self) -> BaseException:
            # Closed, so the pool drops it and the program's next use connects afresh.
            self.pgconn.finish()
            return psycopg.OperationalError(_quiet_reason())

    return WatchedConnection


def _checked(url: str) -> str:
    try:
        return check_database_url(url)
    except DatabaseUrlError as exc:
        raise BadDatabaseUrlError(str(exc)) from None


def connection_fault(
    where: str, exc: BaseException, login: str = ""
) -> OrganisationDatabaseError | None:
    """What a failed connection means, from libpq's own report; None: not a connection
    problem. libpq gives no error code for these, so its (English) words are read; a message
    in another language is passed on as it is, as the server not being reached."""
    orig = getattr(exc, "orig", exc)
    pgconn = getattr(orig, "pgconn", None)
    text = str(orig).strip()
    first = text.split("\n")[0]
    for prefix in ("connection failed: ", "connection is bad: "):  # psycopg's own words
        first = first.removeprefix(prefix)
    # What the server said, when it was reached (after libpq's "connection to … failed: ").
    said = first.rsplit("failed: ", 1)[-1].removeprefix("FATAL:").strip()
    if pgconn is not None and pgconn.needs_password:
        return LoginRefusedError(where, "no password")
    if pgconn is not None and pgconn.used_password:
        return LoginRefusedError(where, "wrong password")
    lowered = text.lower()
    if "permission denied for database" in lowered:
        return MissingGrantsError(where, login, "CONNECT on the database")
    if "database" in lowered and "does not exist" in lowered:
        return NotPreparedDatabaseError(where, f"there is no such database: {said}")
    if (
        ("role" in lowered and "does not exist" in lowered)
        or "pg_hba.conf" in lowered
        or "authentication failed" in lowered
        or "gssapi" in lowered
    ):
        return LoginRefusedError(where, "refused", said)
    if "definition of service" in lowered:
        return UnreachableDatabaseError(where, f"{first}: see the pg_service.conf file")
    if pgconn is not None or "failed to resolve host" in lowered or "connection" in lowered:
        return UnreachableDatabaseError(where, first)
    return None


def organisation_fault(where: str, exc: DBAPIError) -> Exception | None:
    """What a failed statement means to the user: a connection lost on the way, or a change
    the access rules refuse (row-level security, the talk's own parts). None: a mistake of
    the program's, raised as it is."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or ""
    if state == "42501":
        message = str(orig)
        table = message.split('table "', 1)[1].split('"', 1)[0] if 'table "' in message else ""
        return NotYoursError(where, table or message.split(" ", 1)[0])
    if state in ("40001", "40P01"):  # a save at the same moment as another's
        return ChangedMeanwhileError("plan", "", [])
    if not state or state.startswith(("08", "57P")):
        return connection_fault(where, exc) or UnreachableDatabaseError(
            where, str(orig).strip().split("\n")[0]
        )
    return None


def _login_of(url: str) -> str:
    """The login libpq will use for `url`: the URL's, else PGUSER, else the computer's user."""
    from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415

    given = conninfo_to_dict(url).get("user")
    return str(given or os.environ.get("PGUSER") or getpass.getuser())


# --- opening ---------------------------------------------------------------------------------


def open_organisation_database(url: str, migrations: Path = MIGRATIONS) -> Database:
    """Connects as the user's login and checks, reading only, that the database is prepared by
    this version of the program and that the login is a registered person."""
    try:
        return _open(url, migrations)
    except OrganisationDatabaseError as exc:
        log.warning("the organisation's database cannot be used: %s", type(exc).__name__)
        raise


def _open(url: str, migrations: Path) -> Database:
    url = _checked(url)
    where = describe_database(url)
    contact = Contact()
    engine = make_postgres_engine(url, contact)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            membership = _membership(connection, where, migrations)
            connection.rollback()
    except OrganisationDatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        fault = connection_fault(where, exc, _login_of(url))
        if fault is None:
            raise
        raise fault from None
    log.info("opened the organisation's database (schema %s)", head_revision(migrations))
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(None, engine, factory, organisation=membership, contact=contact)


def _scalar(connection: Connection, sql: str, *params: Any) -> Any:
    return connection.exec_driver_sql(sql, tuple(params) if params else ()).scalar()


def _membership(connection: Connection, where: str, migrations: Path) -> Membership:
    login = _scalar(connection, "SELECT current_user")
    missing = [
        name
        for name in ("alembic_version", "org_setup", "org_member")
        if _scalar(connection, "SELECT to_regclass(%s) IS NULL", name)
    ]
    if missing:
        return _refused(NotPreparedDatabaseError(where, f"no table {', '.join(missing)}"))
    if not _scalar(connection, "SELECT count(*) FROM pg_roles WHERE rolname = %s", LEADER_ROLE):
        return _refused(NotPreparedDatabaseError(where, f"no role {LEADER_ROLE}"))
    if not _scalar(connection, "SELECT pg_has_role(current_user, %s, 'USAGE')", LEADER_ROLE):
        return _refused(MissingGrantsError(where, login, f"membership of {LEADER_ROLE}"))
    for table in ("alembic_version", "org_setup", "org_member"):
        if not _scalar(connection, "SELECT has_table_privilege(%s, 'SELECT')", table):
            return _refused(MissingGrantsError(where, login, f"reading the table {table}"))
    revision = _scalar(connection, "SELECT version_num FROM alembic_version")
    if revision is None:
        return _refused(NotPreparedDatabaseError(where, "no schema version"))
    if not is_known_revision(revision, migrations):
        return _refused(NewerOrganisationSchemaError(where, revision))
    head = head_revision(migrations)
    if revision != head:
        return _refused(OlderOrganisationSchemaError(where, revision, head))
    setup = _scalar(connection, "SELECT max(version) FROM org_setup")
    if setup is None:
        return _refused(NotPreparedDatabaseError(where, "the access rules are not set up"))
    if setup > ORG_SETUP_VERSION:
        return _refused(NewerOrganisationSchemaError(where, f"{revision}, access rules {setup}"))
    if setup < ORG_SETUP_VERSION:
        return _refused(
            OlderOrganisationSchemaError(
                where, f"access rules {setup}", f"access rules {ORG_SETUP_VERSION}"
            )
        )
    person_id = _scalar(connection, "SELECT person_id FROM org_member WHERE login = current_user")
    if person_id is None:
        return _refused(NotRegisteredError(where, login))
    return Membership(where, login, person_id)


def _refused(error: OrganisationDatabaseError) -> Membership:
    raise error


# --- migrating (by `org init`, as the database's owner) -------------------------------------


def migrate(connection: Connection, migrations: Path = MIGRATIONS) -> None:
    """Brings the tables up to this version's schema with the same Alembic migrations as the
    local file, inside the caller's transaction (PostgreSQL's DDL is transactional: a failing
    step leaves the schema as it was)."""
    from alembic import command  # noqa: PLC0415 - only to migrate (see storage.schema)

    config = alembic_config(migrations)
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
