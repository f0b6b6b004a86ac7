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

Running it again is harmless: every step is "create if missing" or "replace".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ledarplan.database_url import describe_database
from ledarplan.domain.entities import Person
from ledarplan.storage import convert
from ledarplan.storage.backup import CheckReport
from ledarplan.storage.errors import NotPreparedDatabaseError, OrganisationDatabaseError
from ledarplan.storage.hr_picture import (
    hr_problems,
    hr_threshold,
    set_hr_threshold,
    set_up_hr_picture,
)
from ledarplan.storage.organisation_tables import (
    UNGUARDED,
    MemberRow,
    OrgBase,
    SetupRow,
)
from ledarplan.storage.postgres import (
    HR_ROLE,
    LEADER_ROLE,
    MANAGER_ROLE,
    ORG_SETUP_VERSION,
    make_postgres_engine,
    migrate,
)
from ledarplan.storage.repository import Repository
from ledarplan.storage.schema import head_revision
from ledarplan.storage.tables import Base, PersonRow

log = logging.getLogger(__name__)

#: An advisory lock's key: two `org init` at once wait for each other.
_INIT_LOCK = 0x1EDA_2025

# --- who owns a row: SQL over the row's own columns ------------------------------------------

_ROUND_OWNER = (
    "{s}.ledarplan_owner({t}versions, CASE {t}assessor_kind WHEN 'manager' THEN 'manager' "
    "WHEN 'self' THEN 'leader' END)"
)
_MADE_AT_DESK_OWNER = "{s}.ledarplan_owner({t}versions, 'leader')"


@dataclass(frozen=True)
class Guard:
    """How a table's rows reach their plan, and whose own part a row is (None: shared)."""

    read: str  # the rows a login may see (its plans' rows)
    write: str  # the rows it may add, change or delete
    delete: str | None = None  # the rows it may delete, when fewer than it may change


def _call(function: str) -> str:
    """A policies' function's array for the login, read once per statement (an InitPlan)."""
    return f"(SELECT {{s}}.{function}(current_user::text))"


_VISIBLE_PLANS = _call("ledarplan_visible_plans")
_OWN_PLANS = _call("ledarplan_own_plans")


def _side_of(plan: str) -> str:
    """The login's side of the plan in `plan` (NULL: not one of its plans)."""
    return (
        f"CASE WHEN {plan} = ANY ({_OWN_PLANS}::varchar[]) THEN 'leader' "
        f"WHEN {plan} = ANY ({_VISIBLE_PLANS}::varchar[]) THEN 'manager' END"
    )


def _may_write(plan: str, owner: str | None) -> str:
    """The login may write a row of the plan in `plan` whose owner is `owner` (None: shared)."""
    mine = f"{plan} = ANY ({_VISIBLE_PLANS}::varchar[])"
    if owner is None:
        return mine
    # In the login's plans its side is the leader's or the manager's; a row without an owner
    # (NULL) is shared.
    side = f"CASE WHEN {plan} = ANY ({_OWN_PLANS}::varchar[]) THEN 'leader' ELSE 'manager' END"
    return f"{mine} AND COALESCE({owner} = {side}, true)"


def _by_plan(owner: str | None) -> Guard:
    own = owner.format(s="{s}", t="") if owner else None
    return Guard(read=f"plan_id = {_MY_PLANS}", write=_may_write("plan_id", own))


def _by_parent(column: str, parent: str, owner: str | None) -> Guard:
    # The parent's own policy (in the login's plans) applies inside the EXISTS.
    exists = f"EXISTS (SELECT 1 FROM {{s}}.{parent} p WHERE p.id = {column}"
    if owner is None:  # shared: whoever sees the parent may write its rows
        return Guard(read=f"{exists})", write=f"{exists})")
    own = owner.format(s="{s}", t="p.")
    return Guard(read=f"{exists})", write=f"{exists} AND {_may_write('p.plan_id', own)})")


def _either(a: Guard, b: Guard) -> Guard:
    return Guard(read=f"({a.read}) OR ({b.read})", write=f"({a.write}) OR ({b.write})")


#: "In the login's people / plans": the set is one array that a function run with the
#: owner's rights (`_VISIBLE`) reads once per statement (an InitPlan: the scalar sub-select
#: around the call), and the column's index finds the rows. `col IN (SELECT …)` in a policy
#: stays a filter tried on every row of a sequential scan (row-level security does not turn
#: it into a join), and a sub-select over `org_member` and `plan` brings their own policies
#: in, nested, for the planner to plan and the executor to run on every statement.
_MINE_OR_MY_TEAMS = "ANY ((SELECT {s}.ledarplan_visible_people(current_user::text))::varchar[])"
_MY_PLANS = "ANY ((SELECT {s}.ledarplan_visible_plans(current_user::text))::varchar[])"
_MINE = "SELECT person_id FROM {s}.org_member WHERE login = current_user::text"

#: Every table that holds plan data, and its guard. `check` fails for a table of the schema
#: that is missing here: a new table must say who may see it.
GUARDS: dict[str, Guard] = {
    "person": Guard(read=f"id = {_MINE_OR_MY_TEAMS}", write=f"id IN ({_MINE})"),
    # A plan is deleted (with everything in it) by its leader only.
    "plan": Guard(
        read=f"person_id = {_MINE_OR_MY_TEAMS}",
        write=f"person_id = {_MINE_OR_MY_TEAMS}",
        delete=f"person_id IN ({_MINE})",
    ),
    "plan_desk": _by_plan(None),
    "tombstone": _by_plan(None),
    "assessment_round": _by_plan(_ROUND_OWNER),
    "rating": _by_parent("round_id", "assessment_round", _ROUND_OWNER),
    "goal": _by_plan(None),
    "goal_item": _by_parent("goal_id", "goal", None),
    "checkin": _by_parent("goal_id", "goal", None),
    "action": _by_parent("goal_id", "goal", None),
    "coaching_session": _by_plan(_MADE_AT_DESK_OWNER),
    "session_goal": _by_parent("session_id", "coaching_session", _MADE_AT_DESK_OWNER),
    "development_talk": _by_plan(None),
    "agreement": _either(
        _by_parent("session_id", "coaching_session", _MADE_AT_DESK_OWNER),
        _by_parent("talk_id", "development_talk", None),
    ),
    "feedback_round": _by_plan(_MADE_AT_DESK_OWNER),
    "org_member": Guard(
        read="login = current_user::text OR manager = current_user::text", write="false"
    ),
    "session_private": Guard(
        read="author = current_user::text AND EXISTS (SELECT 1 FROM {s}.coaching_session p "
        "WHERE p.id = session_id)",
        write="author = current_user::text AND EXISTS (SELECT 1 FROM {s}.coaching_session p "
        "WHERE p.id = session_id AND "
        + _may_write("p.plan_id", _MADE_AT_DESK_OWNER.format(s="{s}", t="p."))
        + ")",
    ),
    "talk_private": Guard(
        read="author = current_user::text AND EXISTS (SELECT 1 FROM {s}.development_talk p "
        f"WHERE p.id = talk_id AND ({_side_of('p.plan_id')}) = side)",
        write="author = current_user::text AND EXISTS (SELECT 1 FROM {s}.development_talk p "
        f"WHERE p.id = talk_id AND ({_side_of('p.plan_id')}) = side)",
    ),
}
#: What the leaders' group may do with each table (row-level security narrows it to rows).
_GRANTS = {"person": "SELECT, UPDATE", "org_member": "SELECT"}
_ALL = "SELECT, INSERT, UPDATE, DELETE"

#: The people and the plans a login may see (its own, and its team's as their current
#: manager), each as one array. They run with the owner's rights, so what they read carries
#: no policies of its own; they answer only for the login connected (`session_user`): asked
#: about anyone else (another login's name, or after SET ROLE) they answer with nothing.
#: EXECUTE is the leaders' group's alone. PL/pgSQL, not SQL: it keeps its query's plan for
#: the connection (a SQL function run with SET is planned again on every call, 0.4 ms).
#: `check` looks at all of this (`_function_problems`).
VISIBLE_FUNCTIONS = (
    "ledarplan_visible_people",
    "ledarplan_visible_plans",
    "ledarplan_own_plans",
)
_VISIBLE = """
CREATE OR REPLACE FUNCTION {s}.ledarplan_visible_people(p_login text) RETURNS varchar[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
BEGIN
    RETURN (SELECT COALESCE(array_agg(m.person_id), '{{}}') FROM {s}.org_member m
            WHERE p_login = session_user::text AND (m.login = p_login OR m.manager = p_login));
END
$$;
CREATE OR REPLACE FUNCTION {s}.ledarplan_visible_plans(p_login text) RETURNS varchar[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
BEGIN
    RETURN (SELECT COALESCE(array_agg(p.id), '{{}}')
            FROM {s}.plan p JOIN {s}.org_member m ON m.person_id = p.person_id
            WHERE p_login = session_user::text AND (m.login = p_login OR m.manager = p_login));
END
$$;
CREATE OR REPLACE FUNCTION {s}.ledarplan_own_plans(p_login text) RETURNS varchar[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
BEGIN
    RETURN (SELECT COALESCE(array_agg(p.id), '{{}}')
            FROM {s}.plan p JOIN {s}.org_member m ON m.person_id = p.person_id
            WHERE p_login = session_user::text AND m.login = p_login);
END
$$;
"""
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION {s}.ledarplan_side(p_plan varchar) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_plan = ANY ({s}.ledarplan_own_plans(current_user::text)) THEN 'leader'
        WHEN p_plan = ANY ({s}.ledarplan_visible_plans(current_user::text)) THEN 'manager' END
$$;
CREATE OR REPLACE FUNCTION {s}.ledarplan_owner(p_versions json, p_default text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(p_versions::jsonb #>> '{{created,side}}', p_default)
$$;
CREATE OR REPLACE FUNCTION {s}.ledarplan_talk_parts() RETURNS trigger
LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
DECLARE
    my_side text := {s}.ledarplan_side(NEW.plan_id);
    old_leader jsonb := '[]';
    old_manager jsonb := '[]';
    old_leader_signature jsonb := 'null';  -- no signature: JSON null (or SQL NULL)
    old_manager_signature jsonb := 'null';
BEGIN
    IF my_side IS NULL THEN
        RETURN NEW;  -- the owner's own work (org commands); a login without the plan sees none
    END IF;
    IF TG_OP = 'UPDATE' THEN
        old_leader := OLD.leader_prep::jsonb;
        old_manager := OLD.manager_prep::jsonb;
        old_leader_signature := COALESCE(OLD.leader_signature::jsonb, 'null');
        old_manager_signature := COALESCE(OLD.manager_signature::jsonb, 'null');
    END IF;
    IF my_side <> 'leader' AND (
        NEW.leader_prep::jsonb IS DISTINCT FROM old_leader
        OR COALESCE(NEW.leader_signature::jsonb, 'null') IS DISTINCT FROM old_leader_signature
    ) THEN
        RAISE EXCEPTION 'leader_prep is the leader''s own part' USING ERRCODE = '42501';
    END IF;
    IF my_side <> 'manager' AND (
        NEW.manager_prep::jsonb IS DISTINCT FROM old_manager
        OR COALESCE(NEW.manager_signature::jsonb, 'null')
            IS DISTINCT FROM old_manager_signature
    ) THEN
        RAISE EXCEPTION 'manager_prep is the manager''s own part' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS ledarplan_talk_parts ON {s}.development_talk;
CREATE TRIGGER ledarplan_talk_parts BEFORE INSERT OR UPDATE ON {s}.development_talk
    FOR EACH ROW EXECUTE FUNCTION {s}.ledarplan_talk_parts();
"""

#: Private texts are never in the shared rows: they are in session_private / talk_private.
_APART = {
    ("coaching_session", "private_texts_apart"): (
        "NOT notes_private OR (notes = '' AND experience = '' AND reflection = '' "
        "AND conclusion = '' AND experiment = '')"
    ),
    ("development_talk", "private_answers_apart"): (
        "NOT (leader_prep::jsonb @> '[{\"private\": true}]' "
        "OR manager_prep::jsonb @> '[{\"private\": true}]')"
    ),
}


def guarded_tables() -> list[str]:
    """Every table that holds plan data: all of the schema's and the organisation's."""
    names = [t.name for t in Base.metadata.sorted_tables]
    names += [t.name for t in OrgBase.metadata.sorted_tables if t.name not in UNGUARDED]
    return names


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
            _set_up(connection, _quoted(connection, schema))
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            found = revision.scalar()
    except DBAPIError as exc:
        raise _setup_fault(where, exc) from None
    log.info("the organisation's database is set up (schema %s)", found)
    return str(found)


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _set_up(connection: Connection, s: str) -> None:
    owner = _quoted(connection, connection.execute(text("SELECT current_user")).scalar())
    for role in (LEADER_ROLE, MANAGER_ROLE, HR_ROLE):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    for (table, name), condition in _APART.items():
        constraint = f"ck_{table}_{name}"
        connection.exec_driver_sql(
            f"ALTER TABLE {s}.{table} DROP CONSTRAINT IF EXISTS {constraint}"
        )
        connection.exec_driver_sql(
            f"ALTER TABLE {s}.{table} ADD CONSTRAINT {constraint} CHECK ({condition})"
        )
    connection.exec_driver_sql(_VISIBLE.format(s=s))
    for function in VISIBLE_FUNCTIONS:
        connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {s}.{function}(text) FROM PUBLIC")
        connection.exec_driver_sql(
            f"GRANT EXECUTE ON FUNCTION {s}.{function}(text) TO {LEADER_ROLE}"
        )
    connection.exec_driver_sql(_FUNCTIONS.format(s=s))
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {s} TO {LEADER_ROLE}, {HR_ROLE}")
    for table in UNGUARDED:
        connection.exec_driver_sql(f"GRANT SELECT ON {s}.{table} TO {LEADER_ROLE}, {HR_ROLE}")
    for table in guarded_tables():
        guard = GUARDS[table]
        connection.exec_driver_sql(f"REVOKE ALL ON {s}.{table} FROM PUBLIC")
        connection.exec_driver_sql(
            f"GRANT {_GRANTS.get(table, _ALL)} ON {s}.{table} TO {LEADER_ROLE}"
        )
        connection.exec_driver_sql(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {s}.{table} FORCE ROW LEVEL SECURITY")
        for (name,) in connection.execute(
            text(
                "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
                "AND tablename = :t"
            ),
            {"t": table},
        ).all():
            connection.exec_driver_sql(f"DROP POLICY {_quoted(connection, name)} ON {s}.{table}")
        read, write = guard.read.format(s=s), guard.write.format(s=s)
        delete = (guard.delete or guard.write).format(s=s)
        policies = {
            "ledarplan_read": f"FOR SELECT TO {LEADER_ROLE} USING ({read})",
            "ledarplan_add": f"FOR INSERT TO {LEADER_ROLE} WITH CHECK ({write})",
            "ledarplan_change": (
                f"FOR UPDATE TO {LEADER_ROLE} USING ({write}) WITH CHECK ({write})"
            ),
            "ledarplan_delete": f"FOR DELETE TO {LEADER_ROLE} USING ({delete})",
            # The owner sets the organisation up (people, managers): row-level security is
            # forced on the owner too, so it is let in by a policy of its own.
            "ledarplan_owner": f"TO {owner} USING (true) WITH CHECK (true)",
        }
        for name, body in policies.items():
            connection.exec_driver_sql(f"CREATE POLICY {name} ON {s}.{table} {body}")
    # What the policies of access rules 1 to 3 called, read per row written.
    connection.exec_driver_sql(
        f"DROP FUNCTION IF EXISTS {s}.ledarplan_may_write(varchar, text); "
        f"DROP FUNCTION IF EXISTS {s}.ledarplan_sides()"
    )
    set_up_hr_picture(connection, s)
    connection.execute(SetupRow.__table__.delete())
    connection.execute(SetupRow.__table__.insert().values(version=ORG_SETUP_VERSION))


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


# --- the guards, checked ---------------------------------------------------------------------


def guard_problems(connection: Connection) -> list[str]:
    """Each table holding plan data that lacks forced row-level security or a policy."""
    rows = connection.execute(
        text(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "(SELECT count(*) FROM pg_policies p WHERE p.schemaname = n.nspname "
            " AND p.tablename = c.relname AND 'ledarplan_leader' = ANY (p.roles)) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
        )
    ).all()
    found = {name: (enabled, forced, policies) for name, enabled, forced, policies in rows}
    problems = []
    for table in sorted(set(found) - set(UNGUARDED)):
        enabled, forced, policies = found[table]
        if not enabled:
            problems.append(f"the table '{table}' has no row-level security")
        elif not forced:
            problems.append(f"the table '{table}' does not force row-level security")
        if not policies:
            problems.append(f"the table '{table}' has no access policy for {LEADER_ROLE}")
    return problems + _function_problems(connection)


def _function_problems(connection: Connection) -> list[str]:
    """What is wrong with the functions the policies call (`VISIBLE_FUNCTIONS`): missing, not
    run with the rights of the tables' owner, or not executable by the leaders' group alone."""
    problems = []
    for function in VISIBLE_FUNCTIONS:
        name = f"the function '{function}' the access policies use"
        found = connection.execute(
            text(
                "SELECT p.oid, p.prosecdef, p.proowner = c.relowner FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace "
                "JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = 'plan' "
                "WHERE n.nspname = current_schema() AND p.proname = :f "
                "AND p.proargtypes = '25'::oidvector"  # (text)
            ),
            {"f": function},
        ).first()
        if found is None:
            problems.append(f"{name} is missing")
            continue
        oid, definer, owners = found
        if not definer or not owners:
            problems.append(f"{name} does not run with the rights of the tables' owner")
        for role, allowed in ((LEADER_ROLE, True), ("public", False)):
            may = connection.execute(
                text("SELECT has_function_privilege(:r, CAST(:o AS oid), 'EXECUTE')"),
                {"r": role, "o": oid},
            ).scalar()
            if may != allowed:
                problems.append(f"{name} {'may not' if allowed else 'may'} be run by {role}")
    return problems


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
    quoted = _quoted(session.connection(), login)
    created = not session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    if created:
        session.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    session.execute(text(f"GRANT {LEADER_ROLE} TO {quoted}"))
    session.execute(
        text(f"{'GRANT' if hr else 'REVOKE'} {HR_ROLE} {'TO' if hr else 'FROM'} {quoted}")
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
        session.execute(text(f"GRANT {MANAGER_ROLE} TO {_quoted(session.connection(), manager)}"))
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
    session.execute(text(f"GRANT {MANAGER_ROLE} TO {_quoted(session.connection(), manager)}"))
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
        try:
            with Session(self.engine) as session, session.begin():
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
