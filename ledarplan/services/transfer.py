"""Export a plan to an exchange file and import one, all or nothing."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from ledarplan import __version__
from ledarplan.domain.entities import Desk, DevelopmentTalk, PlanBundle, Side
from ledarplan.domain.errors import ConflictError, InvalidInputError
from ledarplan.exchange.crypto import (
    MAX_ENCRYPTED_FILE_BYTES,
    PassphraseRequiredError,
    decrypt,
    encrypt,
    is_encrypted,
)
from ledarplan.exchange.errors import ExchangeError, PlanFile
from ledarplan.exchange.fields import MAX_FILE_BYTES
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.presentation import UnknownLevelError, find_level
from ledarplan.services.errors import FileWriteError, PlanAlreadyHereError, RecordIdClashError
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.storage.store import Store

EXCHANGE_SUFFIX = ".ledarplan.json"
#: Suggested for encrypted files; reading knows an encrypted file by its content, not its name.
ENCRYPTED_SUFFIX = ".ledarplan.enc.json"


@dataclass(frozen=True)
class ImportResult:
    plan_id: str
    person_name: str
    replaced: bool
    backup: Path | None
    #: The stored person's details that differ in the file, kept as stored: field → (here,
    #: in the file). Merging with `take_person` takes them.
    person_differs: dict[str, tuple[str, str]] = field(default_factory=dict)


def write_private_file(path: Path, text: str) -> None:
    """Writes a whole file or nothing: a crash or full disk never leaves half a plan."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ledarplan-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _signatures_lost(stored: list[DevelopmentTalk], incoming: list[DevelopmentTalk]) -> str:
    """The signatures of stored talks that the incoming plan does not have, in words."""
    by_id = {talk.id: talk for talk in incoming}
    lost = []
    for talk in stored:
        other = by_id.get(talk.id)
        for side, signature in talk.signatures:
            if other is None or other.signature(side) != signature:
                when = f" of the talk on {talk.date.isoformat()}" if talk.date else ""
                lost.append(f"{signature.name}'s signature{when}")
    return ", ".join(lost)


class TransferService:
    def __init__(self, store: Store, catalog: FrameworkCatalog, maintenance: MaintenanceService):
        self._store = store
        self._catalog = catalog
        self._maintenance = maintenance

    def export_plan(
        self,
        plan_id: str,
        out: Path,
        *,
        include_private_notes: bool = False,
        passphrase: str | None = None,
        format_version: int | None = None,
        for_desk: Side | None = None,
    ) -> Path:
        """Writes the plan's exchange file; sealed with `passphrase` when one is given.
        `format_version` 1 writes the first format, for a program that reads only that."""
        with self._store.transaction() as repo:
            bundle = repo.load_bundle(plan_id)
        # The file format's validating models are built at the first export or import.
        from ledarplan.exchange.format import bundle_to_json  # noqa: PLC0415

        text = bundle_to_json(
            bundle,
            include_private_notes=include_private_notes,
            app_version=__version__,
            exported_at=datetime.now(timezone.utc).replace(microsecond=0),
            for_desk=for_desk,
            **({"format_version": format_version} if format_version else {}),
        )
        if passphrase is not None:  # sealed before anything is written
            text = encrypt(text.encode("utf-8"), passphrase).decode("ascii")
        try:
            write_private_file(out, text)
        except OSError as exc:  # a full disk, a read-only folder: said so; no half a file
            raise FileWriteError(out, exc) from exc
        return out

    def send(
        self,
        plan_id: str,
        out: Path,
        *,
        include_private_notes: bool = False,
        passphrase: str | None = None,
    ) -> Path:
        """The plan file for the other desk ("Send to my manager", "Send to the leader").
        A manager's private notes never go into a file for the leader."""
        with self._store.transaction() as repo:
            desk = repo.get_desk(plan_id)
        private = include_private_notes and desk.side is Side.LEADER
        return self.export_plan(
            plan_id, out, include_private_notes=private, passphrase=passphrase,
            for_desk=desk.side.other,
        )  # fmt: skip

    def hand_over(self, plan_id: str, out: Path, *, passphrase: str | None = None) -> Path:
        """The plan with its history for a new manager, without this manager's private notes;
        imported there, it is the new manager's copy."""
        with self._store.transaction() as repo:
            desk = repo.get_desk(plan_id)
        if desk.side is not Side.MANAGER:
            raise InvalidInputError(
                "desk", "only a manager's copy of a plan is handed over to a new manager"
            )
        return self.export_plan(
            plan_id, out, include_private_notes=False, passphrase=passphrase,
            for_desk=Side.MANAGER,
        )  # fmt: skip

    def read(self, file: Path, passphrase: str | None = None) -> PlanBundle:
        """Reads and fully validates an exchange file without writing anything.

        An encrypted file needs its `passphrase` (else `PassphraseRequiredError`); a plain
        file ignores it.
        """
        return self.read_file(file, passphrase).bundle

    def read_file(self, file: Path, passphrase: str | None = None) -> PlanFile:
        """As `read`, with what the file says about itself (its format, whom it is for)."""
        try:
            size = file.stat().st_size
        except OSError as exc:
            raise ExchangeError(str(file), [f"cannot read the file ({exc.strerror})"]) from None
        if size > max(MAX_FILE_BYTES, MAX_ENCRYPTED_FILE_BYTES):
            raise ExchangeError(
                str(file), [f"the file is too large ({size} bytes; at most {MAX_FILE_BYTES})"]
            )
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise ExchangeError(str(file), [f"cannot read the file ({exc.strerror})"]) from None
        if is_encrypted(data):
            if passphrase is None:
                raise PassphraseRequiredError(str(file))
            data = decrypt(data, passphrase, str(file))
        from ledarplan.exchange.format import read_plan_file  # noqa: PLC0415 - see export_plan

        read = read_plan_file(data, str(file))
        plan = read.bundle.plan
        pack = self._catalog.get(plan.framework_id)
        if pack is None:
            raise ExchangeError(
                str(file),
                [
                    f"plan.framework_id: the plan uses the model '{plan.framework_id}', which is "
                    "not installed here; add the organisation's model pack first"
                ],
            )
        try:
            find_level(pack, plan.level_id)
        except UnknownLevelError as exc:
            raise ExchangeError(str(file), [f"plan.level_id: {exc}"]) from None
        return read

    def import_file(
        self,
        file: Path,
        *,
        replace: bool = False,
        passphrase: str | None = None,
        allow_unsigning: bool = False,
    ) -> ImportResult:
        """A plan not here yet, stored as new; with `replace`, in place of the stored copy
        (after a backup). A plan already here is refused: it is merged (`MergeService`).
        Replacing never takes back a signature of a talk unless `allow_unsigning`."""
        read = self.read_file(file, passphrase)
        bundle = read.bundle
        with self._store.transaction() as repo:
            exists = repo.plan_exists(bundle.plan.id)
            stored_talks = repo.list_talks(bundle.plan.id) if exists else []
        lost = _signatures_lost(stored_talks, bundle.talks)
        if replace and lost and not allow_unsigning:
            raise ConflictError(
                f"{file}: replacing the stored plan would take back {lost}. Nothing was "
                "written; bring in what is new with `ledarplan merge`, or replace anyway with "
                "--allow-unsigning (a backup is made first)"
            )
        if exists and not replace:
            raise PlanAlreadyHereError(str(file), bundle.plan.id)
        backup = self._maintenance.backup() if exists else None
        return self.store_new(read, str(file), replacing=exists, backup=backup)

    def store_new(
        self, read: PlanFile, source: str, *, replacing: bool = False, backup: Path | None = None
    ) -> ImportResult:
        """Stores a read plan file as a copy of its own (in place of the stored one when
        `replacing`): at the desk the file was written for, else at the other desk than the
        one that wrote it, else as a plan of someone this user manages. A file that does not
        say its desk (format 1) has met no desk: its copy's desk can still be changed."""
        sender = read.bundle.desk
        side = read.for_desk or (sender.side.other if sender else Side.MANAGER)
        met_at = datetime.now(timezone.utc) if sender else None
        # The read plan stays as read; only its desk is this copy's (its records are stored,
        # not changed, so they need no copy of their own).
        bundle = replace(read.bundle, desk=Desk(side, dict(sender.seen) if sender else {}, met_at))
        with self._store.transaction() as repo:
            clashes = repo.records_elsewhere(bundle)
            if clashes:
                raise RecordIdClashError(source, *clashes[0])
            differs = {}
            if repo.person_exists(bundle.person.id):
                stored = repo.get_person(bundle.person.id)
                differs = {
                    name: (getattr(stored, name), getattr(bundle.person, name))
                    for name in ("name", "job_title", "unit", "email")
                    if getattr(stored, name) != getattr(bundle.person, name)
                }
            if replacing:
                repo.delete_plan(bundle.plan.id)
            repo.save_bundle(bundle)
        return ImportResult(bundle.plan.id, bundle.person.name, replacing, backup, differs)
