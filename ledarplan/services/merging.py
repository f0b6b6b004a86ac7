"""Updating a plan from the other desk's file: a preview first, then one transaction.

A file of a plan that is not here is stored as new, as an import is. A plan that is here is
merged (`domain.sync.merge`): what the other desk added, changed and removed is taken, each desk's
own parts stay its own, and a value both desks changed since their copies last met is a
conflict that the user decides; with conflicts left undecided nothing is written.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import ConflictError
from ledarplan.domain.sync import (
    Choice,
    Conflict,
    MergeOutcome,
    MergeRefusedError,
    RefusedFile,
    merge,
)
from ledarplan.exchange.errors import ExchangeError, PlanFile
from ledarplan.services.errors import RecordIdClashError
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.services.transfer import ImportResult, TransferService
from ledarplan.storage.store import Store


@dataclass
class MergePreview:
    """What merging a file would do, before anything is written."""

    file: Path
    plan_id: str
    person_name: str
    format_version: int
    #: None: the plan is not here; the file would be stored as a new plan.
    outcome: MergeOutcome | None
    #: The file as read: previewing again or merging after a preview reads (and decrypts)
    #: nothing twice, and merges what the user saw.
    read: PlanFile = field(repr=False, compare=False)

    @property
    def new_plan(self) -> bool:
        return self.outcome is None

    @property
    def conflicts(self) -> list[Conflict]:
        return self.outcome.conflicts if self.outcome else []


@dataclass
class MergeResult:
    plan_id: str
    person_name: str
    #: The merge as it was stored (None: stored as a new plan, see `imported`).
    outcome: MergeOutcome | None
    imported: ImportResult | None = None
    backup: Path | None = None
    written: bool = True
    notes: list[str] = field(default_factory=list)


class FileNotMergeableError(ExchangeError):
    """The file cannot update the plan here at all; `code` says why (see RefusedFile)."""

    def __init__(self, file: Path, refused: MergeRefusedError):
        self.code: RefusedFile = refused.code
        self.side: Side | None = refused.side
        super().__init__(str(file), [f"cannot be merged into the plan here: {refused}"])


class UndecidedConflictsError(ConflictError):
    """Both desks changed the same values; nothing of the file was written."""

    def __init__(self, file: Path, conflicts: list[Conflict]):
        self.file = file
        self.conflicts = conflicts
        listed = "; ".join(
            f"{c.title or c.record_id} ({c.field or 'deleted'})" for c in conflicts[:5]
        )
        more = f" and {len(conflicts) - 5} more" if len(conflicts) > 5 else ""
        super().__init__(
            f"{file}: {len(conflicts)} value(s) were changed at both desks: {listed}{more}. "
            "Nothing was written; choose which to keep (in the window, or with --keep mine|theirs)"
        )


class MergeService:
    def __init__(self, store: Store, transfer: TransferService, maintenance: MaintenanceService):
        self._store = store
        self._transfer = transfer
        self._maintenance = maintenance

    def preview(
        self,
        file: Path,
        passphrase: str | None = None,
        *,
        choices: Mapping[str, Choice] | None = None,
        default: Choice | None = None,
        take_person: bool = False,
        read: PlanFile | None = None,
    ) -> MergePreview:
        """What merging `file` would do; nothing is written. `read`: the file as an earlier
        preview read it (its `read`), to preview other choices without reading it again."""
        if read is None:
            read = self._transfer.read_file(file, passphrase)
        return self._preview(file, read, choices, default, take_person)

    def merge(
        self,
        file: Path,
        passphrase: str | None = None,
        *,
        choices: Mapping[str, Choice] | None = None,
        default: Choice | None = None,
        take_person: bool = False,
        read: PlanFile | None = None,
    ) -> MergeResult:
        """Merges `file` into its plan (a backup first, then one transaction), or stores it
        as a new plan. Raises UndecidedConflictsError when conflicts were not decided.
        `read`: the file as a preview read it (merges what the user saw, reads nothing twice)."""
        if read is None:
            read = self._transfer.read_file(file, passphrase)
        preview = self._preview(file, read, choices, default, take_person)
        if preview.outcome is None:
            imported = self._transfer.store_new(read, str(file))
            return MergeResult(imported.plan_id, imported.person_name, None, imported)
        outcome = preview.outcome
        if outcome.undecided:
            raise UndecidedConflictsError(file, outcome.undecided)
        if outcome.nothing_new and self._seen_already(outcome):
            return MergeResult(preview.plan_id, preview.person_name, outcome, written=False)
        backup = self._maintenance.backup()
        merged = outcome.bundle
        with self._store.transaction() as repo:
            clashes = repo.records_elsewhere(merged)
            if clashes:
                raise RecordIdClashError(str(file), *clashes[0])
            if take_person:
                repo.update_person(merged.person)
            repo.delete_plan(merged.plan.id)
            repo.save_bundle(merged)
        return MergeResult(preview.plan_id, merged.person.name, outcome, backup=backup)

    def _preview(
        self,
        file: Path,
        read: PlanFile,
        choices: Mapping[str, Choice] | None,
        default: Choice | None,
        take_person: bool,
    ) -> MergePreview:
        theirs = read.bundle
        with self._store.transaction() as repo:
            if not repo.plan_exists(theirs.plan.id):
                return MergePreview(
                    file, theirs.plan.id, theirs.person.name, read.format_version, None, read
                )
            mine = repo.load_bundle(theirs.plan.id)
        try:
            outcome = merge(
                mine,
                copy.deepcopy(theirs),
                at=datetime.now(timezone.utc).replace(microsecond=0),
                choices=choices,
                default=default,
                take_person=take_person,
            )
        except MergeRefusedError as exc:
            raise FileNotMergeableError(file, exc) from None
        return MergePreview(
            file, mine.plan.id, mine.person.name, read.format_version, outcome, read
        )

    def _seen_already(self, outcome: MergeOutcome) -> bool:
        """The file brings nothing this copy has not merged before."""
        assert outcome.bundle.desk is not None
        with self._store.transaction() as repo:
            stored = repo.get_desk(outcome.bundle.plan.id).seen
        return _counted(stored) == _counted(outcome.bundle.desk.seen)


def _counted(seen: Mapping[Side, int]) -> dict[Side, int]:
    return {side: number for side, number in seen.items() if number}
