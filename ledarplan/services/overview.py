"""The plan at a glance: progress, what is open, what is next and what is overdue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ledarplan.domain.entities import (
    ActionStatus,
    Agreement,
    GoalStatus,
    PlanBundle,
)

FINISHED_GOALS = (GoalStatus.DONE, GoalStatus.DROPPED)


@dataclass(frozen=True)
class GoalProgress:
    goal_id: str
    title: str
    progress: int
    status: GoalStatus
    target_date: date | None


@dataclass(frozen=True)
class Overdue:
    """Something whose date has passed and is not done."""

    kind: str  # "goal", "action" or "agreement"
    text: str
    due: date
    goal_id: str | None = None


@dataclass
class PlanOverview:
    goals: list[GoalProgress] = field(default_factory=list)
    open_agreements: list[Agreement] = field(default_factory=list)
    next_session: date | None = None
    next_talk: date | None = None
    #: The latest talk held (signed by both, or its date past).
    held_talk: date | None = None
    follow_up: date | None = None
    overdue: list[Overdue] = field(default_factory=list)
    rounds: int = 0

    @property
    def average_progress(self) -> int:
        active = [g.progress for g in self.goals if g.status != GoalStatus.DROPPED]
        return round(sum(active) / len(active)) if active else 0


def _open_session_agreements(bundle: PlanBundle) -> list[Agreement]:
    carried = {a.carried_from for s in bundle.sessions for a in s.agreements if a.carried_from}
    return [a for s in bundle.sessions for a in s.agreements if not a.done and a.id not in carried]


def overview_of(bundle: PlanBundle, today: date) -> PlanOverview:
    result = PlanOverview(rounds=len(bundle.rounds))
    for goal in bundle.goals:
        result.goals.append(
            GoalProgress(goal.id, goal.title, goal.progress, goal.status, goal.target_date)
        )
        if goal.target_date and goal.target_date < today and goal.status not in FINISHED_GOALS:
            result.overdue.append(Overdue("goal", goal.title, goal.target_date, goal.id))
        for action in goal.actions:
            if action.due_date and action.due_date < today and action.status != ActionStatus.DONE:
                result.overdue.append(Overdue("action", action.what, action.due_date, goal.id))
    result.open_agreements = _open_session_agreements(bundle)
    talk_agreements = [a for t in bundle.talks for a in t.agreements if not a.done]
    for agreement in result.open_agreements + talk_agreements:
        if agreement.due_date and agreement.due_date < today:
            result.overdue.append(Overdue("agreement", agreement.text, agreement.due_date))
    # A session logged today has been held; the next is one planned after today, or the
    # next date the latest session set (today included: it is still to come).
    latest = max(bundle.sessions, key=lambda s: s.date, default=None)
    upcoming_sessions = [s.date for s in bundle.sessions if s.date > today]
    if latest is not None and latest.next_date and latest.next_date >= today:
        upcoming_sessions.append(latest.next_date)
    result.next_session = min(upcoming_sessions, default=None)
    talk_dates = [t.date for t in bundle.talks if t.date and t.date >= today and not t.signed_off]
    result.next_talk = min(talk_dates, default=None)
    held = [t.date for t in bundle.talks if t.date and (t.signed_off or t.date < today)]
    result.held_talk = max(held, default=None)
    follow_ups = [t.follow_up_date for t in bundle.talks if t.follow_up_date]
    result.follow_up = max(follow_ups, default=None)
    result.overdue.sort(key=lambda o: o.due)
    return result
