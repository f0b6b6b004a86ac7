"""This copy's bookkeeping of a plan: whose desk it is on, each desk's count of changes,
the stamps on what changed and the tombstones of what was deleted (the two desks' merge reads
them). The base of `Repository`, working inside its transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledarplan.domain.desk_records import (
    changed_meanwhile,
    foreign_changes,
    kind_of,
    owner,
    restamp,
    title_of,
    tombstones_of,
)
from ledarplan.domain.entities import Desk, Plan, Side, Stamp, Tombstone
from ledarplan.domain.errors import InvalidInputError, NotFoundError
from ledarplan.storage import convert
from ledarplan.storage.engine import Membership
from ledarplan.storage.errors import ChangedMeanwhileError
from ledarplan.storage.organisation_tables import login_side
from ledarplan.storage.tables import DeskRow, PlanRow


def _stamp_time() -> datetime:
    """A change stamp's time: in UTC with its zone, as it travels between desks."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def version_of(seen: dict[str, Any]) -> str:
    return ",".join(f"{side}:{seen[side]}" for side in sorted(seen))


class DeskBook:
    def __init__(self, session: Session, organisation: Membership | None = None):
        self._s = session
        #: On the organisation's database: who this is (their side of each plan is the
        #: database's to say).
        self._org = organisation
        #: The plans this transaction read or changed the counts of: their version when first
        #: touched, and after its changes (see Store.transaction).
        self.touched: dict[str, tuple[str, str]] = {}
        #: This login's side of each plan asked about, for the transaction (a plan read
        #: whole asks for it twice: for its sessions' private texts and for its desk).
        self._sides: dict[str, Side] = {}
        #: Rows read by id, held for the transaction: the session's identity map holds rows
        #: weakly, so a row read, turned into a record and dropped (a save's reading of its
        #: plan and of the stored goal) would be read again by the next `get` of it.
        self._held: list[object] = []

    def plan_exists(self, plan_id: str) -> bool:
        return self._s.get(PlanRow, plan_id) is not None

    def _plan_row(self, plan_id: str) -> PlanRow:
        row = self._s.get(PlanRow, plan_id)
        if row is None:
            raise NotFoundError("plan", plan_id)
        self._held.append(row)
        return row

    def get_desk(self, plan_id: str) -> Desk:
        """The plan's desk, read: not locked (a save locks it, `_desk_row`). On PostgreSQL a
        lock is a write to the row, which every opening of the plan made and committed."""
        return self._desk_of(self._desk_row(plan_id, lock=False))

    def set_desk_side(self, plan_id: str, side: Side) -> Desk:
        if self._org is not None:
            raise InvalidInputError(
                "desk",
                "in the organisation's database a plan is on the leader's side for the leader "
                "and on the manager's side for their manager; it cannot be changed",
            )
        row = self._desk_row(plan_id)
        row.side = side.value
        self._s.flush()
        return convert.desk_from_row(row)

    def _desk_of(self, row: DeskRow) -> Desk:
        desk = convert.desk_from_row(row)
        if self._org is not None:
            desk.side = self._org_side(row.plan_id)
        return desk

    def _org_side(self, plan_id: str) -> Side:
        """Which side of the plan this login is on: the database says (the plan's leader,
        or their current manager)."""
        if plan_id in self._sides:
            return self._sides[plan_id]
        assert self._org is not None
        with self._s.no_autoflush:  # a row being filled is written when it is complete
            found = self._s.scalar(select(login_side(self._org.login, plan_id)))
        if found is None:
            raise NotFoundError("plan", plan_id)
        self._sides[plan_id] = Side(found)
        return self._sides[plan_id]

    def _desk_row(self, plan_id: str, *, lock: bool = True) -> DeskRow:
        # On the organisation's database both sides count their changes in one row: locked
        # until the end of the transaction, so that neither count is lost. (Read again with
        # the lock when it was read without: in REPEATABLE READ a row someone else changed
        # since then is refused, as changed meanwhile.)
        row = self._s.get(DeskRow, plan_id, with_for_update=lock and self._org is not None)
        if row is None:  # a plan stored without one (never by this version): its own desk
            self._plan_row(plan_id)
            row = DeskRow(plan_id=plan_id, side=Side.LEADER.value, seen={})
            self._s.add(row)
        if plan_id not in self.touched:
            version = version_of(row.seen)
            self.touched[plan_id] = (version, version)
        return row

    def _counted(self, plan_id: str, desk: DeskRow, side: Side, seq: int) -> None:
        """This side's count of changes to the plan is now `seq`."""
        desk.seen = {**desk.seen, side.value: seq}
        self.touched[plan_id] = (self.touched[plan_id][0], version_of(desk.seen))

    def plan_version(self, plan_id: str) -> str:
        """What changes whenever anything of the plan is saved, by anyone: the desks' counts
        of changes (one small row; read without locking it)."""
        seen = self._s.scalar(select(DeskRow.seen).where(DeskRow.plan_id == plan_id))
        if seen is None and not self.plan_exists(plan_id):
            raise NotFoundError("plan", plan_id)
        return version_of(seen or {})

    def _stamped(self, plan_id: str, old: Any | None, new: Any) -> None:
        """Stamps what changed in `new` (replacing `old`) as this desk's next change, and
        keeps the child records it no longer has as deleted. Nothing changed: no stamp."""
        with self._s.no_autoflush:  # the new record's row may be half filled yet
            desk = self._desk_row(plan_id)
            side = self._org_side(plan_id) if self._org is not None else Side(desk.side)
        if self._org is not None and old is not None:
            # Two people at once: what the other saved since this was read is not overwritten.
            meanwhile = changed_meanwhile(old, new)
            if meanwhile:
                what = kind_of(new).value if not isinstance(new, Plan) else "plan"
                raise ChangedMeanwhileError(what, title_of(new), meanwhile)
        foreign = foreign_changes(old, new, side)
        if foreign:
            raise InvalidInputError(foreign[0], f"is the {side.other.value}'s own part")
        stamp = Stamp(side, int(desk.seen.get(side.value, 0)) + 1, _stamp_time())
        gone = restamp(old, new, stamp)
        if gone or convert.carries(new, stamp):
            self._counted(plan_id, desk, side, stamp.seq)
            self._keep_deleted(plan_id, gone)

    def _deleted(self, plan_id: str, record: Any) -> None:
        """A record (with its children) deleted at this desk, kept as tombstones."""
        with self._s.no_autoflush:
            desk = self._desk_row(plan_id)
            side = self._org_side(plan_id) if self._org is not None else Side(desk.side)
        if owner(record) is side.other:
            raise InvalidInputError(kind_of(record).value, f"is the {side.other.value}'s own part")
        stamp = Stamp(side, int(desk.seen.get(side.value, 0)) + 1, _stamp_time())
        self._counted(plan_id, desk, side, stamp.seq)
        self._keep_deleted(plan_id, tombstones_of(record, stamp))

    def _keep_deleted(self, plan_id: str, tombstones: list[Tombstone]) -> None:
        for tomb in tombstones:
            self._s.merge(convert.tombstone_row(plan_id, tomb))
