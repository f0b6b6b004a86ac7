"""A plan's records as the two desks' merge sees them: their shape (the fields merged as values,
the lists of child records), whose own part each is, what each is called in a preview, and the
stamps every change gets when it is stored (`restamp`); deleted records become tombstones.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from functools import cache
from typing import Any

from ledarplan.domain.entities import (
    Action,
    Agreement,
    AssessmentRound,
    AssessorKind,
    CheckIn,
    CoachingSession,
    Desk,
    DevelopmentTalk,
    FeedbackRound,
    Goal,
    Plan,
    PlanBundle,
    RecordKind,
    Side,
    Stamp,
    Tombstone,
    Versions,
)

#: Never merged as values: who a record is, what it belongs to, its stamps, what a plan was
#: made from (fixed when it was made), and each copy's own bookkeeping of when it saved.
_NOT_MERGED = frozenset(
    {
        "id", "versions", "plan_id", "person_id", "framework_id", "framework_version",
        "level_id", "snapshot", "created_at", "updated_at",
    }
)  # fmt: skip
#: The bundle's lists of records and what kind each holds.
RECORD_LISTS = (
    ("rounds", RecordKind.ROUND),
    ("goals", RecordKind.GOAL),
    ("sessions", RecordKind.SESSION),
    ("talks", RecordKind.TALK),
    ("feedback", RecordKind.FEEDBACK),
)
KIND_OF = {
    AssessmentRound: RecordKind.ROUND,
    Goal: RecordKind.GOAL,
    CheckIn: RecordKind.CHECKIN,
    Action: RecordKind.ACTION,
    CoachingSession: RecordKind.SESSION,
    Agreement: RecordKind.AGREEMENT,
    DevelopmentTalk: RecordKind.TALK,
    FeedbackRound: RecordKind.FEEDBACK,
}
#: Free text, which two desks' edits can both be kept in (one after the other).
TEXT_FIELDS = frozenset(
    {
        "description", "success_criterion", "note", "notes", "how", "why", "who", "when",
        "follow_up", "what", "summary", "participants", "experience", "reflection",
        "conclusion", "experiment", "text",
    }
)  # fmt: skip
#: The talk's preparation and signatures: each its writer's own.
_PREP_OWNER = {
    "leader_prep": Side.LEADER,
    "manager_prep": Side.MANAGER,
    "leader_signature": Side.LEADER,
    "manager_signature": Side.MANAGER,
}


# --- the shape of a record -------------------------------------------------------------------


@cache
def shape(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, type], ...]]:
    """(the fields merged as values, the lists of child records with their type)."""
    hints = typing.get_type_hints(cls)
    values, children = [], []
    for f in fields(cls):
        if f.name in _NOT_MERGED:
            continue
        hint = hints[f.name]
        args = typing.get_args(hint)
        if typing.get_origin(hint) is list and args and args[0] in KIND_OF:
            children.append((f.name, args[0]))
        else:
            values.append(f.name)
    return tuple(values), tuple(children)


def value_fields(record: Any) -> tuple[str, ...]:
    return shape(type(record))[0]


def children_of(record: Any) -> Iterator[tuple[str, list[Any]]]:
    for name, _cls in shape(type(record))[1]:
        yield name, getattr(record, name)


def kind_of(record: Any) -> RecordKind:
    return KIND_OF[type(record)]


def owner(record: Any, field_name: str = "", parent_owner: Side | None = None) -> Side | None:
    """The desk whose own part a record (or one of its fields) is; None: shared."""
    if isinstance(record, DevelopmentTalk) and field_name in _PREP_OWNER:
        return _PREP_OWNER[field_name]
    if parent_owner is not None:
        return parent_owner  # a session's agreements are the session's writer's
    if isinstance(record, AssessmentRound):
        if record.versions.created is not None:
            return record.versions.created.side
        if record.assessor_kind is AssessorKind.MANAGER:
            return Side.MANAGER
        return Side.LEADER if record.assessor_kind is AssessorKind.SELF else None
    if isinstance(record, (CoachingSession, FeedbackRound)):
        # The leader's coaching log and feedback from others: the desk that made them.
        created = record.versions.created
        return created.side if created is not None else Side.LEADER
    return None


def title_of(record: Any) -> str:
    """What a record is called in a preview: a goal's title, an action's what …"""
    if isinstance(record, (Goal, Plan)):
        return record.title
    if isinstance(record, Action):
        return record.what
    if isinstance(record, Agreement):
        return record.text
    if isinstance(record, CoachingSession):
        return f"{record.date.isoformat()} {record.topic}".strip()
    if isinstance(record, (AssessmentRound, CheckIn, FeedbackRound)):
        return record.date.isoformat()
    if isinstance(record, DevelopmentTalk):
        return record.date.isoformat() if record.date else ""
    return ""


def foreign_changes(old: Any | None, new: Any, side: Side) -> list[str]:
    """The fields of `new` (about to replace `old`) that are the other desk's own part and
    that it changes: a desk changes its own parts and the shared ones only."""
    if old is None:
        return []  # a new record is its writer's own
    record_owner = owner(old)
    changed = [
        name
        for name in value_fields(new)
        if getattr(new, name) != getattr(old, name)
        and (owner(old, name) or record_owner) is side.other
    ]
    if record_owner is side.other:
        changed += [
            name
            for name, children in children_of(new)
            if plain_children(children) != plain_children(getattr(old, name))
        ]
    return changed


def plain_children(children: list[Any]) -> list[Any]:
    return [(c.id, [getattr(c, n) for n in value_fields(c)]) for c in children]


def relabelled(bundle: PlanBundle, old: Side, new: Side) -> PlanBundle:
    """The plan with every change made at the `old` desk said to be made at the `new` one
    (a copy that was kept at the wrong desk before it ever met the other)."""
    result = copy.deepcopy(bundle)

    def move(stamp: Stamp | None) -> Stamp | None:
        return Stamp(new, stamp.seq, stamp.at) if stamp is not None and stamp.side is old else stamp

    for record in [result.plan, *records_of(result)]:
        versions = record.versions
        versions.created = move(versions.created)
        versions.fields = {name: move(stamp) for name, stamp in versions.fields.items()}
    result.deleted = [Tombstone(t.kind, t.id, move(t.stamp)) for t in result.deleted]
    seen = dict(result.desk.seen) if result.desk else {}
    seen[new] = seen.pop(old, 0)
    result.desk = Desk(new, seen, None)
    return result


# --- stamping what is stored -----------------------------------------------------------------


def restamp(old: Any | None, new: Any, stamp: Stamp) -> list[Tombstone]:
    """Gives `new` (about to be stored in place of `old`, None when it is new) the stamps of
    what changed: `stamp` on each changed field, on each new child record and its fields.
    Returns tombstones for the child records `new` no longer has."""
    if old is None:
        new.versions = Versions(created=stamp, fields={}, withheld=list(new.versions.withheld))
        for _name, children in children_of(new):
            for child in children:
                restamp(None, child, stamp)
        return []
    versions = Versions(
        created=old.versions.created,
        fields=dict(old.versions.fields),
        withheld=list(old.versions.withheld),
    )
    for name in value_fields(new):
        if getattr(new, name) != getattr(old, name):
            versions.fields[name] = stamp
            if name in versions.withheld:
                versions.withheld.remove(name)
    new.versions = versions
    gone: list[Tombstone] = []
    for name, children in children_of(new):
        before = {child.id: child for child in getattr(old, name)}
        for child in children:
            gone += restamp(before.pop(child.id, None), child, stamp)
        gone += [tombstone(child, stamp) for child in before.values()]
    return gone


def changed_meanwhile(stored: Any, edited: Any) -> list[str]:
    """The fields that storing `edited` (a record as it was read, then edited) in place of
    `stored` would overwrite although another save changed them after it was read: their
    stamp here is not the one `edited` was read with, and the values differ. The same for the
    child records both have (named by their list: "actions" …). Empty: nothing is lost."""
    found = [
        name
        for name in value_fields(edited)
        if stored.versions.fields.get(name) != edited.versions.fields.get(name)
        and getattr(stored, name) != getattr(edited, name)
    ]
    for name, children in children_of(edited):
        before = {child.id: child for child in getattr(stored, name)}
        if any(
            changed_meanwhile(before[child.id], child) for child in children if child.id in before
        ):
            found.append(name)
    return found


def tombstone(record: Any, stamp: Stamp) -> Tombstone:
    return Tombstone(kind_of(record), record.id, stamp)


def tombstones_of(record: Any, stamp: Stamp) -> list[Tombstone]:
    """A deleted record and its child records, as tombstones."""
    found = [tombstone(record, stamp)]
    for _name, children in children_of(record):
        for child in children:
            found += tombstones_of(child, stamp)
    return found


def stamp_order(stamp: Stamp) -> tuple[datetime, str, int]:
    return (stamp.at, stamp.side.value, stamp.seq)


def stamps_of(record: Any) -> Iterator[Stamp]:
    if record.versions.created is not None:
        yield record.versions.created
    yield from record.versions.fields.values()
    for _name, children in children_of(record):
        for child in children:
            yield from stamps_of(child)


def records_of(bundle: PlanBundle) -> Iterator[Any]:
    def walk(record: Any) -> Iterator[Any]:
        yield record
        for _name, children in children_of(record):
            for child in children:
                yield from walk(child)

    for name, _kind in RECORD_LISTS:
        for record in getattr(bundle, name):
            yield from walk(record)


def stamps_of_bundle(bundle: PlanBundle) -> Iterator[Stamp]:
    yield from stamps_of(bundle.plan)
    for name, _kind in RECORD_LISTS:
        for record in getattr(bundle, name):
            yield from stamps_of(record)
    for tomb in bundle.deleted:
        yield tomb.stamp


def last_stamp(record: Any) -> Stamp | None:
    stamps = list(stamps_of(record))
    return max(stamps, key=stamp_order) if stamps else None


def equal_plans(a: PlanBundle, b: PlanBundle) -> bool:
    """The same plan content (not where each copy stands, nor when it last met the other)."""
    return _content(a) == _content(b)


def _content(bundle: PlanBundle) -> Any:
    return (
        bundle.person,
        bundle.plan,
        bundle.rounds,
        bundle.goals,
        bundle.sessions,
        bundle.talks,
        bundle.feedback,
        sorted(bundle.deleted, key=lambda t: t.id),
    )
