"""The facts the team overview needs for every plan at once, in a few grouped queries.

Loading every plan whole to show one row each would read every session's notes of 250 plans;
these queries read only dates, counts and averages, grouped by plan.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ledarplan.storage.tables import (
    ActionRow,
    AgreementRow,
    GoalRow,
    PersonRow,
    PlanRow,
    RoundRow,
    SessionRow,
    TalkRow,
    not_carried_over,
)


@dataclass(frozen=True)
class TeamPlan:
    """A plan of someone not archived, as the overview names it."""

    person_id: str
    person: str
    plan_id: str
    title: str
    framework_id: str
    model: str  # the model's and the level's names, as the plan's snapshot has them
    level: str
    started: date  # the period's start (else the day it was made): the latest is current


def team_plans(session: Session) -> list[TeamPlan]:
    """Every plan of the people not archived, without reading the plans' snapshots whole
    (the names are taken out of them by SQLite)."""
    model = PlanRow.snapshot["framework_name"].as_string()
    level = PlanRow.snapshot["level_name"].as_string()
    query = (
        select(
            PersonRow.id, PersonRow.name, PlanRow.id, PlanRow.title, PlanRow.framework_id,
            model, level, PlanRow.period_start, PlanRow.created_at,
        )
        .join(PersonRow, PlanRow.person_id == PersonRow.id)
        .where(PersonRow.archived.is_(False))
    )  # fmt: skip
    plans = []
    for (
        person_id,
        name,
        plan_id,
        title,
        framework_id,
        model_name,
        level_name,
        start,
        made,
    ) in session.execute(query):
        started = start or (made.date() if made else date.min)
        plans.append(
            TeamPlan(
                person_id, name, plan_id, title, framework_id, model_name or "",
                level_name or "", started,
            )
        )  # fmt: skip
    return plans


@dataclass
class PlanFacts:
    talks: list[dict[str, Any]] = field(default_factory=list)
    latest_rounds: dict[str, date] = field(default_factory=dict)  # assessor kind → date
    open_agreements: int = 0
    overdue_agreements: int = 0
    overdue_actions: int = 0
    goals_progress: float | None = None
    last_session: date | None = None
    next_session: date | None = None


def team_facts(session: Session, plan_ids: list[str], today: date) -> dict[str, PlanFacts]:
    facts: dict[str, PlanFacts] = defaultdict(PlanFacts)
    if not plan_ids:
        return facts
    for plan_id, talk_date, follow_up, leader, manager, signed_l, signed_m in session.execute(
        select(
            TalkRow.plan_id, TalkRow.date, TalkRow.follow_up_date, TalkRow.leader_prep,
            TalkRow.manager_prep, TalkRow.leader_signature, TalkRow.manager_signature,
        ).where(TalkRow.plan_id.in_(plan_ids)).order_by(TalkRow.position)
    ):  # fmt: skip
        facts[plan_id].talks.append(
            {"date": talk_date, "follow_up": follow_up, "leader_prep": leader,
             "manager_prep": manager, "signed": bool(signed_l and signed_m)}
        )  # fmt: skip
    for plan_id, kind, latest in session.execute(
        select(RoundRow.plan_id, RoundRow.assessor_kind, func.max(RoundRow.date))
        .where(RoundRow.plan_id.in_(plan_ids))
        .group_by(RoundRow.plan_id, RoundRow.assessor_kind)
    ):
        facts[plan_id].latest_rounds[kind] = latest
    _agreements(session, plan_ids, today, facts)
    for plan_id, overdue in session.execute(
        select(GoalRow.plan_id, func.count(ActionRow.id))
        .join(ActionRow, ActionRow.goal_id == GoalRow.id)
        .where(
            GoalRow.plan_id.in_(plan_ids),
            ActionRow.due_date < today,
            ActionRow.status != "done",
        )
        .group_by(GoalRow.plan_id)
    ):
        facts[plan_id].overdue_actions = overdue
    for plan_id, progress in session.execute(
        select(GoalRow.plan_id, func.avg(GoalRow.progress))
        .where(GoalRow.plan_id.in_(plan_ids), GoalRow.status != "dropped")
        .group_by(GoalRow.plan_id)
    ):
        facts[plan_id].goals_progress = progress
    latest_session = (
        select(SessionRow.plan_id, func.max(SessionRow.date).label("last"))
        .where(SessionRow.plan_id.in_(plan_ids))
        .group_by(SessionRow.plan_id)
        .subquery()
    )
    for plan_id, last, next_date in session.execute(
        select(latest_session.c.plan_id, latest_session.c.last, func.max(SessionRow.next_date))
        .join(
            SessionRow,
            and_(
                SessionRow.plan_id == latest_session.c.plan_id,
                SessionRow.date == latest_session.c.last,
            ),
        )
        .group_by(latest_session.c.plan_id, latest_session.c.last)
    ):
        facts[plan_id].last_session = last
        facts[plan_id].next_session = next_date
    return facts


def _agreements(
    session: Session, plan_ids: list[str], today: date, facts: dict[str, PlanFacts]
) -> None:
    """Open agreements (not done, not carried over to a later session) of sessions and talks."""
    open_ = and_(AgreementRow.done.is_(False), not_carried_over())
    for parent, link in ((SessionRow, AgreementRow.session_id), (TalkRow, AgreementRow.talk_id)):
        for plan_id, count, overdue in session.execute(
            select(
                parent.plan_id,
                func.count(AgreementRow.id),
                func.count(AgreementRow.id).filter(AgreementRow.due_date < today),
            )
            .join(parent, link == parent.id)
            .where(parent.plan_id.in_(plan_ids), open_)
            .group_by(parent.plan_id)
        ):
            facts[plan_id].open_agreements += count
            facts[plan_id].overdue_agreements += overdue
