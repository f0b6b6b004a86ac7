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
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from ledarplan.domain.desk_records import (
    KIND_OF,
    RECORD_LISTS,
    TEXT_FIELDS,
    last_stamp,
    owner,
    records_of,
    shape,
    stamp_order,
    stamps_of,
    stamps_of_bundle,
    title_of,
    tombstones_of,
    value_fields,
)
from ledarplan.domain.entities import (
    CoachingSession,
    Desk,
    DevelopmentTalk,
    Person,
    PlanBundle,
    RecordKind,
    Side,
    Stamp,
    Tombstone,
)

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
        return (
            self.field in TEXT_FIELDS
            and isinstance(self.mine, str)
            and isinstance(self.theirs, str)
        )


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
        for stamp in stamps_of_bundle(self.theirs):
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
        for name, kind in RECORD_LISTS:
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
                known is None or stamp_order(tomb.stamp) > stamp_order(known.stamp)
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
                    mine_stamp is None or stamp_order(their_stamp) > stamp_order(mine_stamp)
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
        for name, cls in shape(type(record))[1]:
            merged = self._list(
                KIND_OF[cls], getattr(record, name), getattr(other, name), child_owner
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
        if any(self._new_here(s) for s in stamps_of(record)):
            conflict = Conflict(
                kind, record.id, title_of(record), "", record, None, last_stamp(record), tomb.stamp
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
            if record_owner is self.me and any(self._new_there(s) for s in stamps_of(other)):
                self.outcome.refused.append(
                    Refusal(kind, other.id, title_of(other), "", RefusalReason.OWN_PART)
                )
                return None
            self.outcome.changes.append(Change(kind, other.id, ChangeKind.ADDED, title_of(other)))
            return copy.deepcopy(other)
        if not any(self._new_there(s) for s in stamps_of(other)):
            return None  # deleted here after the other desk's last change: stays deleted
        if tomb.stamp.seq <= self.seen_there.get(self.me, 0):
            # The other desk knew of the deletion and kept the record: its decision.
            self.tombs.pop(other.id, None)
            self.outcome.changes.append(Change(kind, other.id, ChangeKind.ADDED, title_of(other)))
            return copy.deepcopy(other)
        conflict = Conflict(
            kind, other.id, title_of(other), "", None, other, tomb.stamp, last_stamp(other)
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


def _in_order(records: list[Any]) -> list[Any]:
    """Records made before the copies first met keep their order; later ones follow in the
    order they were made, so both copies end up with the same order."""
    old = [r for r in records if r.versions.created is None]
    new = sorted(
        (r for r in records if r.versions.created is not None),
        key=lambda r: (*stamp_order(r.versions.created), r.id),
    )
    return old + new


__all__ = [
    "Change",
    "ChangeKind",
    "Choice",
    "Conflict",
    "MergeOutcome",
    "MergeRefusedError",
    "Refusal",
    "RefusalReason",
    "RefusedFile",
    "both_texts",
    "merge",
]
