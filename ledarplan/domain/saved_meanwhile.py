"""Two people at once on one stored plan (the organisation's database): a record saved from an
older reading is put on top of what is stored now (`rebase`). What only the other changed is
taken, what they added is kept, and a value both changed is a `Conflict` for the user, as in a
merge of two desks' files; `decided` makes the record to store from their choices.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ledarplan.domain.desk_records import (
    KIND_OF,
    children_of,
    kind_of,
    plain_children,
    shape,
    title_of,
    value_fields,
)
from ledarplan.domain.sync import Choice, Conflict, both_texts

# --- two people at once: a save from an older reading -----------------------------------------


@dataclass
class Rebased:
    """What was typed (`edited`, from a reading `read`) put on top of the record as it is
    stored now: `record` carries the stored stamps, the other's changes where this side changed
    nothing, this side's changes where the other changed nothing, and the child records the
    other added meanwhile. A value both changed is a `conflict` (mine: typed here, theirs:
    stored); `record` holds mine for each until `decided` says otherwise."""

    record: Any
    stored: Any
    conflicts: list[Conflict] = field(default_factory=list)


def rebase(read: Any, stored: Any, edited: Any) -> Rebased:
    """`edited` (the record as it was `read`, then changed here) brought up to `stored`."""
    conflicts: list[Conflict] = []
    record = _rebased(read, stored, edited, conflicts)
    return Rebased(record, copy.deepcopy(stored), conflicts)


def _rebased(read: Any, stored: Any, edited: Any, conflicts: list[Conflict]) -> Any:
    result = copy.deepcopy(edited)
    result.versions = copy.deepcopy(stored.versions)
    for name in value_fields(edited):
        mine, theirs, before = (getattr(r, name) for r in (edited, stored, read))
        if stored.versions.fields.get(name) == read.versions.fields.get(name) or mine == theirs:
            continue  # not changed there since the reading (or changed alike): mine
        if mine == before:  # changed there only: theirs
            setattr(result, name, copy.deepcopy(theirs))
            continue
        conflicts.append(
            Conflict(
                kind_of(edited) if type(edited) in KIND_OF else None,
                edited.id,
                title_of(stored),
                name,
                mine,
                theirs,
                None,
                stored.versions.fields.get(name),
            )
        )
    for name, children in children_of(edited):
        at_read = {child.id: child for child in getattr(read, name)}
        now = {child.id: child for child in getattr(stored, name)}
        merged = []
        for child in children:
            if child.id in now and child.id in at_read:
                merged.append(_rebased(at_read[child.id], now[child.id], child, conflicts))
            elif child.id in at_read:  # deleted there: kept only if changed here
                if plain_children([child]) != plain_children([at_read[child.id]]):
                    conflicts.append(_gone_conflict(child, child, None))
                    merged.append(child)
            else:
                merged.append(child)  # new here
        kept = {child.id for child in children}
        for child_id, child in now.items():
            if child_id not in at_read:  # added there meanwhile: kept
                merged.append(copy.deepcopy(child))
            elif child_id not in kept and plain_children([child]) != plain_children(
                [at_read[child_id]]
            ):  # deleted here, changed there
                conflicts.append(_gone_conflict(child, None, child))
        setattr(result, name, merged)
    return result


def _gone_conflict(record: Any, mine: Any, theirs: Any) -> Conflict:
    return Conflict(kind_of(record), record.id, title_of(record), "", mine, theirs, None, None)


def decided(rebased: Rebased, choices: Mapping[str, Choice]) -> Any:
    """The record to store once each conflict is decided (by `Conflict.key`; undecided: mine).
    Kept both, the other's text follows mine, marked with their side and day."""
    record = copy.deepcopy(rebased.record)
    for conflict in rebased.conflicts:
        chosen = choices.get(conflict.key, Choice.MINE)
        if chosen is Choice.MINE:
            continue
        if not conflict.field:  # a child record deleted at one side, changed at the other
            _put_child(record, conflict.record_id, conflict.theirs)
            continue
        target = _find(record, conflict.record_id)
        if chosen is Choice.BOTH and conflict.text and conflict.their_stamp is not None:
            stamp = conflict.their_stamp
            value = both_texts(conflict.mine, conflict.theirs, stamp.side, stamp.at)
        else:
            value = copy.deepcopy(conflict.theirs)
        setattr(target, conflict.field, value)
    return record


def own_earlier_save(rebased: Rebased, attempts: list[Any], side: Any) -> bool:
    """Whether each value "both changed" is, on the stored side, this desk's own (`side`'s
    stamp) and what one of `attempts` held: saves of this window that were given up before
    the database answered, so that it may have committed them. Then the other change is this
    window's own earlier text, and what is typed now goes on top without asking."""
    if not rebased.conflicts or not attempts:
        return False
    for conflict in rebased.conflicts:
        stamp = conflict.their_stamp
        if not conflict.field or stamp is None or stamp.side != side:
            return False  # a deletion, or someone else's change: never decided silently
        held = (_find(attempt, conflict.record_id) for attempt in attempts)
        if not any(
            record is not None and getattr(record, conflict.field) == conflict.theirs
            for record in held
        ):
            return False
    return True


def _find(record: Any, record_id: str) -> Any:
    if record.id == record_id:
        return record
    for _name, children in children_of(record):
        for child in children:
            found = _find(child, record_id)
            if found is not None:
                return found
    return None


def _put_child(record: Any, record_id: str, value: Any) -> None:
    """The child `record_id` of `record` as `value` (None: removed; not there: added)."""
    if not _replaced(record, record_id, value) and value is not None:
        for name, cls in shape(type(record))[1]:
            if isinstance(value, cls):
                getattr(record, name).append(copy.deepcopy(value))


def _replaced(record: Any, record_id: str, value: Any) -> bool:
    for _name, children in children_of(record):
        for index, child in enumerate(children):
            if child.id == record_id:
                if value is None:
                    del children[index]
                else:
                    children[index] = copy.deepcopy(value)
                return True
            if _replaced(child, record_id, value):
                return True
    return False
