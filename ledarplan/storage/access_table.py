"""Which plans each login may see, kept by the organisation's database itself (`org_access`).

The access policies ask for a login's plans in every statement; joining the members and their
plans for it cost a policy twice as much, more with every leader of a team. So the answer is a
table (`organisation_tables.AccessRow`) that triggers on `org_member` and `plan` keep equal to
the one statement of who sees what (`ACCESS_OF`). `installed` is the SQL `org init` runs (the
triggers, and the table mended); `problems` is what `ledarplan check` says about it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: Who may see which plans (`org_access`), for the plans `{where}` picks: each member sees
#: their own plans as the leader, and their current manager sees them as the manager. The one
#: place this is said; the triggers below keep `org_access` equal to it, row by row.
ACCESS_OF = (
    "SELECT m.login, 'leader', p.id FROM {s}.org_member m "
    "JOIN {s}.plan p ON p.person_id = m.person_id WHERE {where} UNION ALL "
    "SELECT m.manager, 'manager', p.id FROM {s}.org_member m "
    "JOIN {s}.plan p ON p.person_id = m.person_id WHERE m.manager IS NOT NULL AND {where}"
)
_INTO = "INSERT INTO {s}.org_access (login, side, plan_id) " + ACCESS_OF
#: A new plan adds its own rows; a member added, changed (login, manager) or removed, or a plan
#: given to another person, makes the rows of that person's plans again. The functions run
#: with the owner's rights: a leader adding a plan adds its rows, and writes nothing else.
#: `org init` mends the table (a row too many deleted, one missing added): run again, it
#: changes nothing. A change of the register must see a plan made meanwhile: IT's commands
#: run in READ COMMITTED (`OrganisationAdmin`), as psql does, so the trigger's statements see
#: what was committed while the change waited for the new plan's lock.
_KEPT = (
    """
CREATE OR REPLACE FUNCTION {s}.ledarplan_access_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
    v_people varchar[] := '{{}}';
BEGIN
    IF TG_TABLE_NAME = 'plan' AND TG_OP = 'INSERT' THEN
        -- The person's register row, locked while the plan is made: a hand-over at the same
        -- moment waits for this one, and then makes the rows of the person's plans again
        -- with the new plan among them (or, begun first, fails this one as changed meanwhile).
        PERFORM FROM {s}.org_member m WHERE m.person_id = NEW.person_id FOR SHARE;
        """
    + _INTO.replace("{where}", "p.id = NEW.id")
    + """ ON CONFLICT DO NOTHING;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        v_people := v_people || OLD.person_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        v_people := v_people || NEW.person_id;
    END IF;
    DELETE FROM {s}.org_access a USING {s}.plan p
        WHERE p.id = a.plan_id AND p.person_id = ANY (v_people);
    """
    + _INTO.replace("{where}", "p.person_id = ANY (v_people)")
    + """ ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION {s}.ledarplan_access_changed() FROM PUBLIC;
DROP TRIGGER IF EXISTS ledarplan_access ON {s}.org_member;
CREATE TRIGGER ledarplan_access AFTER INSERT OR DELETE OR UPDATE OF login, manager, person_id
    ON {s}.org_member FOR EACH ROW EXECUTE FUNCTION {s}.ledarplan_access_changed();
DROP TRIGGER IF EXISTS ledarplan_access ON {s}.plan;
CREATE TRIGGER ledarplan_access AFTER INSERT OR UPDATE OF person_id
    ON {s}.plan FOR EACH ROW EXECUTE FUNCTION {s}.ledarplan_access_changed();
DELETE FROM {s}.org_access a WHERE NOT EXISTS (SELECT FROM ("""
    + ACCESS_OF.replace("{where}", "true")
    + """) d (login, side, plan_id)
    WHERE d.login = a.login AND d.side = a.side AND d.plan_id = a.plan_id);
"""
    + _INTO.replace("{where}", "true")
    + """ ON CONFLICT DO NOTHING;
ANALYZE {s}.org_access;
"""
)


def installed(s: str) -> str:
    """The triggers and the table's rows mended, in schema `s` (quoted): `org init`'s SQL."""
    return _KEPT.format(s=s)


#: The rows of `org_access` that are not what the members and plans say, and those missing;
#: of the login's own rows (all of them for the owner, who sees every row).
_DIFFERS = (
    "SELECT count(*) FROM (({derived} EXCEPT {stored}) UNION ALL ({stored} EXCEPT {derived})) d"
)


def problems(connection: Connection, login: str) -> list[str]:
    """A trigger missing or disabled, and `org_access` out of step with the members and their
    plans: every row when the owner asks, else the rows of the login (`login`, its SQL)."""
    schema = connection.execute(text("SELECT current_schema()")).scalar()
    s = connection.dialect.identifier_preparer.quote(schema)
    found = connection.execute(
        text(
            "SELECT c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user), "
            "has_table_privilege(c.oid, 'SELECT') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relname = 'org_access'"
        )
    ).first()
    if found is None:
        return ["the table 'org_access' the access policies use is missing"]
    owner, may_read = found
    found_problems = [
        f"the trigger that keeps 'org_access' up to date is missing on '{table}'"
        for table in ("org_member", "plan")
        if not connection.execute(
            text(
                "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relname = :t "
                "AND t.tgname = 'ledarplan_access' AND t.tgenabled <> 'D'"
            ),
            {"t": table},
        ).first()
    ]
    if not may_read:
        return found_problems  # a login outside the leaders' group: none of its rows to compare
    mine = "true" if owner else f"login = {login}"
    everyone = ACCESS_OF.format(s=s, where="true")
    derived = f"SELECT * FROM ({everyone}) a (login, side, plan_id) WHERE {mine}"
    stored = f"SELECT login, side, plan_id FROM {s}.org_access WHERE {mine}"
    differing = connection.execute(text(_DIFFERS.format(derived=derived, stored=stored))).scalar()
    if differing:
        found_problems.append(
            f"the table 'org_access' differs from the members and their plans in {differing} "
            "rows (ledarplan org init makes it again)"
        )
    return found_problems
