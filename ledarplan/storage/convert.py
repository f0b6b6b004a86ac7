"""ORM rows ⇄ domain objects. Nothing outside storage ever sees a row.

Rows have the entities' field names, so the copying is by name (`domain.records.build` one
way, `fill` the other): a field added to an entity needs a column of the same name and
nothing here. What differs is said here once: links kept as rows of their own (a goal's
items, a session's goals), timestamps the repository keeps, and the plan's snapshot held as
JSON. A field with no column is an error at the first save, never a value silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import inspect as sa_inspect

from ledarplan.domain.entities import (
    Agreement,
    AssessmentRound,
    CoachingSession,
    Desk,
    DevelopmentTalk,
    FeedbackRound,
    FrameworkSnapshot,
    Goal,
    Person,
    Plan,
    PlanBundle,
    Side,
    Stamp,
    Tombstone,
)
from ledarplan.domain.records import build, to_plain
from ledarplan.storage.tables import (
    DeskRow,
    FeedbackRoundRow,
    GoalItemRow,
    GoalRow,
    PersonRow,
    PlanRow,
    RoundRow,
    SessionGoalRow,
    SessionRow,
    TalkRow,
    TombstoneRow,
)

#: Kept by the repository (set when a row is made or changed), never copied from an entity.
_TIMESTAMPS = ("id", "created_at", "updated_at")


@cache
def _shape(row_type: type) -> tuple[frozenset[str], frozenset[str], dict[str, type]]:
    """A row class's plain columns, its JSON columns and its child rows' classes by name."""
    mapper = sa_inspect(row_type)
    columns = frozenset(mapper.columns.keys())
    as_json = frozenset(key for key, col in mapper.columns.items() if isinstance(col.type, JSON))
    children = {rel.key: rel.mapper.class_ for rel in mapper.relationships if rel.uselist}
    return columns, as_json, children


def fill(row: Any, entity: Any, *, skip: tuple[str, ...] = (), **extra: Any) -> None:
    """Copies every field of `entity` but those in `skip` into the row's column of the same
    name; lists of entities become child rows (numbered by `position` where the child has
    one). `extra` sets columns the entity does not have (its position among its siblings)."""
    columns, as_json, children = _shape(type(row))
    for field in fields(entity):
        name = field.name
        if name in skip:
            continue
        value = getattr(entity, name)
        if name in children:
            setattr(row, name, _children(row, name, children[name], value))
        elif name in as_json:
            setattr(row, name, to_plain(value))
        elif name in columns:
            setattr(row, name, value.value if isinstance(value, Enum) else value)
        else:
            raise TypeError(
                f"{type(entity).__name__}.{name} has no column in the table "
                f"'{row.__tablename__}': add one (and a migration)"
            )
    for name, value in extra.items():
        setattr(row, name, value)


def new_row(row_type: type, entity: Any, position: int | None = None) -> Any:
    row = row_type()
    _fill_child(row, entity, position)
    return row


def _fill_child(row: Any, entity: Any, position: int | None) -> None:
    columns = _shape(type(row))[0]
    fill(row, entity, **({"position": position} if "position" in columns else {}))


def _children(row: Any, name: str, row_type: type, entities: list[Any]) -> list[Any]:
    """The child rows for `entities`: a child already stored is filled in place, so only
    what changed is written (new rows with the same keys would have every column of every
    child written again on each save, the ORM's "row switch")."""
    key = _child_key(row_type)
    stored = {key(child): child for child in getattr(row, name)}
    rows = []
    for position, entity in enumerate(entities):
        child = stored.get(key(entity))
        if child is None:
            child = new_row(row_type, entity, position)
        else:
            _fill_child(child, entity, position)
        rows.append(child)
    return rows


@cache
def _child_key(row_type: type) -> Callable[[Any], tuple[Any, ...]]:
    """What tells a child apart among its siblings, on its row and on its record alike: its
    id, or (a rating) the key columns other than its parent's."""
    mapper = sa_inspect(row_type)
    names = [c.key for c in mapper.primary_key if not c.foreign_keys]
    return lambda obj: tuple(getattr(obj, n) for n in names)


def _links(stored: list[Any], key: str, values: list[str], make: type) -> list[Any]:
    """Link rows (a goal's model items, a session's goals) in the order of `values`: the
    stored ones kept (their position changed only if it moved), new ones made."""
    by_value = {getattr(link, key): link for link in stored}
    links = []
    for position, value in enumerate(values):
        link = by_value.get(value)
        if link is None:
            link = make(**{key: value, "position": position})
        elif link.position != position:
            link.position = position
        links.append(link)
    return links


# --- what differs from copying by name --------------------------------------------------------


@lru_cache(maxsize=64)
def snapshot_from_text(text: str) -> FrameworkSnapshot:
    """A snapshot from its stored JSON text. Plans of one model and level store the same text,
    and a snapshot is immutable, so each distinct text is read once and then shared: listing
    thousands of plans reads a handful of snapshots, not thousands."""
    return build(FrameworkSnapshot, json.loads(text))


def person_from_row(row: PersonRow) -> Person:
    return build(Person, row)


def fill_person_row(row: PersonRow, person: Person) -> None:
    fill(row, person, skip=_TIMESTAMPS)


def plan_from_row(row: PlanRow, snapshot: FrameworkSnapshot | None = None) -> Plan:
    """`snapshot` when the caller read it already (then `row.snapshot` is not touched)."""
    if snapshot is None:
        snapshot = build(FrameworkSnapshot, row.snapshot)
    return build(Plan, row, snapshot=snapshot)


def fill_plan_row(row: PlanRow, plan: Plan) -> None:
    fill(row, plan, skip=_TIMESTAMPS)


def round_from_row(row: RoundRow) -> AssessmentRound:
    return build(AssessmentRound, row)


def fill_round_row(row: RoundRow, round_: AssessmentRound) -> None:
    fill(row, round_, skip=("id",))


def goal_from_row(row: GoalRow) -> Goal:
    return build(Goal, row, item_ids=[link.item_id for link in row.items])


def fill_goal_row(row: GoalRow, goal: Goal, position: int, *, children: bool = True) -> None:
    """With `children` False the goal's check-ins and actions rows are not touched."""
    skip = ("id", "item_ids") if children else ("id", "item_ids", "checkins", "actions")
    fill(row, goal, skip=skip, position=position)
    row.items = _links(row.items, "item_id", goal.item_ids, GoalItemRow)
    if children:
        _named_plan(row, row.actions)


def agreement_from_row(row: Any) -> Agreement:
    return build(Agreement, row)


def session_from_row(row: SessionRow) -> CoachingSession:
    return build(CoachingSession, row, goal_ids=[link.goal_id for link in row.goal_links])


def fill_session_row(row: SessionRow, session: CoachingSession) -> None:
    fill(row, session, skip=("id", "goal_ids"))
    row.goal_links = _links(row.goal_links, "goal_id", session.goal_ids, SessionGoalRow)
    _named_plan(row, row.agreements)


def _named_plan(row: GoalRow | SessionRow | TalkRow, children: list[Any]) -> None:
    """An action names the plan of its goal, an agreement that of its session or talk (see
    ActionRow.plan_id, AgreementRow.plan_id)."""
    for child in children:
        if child.plan_id != row.plan_id:
            child.plan_id = row.plan_id


def talk_from_row(row: TalkRow) -> DevelopmentTalk:
    return build(DevelopmentTalk, row)


def fill_talk_row(row: TalkRow, talk: DevelopmentTalk, position: int) -> None:
    fill(row, talk, skip=("id",), position=position)
    _named_plan(row, row.agreements)


def feedback_from_row(row: FeedbackRoundRow) -> FeedbackRound:
    return build(FeedbackRound, row)


def fill_feedback_row(row: FeedbackRoundRow, round_: FeedbackRound) -> None:
    fill(row, round_, skip=("id",))


def desk_from_row(row: DeskRow) -> Desk:
    return build(Desk, {"side": row.side, "seen": row.seen, "met_at": row.met_at})


def desk_row(plan_id: str, desk: Desk) -> DeskRow:
    return DeskRow(
        plan_id=plan_id, side=desk.side.value, seen=to_plain(desk.seen), met_at=desk.met_at
    )


def tombstone_from_row(row: TombstoneRow) -> Tombstone:
    return build(Tombstone, {"kind": row.kind, "id": row.id, "stamp": row.stamp})


def tombstone_row(plan_id: str, tomb: Tombstone) -> TombstoneRow:
    return TombstoneRow(
        plan_id=plan_id, id=tomb.id, kind=tomb.kind.value, stamp=to_plain(tomb.stamp)
    )


def carries(record: Any, stamp: Stamp) -> bool:
    """Whether `stamp` is on the record or any of its child records (it changed now)."""
    versions = record.versions
    if versions.created == stamp or stamp in versions.fields.values():
        return True
    return any(
        carries(child, stamp)
        for field in fields(record)
        if isinstance(children := getattr(record, field.name), list)
        for child in children
        if hasattr(child, "versions")
    )


def plan_rows(bundle: PlanBundle, updated_at: datetime) -> list[object]:
    """A plan's rows and its children's (rounds, goals, sessions, talks, feedback rounds),
    parents first, ready
    to be added in one flush; the person's row is the caller's."""
    plan = bundle.plan
    plan_row = PlanRow(id=plan.id, created_at=plan.created_at or updated_at, updated_at=updated_at)
    fill_plan_row(plan_row, plan)
    plan_row.desk = desk_row(plan.id, bundle.desk or Desk(Side.LEADER))
    plan_row.tombstones = [tombstone_row(plan.id, tomb) for tomb in bundle.deleted]
    rows: list[object] = [plan_row]
    for round_ in bundle.rounds:
        round_row = RoundRow(id=round_.id)
        fill_round_row(round_row, round_)
        rows.append(round_row)
    for position, goal in enumerate(bundle.goals):
        goal_row = GoalRow(id=goal.id)
        fill_goal_row(goal_row, goal, position)
        rows.append(goal_row)
    for session in bundle.sessions:
        session_row = SessionRow(id=session.id)
        fill_session_row(session_row, session)
        rows.append(session_row)
    for position, talk in enumerate(bundle.talks):
        talk_row = TalkRow(id=talk.id)
        fill_talk_row(talk_row, talk, position)
        rows.append(talk_row)
    for feedback in bundle.feedback:
        feedback_row = FeedbackRoundRow(id=feedback.id)
        fill_feedback_row(feedback_row, feedback)
        rows.append(feedback_row)
    return rows
