"""The manager's desk: every person the user holds a plan for, one row each, and the year.

For each person (not archived) their current plan — the one whose period started last — with
what a manager looks at before the season of talks: the next talk and follow-up, whether each
side has prepared, the latest self and manager rounds, open and overdue agreements, overdue
actions, the goals' progress and the last coaching session. For a leader with only their own
plan, `year` lists the plan's dates in order instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from ledarplan.domain.entities import Side
from ledarplan.services.calendar import CalendarLabels, DatedItem, plan_dates
from ledarplan.services.plans import PlanService
from ledarplan.storage.store import Store
from ledarplan.storage.team_queries import TeamPlan

#: Within this many days a date counts as "due soon".
SOON_DAYS = 14


class Due(str, Enum):
    """What a reminder of the overview is about."""

    TALK = "talk"
    FOLLOW_UP = "follow-up"
    AGREEMENTS = "agreements"
    ACTIONS = "actions"


@dataclass(frozen=True)
class Reminder:
    """One thing overdue, or due within SOON_DAYS: the talk or follow-up with its date, the
    agreements or actions with how many are late."""

    what: Due
    overdue: bool
    day: date | None = None
    count: int = 0


@dataclass(frozen=True)
class TeamRow:
    person_id: str
    person: str
    plan_id: str
    plan_title: str
    framework_id: str
    model: str
    level: str
    desk: Side
    next_talk: date | None
    #: The latest talk whose date has passed without both signing it off, if any.
    unsigned_talk: date | None
    follow_up: date | None
    leader_prepared: bool
    manager_prepared: bool
    latest_self: date | None
    latest_manager: date | None
    open_agreements: int
    overdue_agreements: int
    overdue_actions: int
    goals_progress: int | None  # average per cent of goals not dropped; None: no goals
    last_session: date | None
    next_session: date | None

    def reminders(self, today: date) -> list[Reminder]:
        """What is late, then what is due soon, in this order: a talk whose date has passed
        and that is not signed off, a follow-up whose date has passed, agreements and actions
        past their due dates; a talk or follow-up within SOON_DAYS."""
        found = []
        if self.unsigned_talk is not None:
            found.append(Reminder(Due.TALK, True, self.unsigned_talk))
        if self.follow_up is not None and self.follow_up < today:
            found.append(Reminder(Due.FOLLOW_UP, True, self.follow_up))
        if self.overdue_agreements:
            found.append(Reminder(Due.AGREEMENTS, True, count=self.overdue_agreements))
        if self.overdue_actions:
            found.append(Reminder(Due.ACTIONS, True, count=self.overdue_actions))
        for what, day in ((Due.TALK, self.next_talk), (Due.FOLLOW_UP, self.follow_up)):
            if day is not None and 0 <= (day - today).days <= SOON_DAYS:
                found.append(Reminder(what, False, day))
        return found

    def overdue(self, today: date) -> bool:
        """Something is late (see `reminders`)."""
        return any(reminder.overdue for reminder in self.reminders(today))

    def due_soon(self, today: date) -> bool:
        """A talk or follow-up within SOON_DAYS."""
        return any(not reminder.overdue for reminder in self.reminders(today))


def _prepared(answers: list[dict[str, Any]] | None) -> bool:
    """A side has prepared when it has questions and has answered every one."""
    answers = answers or []
    return bool(answers) and all(str(a.get("answer", "")).strip() for a in answers)


class TeamService:
    def __init__(self, store: Store, plans: PlanService):
        self._store = store
        self._plans = plans
        #: The names of each plan's model and level, by what fixes them (`model_key`): read
        #: from the plans' snapshots once, not on every listing (on PostgreSQL reading them
        #: out of the snapshots' JSON was the listing's costliest statement).
        self._names: dict[tuple[str, str, str, str | None], tuple[str, str]] = {}

    def rows(self, today: date) -> list[TeamRow]:
        """One row per person with a plan (archived people left out), by name."""
        current: dict[str, TeamPlan] = {}
        with self._store.transaction() as repo:
            for plan in repo.team_plans():
                held = current.get(plan.person_id)
                if held is None or (plan.started, plan.plan_id) >= (held.started, held.plan_id):
                    current[plan.person_id] = plan
            plans = {plan.plan_id: plan for plan in current.values()}
            unnamed = [plan_id for plan_id, p in plans.items() if p.model_key not in self._names]
            for plan_id, names in repo.plan_names(unnamed).items():
                self._names[plans[plan_id].model_key] = names
            facts = repo.team_facts([plan.plan_id for plan in current.values()], today)
        rows = []
        for plan in current.values():
            fact = facts[plan.plan_id]
            model, level = self._names.get(plan.model_key, ("", ""))
            talks = fact.talks
            coming = [t for t in talks if t["date"] and t["date"] >= today and not t["signed"]]
            talk = coming[0] if coming else (talks[-1] if talks else None)
            follow_ups = [t["follow_up"] for t in talks if t["follow_up"]]
            unsigned = [
                t["date"] for t in talks if t["date"] and t["date"] < today and not t["signed"]
            ]
            rows.append(
                TeamRow(
                    person_id=plan.person_id,
                    person=plan.person,
                    plan_id=plan.plan_id,
                    plan_title=plan.title,
                    framework_id=plan.framework_id,
                    model=model,
                    level=level,
                    desk=Side(fact.side),
                    next_talk=min((t["date"] for t in coming), default=None),
                    unsigned_talk=max(unsigned, default=None),
                    follow_up=max(follow_ups, default=None),
                    leader_prepared=talk is not None and _prepared(talk["leader_prep"]),
                    manager_prepared=talk is not None and _prepared(talk["manager_prep"]),
                    latest_self=fact.latest_self,
                    latest_manager=fact.latest_manager,
                    open_agreements=fact.open_agreements,
                    overdue_agreements=fact.overdue_agreements,
                    overdue_actions=fact.overdue_actions,
                    goals_progress=(
                        round(fact.goals_progress) if fact.goals_progress is not None else None
                    ),
                    last_session=fact.last_session,
                    next_session=fact.next_session,
                )
            )
        return sorted(rows, key=lambda r: r.person.casefold())

    def year(self, plan_id: str, today: date, labels: CalendarLabels) -> list[DatedItem]:
        """A leader's year: the plan's dates from today on, in order (the calendar's dates)."""
        return [i for i in plan_dates(self._plans.bundle(plan_id), labels) if i.day >= today]
