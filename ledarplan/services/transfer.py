"""Export a plan to an exchange file and import one, all or nothing."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ledarplan import __version__
from ledarplan.domain.entities import PlanBundle
from ledarplan.domain.errors import ConflictError
from ledarplan.exchange.crypto import (
    MAX_ENCRYPTED_FILE_BYTES,
    PassphraseRequiredError,
    decrypt,
    encrypt,
    is_encrypted,
)
from ledarplan.exchange.errors import ExchangeError
from ledarplan.exchange.fields import MAX_FILE_BYTES
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.presentation import UnknownLevelError, find_level
from ledarplan.services.errors import FileWriteError
from ledarplan.services.maintenance import MaintenanceService
from ledarplan.storage.repository import Store

EXCHANGE_SUFFIX = ".ledarplan.json"
#: Suggested for encrypted files; reading knows an encrypted file by its content, not its name.
ENCRYPTED_SUFFIX = ".ledarplan.enc.json"


@dataclass(frozen=True)
class ImportResult:
    plan_id: str
    person_name: str
    replaced: bool
    backup: Path | None


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
    ) -> Path:
        """Writes the plan's exchange file; sealed with `passphrase` when one is given."""
        with self._store.transaction() as repo:
            bundle = repo.load_bundle(plan_id)
        # The file format's validating models are built at the first export or import.
        from ledarplan.exchange.format import bundle_to_json  # noqa: PLC0415

        text = bundle_to_json(
            bundle,
            include_private_notes=include_private_notes,
            app_version=__version__,
            exported_at=datetime.now(timezone.utc).replace(microsecond=0),
        )
        if passphrase is not None:  # sealed before anything is written
            text = encrypt(text.encode("utf-8"), passphrase).decode("ascii")
        try:
            write_private_file(out, text)
        except OSError as exc:  # a full disk, a read-only folder: said so; no half a file
            raise FileWriteError(out, exc) from exc
        return out

    def read(self, file: Path, passphrase: str | None = None) -> PlanBundle:
        """Reads and fully validates an exchange file without writing anything.

        An encrypted file needs its `passphrase` (else `PassphraseRequiredError`); a plain
        file ignores it.
        """
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
        from ledarplan.exchange.format import bundle_from_json  # noqa: PLC0415 - see export_plan

        bundle = bundle_from_json(data, str(file))
        plan = bundle.plan
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
        return bundle

    def import_file(
        self, file: Path, *, replace: bool = False, passphrase: str | None = None
    ) -> ImportResult:
        bundle = self.read(file, passphrase)
        with self._store.transaction() as repo:
            exists = repo.plan_exists(bundle.plan.id)
        if exists and not replace:
            raise ConflictError(
                f"{file}: this plan is already here (id {bundle.plan.id}); import it with "
                "--replace to overwrite the stored copy (a backup is made first)"
            )
        backup = self._maintenance.backup() if exists else None
        with self._store.transaction() as repo:
            if exists:
                repo.delete_plan(bundle.plan.id)
            repo.save_bundle(bundle)
        return ImportResult(bundle.plan.id, bundle.person.name, exists, backup)
