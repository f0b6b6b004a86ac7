"""HR's yearly picture in the organisation's database: anonymous summaries, never plan rows.

HR (`ledarplan_hr`) reads no row of any table that holds plan data. What it may read is one
function, `ledarplan_hr_summaries()`, owned by the schema's owner and run with the owner's
rights (SECURITY DEFINER), that EXECUTE is granted on to `ledarplan_hr` alone. It returns, per
current plan (of people not archived), the same anonymous summary as a summary file holds
(`summary.build.plan_facts`): the one-way key, the model, level and year, the latest self and
manager ratings, the goals' items, status and progress, the actions' kinds and statuses, counts
of sessions and agreements, and whether the talk was held, signed and followed up — no names,
no text typed into a plan, no date, no id. It refuses to answer at all while the organisation
has fewer plans than the threshold N stored in `org_hr` (default 5, `ledarplan org
set-hr-threshold N`), and otherwise gives no group of fewer than N records: it folds what
identifies a group by `summary.aggregate`'s own rules (`fold`, in SQL) — a model of fewer than
N plans is left out, a year that the picture would not show is given as `ALL_YEARS` (with no
level), a level it would not show in its year as none (all levels), and a model version of
fewer than N plans of its model as none. Every (model, level, year) and (model, version) HR
reads is then shared by at least N records. The program reads what it returns exactly as it
reads a summary file (strictly: anything a summary never holds is refused) and makes the
picture with the same threshold, which gives the same cells as the plans' own summary files.

Running `org init` again puts the function and its grants back as they should be;
`hr_problems` names what is not (for `ledarplan check`).
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ledarplan.storage.errors import NotHrError, NotPreparedDatabaseError, TooFewPlansError
from ledarplan.storage.organisation_tables import HrSettingRow
from ledarplan.storage.postgres import HR_ROLE, LEADER_ROLE, MANAGER_ROLE, organisation_fault
from ledarplan.summary import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ledarplan.summary.aggregate import NO_YEAR
from ledarplan.summary.build import _CONTEXT, PEPPER
from ledarplan.summary.document import ALL_YEARS

FUNCTION = "ledarplan_hr_summaries"
#: The error the function raises while there are fewer plans than the threshold.
TOO_FEW_PLANS = "LPHR1"
_BLOCK = 64  # SHA-256's block size: HMAC's inner and outer keys


def _hmac_keys() -> tuple[str, str]:
    """HMAC-SHA256's padded keys for the program's pepper, as hex (PostgreSQL has sha256()
    but no HMAC without an extension): the key is `summary.build.plan_key`'s."""
    key = PEPPER if len(PEPPER) <= _BLOCK else hashlib.sha256(PEPPER).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = bytes(b ^ 0x36 for b in key).hex()
    outer = bytes(b ^ 0x5C for b in key).hex()
    return inner, outer


def _function_sql(s: str) -> str:
    inner, outer = _hmac_keys()
    context = _CONTEXT.decode("ascii")
    signed = (
        "(COALESCE(t.leader_signature::jsonb, 'null') <> 'null' "
        "AND COALESCE(t.manager_signature::jsonb, 'null') <> 'null')"
    )
    return f"""
CREATE OR REPLACE FUNCTION {s}.{FUNCTION}() RETURNS SETOF jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
DECLARE
    smallest integer := COALESCE((SELECT max(threshold) FROM {s}.org_hr), {DEFAULT_THRESHOLD});
    plans bigint;
BEGIN
    SELECT count(*) INTO plans FROM {s}.plan p JOIN {s}.person pe ON pe.id = p.person_id
        WHERE NOT pe.archived;
    IF plans < smallest THEN
        RAISE EXCEPTION USING ERRCODE = '{TOO_FEW_PLANS}', DETAIL = smallest::text,
            MESSAGE = 'the organisation has fewer than ' || smallest || ' plans';
    END IF;
    RETURN QUERY
    WITH current_plan AS (
        SELECT p.* FROM {s}.plan p JOIN {s}.person pe ON pe.id = p.person_id
        WHERE NOT pe.archived
    ), agreement_of AS (  -- an agreement names its session's or talk's plan (0006)
        SELECT a.plan_id, a.id, a.done, a.carried_from FROM {s}.agreement a
    ), latest AS (
        SELECT DISTINCT ON (r.plan_id, r.assessor_kind) r.plan_id, r.assessor_kind,
            jsonb_build_object(
                'low', r.scale_min, 'high', r.scale_max,
                'ratings', COALESCE((
                    SELECT jsonb_object_agg(x.item_id, x.value) FROM {s}.rating x
                    WHERE x.round_id = r.id AND x.value IS NOT NULL
                ), '{{}}'::jsonb)
            ) AS ratings
        FROM {s}.assessment_round r
        WHERE r.assessor_kind IN ('self', 'manager')
        ORDER BY r.plan_id, r.assessor_kind, r.date DESC, r.id
    )
    , record AS (
        SELECT jsonb_build_object(
            'key', encode(sha256('\\x{outer}'::bytea || sha256('\\x{inner}'::bytea
                || convert_to('{context}' || lower(p.id::text), 'UTF8'))), 'hex'),
            'model', p.framework_id,
            'model_version', CASE
                WHEN p.framework_version ~ '^[0-9]{{1,8}}(\\.[0-9]{{1,8}}){{0,3}}$'
                THEN p.framework_version END,
            'level', p.level_id,
            'year', extract(year FROM COALESCE(p.period_start, p.period_end,
                p.created_at::date))::integer,
            'self_assessment', (SELECT l.ratings FROM latest l
                WHERE l.plan_id = p.id AND l.assessor_kind = 'self'),
            'manager_assessment', (SELECT l.ratings FROM latest l
                WHERE l.plan_id = p.id AND l.assessor_kind = 'manager'),
            'goals', COALESCE((
                SELECT jsonb_agg(jsonb_build_object(
                    'items', COALESCE((
                        SELECT jsonb_agg(gi.item_id ORDER BY gi.position) FROM {s}.goal_item gi
                        WHERE gi.goal_id = g.id AND gi.item_id IN (
                            SELECT i ->> 'item_id'
                            FROM jsonb_array_elements(p.snapshot::jsonb -> 'items') i)
                    ), '[]'::jsonb),
                    'status', g.status,
                    'progress', g.progress,
                    'actions', COALESCE((
                        SELECT jsonb_agg(jsonb_build_object('kind', a.kind, 'status', a.status)
                            ORDER BY a.position)
                        FROM {s}.action a WHERE a.goal_id = g.id
                    ), '[]'::jsonb)
                ) ORDER BY g.position) FROM {s}.goal g WHERE g.plan_id = p.id
            ), '[]'::jsonb),
            'sessions', (SELECT count(*) FROM {s}.coaching_session cs WHERE cs.plan_id = p.id),
            'agreements', (
                SELECT jsonb_build_object(
                    'open', count(*) FILTER (WHERE NOT a.done),
                    'done', count(*) FILTER (WHERE a.done))
                FROM agreement_of a
                WHERE a.plan_id = p.id AND NOT EXISTS (
                    SELECT 1 FROM agreement_of b WHERE b.plan_id = p.id AND b.carried_from = a.id)
            ),
            'talk', jsonb_build_object(
                'held', EXISTS (SELECT 1 FROM {s}.development_talk t WHERE t.plan_id = p.id
                    AND ({signed} OR t.date < current_date)),
                'signed', EXISTS (SELECT 1 FROM {s}.development_talk t WHERE t.plan_id = p.id
                    AND {signed}),
                'followed_up', p.status = 'followed-up'
            )
        ) AS facts
        FROM current_plan p
    ), base AS (
        SELECT r.facts, r.facts ->> 'model' AS model, r.facts ->> 'level' AS level,
            COALESCE((r.facts ->> 'year')::integer, {NO_YEAR}) AS year,
            r.facts ->> 'model_version' AS version
        FROM record r
    ), kept AS (  -- a model of fewer plans than the threshold is not given at all
        SELECT b.*, count(*) OVER (PARTITION BY b.model) AS in_model
        FROM base b
    ), year_group AS (
        SELECT k.model, k.year, count(*) AS n, max(k.in_model) AS in_model
        FROM kept k WHERE k.in_model >= smallest GROUP BY k.model, k.year
    ), year_candidate AS (  -- summary.aggregate.fold over the model's years
        SELECT y.model, y.year, y.in_model - sum(y.n) OVER (PARTITION BY y.model) AS rest,
            row_number() OVER (PARTITION BY y.model
                ORDER BY y.n, y.year::text COLLATE "C") AS smallest_first
        FROM year_group y WHERE y.n >= smallest
    ), shown_year AS (
        SELECT c.model, c.year FROM year_candidate c
        WHERE NOT (c.smallest_first = 1 AND c.rest > 0 AND c.rest < smallest)
    ), scoped AS (  -- the group a record's level is folded in: its year, or all years
        SELECT k.*, sy.year IS NOT NULL AS year_shown,
            CASE WHEN sy.year IS NOT NULL THEN k.year::text ELSE 'all' END AS scope,
            (sy.year IS NOT NULL OR NOT EXISTS (
                SELECT 1 FROM shown_year o WHERE o.model = k.model)) AS by_level
        FROM kept k LEFT JOIN shown_year sy ON sy.model = k.model AND sy.year = k.year
        WHERE k.in_model >= smallest
    ), level_group AS (
        SELECT s.model, s.scope, s.level, count(*) AS n FROM scoped s
        WHERE s.by_level AND s.level IS NOT NULL GROUP BY s.model, s.scope, s.level
    ), level_candidate AS (  -- summary.aggregate.fold over the levels of a year (or all)
        SELECT l.model, l.scope, l.level,
            (SELECT count(*) FROM scoped t WHERE t.by_level AND t.model = l.model
                AND t.scope = l.scope) - sum(l.n) OVER (PARTITION BY l.model, l.scope) AS rest,
            row_number() OVER (PARTITION BY l.model, l.scope
                ORDER BY l.n, l.level COLLATE "C") AS smallest_first
        FROM level_group l WHERE l.n >= smallest
    ), shown_level AS (
        SELECT c.model, c.scope, c.level FROM level_candidate c
        WHERE NOT (c.smallest_first = 1 AND c.rest > 0 AND c.rest < smallest)
    ), version_group AS (
        SELECT s.model, s.version FROM scoped s WHERE s.version IS NOT NULL
        GROUP BY s.model, s.version HAVING count(*) >= smallest
    )
    SELECT s.facts
        || jsonb_build_object(
            'level', CASE WHEN sl.level IS NOT NULL THEN to_jsonb(sl.level) ELSE 'null' END,
            'year', CASE WHEN s.year_shown THEN s.facts -> 'year' ELSE '"{ALL_YEARS}"' END,
            'model_version', CASE WHEN v.version IS NOT NULL THEN to_jsonb(v.version)
                ELSE 'null' END)
    FROM scoped s
    LEFT JOIN shown_level sl
        ON s.by_level AND sl.model = s.model AND sl.scope = s.scope AND sl.level = s.level
    LEFT JOIN version_group v ON v.model = s.model AND v.version = s.version
    ORDER BY s.facts ->> 'key';
END
$$;
REVOKE ALL ON FUNCTION {s}.{FUNCTION}() FROM PUBLIC, {LEADER_ROLE}, {MANAGER_ROLE};
GRANT EXECUTE ON FUNCTION {s}.{FUNCTION}() TO {HR_ROLE};
"""


def set_up_hr_picture(connection: Connection, s: str) -> None:
    """Creates (or replaces) HR's function and its grants; the threshold stays as IT set it
    (the default the first time)."""
    if connection.execute(text("SELECT count(*) FROM org_hr")).scalar() == 0:
        connection.execute(HrSettingRow.__table__.insert().values(threshold=DEFAULT_THRESHOLD))
    connection.exec_driver_sql(_function_sql(s))


def set_hr_threshold(session: Session, threshold: int) -> None:
    if threshold < MIN_THRESHOLD:
        raise ValueError(
            f"the threshold must be at least {MIN_THRESHOLD} (a smaller group could be a "
            "single person)"
        )
    session.execute(HrSettingRow.__table__.delete())
    session.execute(HrSettingRow.__table__.insert().values(threshold=threshold))


def hr_threshold(connection: Connection) -> int:
    found = connection.execute(text("SELECT max(threshold) FROM org_hr")).scalar()
    return int(found) if found is not None else DEFAULT_THRESHOLD


def read_hr_summaries(session: Session, where: str) -> tuple[int, list[dict[str, Any]]]:
    """The threshold and the anonymous summary of every current plan, as HR's login reads
    them through the function (never from the tables)."""
    try:
        threshold = hr_threshold(session.connection())
        rows = session.execute(text(f"SELECT {FUNCTION}()")).scalars().all()
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None) or ""
        if state == TOO_FEW_PLANS:
            detail = getattr(getattr(exc.orig, "diag", None), "message_detail", None)
            raise TooFewPlansError(where, int(detail or DEFAULT_THRESHOLD)) from None
        if state == "42501":
            raise NotHrError(where) from None
        if state in ("42883", "42P01"):  # no such function, no org_hr: an older org init
            raise NotPreparedDatabaseError(where, f"no function {FUNCTION}") from None
        fault = organisation_fault(where, exc)
        if fault is None:
            raise
        raise fault from None
    return threshold, [dict(row) for row in rows]


def hr_problems(connection: Connection) -> list[str]:
    """What is wrong with HR's function: missing, not run with its owner's rights, not
    executable by HR, or executable by someone else (leaders, managers, everyone)."""
    name = f"the function '{FUNCTION}'"
    found = connection.execute(
        text(
            "SELECT p.oid, p.prosecdef FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname = :f AND p.pronargs = 0"
        ),
        {"f": FUNCTION},
    ).first()
    if found is None:
        return [f"{name} for HR's picture is missing"]
    oid, definer = found
    problems = []
    if not definer:
        problems.append(f"{name} does not run with its owner's rights (SECURITY DEFINER)")

    def may_run(role: str) -> bool:
        return bool(
            connection.execute(
                text("SELECT has_function_privilege(:r, CAST(:o AS oid), 'EXECUTE')"),
                {"r": role, "o": oid},
            ).scalar()
        )

    if not may_run(HR_ROLE):
        problems.append(f"{name} may not be run by {HR_ROLE}")
    for role in (LEADER_ROLE, MANAGER_ROLE, "public"):
        if may_run(role):
            problems.append(f"{name} may be run by {role}: only {HR_ROLE} may run it")
    return problems
