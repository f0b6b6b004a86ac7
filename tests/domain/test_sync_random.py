"""Two copies edited at random at both desks and merged both ways end up the same, and every
edit that was not in conflict is in both (hypothesis)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledarplan.domain.desk_records import equal_plans
from ledarplan.domain.entities import Action, CoachingSession, Goal, GoalStatus, Side
from ledarplan.domain.sync import Choice
from tests.domain.desks import DeskCopy, on, two_desks

WORDS = st.sampled_from(["Feedback", "Tillid", "Ro", "Mod", "Tydelighed", "Æble ø å"])
GOAL_FIELDS = ("title", "description", "progress", "status")
OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "add_goal",
                "edit_goal",
                "delete_goal",
                "add_action",
                "edit_action",
                "delete_action",
                "add_session",
                "edit_session",
                "edit_plan",
            ]
        ),
        st.integers(0, 5),
        st.integers(0, 5),
        WORDS,
        st.integers(0, 100),
    ),
    max_size=12,
)


@dataclass
class Edits:
    """What one desk did in a round: field values it set, records it deleted."""

    values: dict[tuple[str, str], Any] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    parents: dict[str, str] = field(default_factory=dict)  # action → its goal

    def forget(self, record_ids: set[str]) -> None:
        """Values set in records this desk then deleted itself."""
        self.values = {k: v for k, v in self.values.items() if k[0] not in record_ids}


def _pick(records: list[Any], index: int) -> Any | None:
    return records[index % len(records)] if records else None


def apply(desk: DeskCopy, ops: list[tuple[str, int, int, str, int]], edits: Edits) -> None:
    plan_id = desk.bundle.plan.id
    for op, i, j, word, number in ops:
        goals = desk.bundle.goals
        goal = _pick(goals, i)
        if op == "add_goal":
            desk.add("goals", Goal(plan_id, f"{word} {number}"))
        elif op == "edit_goal" and goal is not None:
            name = GOAL_FIELDS[j % len(GOAL_FIELDS)]
            value = {
                "title": f"{word} {desk.side.value}",
                "description": f"{word}\n{number}",
                "progress": number,
                "status": list(GoalStatus)[number % len(GoalStatus)],
            }[name]
            if desk.change("goals", goal.id, lambda g, n=name, v=value: setattr(g, n, v)):
                edits.values[(goal.id, name)] = value
        elif op == "delete_goal" and goal is not None:
            desk.delete("goals", goal.id)
            edits.deleted.add(goal.id)
            edits.forget({goal.id} | {a.id for a in goal.actions})
        elif op == "add_action" and goal is not None:
            desk.change("goals", goal.id, lambda g, w=word: g.actions.append(Action(w)))
        elif op == "edit_action" and goal is not None and goal.actions:
            action = _pick(goal.actions, j)
            value = f"{word} {number}"

            def edit(g: Goal, a: str = action.id, v: str = value) -> None:
                next(x for x in g.actions if x.id == a).how = v

            if desk.change("goals", goal.id, edit):
                edits.values[(action.id, "how")] = value
                edits.parents[action.id] = goal.id
        elif op == "delete_action" and goal is not None and goal.actions:
            action = _pick(goal.actions, j)
            desk.change(
                "goals", goal.id, lambda g, a=action.id: g.actions.remove(
                    next(x for x in g.actions if x.id == a)
                )
            )  # fmt: skip
            edits.deleted.add(action.id)
            edits.parents[action.id] = goal.id
            edits.forget({action.id})
        elif op == "add_session" and desk.side is Side.LEADER:
            desk.add("sessions", CoachingSession(plan_id, on(1 + number % 28), topic=word))
        elif op == "edit_session" and desk.side is Side.LEADER and desk.bundle.sessions:
            session = _pick(desk.bundle.sessions, i)
            value = f"{word} {number}"
            if desk.change("sessions", session.id, lambda s, v=value: setattr(s, "notes", v)):
                edits.values[(session.id, "notes")] = value
        elif op == "edit_plan":
            value = f"Plan {word}"
            if desk.change("plan", desk.bundle.plan.id, lambda p, v=value: setattr(p, "title", v)):
                edits.values[(desk.bundle.plan.id, "title")] = value


def find(desk: DeskCopy, record_id: str) -> Any | None:
    bundle = desk.bundle
    if record_id == bundle.plan.id:
        return bundle.plan
    for record in [*bundle.goals, *bundle.sessions]:
        if record.id == record_id:
            return record
        for action in getattr(record, "actions", []):
            if action.id == record_id:
                return action
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(OPS, OPS), min_size=1, max_size=3))
def test_random_edits_at_both_desks_merge_to_the_same_plan_with_nothing_lost(rounds):
    leader, manager, _ = two_desks()
    for leader_ops, manager_ops in rounds:
        made = {Side.LEADER: Edits(), Side.MANAGER: Edits()}
        apply(leader, leader_ops, made[Side.LEADER])
        apply(manager, manager_ops, made[Side.MANAGER])
        first = manager.receive(leader.send(), default=Choice.MINE)
        second = leader.receive(manager.send(), default=Choice.MINE)
        assert second.conflicts == []  # what the manager decided needs no second decision
        assert equal_plans(leader.bundle, manager.bundle)
        in_conflict = {c.key for c in first.conflicts}
        for side, edits in made.items():
            for (record_id, name), value in edits.values.items():
                parent = edits.parents.get(record_id)
                if {f"{record_id}:{name}", f"{record_id}:", f"{parent}:"} & in_conflict:
                    continue
                gone = record_id in made[side.other].deleted or (
                    parent is not None and parent in made[side.other].deleted
                )
                record = find(leader, record_id)
                if gone:
                    assert record is None, (side, record_id, name)
                else:
                    assert record is not None and getattr(record, name) == value, (side, name)
            for record_id in edits.deleted:
                if f"{record_id}:" not in in_conflict and (
                    f"{edits.parents.get(record_id)}:" not in in_conflict
                ):
                    assert find(leader, record_id) is None
