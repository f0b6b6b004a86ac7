"""Goals linked to model items, their check-ins and their actions."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import date

from ledarplan.domain.entities import Action, ActionStatus, CheckIn, Goal, GoalStatus
from ledarplan.domain.errors import NotFoundError
from ledarplan.domain.rules import normalise_goal
from ledarplan.services.meanwhile import on_top
from ledarplan.storage.repository import Repository
from ledarplan.storage.store import Store


class GoalService:
    def __init__(self, store: Store):
        self._store = store

    def save(self, goal: Goal, read: Goal | None = None) -> Goal:
        """Creates or updates a goal together with its check-ins and actions.

        `read`: the goal as it was read before it was edited into `goal`. What someone else
        saved since then is kept where this edit changed nothing (an action they added stays,
        a title they changed is taken); a value both changed raises ChangedMeanwhileError with
        both sides to choose from (`rebased`), and nothing is written."""
        goal = deepcopy(goal)  # normalised here, not in the caller's hands
        with self._store.transaction() as repo:
            if read is not None:
                goal = on_top(repo.get_goal(goal.id), read, goal)
            return self._save(repo, goal)

    def save_fields(self, goal: Goal, read: Goal | None = None) -> Goal:
        """Saves the goal's own fields (its words, linked items, dates, status and progress);
        its check-ins and actions stay as they are stored, whatever `goal` holds of them.
        `read` as for `save`."""
        goal = deepcopy(goal)
        with self._store.transaction() as repo:
            stored = repo.get_goal(goal.id)
            goal.checkins, goal.actions = stored.checkins, stored.actions
            if read is not None:
                read = replace(read, checkins=stored.checkins, actions=stored.actions)
                goal = on_top(stored, read, goal)
            return self._save(repo, goal, children=False)

    @staticmethod
    def _save(repo: Repository, goal: Goal, *, children: bool = True) -> Goal:
        plan = repo.get_plan(goal.plan_id)
        normalise_goal(goal, plan.snapshot.item_ids)
        return repo.save_goal(goal, children=children)

    def add(
        self,
        plan_id: str,
        title: str,
        item_ids: list[str],
        *,
        description: str = "",
        success_criterion: str = "",
        target_date: date | None = None,
    ) -> Goal:
        return self.save(
            Goal(
                plan_id=plan_id,
                title=title,
                item_ids=list(item_ids),
                description=description,
                success_criterion=success_criterion,
                target_date=target_date,
            )
        )

    def check_in(self, goal_id: str, on: date, note: str, progress: int | None = None) -> Goal:
        """A dated note on how it goes; a given progress becomes the goal's progress."""
        with self._store.transaction() as repo:
            goal = repo.get_goal(goal_id)
            goal.checkins.append(CheckIn(on, note, progress))
            if progress is not None:
                goal.progress = progress
                if goal.status == GoalStatus.NOT_STARTED and progress > 0:
                    goal.status = GoalStatus.IN_PROGRESS
            return self._save(repo, goal)

    def add_action(self, goal_id: str, action: Action) -> Goal:
        with self._store.transaction() as repo:
            goal = repo.get_goal(goal_id)
            goal.actions.append(action)
            return self._save(repo, goal)

    def set_action_status(
        self, goal_id: str, action_id: str, status: ActionStatus, on: date | None = None
    ) -> Goal:
        with self._store.transaction() as repo:
            goal = repo.get_goal(goal_id)
            for action in goal.actions:
                if action.id == action_id:
                    action.status = status
                    action.done_date = (on or date.today()) if status == ActionStatus.DONE else None
                    break
            else:
                raise NotFoundError("action", action_id)
            return self._save(repo, goal)

    def list(self, plan_id: str) -> list[Goal]:
        with self._store.transaction() as repo:
            return repo.list_goals(plan_id)

    def delete(self, goal_id: str) -> None:
        with self._store.transaction() as repo:
            repo.delete_goal(goal_id)
