"""Moving the plans of a local data folder into the organisation's database
(`ledarplan org import-local DIR`, and "Move my plans to the organisation database…").

The local file is read from a copy and left as it was (`storage.local_folder`). Each plan goes
in as the other desk's file would: a plan not in the database yet is stored as new; a plan
there already is merged with the two desks' merge (`domain.sync.merge`), the database's copy
taking the place of the other desk's, so what the database has is kept, what this copy has
and the database lacks is taken, and a plan moved before brings nothing new (moving twice
changes nothing). A value both changed since the copies last met is a conflict; such a plan
is not moved and the report says which values.

The local desk's own plans (its leader's desk) become the login's: the person registered for
the login. A plan the local desk holds as a manager goes in as that leader's only where the
leader is registered with the login as their current manager (found by e-mail, else by name);
otherwise it is skipped, with the reason. A login writes its own side's parts and the shared
ones (the database refuses anything else); the other side's own parts in the local copy (a
manager's assessment in the leader's copy …) are left for the other side to move from their
own copy, and the report counts them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path

from ledarplan.domain.desk_records import owner
from ledarplan.domain.entities import Desk, Person, PlanBundle, Side
from ledarplan.domain.errors import ConflictError, InvalidInputError, NotFoundError
from ledarplan.domain.sync import MergeOutcome, MergeRefusedError, RefusedFile, merge
from ledarplan.storage.engine import Membership
from ledarplan.storage.errors import NotYoursError
from ledarplan.storage.store import Store


class Fate(str, Enum):
    NEW = "new"  # not in the database yet: stored there
    MERGED = "merged"  # in the database: what this copy adds is merged in
    SAME = "same"  # in the database already, with everything this copy has
    SKIPPED = "skipped"  # not moved; `reason` says why


class Why(str, Enum):
    """Why a plan was skipped (for a caller that words it in another language)."""

    NOT_MANAGED = "not-managed"  # its leader is not registered as the login's to manage
    SAME_NAME = "same-name"  # more than one of the login's people has its leader's name
    LATER_THERE = "later-there"  # the database has later changes by this side
    CONFLICTS = "conflicts"  # values changed both here and there
    SIGNED = "signed"  # moving it would take back a signature made there
    REFUSED = "refused"  # the database refused it (see `reason`)


@dataclass
class PlanMove:
    """What becomes (or became) of one plan of the local folder."""

    plan_id: str
    title: str
    #: The plan's person as the local copy names them.
    person_name: str
    #: The local desk's side: the leader's own plan, or one held as their manager.
    side: Side
    fate: Fate = Fate.SKIPPED
    reason: str = ""
    why: Why | None = None
    #: Records the merge adds, changes or removes in the database's copy.
    changes: int = 0
    #: The other side's own parts in the local copy, left for them to move from theirs.
    left_for_other: int = 0

    @property
    def moves(self) -> bool:
        return self.fate in (Fate.NEW, Fate.MERGED)


@dataclass
class MoveReport:
    folder: Path
    #: The organisation's database and the login, as messages name them.
    where: str
    login: str
    plans: list[PlanMove] = field(default_factory=list)
    #: False for a preview: nothing was written.
    written: bool = False

    def of(self, fate: Fate) -> list[PlanMove]:
        return [plan for plan in self.plans if plan.fate is fate]

    @property
    def moving(self) -> list[PlanMove]:
        return [plan for plan in self.plans if plan.moves]


class NotOnOrganisationDatabaseError(InvalidInputError):
    def __init__(self) -> None:
        super().__init__(
            "database",
            "moving local plans in needs the organisation's database: give its URL with "
            "--database-url URL, LEDARPLAN_DATABASE_URL or the presets' database_url",
        )


class MoveInService:
    def __init__(self, store: Store):
        self._store = store

    @property
    def available(self) -> bool:
        """Running on the organisation's database (where local plans can be moved in)."""
        return self._store.database.organisation is not None

    def preview(self, folder: Path) -> MoveReport:
        """What moving the folder's plans in would do; nothing is written."""
        return self._run(folder, write=False)

    def move(self, folder: Path) -> MoveReport:
        """Moves the folder's plans in, each plan in one transaction; the folder is read
        only. Raises LocalFolderError (nothing written) when the folder cannot be read."""
        return self._run(folder, write=True)

    def _run(self, folder: Path, *, write: bool) -> MoveReport:
        # Read only when asked for (it brings the migrations along).
        from ledarplan.storage.local_folder import read_local_plans  # noqa: PLC0415

        member = self._member()
        bundles = read_local_plans(folder)
        with self._store.transaction() as repo:
            team = repo.team_members()
        report = MoveReport(folder, member.where, member.login, written=write)
        at = datetime.now(timezone.utc).replace(microsecond=0)
        for bundle in bundles:
            report.plans.append(self._one(bundle, member, team, at, write=write))
        return report

    def _member(self) -> Membership:
        member = self._store.database.organisation
        if member is None:
            raise NotOnOrganisationDatabaseError()
        return member

    def _one(
        self,
        bundle: PlanBundle,
        member: Membership,
        team: list[tuple[str, Person]],
        at: datetime,
        *,
        write: bool,
    ) -> PlanMove:
        side = bundle.desk.side if bundle.desk is not None else Side.LEADER
        move = PlanMove(bundle.plan.id, bundle.plan.title, bundle.person.name, side)
        if side is Side.LEADER:
            person_id = member.person_id
        else:
            found, move.why, move.reason = _led_by(bundle.person, team, member)
            if found is None:
                return move
            person_id = found
        try:
            with self._store.transaction() as repo:
                theirs, move.left_for_other = _as_moved(bundle, repo.get_person(person_id), side)
                if not repo.plan_exists(bundle.plan.id):
                    move.fate = Fate.NEW
                    if write:
                        repo.save_bundle(theirs)
                    return move
                mine = repo.load_bundle(bundle.plan.id)
                outcome = _merged(move, mine, theirs, at)
                if write and outcome is not None:
                    repo.store_merged(mine, outcome.bundle)
        except MergeRefusedError as exc:
            move.fate, move.reason = Fate.SKIPPED, _refused(exc, side)
            move.why = Why.LATER_THERE if exc.code is RefusedFile.OLDER else Why.REFUSED
        except (ConflictError, NotYoursError, NotFoundError) as exc:
            # A plan of the same id the login may not see, or a change the database refuses.
            move.fate, move.reason, move.why = Fate.SKIPPED, str(exc), Why.REFUSED
        return move


def _merged(
    move: PlanMove, mine: PlanBundle, theirs: PlanBundle, at: datetime
) -> MergeOutcome | None:
    """Merges the local copy into the database's, which stands for the other desk; the
    outcome to store, None when there is nothing to store (`move` says why)."""
    assert mine.desk is not None
    other = copy.deepcopy(mine)
    other.desk = Desk(move.side.other, dict(mine.desk.seen), mine.desk.met_at)
    outcome = merge(other, theirs, at=at)
    if outcome.undecided:
        listed = "; ".join(
            f"{c.title or c.record_id} ({c.field or 'deleted'})" for c in outcome.undecided[:5]
        )
        move.fate, move.why = Fate.SKIPPED, Why.CONFLICTS
        move.reason = (
            f"{len(outcome.undecided)} value(s) were changed both in this copy and in the "
            f"organisation's database since they last met: {listed}. Make the change "
            "in the database by hand"
        )
        return None
    if outcome.unsigned:
        move.fate, move.why = Fate.SKIPPED, Why.SIGNED
        move.reason = (
            "this copy changes a talk that was signed in the organisation's database; "
            "moving it would take the signature back"
        )
        return None
    if not outcome.changes:
        move.fate = Fate.SAME
        return None
    move.fate, move.changes = Fate.MERGED, len(outcome.changes)
    return outcome


def _as_moved(bundle: PlanBundle, person: Person, side: Side) -> tuple[PlanBundle, int]:
    """The local copy as it goes in: the registered person's, without the other side's own
    parts (theirs to move); returns it and how many such parts were left out."""
    moved = copy.deepcopy(bundle)
    moved.person = person
    moved.plan.person_id = person.id
    left = 0
    for name in ("rounds", "sessions", "feedback"):
        records = getattr(moved, name)
        kept = [record for record in records if owner(record) is not side.other]
        left += len(records) - len(kept)
        setattr(moved, name, kept)
    prep = "leader_prep" if side.other is Side.LEADER else "manager_prep"
    signature = "leader_signature" if side.other is Side.LEADER else "manager_signature"
    for talk in moved.talks:
        if getattr(talk, prep) or getattr(talk, signature) is not None:
            left += 1
        setattr(talk, prep, [])
        setattr(talk, signature, None)
    return moved, left


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _led_by(
    person: Person, team: list[tuple[str, Person]], member: Membership
) -> tuple[str | None, Why | None, str]:
    """The registered person id of the leader a manager's plan is for (else None, and why
    there is none).
    Found by e-mail address, else by name, among those the login is the current manager of."""
    email = person.email.strip().casefold()
    found = [p for _login, p in team if email and p.email.strip().casefold() == email]
    if not found:
        found = [p for _login, p in team if _same_name(p.name, person.name)]
    if len(found) == 1:
        return found[0].id, None, ""
    if found:
        return (
            None,
            Why.SAME_NAME,
            (
                f"more than one person you manage is called {person.name}; give them their "
                "e-mail address in this copy, as IT registered it, and move the plans again"
            ),
        )
    return (
        None,
        Why.NOT_MANAGED,
        (
            f"{person.name} is not registered in {member.where} as someone you ({member.login}) "
            "manage: IT registers them with you as their manager (ledarplan org add-user LOGIN "
            f"--name NAME --manager {member.login}), or they have another manager now"
        ),
    )


def _refused(exc: MergeRefusedError, side: Side) -> str:
    if exc.code is RefusedFile.OLDER:
        return (
            f"the organisation's database has later changes by the {side.value} than this copy "
            "(it was moved in before and changed there since)"
        )
    return str(exc)
