"""Who may read and change what in the organisation's database: the rules, installing them,
and checking that they are in place (`ledarplan check`).

Every table that holds plan data has a `Guard`: the rows a login may read and those it may
write, as SQL over the row's own columns. The sets they compare with — the login's people and
plans — come from functions run with the owner's rights (`VISIBLE_FUNCTIONS`), read once per
statement; the plans from `org_access`, which the database's triggers keep
(`storage.access_table`).
`install` makes the roles, grants, forced row-level security, policies and that table (with
`org init`, in its transaction); `guard_problems` names a table, function or trigger that
lacks them, and an `org_access` out of step.
See `storage.organisation` for who sees what in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from ledarplan.storage import access_table
from ledarplan.storage.hr_picture import set_up_hr_picture
from ledarplan.storage.organisation_tables import UNGUARDED, OrgBase, SetupRow
from ledarplan.storage.postgres import (
    HR_ROLE,
    LEADER_ROLE,
    MANAGER_ROLE,
    ORG_SETUP_VERSION,
)
from ledarplan.storage.tables import Base


def quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


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


#: The login, as the policies pass it. `current_user` is a `name`, collated "C", and so are
#: the functions' arrays (a function's result takes its arguments' collation): compared in
#: "C", a policy's condition is a filter on the rows the statement's own conditions found by
#: their indexes, never an index condition itself. Measured: in the columns' collation, the
#: planner counted a policy's array of unknown length against the statement's own list on the
#: same column (as many index descents as their product) and scanned whole tables instead. The
#: functions compare in the columns' collation inside, so their look-ups use the indexes.
_LOGIN = "current_user::text"


def _sql(template: str, s: str) -> str:
    """A template of this module as SQL for the schema `s`."""
    return template.format(s=s, login=_LOGIN)


def _in(function: str) -> str:
    """Membership of a policies' function's set for the login: `IN` a sub-select of the
    array's elements, which the executor makes into a hash table once per statement (a hashed
    SubPlan) and looks each row up in. `= ANY (array)` compared each row with every element in
    turn: a manager's team of 8 leaders with five years of plans is an array of 40, and the
    team's figures check about a thousand rows (counting the agreements alone: 1.15 ms, 0.68
    ms hashed), more with every leader and every year. A policy's sub-select stays a filter on
    the rows the statement's own conditions found (it is not made a join), as the array was."""
    return f"IN (SELECT unnest({{s}}.{function}({{login}})))"


_VISIBLE_PLANS = _in("ledarplan_visible_plans")
_OWN_PLANS = _in("ledarplan_own_plans")


def _side_of(plan: str) -> str:
    """The login's side of the plan in `plan` (NULL: not one of its plans)."""
    return (
        f"CASE WHEN {plan} {_OWN_PLANS} THEN 'leader' "
        f"WHEN {plan} {_VISIBLE_PLANS} THEN 'manager' END"
    )


def _may_write(plan: str, owner: str | None) -> str:
    """The login may write a row of the plan in `plan` whose owner is `owner` (None: shared)."""
    mine = f"{plan} {_VISIBLE_PLANS}"
    if owner is None:
        return mine
    # In the login's plans its side is the leader's or the manager's; a row without an owner
    # (NULL) is shared.
    side = f"CASE WHEN {plan} {_OWN_PLANS} THEN 'leader' ELSE 'manager' END"
    return f"{mine} AND COALESCE({owner} = {side}, true)"


def _by_plan(owner: str | None) -> Guard:
    own = owner.format(s="{s}", t="") if owner else None
    return Guard(read=f"plan_id {_MY_PLANS}", write=_may_write("plan_id", own))


def _parent_is(parent: str, column: str, condition: str = "") -> str:
    """The row's parent (`column` its key in `parent`) is one the login sees, and `condition`
    holds for it (its columns as `p.`). The parent's own policy applies inside. OFFSET 0 keeps
    it a look-up of the row's parent by its key: without it the planner may turn it into a
    hashed set of every parent the login sees, read, since the policies are filters, from the
    whole parent table (each manager's read of ratings scanned every assessment round)."""
    also = f" AND {condition}" if condition else ""
    return f"EXISTS (SELECT 1 FROM {{s}}.{parent} p WHERE p.id = {column}{also} OFFSET 0)"


def _by_parent(column: str, parent: str, owner: str | None, named_in: str = "") -> Guard:
    """Rows of a parent in the login's plans. `named_in`: the table, when its rows name their
    plan too (the parent's, which a row written must name)."""
    named = f"p.plan_id = {named_in}.plan_id" if named_in else ""
    read = _parent_is(parent, column, named)
    if owner is None:  # shared: whoever sees the parent may write its rows
        return Guard(read=read, write=read)
    own = _may_write("p.plan_id", owner.format(s="{s}", t="p."))
    return Guard(
        read=read, write=_parent_is(parent, column, f"{named} AND {own}" if named else own)
    )


def _either(a: Guard, b: Guard) -> Guard:
    return Guard(read=f"({a.read}) OR ({b.read})", write=f"({a.write}) OR ({b.write})")


#: "In the login's people / plans": the set is one array that a function run with the
#: owner's rights (`_VISIBLE`) makes once per statement, hashed (`_in`) and checked on the rows
#: the statement's own conditions found (see `_LOGIN`: a filter, not an index condition). Its
#: sub-select is over the function alone: one over `org_member` and `plan` themselves would
#: bring their own policies in, nested, for the planner to plan and the executor to run on
#: every statement.
_MINE_OR_MY_TEAMS = _in("ledarplan_visible_people")
_MY_PLANS = _VISIBLE_PLANS
_MINE = "SELECT person_id FROM {s}.org_member WHERE login = {login}"

#: Every table that holds plan data, and its guard. `check` fails for a table of the schema
#: that is missing here: a new table must say who may see it.
GUARDS: dict[str, Guard] = {
    "person": Guard(read=f"id {_MINE_OR_MY_TEAMS}", write=f"id IN ({_MINE})"),
    # A plan is deleted (with everything in it) by its leader only.
    "plan": Guard(
        read=f"person_id {_MINE_OR_MY_TEAMS}",
        write=f"person_id {_MINE_OR_MY_TEAMS}",
        delete=f"person_id IN ({_MINE})",
    ),
    "plan_desk": _by_plan(None),
    "tombstone": _by_plan(None),
    "assessment_round": _by_plan(_ROUND_OWNER),
    "rating": _by_parent("round_id", "assessment_round", _ROUND_OWNER),
    "goal": _by_plan(None),
    "goal_item": _by_parent("goal_id", "goal", None),
    "checkin": _by_parent("goal_id", "goal", None),
    # An action names its goal's plan, as an agreement its parent's (below).
    "action": Guard(
        read=f"plan_id {_MY_PLANS}", write=_by_parent("goal_id", "goal", None, "action").write
    ),
    "coaching_session": _by_plan(_MADE_AT_DESK_OWNER),
    "session_goal": _by_parent("session_id", "coaching_session", _MADE_AT_DESK_OWNER),
    "development_talk": _by_plan(None),
    # An agreement names its plan (its session's or talk's): read as its plan's rows are, not
    # through its parent row by row; written only in its parent's plan, as the parent allows.
    "agreement": Guard(
        read=f"plan_id {_MY_PLANS}",
        write=_either(
            _by_parent("session_id", "coaching_session", _MADE_AT_DESK_OWNER, "agreement"),
            _by_parent("talk_id", "development_talk", None, "agreement"),
        ).write,
    ),
    "feedback_round": _by_plan(_MADE_AT_DESK_OWNER),
    "org_member": Guard(read="login = {login} OR manager = {login}", write="false"),
    # Written by the access rules' triggers alone (with the owner's rights).
    "org_access": Guard(read="login = {login}", write="false"),
    "session_private": Guard(
        read="author = {login} AND " + _parent_is("coaching_session", "session_id"),
        write="author = {login} AND "
        + _parent_is(
            "coaching_session",
            "session_id",
            _may_write("p.plan_id", _MADE_AT_DESK_OWNER.format(s="{s}", t="p.")),
        ),
    ),
    "talk_private": Guard(
        read="author = {login} AND "
        + _parent_is("development_talk", "talk_id", f"({_side_of('p.plan_id')}) = side"),
        write="author = {login} AND "
        + _parent_is("development_talk", "talk_id", f"({_side_of('p.plan_id')}) = side"),
    ),
}
#: What the leaders' group may do with each table (row-level security narrows it to rows).
_GRANTS = {"person": "SELECT, UPDATE", "org_member": "SELECT", "org_access": "SELECT"}
_ALL = "SELECT, INSERT, UPDATE, DELETE"

#: The people and the plans a login may see (its own, and its team's as their current
#: manager), each as one array: the people from `org_member`, the plans from `org_access`
#: (kept by triggers, `access_table`), each one index look-up; joining members and plans on every
#: call cost a policy twice as much, more with every leader. They run with the owner's
#: rights, so what they read carries no policies of its own; they answer only for the login
#: connected (`session_user`): asked about anyone else (another login's name, or after SET
#: ROLE) they answer with nothing. EXECUTE is the leaders' group's alone. PL/pgSQL, not SQL:
#: it keeps its query's plan for the connection (a SQL function run with SET is planned again
#: on every call, 0.4 ms).
#: `check` looks at all of this (`_function_problems`).
VISIBLE_FUNCTIONS = (
    "ledarplan_visible_people",
    "ledarplan_visible_plans",
    "ledarplan_own_plans",
)
#: One of `VISIBLE_FUNCTIONS`: the array `query` makes for the login connected (`v_login`, in
#: the columns' collation, so the tables' indexes find it), or nothing for anyone else.
_VISIBLE_FUNCTION = """
CREATE OR REPLACE FUNCTION {{s}}.{name}(p_login text) RETURNS varchar[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {{s}}, pg_temp AS $$
DECLARE
    v_login text COLLATE "default" := p_login;
BEGIN
    IF p_login IS DISTINCT FROM session_user::text THEN
        RETURN '{{{{}}}}';
    END IF;
    RETURN ARRAY({query});
END
$$;
"""
_VISIBLE = "".join(
    _VISIBLE_FUNCTION.format(name=name, query=query)
    for name, query in (
        (
            "ledarplan_visible_people",
            "SELECT m.person_id FROM {s}.org_member m WHERE m.login = v_login UNION ALL "
            "SELECT m.person_id FROM {s}.org_member m WHERE m.manager = v_login",
        ),
        (
            "ledarplan_visible_plans",
            "SELECT a.plan_id FROM {s}.org_access a WHERE a.login = v_login",
        ),
        (
            "ledarplan_own_plans",
            "SELECT a.plan_id FROM {s}.org_access a WHERE a.login = v_login AND a.side = 'leader'",
        ),
    )
)
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION {s}.ledarplan_side(p_plan varchar) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_plan = ANY ({s}.ledarplan_own_plans({login})) THEN 'leader'
        WHEN p_plan = ANY ({s}.ledarplan_visible_plans({login})) THEN 'manager' END
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


# --- installing them ------------------------------------------------------------------------


def install(connection: Connection, s: str) -> None:
    """The roles, the private texts' constraints, the policies' functions, the grants and the
    policies of every table that holds plan data, in schema `s` (quoted), replacing what an
    earlier `org init` made; then the HR picture's view and the rules' version."""
    owner = quoted(connection, connection.execute(text("SELECT current_user")).scalar())
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
    connection.exec_driver_sql(_sql(_VISIBLE, s))
    connection.exec_driver_sql(access_table.installed(s))  # made again from members, plans
    for function in VISIBLE_FUNCTIONS:
        connection.exec_driver_sql(f"REVOKE ALL ON FUNCTION {s}.{function}(text) FROM PUBLIC")
        connection.exec_driver_sql(
            f"GRANT EXECUTE ON FUNCTION {s}.{function}(text) TO {LEADER_ROLE}"
        )
    connection.exec_driver_sql(_sql(_FUNCTIONS, s))
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
            connection.exec_driver_sql(f"DROP POLICY {quoted(connection, name)} ON {s}.{table}")
        read, write = _sql(guard.read, s), _sql(guard.write, s)
        delete = _sql(guard.delete or guard.write, s)
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
    return problems + _function_problems(connection) + access_table.problems(connection, _LOGIN)


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
