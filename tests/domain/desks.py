"""Two desks' copies of one plan, in memory, edited and merged as the program does it (the
same `restamp` on every change and the same `merge`), for the merge tests."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from ledarplan.domain.desk_records import restamp, tombstones_of
from ledarplan.domain.entities import (
    Desk,
    FrameworkSnapshot,
    Person,
    Plan,
    PlanBundle,
    Side,
    SnapshotItem,
    Stamp,
)
from ledarplan.domain.sync import Choice, MergeOutcome, merge

ITEMS = ("a", "b", "c")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2027, 1, 1, 8, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def new_plan() -> PlanBundle:
    person = Person("Åsa Ørsted", job_title="Afdelingsleder")
    snapshot = FrameworkSnapshot(
        "Model",
        "Source",
        items=tuple(SnapshotItem(i, "area", "Area", f"Item {i}") for i in ITEMS),
    )
    plan = Plan(person.id, "holstebro", "1", snapshot, title="Min plan")
    return PlanBundle(person, plan, desk=Desk(Side.LEADER, {}))


class DeskCopy:
    """One desk's copy of the plan."""

    def __init__(self, bundle: PlanBundle, side: Side, clock: Clock):
        self.bundle = copy.deepcopy(bundle)
        seen = dict(bundle.desk.seen) if bundle.desk else {}
        self.bundle.desk = Desk(side, seen)
        self.side = side
        self.clock = clock

    # --- changes, stamped as the repository stamps them ---

    def _stamp(self) -> Stamp:
        return Stamp(self.side, self.bundle.desk.last(self.side) + 1, self.clock())

    def _took(self, stamp: Stamp) -> None:
        self.bundle.desk.seen[self.side] = stamp.seq

    def records(self, name: str) -> list[Any]:
        return getattr(self.bundle, name)

    def add(self, name: str, record: Any) -> Any:
        stamp = self._stamp()
        restamp(None, record, stamp)
        self.records(name).append(record)
        self._took(stamp)
        return record

    def change(self, name: str, record_id: str, edit: Callable[[Any], None]) -> bool:
        """Edits a record (or the plan, with name "plan"); False when nothing changed."""
        records = [self.bundle.plan] if name == "plan" else self.records(name)
        index = next(i for i, r in enumerate(records) if r.id == record_id)
        old = records[index]
        new = copy.deepcopy(old)
        edit(new)
        stamp = self._stamp()
        gone = restamp(old, new, stamp)
        if name == "plan":
            self.bundle.plan = new
        else:
            records[index] = new
        self.bundle.deleted += gone
        changed = gone or stamp in _all_stamps(new)
        if changed:
            self._took(stamp)
        return bool(changed)

    def delete(self, name: str, record_id: str) -> None:
        records = self.records(name)
        record = next(r for r in records if r.id == record_id)
        stamp = self._stamp()
        records.remove(record)
        self.bundle.deleted += tombstones_of(record, stamp)
        self._took(stamp)

    # --- files ---

    def send(self, *, private: bool = True) -> PlanBundle:
        """The file for the other desk (without private notes unless `private`)."""
        sent = copy.deepcopy(self.bundle)
        if not private:
            for session in sent.sessions:
                if session.notes_private and session.notes:
                    session.notes = ""
                    session.versions.withheld.append("notes")
        return sent

    def receive(self, file: PlanBundle, **options: Any) -> MergeOutcome:
        outcome = merge(self.bundle, file, at=self.clock(), **options)
        self.bundle = outcome.bundle
        return outcome


def _all_stamps(record: Any) -> list[Stamp]:
    found = [record.versions.created, *record.versions.fields.values()]
    for value in vars(record).values():
        if isinstance(value, list):
            for child in value:
                if hasattr(child, "versions"):
                    found += _all_stamps(child)
    return found


def two_desks() -> tuple[DeskCopy, DeskCopy, Clock]:
    """The leader makes a plan and sends it; the manager imports it as new."""
    clock = Clock()
    leader = DeskCopy(new_plan(), Side.LEADER, clock)
    manager = DeskCopy(leader.send(), Side.MANAGER, clock)
    return leader, manager, clock


def keep_mine() -> dict[str, Any]:
    return {"default": Choice.MINE}


def on(day: int) -> date:
    return date(2027, 1, day)


def with_title(title: str) -> Callable[[Any], None]:
    return lambda record: setattr(record, "title", title)


__all__ = ["Clock", "DeskCopy", "keep_mine", "new_plan", "on", "replace", "two_desks", "with_title"]
