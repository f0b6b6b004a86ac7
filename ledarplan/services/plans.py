"""Creating and changing plans, and reading a whole plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ledarplan.domain.desk_records import relabelled
from ledarplan.domain.entities import (
    Desk,
    Person,
    Plan,
    PlanBundle,
    PlanStatus,
    PlanSummary,
    Side,
)
from ledarplan.domain.errors import InvalidInputError, NotFoundError
from ledarplan.domain.rules import check_transition, normalise_plan
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.presentation import UnknownLevelError
from ledarplan.services.snapshots import snapshot_for
from ledarplan.storage.store import Store


@dataclass(frozen=True)
class Heading:
    """What the window's title and commands say of the open plan and the person chosen."""

    plan: Plan | None  # None: no plan open (or it is gone)
    owner: Person | None  # whose the plan is
    person: Person | None  # the person chosen in the people list
    side: Side  # the desk the plan's copy here is on (the leader's when none is open)


class PlanService:
    def __init__(self, store: Store, catalog: FrameworkCatalog):
        self._store = store
        self._catalog = catalog

    def create(
        self,
        person_id: str,
        framework_id: str,
        level_id: str | None = None,
        *,
        title: str = "",
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> Plan:
        pack = self._catalog.get(framework_id)
        if pack is None:
            raise InvalidInputError("framework_id", f"no model with the id '{framework_id}'")
        if pack.levels and level_id is None:
            raise InvalidInputError(
                "level_id", f"choose a role level of the model '{framework_id}'"
            )
        try:
            snapshot = snapshot_for(pack, level_id)
        except UnknownLevelError as exc:
            raise InvalidInputError("level_id", str(exc)) from None
        plan = Plan(
            person_id=person_id,
            framework_id=pack.id,
            framework_version=pack.version,
            level_id=level_id,
            snapshot=snapshot,
            title=title,
            period_start=period_start,
            period_end=period_end,
        )
        normalise_plan(plan)
        with self._store.transaction() as repo:
            repo.get_person(person_id)  # raises NotFoundError for an unknown person
            return repo.add_plan(plan)

    def update_details(
        self,
        plan_id: str,
        *,
        title: str | None = None,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> Plan:
        with self._store.transaction() as repo:
            plan = repo.get_plan(plan_id)
            if title is not None:
                plan.title = title
            if period_start is not None:
                plan.period_start = period_start
            if period_end is not None:
                plan.period_end = period_end
            normalise_plan(plan)
            return repo.update_plan(plan)

    def set_status(self, plan_id: str, status: PlanStatus) -> Plan:
        with self._store.transaction() as repo:
            plan = repo.get_plan(plan_id)
            check_transition(plan.status, status)
            plan.status = status
            return repo.update_plan(plan)

    def desk(self, plan_id: str) -> Desk:
        """Whose desk this copy of the plan is on, and where it stands with the other copy."""
        with self._store.transaction() as repo:
            return repo.get_desk(plan_id)

    def set_desk(self, plan_id: str, side: Side) -> Desk:
        """Says whose desk this copy is on: the leader's own plan, or a plan of someone the
        user manages. Only until the copy has first been merged with the other desk's."""
        with self._store.transaction() as repo:
            desk = repo.get_desk(plan_id)
            if desk.side is side:
                return desk
            if desk.met_at is not None:
                raise InvalidInputError(
                    "desk",
                    "this copy has already been merged with the other desk's; whose desk it "
                    "is on can no longer change",
                )
            # What was changed here so far was changed at the desk it now says it is.
            bundle = relabelled(repo.load_bundle(plan_id), desk.side, side)
            repo.delete_plan(plan_id)
            repo.save_bundle(bundle)
            return repo.get_desk(plan_id)

    def get(self, plan_id: str) -> Plan:
        with self._store.transaction() as repo:
            return repo.get_plan(plan_id)

    def heading(self, plan_id: str | None, person_id: str | None) -> Heading:
        """The open plan, whose it is, the chosen person and the plan's desk, read at once:
        the window asks for them together whenever what it offers may have changed (on the
        organisation's database each question apart was a transaction of its own). A plan or
        person deleted meanwhile is None."""
        with self._store.transaction() as repo:
            plan = owner = person = None
            side = Side.LEADER
            try:
                if plan_id is not None:
                    plan = repo.get_plan(plan_id)
                    owner = repo.get_person(plan.person_id)
                    side = repo.get_desk(plan_id).side
            except NotFoundError:
                plan = owner = None
            if person_id is not None:
                try:
                    is_owner = owner is not None and owner.id == person_id
                    person = owner if is_owner else repo.get_person(person_id)
                except NotFoundError:
                    person = None
        return Heading(plan, owner, person, side)

    @property
    def shared(self) -> bool:
        """On the organisation's database, where others (the manager, the same login on
        another computer) may change an open plan: the window watches for their changes."""
        return self._store.path is None

    def database_reachable(self) -> bool:
        """Whether the database answers now (the organisation's, away for a while). Safe to
        ask from a worker thread: it uses a connection of its own and no session."""
        return self._store.reachable()

    def version(self, plan_id: str) -> str:
        """The plan's version now: what changes whenever anyone saves anything of it (a cheap
        look at one row). Safe to ask from a worker thread: a session of its own, and nothing
        this program keeps of its own saves is touched (see `changed_elsewhere`)."""
        with self._store.transaction() as repo:
            return repo.plan_version(plan_id)

    @property
    def saves_made(self) -> int:
        """How many saves this program has made so far: a version read aside (`version`)
        while it made another is out of date (it may hold this program's save or not)."""
        return self._store.saves_made

    def changed_elsewhere(self, plan_id: str, version: str | None = None) -> bool:
        """Whether someone else saved anything of the plan since this program last read or
        wrote it; the first look only starts watching. `version`: the plan's version as read
        aside by `version` (the window reads it on a worker thread), else it is read now.
        Asked on the thread that saves, where the program's own saves are recorded."""
        current = self.version(plan_id) if version is None else version
        return self._store.news(plan_id, current)

    def bundle(self, plan_id: str) -> PlanBundle:
        with self._store.transaction() as repo:
            return repo.load_bundle(plan_id)

    def list(self, person_id: str | None = None, *, counts: bool = True) -> list[PlanSummary]:
        """The plans (of one person), by name and period; without `counts` their goals and
        open agreements are not counted (None), which a list of names does not need."""
        with self._store.transaction() as repo:
            return repo.list_plans(person_id, counts=counts)

    def delete(self, plan_id: str) -> None:
        with self._store.transaction() as repo:
            repo.delete_plan(plan_id)
