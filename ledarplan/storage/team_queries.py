"""The facts the team overview needs for every plan at once, in a few grouped queries.

Loading every plan whole to show one row each would read every session's notes of 250 plans;
these queries read only dates, counts and averages, grouped by plan. They are built once (the
plans' ids are one expanding parameter), so SQLAlchemy compiles each of them once; the coaching
sessions' dates, the open agreements and the overdue actions are read from covering indexes
(migrations 0005 to 0007), never from the rows with their notes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from ledarplan.storage.organisation_tables import MemberRow, login_side
from ledarplan.storage.tables import (
    ActionRow,
    AgreementRow,
    DeskRow,
    GoalRow,
    PersonRow,
    PlanRow,
    RoundRow,
    SessionRow,
    TalkRow,
)

_PLANS = bindparam("plans", expanding=True)
_TODAY = bindparam("today")


@dataclass(frozen=True)
class TeamPlan:
    """A plan of someone not archived: whose it is and when it started."""

    person_id: str
    person: str
    plan_id: str
    title: str
    framework_id: str
    started: date  # the period's start (else the day it was made): the latest is current
    framework_version: str = ""
    level_id: str | None = None

    @property
    def model_key(self) -> tuple[str, str, str, str | None]:
        """What fixes the names of the plan's model and level: its snapshot is made once,
        from this version of the model at this level."""
        return (self.plan_id, self.framework_id, self.framework_version, self.level_id)


#: The day a plan was made is read only where it has no period: it is stored after the
#: plan's snapshot, and reaching it means reading past the whole snapshot.
_STARTED = func.coalesce(PlanRow.period_start, func.date(PlanRow.created_at), type_=Date)
_TEAM_PLANS = (
    select(
        PersonRow.id, PersonRow.name, PlanRow.id, PlanRow.title, PlanRow.framework_id, _STARTED,
        PlanRow.framework_version, PlanRow.level_id,
    )
    .join(PersonRow, PlanRow.person_id == PersonRow.id)
    .where(PersonRow.archived.is_(False))
)  # fmt: skip


#: On the organisation's database: the login's own person and their team's, found by
#: `org_member`'s indexes. The policies let no one else's rows through either, but they are
#: filters (see `access_rules._LOGIN`): without this the statement read every person of the
#: organisation to keep the login's.
_LOGIN = bindparam("login")
_TEAMS_PLANS = _TEAM_PLANS.where(
    PersonRow.id.in_(
        select(MemberRow.person_id).where(
            or_(MemberRow.login == _LOGIN, MemberRow.manager == _LOGIN)
        )
    )
)


def team_plans(session: Session, login: str | None = None) -> list[TeamPlan]:
    """Every plan of the people not archived (not their snapshots: see `team_facts`); on the
    organisation's database, of the `login`'s people (those its policies let it see)."""
    query, params = (_TEAM_PLANS, {}) if login is None else (_TEAMS_PLANS, {"login": login})
    return [
        TeamPlan(person_id, name, plan_id, title, framework, started or date.min, version, level)
        for person_id, name, plan_id, title, framework, started, version, level in session.execute(
            query, params
        )
    ]


@dataclass
class PlanFacts:
    side: str = "leader"  # whose desk the plan is on
    talks: list[dict[str, Any]] = field(default_factory=list)
    latest_self: date | None = None  # the latest self-assessment's date
    latest_manager: date | None = None  # the latest manager's assessment's date
    open_agreements: int = 0
    overdue_agreements: int = 0
    overdue_actions: int = 0
    goals_progress: float | None = None
    last_session: date | None = None
    next_session: date | None = None


#: The model's and the level's names, as the plan's snapshot has them (taken out of the
#: snapshot by the database: the snapshot itself is not read into the program).
_NAMES = select(
    PlanRow.id,
    PlanRow.snapshot["framework_name"].as_string(),
    PlanRow.snapshot["level_name"].as_string(),
).where(PlanRow.id.in_(_PLANS))


def plan_names(session: Session, plan_ids: list[str]) -> dict[str, tuple[str, str]]:
    """The model's and the level's names of each plan (see `TeamPlan.model_key`)."""
    if not plan_ids:
        return {}
    rows = session.connection().execute(_NAMES, {"plans": plan_ids})
    return {plan_id: (model or "", level or "") for plan_id, model, level in rows}


_TALKS = (
    select(
        TalkRow.plan_id, TalkRow.date, TalkRow.follow_up_date, TalkRow.leader_prep,
        TalkRow.manager_prep, TalkRow.leader_signature, TalkRow.manager_signature,
    )
    .where(TalkRow.plan_id.in_(_PLANS))
    .order_by(TalkRow.position)
)  # fmt: skip

# What follows is one statement: each fact grouped by plan in a common table expression of
# its own (each reads only the plans asked for), joined to the plans. On PostgreSQL every
# statement is a round trip and brings its tables' policies along; as one, the listing is three
# statements. There the expressions are MATERIALIZED: inlined, the planner (expecting one plan
# row through the plan's policy) ran each of them again for every plan.
_ROUNDS = (
    select(
        RoundRow.plan_id,
        func.max(RoundRow.date).filter(RoundRow.assessor_kind == "self").label("self"),
        func.max(RoundRow.date).filter(RoundRow.assessor_kind == "manager").label("manager"),
    )
    .where(RoundRow.plan_id.in_(_PLANS))
    .group_by(RoundRow.plan_id)
    .cte()
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
#: Carried over: a later agreement carries it over. The program carries an agreement over
#: within its plan (`CoachingService.save`), so the carriers are looked for in the plans
#: listed: one set, hashed once, where a look-up of each open agreement's carrier was an
#: index probe per agreement on PostgreSQL (and a pair of columns is no set SQLite hashes).
_LATER = aliased(AgreementRow)
_CARRIED = select(_LATER.carried_from).where(
    _LATER.plan_id.in_(_PLANS), _LATER.carried_from.is_not(None)
)
#: Open agreements (not done, not carried over) of sessions and of talks, by the plan each
#: names; all of it read from the index by plan.
_AGREEMENTS = (
    select(
        AgreementRow.plan_id,
        func.count().label("open"),
        func.count().filter(AgreementRow.due_date < _TODAY).label("overdue"),
    )
    .where(
        AgreementRow.plan_id.in_(_PLANS),
        AgreementRow.done.is_(False),
        AgreementRow.id.not_in(_CARRIED),
    )
    .group_by(AgreementRow.plan_id)
    .cte()
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
#: Overdue actions by the plan each names (read from the index by plan, not through the goals).
_ACTIONS = (
    select(ActionRow.plan_id, func.count().label("overdue"))
    .where(ActionRow.plan_id.in_(_PLANS), ActionRow.due_date < _TODAY, ActionRow.status != "done")
    .group_by(ActionRow.plan_id)
    .cte()
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
_GOALS = (
    select(GoalRow.plan_id, func.avg(GoalRow.progress).label("progress"))
    .where(GoalRow.plan_id.in_(_PLANS), GoalRow.status != "dropped")
    .group_by(GoalRow.plan_id)
    .cte()
    .prefix_with("MATERIALIZED", dialect="postgresql")
)
#: The last session's date, and the next one it planned (the latest, if two share the date):
#: each a look-up of a plan's newest entries in the sessions' index (ORDER BY … LIMIT 1, not
#: max(): on PostgreSQL the policy's filter keeps max() from stopping at the first entry),
#: never a pass over every session of the plan (a session a week for five years).
_LAST_SESSION = aliased(SessionRow)
_LAST = (
    select(_LAST_SESSION.date)
    .where(_LAST_SESSION.plan_id == PlanRow.id)
    .order_by(_LAST_SESSION.date.desc())
    .limit(1)
    .correlate(PlanRow)
    .scalar_subquery()
)
_NEXT_SESSION = aliased(SessionRow)
_NEXT = (
    select(func.max(_NEXT_SESSION.next_date))
    .where(_NEXT_SESSION.plan_id == PlanRow.id, _NEXT_SESSION.date == _LAST)
    .correlate(PlanRow)
    .scalar_subquery()
)


def _facts(side: Any) -> Any:
    """The figures' statement, with `side` the column of whose desk each plan is on."""
    facts = (
        select(
            PlanRow.id, side, _ROUNDS.c.self, _ROUNDS.c.manager, _AGREEMENTS.c.open,
            _AGREEMENTS.c.overdue, _ACTIONS.c.overdue, _GOALS.c.progress, _LAST, _NEXT,
        )
        .select_from(PlanRow)
        .outerjoin(_ROUNDS, _ROUNDS.c.plan_id == PlanRow.id)
        .outerjoin(_AGREEMENTS, _AGREEMENTS.c.plan_id == PlanRow.id)
        .outerjoin(_ACTIONS, _ACTIONS.c.plan_id == PlanRow.id)
        .outerjoin(_GOALS, _GOALS.c.plan_id == PlanRow.id)
        .where(PlanRow.id.in_(_PLANS))
    )  # fmt: skip
    if side is DeskRow.side:
        return facts.outerjoin(DeskRow, DeskRow.plan_id == PlanRow.id)
    return facts


#: On the file, the plan's desk says whose copy it is.
_FACTS = _facts(DeskRow.side)
#: On the organisation's database, the login's side of each plan is its row of `org_access`
#: (the desk row there is the plan's, shared by both sides: its side is the one who made it).
_LOGINS_SIDE = login_side(_LOGIN, PlanRow.id).correlate(PlanRow)
_LOGINS_FACTS = _facts(_LOGINS_SIDE)


def team_facts(
    session: Session, plan_ids: list[str], today: date, login: str | None = None
) -> dict[str, PlanFacts]:
    """The figures of each plan; on the organisation's database (`login`), on the login's
    side of it."""
    facts: dict[str, PlanFacts] = defaultdict(PlanFacts)
    if not plan_ids:
        return facts
    params = {"plans": plan_ids, "today": today, "login": login}
    connection = session.connection()  # Core's execution: the ORM has nothing to add here
    for plan_id, talk_date, follow_up, leader, manager, signed_l, signed_m in connection.execute(
        _TALKS, params
    ):
        facts[plan_id].talks.append(
            {"date": talk_date, "follow_up": follow_up, "leader_prep": leader,
             "manager_prep": manager, "signed": bool(signed_l and signed_m)}
        )  # fmt: skip
    for row in connection.execute(_FACTS if login is None else _LOGINS_FACTS, params):
        fact = facts[row[0]]
        fact.side = row[1] or fact.side
        fact.latest_self, fact.latest_manager = row[2], row[3]
        fact.open_agreements, fact.overdue_agreements = row[4] or 0, row[5] or 0
        fact.overdue_actions = row[6] or 0
        fact.goals_progress = row[7]
        fact.last_session, fact.next_session = row[8], row[9]
    return facts
