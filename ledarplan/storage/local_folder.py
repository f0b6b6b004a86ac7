"""Reading the plans of a local data folder without changing it (`ledarplan org import-local`).

The folder's database is opened read-only and copied page by page (SQLite's online backup)
into a private temporary folder; the copy is brought up to this version's schema and read
there, then deleted. The folder itself is never written: not its file, not a journal, not a
lock. What is wrong with the folder is a `LocalFolderError` naming it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from ledarplan.domain.entities import PlanBundle
from ledarplan.folder_lock import LOCK_FILE, same_host, this_host
from ledarplan.storage.backup import copy_pages, read_only_uri
from ledarplan.storage.database import open_database
from ledarplan.storage.errors import DatabaseError, LocalFolderError
from ledarplan.storage.faults import environment_cause
from ledarplan.storage.schema import MIGRATIONS, SQLITE_HEADER
from ledarplan.storage.store import Store

#: The local database's name in a data folder (`paths.AppPaths.database_file`).
DATABASE_NAME = "ledarplan.sqlite3"


def read_local_plans(folder: Path, migrations: Path = MIGRATIONS) -> list[PlanBundle]:
    """Every plan of the data folder `folder`, whole (its person, desk and tombstones too),
    read from a copy: the folder is left exactly as it was."""
    database = _checked_folder(folder)
    with tempfile.TemporaryDirectory(prefix="ledarplan-move-") as scratch:
        Path(scratch).chmod(0o700)  # the copy holds private notes
        copy = Path(scratch) / DATABASE_NAME
        try:
            _copy(database, copy)
        except sqlite3.DatabaseError as exc:
            cause = environment_cause(exc, database)
            reason = cause.what if cause is not None else f"SQLite cannot read it ({exc})"
            raise LocalFolderError(folder, f"its database cannot be read: {reason}") from None
        try:
            # Checked (damage, a newer schema) and brought up to this version's schema: the
            # copy, never the folder's file.
            opened = open_database(copy, None, migrations=migrations)
        except DatabaseError as exc:
            raise LocalFolderError(folder, exc.reason) from None
        try:
            store = Store(opened)
            with store.transaction() as repo:
                ids = [summary.plan.id for summary in repo.list_plans(counts=False)]
                return [repo.load_bundle(plan_id) for plan_id in ids]
        finally:
            opened.dispose()


def _copy(database: Path, copy: Path) -> None:
    """Copies the database page by page without writing anything beside it. A database
    closed as it should be has no write-ahead log: it is read as immutable (SQLite then
    makes no -wal or -shm file in the folder). One that has a log (ledarplan was ended
    without closing) is read with its log, which SQLite needs its shared-memory file for."""
    uri = read_only_uri(database)
    wal = Path(f"{database}-wal")
    if not (wal.exists() and wal.stat().st_size):
        uri += "&immutable=1"
    with (
        closing(sqlite3.connect(uri, uri=True)) as source,
        closing(sqlite3.connect(copy)) as target,
    ):
        copy_pages(source, target)


def _checked_folder(folder: Path) -> Path:
    """The folder's database file, after refusing what is not one (reading its first bytes
    only)."""
    if not folder.exists():
        raise LocalFolderError(folder, "there is no such folder")
    if not folder.is_dir():
        raise LocalFolderError(
            folder, f"this is a file, not a data folder (the folder that holds {DATABASE_NAME})"
        )
    database = folder / DATABASE_NAME
    if not database.is_file() or database.stat().st_size == 0:
        raise LocalFolderError(
            folder, f"this is not a ledarplan data folder: there is no {DATABASE_NAME} in it"
        )
    holder = _lock_holder(folder)
    if holder is not None:
        raise LocalFolderError(
            folder,
            f"ledarplan has these plans open ({holder}); close it there first, then move them. "
            f"If that program was ended without closing, delete {folder / LOCK_FILE}",
        )
    with database.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise LocalFolderError(
            folder,
            f"its {DATABASE_NAME} is not a readable SQLite database: it is encrypted or "
            "another program's file (ledarplan never encrypts it itself). Decrypt it with the "
            "tool that encrypted it, then move the plans",
        )
    return database


def _lock_holder(folder: Path) -> str | None:
    """Who holds the folder's lock (the window that has it open), in words; None: no one but
    this program (which may be the window moving its own local plans)."""
    lock = folder / LOCK_FILE
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if len(lines) < 3:
        return None
    pid = int(lines[0]) if lines[0].strip().isdigit() else None
    host = lines[2].strip()
    if not same_host(host, this_host()):
        return f"on {host}"
    if pid is None or pid == os.getpid() or not _alive(pid):
        return None  # a lock left behind by a program that has ended, or this program's own
    return f"on this computer, process {pid}"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows: the lock file is kept only while open
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
