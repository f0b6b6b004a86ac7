"""The facts the team overview needs for every plan at once, in a few grouped queries.

Loading every plan whole to show one row each would read every session's notes of 250 plans;
these queries read only dates, counts and averages, grouped by plan. They are built once (the
plans' ids are one expanding parameter), so SQLAlchemy compiles each of them once; the coaching
sessions' dates and the open agreements are read from covering indexes (migrations 0005 and
0006), never from the rows with their notes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

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


#: The day a plan was made is read only where it has no period: it is stored after the
#: plan's snapshot, and reaching it means reading past the whole snapshot.
_STARTED = func.coalesce(PlanRow.period_start, func.date(PlanRow.created_at), type_=Date)
_TEAM_PLANS = (
    select(
        PersonRow.id, PersonRow.name, PlanRow.id, PlanRow.title, PlanRow.framework_id, _STARTED
    )
    .join(PersonRow, PlanRow.person_id == PersonRow.id)
    .where(PersonRow.archived.is_(False))
)  # fmt: skip


def team_plans(session: Session) -> list[TeamPlan]:
    """Every plan of the people not archived (not their snapshots: see `team_facts`)."""
    return [
        TeamPlan(person_id, name, plan_id, title, framework_id, started or date.min)
        for person_id, name, plan_id, title, framework_id, started in session.execute(_TEAM_PLANS)
    ]


@dataclass
class PlanFacts:
    model: str = ""  # the model's and the level's names, as the plan's snapshot has them
    level: str = ""
    side: str = "leader"  # whose desk the plan is on
    talks: list[dict[str, Any]] = field(default_factory=list)
    latest_rounds: dict[str, date] = field(default_factory=dict)  # assessor kind → date
    open_agreements: int = 0
    overdue_agreements: int = 0
    overdue_actions: int = 0
    goals_progress: float | None = None
    last_session: date | None = None
    next_session: date | None = None


_NAMES = select(
    PlanRow.id,
    PlanRow.snapshot["framework_name"].as_string(),  # taken out of the snapshot by SQLite
    PlanRow.snapshot["level_name"].as_string(),
).where(PlanRow.id.in_(_PLANS))
_DESKS = select(DeskRow.plan_id, DeskRow.side).where(DeskRow.plan_id.in_(_PLANS))
_TALKS = (
    select(
        TalkRow.plan_id, TalkRow.date, TalkRow.follow_up_date, TalkRow.leader_prep,
        TalkRow.manager_prep, TalkRow.leader_signature, TalkRow.manager_signature,
    )
    .where(TalkRow.plan_id.in_(_PLANS))
    .order_by(TalkRow.position)
)  # fmt: skip
_ROUNDS = (
    select(RoundRow.plan_id, RoundRow.assessor_kind, func.max(RoundRow.date))
    .where(RoundRow.plan_id.in_(_PLANS))
    .group_by(RoundRow.plan_id, RoundRow.assessor_kind)
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
        func.count(),
        func.count().filter(AgreementRow.due_date < _TODAY),
    )
    .where(
        AgreementRow.plan_id.in_(_PLANS),
        AgreementRow.done.is_(False),
        AgreementRow.id.not_in(_CARRIED),
    )
    .group_by(AgreementRow.plan_id)
)
_ACTIONS = (
    select(GoalRow.plan_id, func.count())
    .join(ActionRow, ActionRow.goal_id == GoalRow.id)
    .where(GoalRow.plan_id.in_(_PLANS), ActionRow.due_date < _TODAY, ActionRow.status != "done")
    .group_by(GoalRow.plan_id)
)
_GOALS = (
    select(GoalRow.plan_id, func.avg(GoalRow.progress))
    .where(GoalRow.plan_id.in_(_PLANS), GoalRow.status != "dropped")
    .group_by(GoalRow.plan_id)
)
_LATEST = (
    select(SessionRow.plan_id, func.max(SessionRow.date).label("last"))
    .where(SessionRow.plan_id.in_(_PLANS))
    .group_by(SessionRow.plan_id)
    .subquery()
)
#: The last session's date and the next one it planned (the latest, if two share the date).
_SESSIONS = (
    select(_LATEST.c.plan_id, _LATEST.c.last, func.max(SessionRow.next_date))
    .join(
        SessionRow,
        and_(SessionRow.plan_id == _LATEST.c.plan_id, SessionRow.date == _LATEST.c.last),
    )
    .group_by(_LATEST.c.plan_id, _LATEST.c.last)
)


def team_facts(session: Session, plan_ids: list[str], today: date) -> dict[str, PlanFacts]:
    facts: dict[str, PlanFacts] = defaultdict(PlanFacts)
    if not plan_ids:
        return facts
    params = {"plans": plan_ids, "today": today}
    connection = session.connection()  # Core's execution: the ORM has nothing to add here

    def rows(query: Any) -> Any:
        return connection.execute(query, params)

    for plan_id, model, level in rows(_NAMES):
        facts[plan_id].model, facts[plan_id].level = model or "", level or ""
    for plan_id, side in rows(_DESKS):
        facts[plan_id].side = side
    for plan_id, talk_date, follow_up, leader, manager, signed_l, signed_m in rows(_TALKS):
        facts[plan_id].talks.append(
            {"date": talk_date, "follow_up": follow_up, "leader_prep": leader,
             "manager_prep": manager, "signed": bool(signed_l and signed_m)}
        )  # fmt: skip
    for plan_id, kind, latest in rows(_ROUNDS):
        facts[plan_id].latest_rounds[kind] = latest
    for plan_id, count, overdue in rows(_AGREEMENTS):
        facts[plan_id].open_agreements = count
        facts[plan_id].overdue_agreements = overdue
    for plan_id, overdue in rows(_ACTIONS):
        facts[plan_id].overdue_actions = overdue
    for plan_id, progress in rows(_GOALS):
        facts[plan_id].goals_progress = progress
    for plan_id, last, next_date in rows(_SESSIONS):
        facts[plan_id].last_session = last
        facts[plan_id].next_session = next_date
    return facts
