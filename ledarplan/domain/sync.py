"""Two copies of one plan, kept at two desks, merged by file with nothing typed lost.

Every change made at a desk gets a stamp: the desk, its running number of changes to the plan
and the time (`restamp`, called whenever something is stored). Each copy knows the highest
number it has seen from each desk (`Desk.seen`): the point at which the copies last met. So for
any field that differs, one can tell whether the other desk's change is news here, whether this
desk's change is news there, or both: then it is a conflict, which the user decides. Deleted
records travel as tombstones. docs/exchange-format.md has the rules as a table.

Each desk's own parts are its own: a self-assessment, the leader's coaching log, talk
preparation and feedback rounds (feedback from others) are the leader's; the manager's rounds
and preparation the manager's (`owner`). A file that changes the receiver's own parts is refused
for those parts. Goals, actions, check-ins, talk agreements and the talk's agreed part are shared
and merge field by field.
"""

from __future__ import annotations

import copy
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
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
    Person,
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
_TOP = (
    ("rounds", RecordKind.ROUND),
    ("goals", RecordKind.GOAL),
    ("sessions", RecordKind.SESSION),
    ("talks", RecordKind.TALK),
    ("feedback", RecordKind.FEEDBACK),
)
_KIND_OF = {
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
_TEXT = frozenset(
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
def _shape(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, type], ...]]:
    """(the fields merged as values, the lists of child records with their type)."""
    hints = typing.get_type_hints(cls)
    values, children = [], []
    for f in fields(cls):
        if f.name in _NOT_MERGED:
            continue
        hint = hints[f.name]
        args = typing.get_args(hint)
        if typing.get_origin(hint) is list and args and args[0] in _KIND_OF:
            children.append((f.name, args[0]))
        else:
            values.append(f.name)
    return tuple(values), tuple(children)


def value_fields(record: Any) -> tuple[str, ...]:
    return _shape(type(record))[0]


def children_of(record: Any) -> Iterator[tuple[str, list[Any]]]:
    for name, _cls in _shape(type(record))[1]:
        yield name, getattr(record, name)


def kind_of(record: Any) -> RecordKind:
    return _KIND_OF[type(record)]


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
            if _plain_children(children) != _plain_children(getattr(old, name))
        ]
    return changed


def _plain_children(children: list[Any]) -> list[Any]:
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
        gone += [_tombstone(child, stamp) for child in before.values()]
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
                kind_of(edited) if type(edited) in _KIND_OF else None,
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
                if _plain_children([child]) != _plain_children([at_read[child.id]]):
                    conflicts.append(_gone_conflict(child, child, None))
                    merged.append(child)
            else:
                merged.append(child)  # new here
        kept = {child.id for child in children}
        for child_id, child in now.items():
            if child_id not in at_read:  # added there meanwhile: kept
                merged.append(copy.deepcopy(child))
            elif child_id not in kept and _plain_children([child]) != _plain_children(
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
        for name, cls in _shape(type(record))[1]:
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


def _tombstone(record: Any, stamp: Stamp) -> Tombstone:
    return Tombstone(kind_of(record), record.id, stamp)


def tombstones_of(record: Any, stamp: Stamp) -> list[Tombstone]:
    """A deleted record and its child records, as tombstones."""
    found = [_tombstone(record, stamp)]
    for _name, children in children_of(record):
        for child in children:
            found += tombstones_of(child, stamp)
    return found


# --- what a merge finds ----------------------------------------------------------------------


class ChangeKind(str, Enum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


class Choice(str, Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # free text: mine, then theirs, marked


@dataclass(frozen=True)
class Change:
    """Something the other desk added, changed or removed that the merge takes."""

    kind: RecordKind | None  # None: the plan's own details
    record_id: str
    change: ChangeKind
    title: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """A value both desks changed since the copies last met (`field` ""): a record one desk
    deleted and the other changed). Never decided silently."""

    kind: RecordKind | None
    record_id: str
    title: str
    field: str
    mine: Any
    theirs: Any
    my_stamp: Stamp | None
    their_stamp: Stamp | None

    @property
    def key(self) -> str:
        return f"{self.record_id}:{self.field}"

    @property
    def text(self) -> bool:
        """Both are free text, so both can be kept."""
        return self.field in _TEXT and isinstance(self.mine, str) and isinstance(self.theirs, str)


class RefusalReason(str, Enum):
    """Why a part of the file was left out (the value is the English wording)."""

    SIGNED = "signed by both"
    OWN_PART = "this desk's own part"


@dataclass(frozen=True)
class Refusal:
    """A part of the file that would change this desk's own part: left out, and said."""

    kind: RecordKind | None
    record_id: str
    title: str
    field: str
    reason: RefusalReason


@dataclass
class MergeOutcome:
    bundle: PlanBundle  # the plan as it would be stored
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    #: The person's details that differ: field → (here, in the file). Taken only when chosen.
    person: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    #: Conflicts no choice was given for (their values are kept as they are here).
    undecided: list[Conflict] = field(default_factory=list)
    #: Talks whose signature at this desk was withdrawn: the other desk changed what it signed.
    unsigned: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return not (self.changes or self.conflicts or self.refused or self.person)


class RefusedFile(str, Enum):
    """Why a file cannot be merged into this copy at all."""

    OTHER_PLAN = "other-plan"
    OTHER_PERSON = "other-person"
    SAME_DESK = "same-desk"
    OLDER = "older"
    ALTERED = "altered"


class MergeRefusedError(ValueError):
    """The file cannot be merged into this copy at all (wrong desk, older, tampered);
    `code` says which, for a caller that words it in another language."""

    def __init__(self, code: RefusedFile, message: str, side: Side | None = None):
        self.code = code
        #: For SAME_DESK: the desk both the file and this copy are at.
        self.side = side
        super().__init__(message)


def both_texts(mine: str, theirs: str, their_side: Side, when: datetime | None) -> str:
    """Two desks' versions of a text kept one after the other, the other desk's marked."""
    stamp = f", {when:%Y-%m-%d}" if when else ""
    return f"{mine}\n\n[{their_side.value}{stamp}]\n{theirs}"


# --- merging ---------------------------------------------------------------------------------


def merge(
    mine: PlanBundle,
    theirs: PlanBundle,
    *,
    at: datetime,
    choices: Mapping[str, Choice] | None = None,
    default: Choice | None = None,
    take_person: bool = False,
) -> MergeOutcome:
    """The plan `mine` (this copy) merged with `theirs` (a file from the other desk).

    `choices` decide conflicts by `Conflict.key`; `default` decides the rest (else they are
    left as they are here and listed in `undecided`). Nothing is changed in either bundle.
    Raises MergeRefusedError for a file that cannot be merged at all.
    """
    merger = _Merger(mine, theirs, at, choices or {}, default)
    return merger.run(take_person)


class _Merger:
    def __init__(
        self,
        mine: PlanBundle,
        theirs: PlanBundle,
        at: datetime,
        choices: Mapping[str, Choice],
        default: Choice | None,
    ):
        self.mine = mine
        self.theirs = theirs
        desk = mine.desk or Desk()
        self.me = desk.side
        self.them = theirs.desk.side if theirs.desk is not None else self.me.other
        self.seen_here = dict(desk.seen)
        self.seen_there = dict(theirs.desk.seen) if theirs.desk is not None else {}
        self.at = at
        self.choices = choices
        self.default = default
        self.used_stamp = False
        self.outcome = MergeOutcome(bundle=copy.deepcopy(mine))
        self.my_tombs = {t.id: t for t in mine.deleted}
        self.their_tombs = {t.id: t for t in theirs.deleted}
        self.tombs: dict[str, Tombstone] = dict(self.my_tombs)
        self._check()

    # --- whether the file can be merged at all ---

    def _check(self) -> None:
        if self.theirs.plan.id != self.mine.plan.id:
            raise MergeRefusedError(RefusedFile.OTHER_PLAN, "the file holds another plan")
        if self.theirs.person.id != self.mine.person.id:
            raise MergeRefusedError(
                RefusedFile.OTHER_PERSON,
                "the file holds a plan of another person with the same id as this one",
            )
        if self.them is self.me:
            raise MergeRefusedError(
                RefusedFile.SAME_DESK,
                f"the file was written at a {self.me.value}'s desk, as this copy is kept; "
                "a copy is merged with the other desk's file",
                self.me,
            )
        if self.theirs.desk is not None and self.seen_there.get(self.them, 0) < self.seen_here.get(
            self.them, 0
        ):
            raise MergeRefusedError(
                RefusedFile.OLDER,
                "the file is older than what this copy has already merged from the other desk "
                f"(change {self.seen_there.get(self.them, 0)} against "
                f"{self.seen_here.get(self.them, 0)})",
            )
        mine_max = self.seen_here.get(self.me, 0)
        for stamp in _stamps_of_bundle(self.theirs):
            if stamp.side is self.me and stamp.seq > mine_max:
                raise MergeRefusedError(
                    RefusedFile.ALTERED,
                    "the file claims changes made at this desk that this copy never made "
                    "(was it altered?)",
                )

    # --- the decisions ---

    def _new_there(self, stamp: Stamp | None) -> bool:
        """The other desk made this change and this copy has not seen it."""
        return (
            stamp is not None
            and stamp.side is self.them
            and stamp.seq > self.seen_here.get(self.them, 0)
        )

    def _new_here(self, stamp: Stamp | None) -> bool:
        """This desk made this change and the other copy has not seen it."""
        return (
            stamp is not None
            and stamp.side is self.me
            and stamp.seq > self.seen_there.get(self.me, 0)
        )

    def _fresh(self) -> Stamp:
        """The stamp of a decision made in this merge (a conflict kept as mine, or both)."""
        self.used_stamp = True
        return Stamp(self.me, self.seen_here.get(self.me, 0) + 1, self.at)

    def _choice(self, conflict: Conflict) -> Choice | None:
        chosen = self.choices.get(conflict.key, self.default)
        if chosen is Choice.BOTH and not conflict.text:
            chosen = Choice.MINE
        return chosen

    # --- records ---

    def run(self, take_person: bool) -> MergeOutcome:
        result = self.outcome.bundle
        self._person(result.person, take_person)
        self._record(None, result.plan, self.theirs.plan, None)
        for name, kind in _TOP:
            merged = self._list(kind, getattr(result, name), getattr(self.theirs, name), None)
            setattr(result, name, merged)
        result.deleted = self._tombstones(result)
        seen = dict(self.seen_here)
        seen[self.them] = max(seen.get(self.them, 0), self.seen_there.get(self.them, 0))
        if self.used_stamp:
            seen[self.me] = seen.get(self.me, 0) + 1
        result.desk = Desk(side=self.me, seen=seen, met_at=self.at)
        return self.outcome

    def _tombstones(self, result: PlanBundle) -> list[Tombstone]:
        """Both copies' deletions (the later stamp where both deleted a record), but for the
        records the merged plan has (kept in a conflict, or taken back)."""
        present = {record.id for record in records_of(result)}
        tombs = dict(self.tombs)
        for tomb in self.their_tombs.values():
            known = tombs.get(tomb.id)
            if tomb.id not in present and (
                known is None or _order(tomb.stamp) > _order(known.stamp)
            ):
                tombs[tomb.id] = tomb
        alive = (t for t in tombs.values() if t.id not in present)
        return sorted(alive, key=lambda t: t.id)

    def _person(self, person: Person, take: bool) -> None:
        other = self.theirs.person
        for name in ("name", "job_title", "unit", "email"):
            here, there = getattr(person, name), getattr(other, name)
            if here != there:
                self.outcome.person[name] = (here, there)
                if take:
                    setattr(person, name, there)

    def _record(
        self, kind: RecordKind | None, record: Any, other: Any, parent_owner: Side | None
    ) -> None:
        """Merges `other` (theirs) into `record` (a copy of mine), field by field."""
        if not isinstance(record, DevelopmentTalk):
            self._merge_fields(kind, record, other, parent_owner)
            return
        if record.signed_off:  # signed by both: final here; a file may not change it
            if _agreed(other) != _agreed(record):
                self.outcome.refused.append(
                    Refusal(kind, record.id, title_of(record), "", RefusalReason.SIGNED)
                )
            return
        agreed = _agreed(record)
        self._merge_fields(kind, record, other, parent_owner)
        mine = "leader_signature" if self.me is Side.LEADER else "manager_signature"
        if _agreed(record) != agreed and getattr(record, mine) is not None:
            # The other desk changed what this desk signed: the signature no longer holds.
            setattr(record, mine, None)
            record.versions.fields[mine] = self._fresh()
            self.outcome.unsigned.append(record.id)

    def _merge_fields(
        self, kind: RecordKind | None, record: Any, other: Any, parent_owner: Side | None
    ) -> None:
        versions = record.versions
        if versions.created is None and other.versions.created is not None:
            versions.created = other.versions.created
        record_owner = owner(record, "", parent_owner) or owner(other, "", parent_owner)
        changed: list[str] = []
        for name in value_fields(record):
            here, there = getattr(record, name), getattr(other, name)
            if name in other.versions.withheld:
                # Kept private there: not received, so never taken as empty text.
                if not here and name not in versions.withheld:
                    versions.withheld.append(name)
                continue
            mine_stamp = versions.fields.get(name)
            their_stamp = other.versions.fields.get(name)
            if here == there:
                if their_stamp is not None and (
                    mine_stamp is None or _order(their_stamp) > _order(mine_stamp)
                ):
                    versions.fields[name] = their_stamp  # the same either way: agree on when
                continue
            field_owner = owner(record, name, parent_owner) or record_owner
            outcome = self._decide(
                Conflict(
                    kind, record.id, title_of(record), name, here, there, mine_stamp, their_stamp
                ),
                field_owner,
            )
            if outcome is _TAKE_THEIRS:
                setattr(record, name, copy.deepcopy(there))
                if their_stamp is not None:
                    versions.fields[name] = their_stamp
                else:
                    versions.fields.pop(name, None)
                changed.append(name)
            elif outcome is not _KEEP_MINE:  # a decided conflict: its value, stamped here
                setattr(record, name, outcome)
                versions.fields[name] = self._fresh()
        if changed:
            self.outcome.changes.append(
                Change(kind, record.id, ChangeKind.CHANGED, title_of(record), tuple(changed))
            )
        child_owner = record_owner if isinstance(record, CoachingSession) else None
        for name, cls in _shape(type(record))[1]:
            merged = self._list(
                _KIND_OF[cls], getattr(record, name), getattr(other, name), child_owner
            )
            setattr(record, name, merged)

    def _decide(self, found: Conflict, field_owner: Side | None) -> Any:
        """Which value a field that differs takes: _KEEP_MINE, _TAKE_THEIRS or a new value.
        `found` holds both values and stamps; it is a conflict only if both desks changed it."""
        new_there, new_here = self._new_there(found.their_stamp), self._new_here(found.my_stamp)
        if field_owner is self.me:  # this desk's own part: never taken from the file
            if new_there:
                self.outcome.refused.append(
                    Refusal(
                        found.kind,
                        found.record_id,
                        found.title,
                        found.field,
                        RefusalReason.OWN_PART,
                    )
                )
            return _KEEP_MINE
        if field_owner is self.them:  # the other desk's own part: theirs is the one
            return _TAKE_THEIRS
        if new_there and not new_here:
            return _TAKE_THEIRS
        if new_here and not new_there:
            return _KEEP_MINE
        self.outcome.conflicts.append(found)
        chosen = self._choice(found)
        if chosen is None:
            self.outcome.undecided.append(found)
            return _KEEP_MINE
        if chosen is Choice.THEIRS:
            return _TAKE_THEIRS
        if chosen is Choice.BOTH:
            when = found.their_stamp.at if found.their_stamp else None
            return both_texts(found.mine, found.theirs, self.them, when)
        return copy.deepcopy(found.mine)  # kept as mine: a decision, stamped so it travels

    def _list(
        self, kind: RecordKind, here: list[Any], there: list[Any], parent_owner: Side | None
    ) -> list[Any]:
        """A list of child records merged by id (added, removed, merged)."""
        theirs_by_id = {r.id: r for r in there}
        mine_ids = {r.id for r in here}
        result: list[Any] = []
        for record in here:
            other = theirs_by_id.get(record.id)
            if other is not None:
                self._record(kind, record, other, parent_owner)
                result.append(record)
            elif self._keep_mine_absent_there(kind, record, parent_owner):
                result.append(record)
        for other in there:
            if other.id in mine_ids:
                continue
            taken = self._take_new_there(kind, other, parent_owner)
            if taken is not None:
                result.append(taken)
        return _in_order(result)

    def _keep_mine_absent_there(
        self, kind: RecordKind, record: Any, parent_owner: Side | None
    ) -> bool:
        """A record here that the file does not have: deleted there, or not there yet."""
        tomb = self.their_tombs.get(record.id)
        if tomb is None or not self._new_there(tomb.stamp):
            return True  # added here, or left out there: kept
        record_owner = owner(record, "", parent_owner)
        if record_owner is self.me:
            self.outcome.refused.append(
                Refusal(kind, record.id, title_of(record), "", RefusalReason.OWN_PART)
            )
            return True
        if any(self._new_here(s) for s in _stamps_of(record)):
            conflict = Conflict(
                kind, record.id, title_of(record), "", record, None, _last(record), tomb.stamp
            )
            self.outcome.conflicts.append(conflict)
            chosen = self._choice(conflict)
            if chosen is None:
                self.outcome.undecided.append(conflict)
                return True
            if chosen is not Choice.THEIRS:
                return True  # kept: the other desk takes it back, knowing of its deletion
        self.outcome.changes.append(Change(kind, record.id, ChangeKind.REMOVED, title_of(record)))
        for dead in tombstones_of(record, tomb.stamp):
            # A child the other desk had deleted before keeps that deletion's stamp.
            self.tombs[dead.id] = self.their_tombs.get(dead.id, dead)
        return False

    def _take_new_there(self, kind: RecordKind, other: Any, parent_owner: Side | None) -> Any:
        """A record in the file that this copy does not have: added there, or deleted here."""
        tomb = self.my_tombs.get(other.id)
        if tomb is None:
            record_owner = owner(other, "", parent_owner)
            if record_owner is self.me and any(self._new_there(s) for s in _stamps_of(other)):
                self.outcome.refused.append(
                    Refusal(kind, other.id, title_of(other), "", RefusalReason.OWN_PART)
                )
                return None
            self.outcome.changes.append(Change(kind, other.id, ChangeKind.ADDED, title_of(other)))
            return copy.deepcopy(other)
        if not any(self._new_there(s) for s in _stamps_of(other)):
            return None  # deleted here after the other desk's last change: stays deleted
        if tomb.stamp.seq <= self.seen_there.get(self.me, 0):
            # The other desk knew of the deletion and kept the record: its decision.
            self.tombs.pop(other.id, None)
            self.outcome.changes.append(Change(kind, other.id, ChangeKind.ADDED, title_of(other)))
            return copy.deepcopy(other)
        conflict = Conflict(
            kind, other.id, title_of(other), "", None, other, tomb.stamp, _last(other)
        )
        self.outcome.conflicts.append(conflict)
        chosen = self._choice(conflict)
        if chosen is Choice.THEIRS:
            self.tombs.pop(other.id, None)
            self.outcome.changes.append(Change(kind, other.id, ChangeKind.ADDED, title_of(other)))
            return copy.deepcopy(other)
        if chosen is None:
            self.outcome.undecided.append(conflict)
        else:  # the deletion stands, decided now: it travels again, with what was added to it
            fresh = self._fresh()
            for dead in tombstones_of(other, fresh):
                self.tombs[dead.id] = dead
        return None


_KEEP_MINE = object()
_TAKE_THEIRS = object()


def _agreed(talk: DevelopmentTalk) -> tuple[Any, ...]:
    """What both sign: the talk's agreed record (not either side's preparation)."""
    agreements = [(a.id, a.text, a.owner, a.due_date, a.done) for a in talk.agreements]
    return (talk.date, talk.participants, talk.summary, talk.follow_up_date, agreements)


def _order(stamp: Stamp) -> tuple[datetime, str, int]:
    return (stamp.at, stamp.side.value, stamp.seq)


def _stamps_of(record: Any) -> Iterator[Stamp]:
    if record.versions.created is not None:
        yield record.versions.created
    yield from record.versions.fields.values()
    for _name, children in children_of(record):
        for child in children:
            yield from _stamps_of(child)


def records_of(bundle: PlanBundle) -> Iterator[Any]:
    def walk(record: Any) -> Iterator[Any]:
        yield record
        for _name, children in children_of(record):
            for child in children:
                yield from walk(child)

    for name, _kind in _TOP:
        for record in getattr(bundle, name):
            yield from walk(record)


def _stamps_of_bundle(bundle: PlanBundle) -> Iterator[Stamp]:
    yield from _stamps_of(bundle.plan)
    for name, _kind in _TOP:
        for record in getattr(bundle, name):
            yield from _stamps_of(record)
    for tomb in bundle.deleted:
        yield tomb.stamp


def _last(record: Any) -> Stamp | None:
    stamps = list(_stamps_of(record))
    return max(stamps, key=_order) if stamps else None


def _in_order(records: list[Any]) -> list[Any]:
    """Records made before the copies first met keep their order; later ones follow in the
    order they were made, so both copies end up with the same order."""
    old = [r for r in records if r.versions.created is None]
    new = sorted(
        (r for r in records if r.versions.created is not None),
        key=lambda r: (*_order(r.versions.created), r.id),
    )
    return old + new


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


__all__ = [
    "Change",
    "ChangeKind",
    "Choice",
    "Conflict",
    "MergeOutcome",
    "MergeRefusedError",
    "Refusal",
    "equal_plans",
    "merge",
    "owner",
    "restamp",
    "title_of",
    "tombstones_of",
]
