"""Backups, restore and health checks of the database."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ledarplan.services.errors import BackupFolderError, DomainError, FileWriteError, RestoreError
from ledarplan.settings import Settings, SettingsStore
from ledarplan.storage.backup import (
    CheckReport,
    backup_to,
    copy_into,
    inspect_file,
    restore_into_place,
)
from ledarplan.storage.backup import holds_a_database as _holds_a_database
from ledarplan.storage.backup import latest_good_backup as _latest_good_backup
from ledarplan.storage.database import open_database
from ledarplan.storage.faults import translated_faults
from ledarplan.storage.schema import head_revision, is_known_revision
from ledarplan.storage.store import Store

DAILY_PREFIX = "daily-"
DEFAULT_KEEP = 14
#: The daily backups' names in the backup folder (a home drive holds other files too).
FOLDER_PREFIX = "ledarplan-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "manual", "before-migration", "before-restore", "before-replace"
    created: datetime
    size: int
    #: In the backup folder (the home drive, a USB stick …), not beside the database.
    elsewhere: bool = False


def _kind_of(name: str) -> str:
    for kind in ("daily", "before-migration", "before-restore", "before-replace"):
        if name.startswith(kind):
            return kind
    return "manual"


def _copy_synced(source: Path, target: Path) -> Path:
    """A whole copy or none: written to a temporary name, synced to the disk, then renamed
    (a USB stick pulled out half-way leaves no half backup under the real name)."""
    partial = target.with_name(f".{target.name}.part")
    try:
        with source.open("rb") as reader, partial.open("wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        if sys.platform != "win32":
            partial.chmod(0o600)  # private notes: readable by the user alone
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def backup_folder_of(settings: Settings, presets_folder: Path | None) -> Path | None:
    """The user's backup folder, else the organisation's."""
    if settings.backup_folder:
        return Path(settings.backup_folder).expanduser()
    return presets_folder


def copy_to_backup_folder(
    maintenance: MaintenanceService, folder: Path, store: SettingsStore, keep: int
) -> BackupFolderError | None:
    """Today's backup into the backup folder. A problem is returned to be told only the first
    time it happens (not at every start while the drive is away); once a copy succeeds again,
    a later problem is told again."""
    try:
        maintenance.copy_to_folder(folder, keep)
    except BackupFolderError as exc:
        key = f"{exc.folder}|{exc.kind}"
        settings = store.load()
        if settings.backup_folder_told == key:
            return None
        store.save(settings.changed(backup_folder_told=key))
        return exc
    settings = store.load()
    if settings.backup_folder_told is not None:
        store.save(settings.changed(backup_folder_told=None))
    return None


def newest_in_folder(folder: Path | None) -> Path | None:
    """The newest good backup in the backup folder (for a new PC with no data yet)."""
    if folder is None or not folder.is_dir():
        return None
    for candidate in sorted(folder.glob(f"{FOLDER_PREFIX}*.sqlite3"), reverse=True):
        report = inspect_file(candidate, quick=True)
        if report.ok and report.revision is not None and is_known_revision(report.revision):
            return candidate
    return None


def latest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes SQLite's checks and has a schema this program knows."""
    return _latest_good_backup(backups_dir, is_known_revision)


def holds_a_database(database_file: Path) -> bool:
    """Whether the local file holds a database to check as it is; else (no file, or what a
    first start cut short left) opening it makes it first."""
    return _holds_a_database(database_file)


def restore_unopenable(backup: Path, database_file: Path) -> Path:
    """Puts `backup` where a database that cannot be opened (damaged, empty) is; returns where
    the bad file is kept. Used before any services exist, so it needs none."""
    _check_restorable(backup)
    return restore_into_place(backup, database_file)


def _check_restorable(file: Path) -> None:
    report = inspect_file(file)
    if not report.ok:
        raise RestoreError(f"{file}: cannot restore from it: " + "; ".join(report.problems))
    if report.revision is None:
        raise RestoreError(f"{file}: cannot restore from it: it has no schema version")
    if not is_known_revision(report.revision):
        raise RestoreError(
            f"{file}: cannot restore from it: it was made by a newer version of ledarplan "
            f"(schema {report.revision})"
        )


class OrganisationBackupError(DomainError):
    """Backups of the organisation's database are IT's, with PostgreSQL's own tools."""

    def __init__(self) -> None:
        super().__init__(
            "your plans are in the organisation's database, which IT backs up with "
            "PostgreSQL's own tools (pg_dump, continuous archiving); ledarplan makes no copy "
            "of it and restores none. Ask IT to restore an earlier state if you need one"
        )


def check_database_file(path: Path) -> CheckReport:
    """SQLite's own checks of the local file and its schema version, reading it once.

    Needs no open services: `ledarplan check` on an existing file calls it directly, so the
    file is not read a second time by the quick check every opening makes, and a damaged file
    is described rather than refused."""
    report = inspect_file(path)
    if report.revision is not None and report.revision != head_revision():
        report.problems.append(
            f"the schema is at {report.revision}, this program expects {head_revision()}"
        )
    return report


class MaintenanceService:
    def __init__(self, store: Store, backups_dir: Path):
        self._store = store
        self._backups_dir = backups_dir

    @property
    def database_file(self) -> Path | None:
        """The local file; None on the organisation's database."""
        return self._store.path

    @property
    def backed_up_by_it(self) -> bool:
        """On the organisation's database, which IT backs up (pg_dump, continuous archiving):
        the program makes no copies of it and restores none."""
        return self._store.path is None

    def _local_file(self) -> Path:
        path = self._store.path
        if path is None:
            raise OrganisationBackupError()
        return path

    @property
    def backups_dir(self) -> Path:
        return self._backups_dir

    def close(self) -> None:
        """Lets go of the database file (at the end of a command or of the window)."""
        self._store.database.dispose()

    def _stamped(self, prefix: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        return self._backups_dir / f"{prefix}-{stamp}.sqlite3"

    def backup(self, out: Path | None = None) -> Path:
        """A consistent copy made with SQLite's online backup, safe while the app runs."""
        source = self._local_file()
        destination = out or self._stamped("ledarplan")
        with translated_faults(destination):  # a full disk or read-only folder: a message
            return backup_to(source, destination)

    def rotate_daily(self, keep: int = DEFAULT_KEEP, today: date | None = None) -> Path | None:
        """One backup a day, the newest `keep` kept; returns today's when it was made now."""
        if self.backed_up_by_it:
            return None
        today = today or date.today()
        target = self._backups_dir / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite3"
        made = None
        with translated_faults(target):
            if not target.exists():
                made = backup_to(self._local_file(), target)
            dailies = sorted(self._backups_dir.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
            for old in dailies[max(keep, 1) :]:
                old.unlink(missing_ok=True)
        return made

    def copy_to_folder(self, folder: Path, keep: int = DEFAULT_KEEP) -> Path | None:
        """Puts the newest daily backup in `folder` too (the home drive IT backs up, a USB
        stick), unless it is there already, and keeps the newest `keep` there. Only backup
        files go there, never the live database; each is written under a temporary name,
        synced and renamed. Returns the copy made now (None: it was there already, or there
        is no daily backup yet). Raises BackupFolderError when the folder cannot take it."""
        dailies = sorted(self._backups_dir.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
        if not dailies:
            return None
        if not folder.is_dir():
            raise BackupFolderError(
                folder, "missing", "the folder is not there; is the drive connected?"
            )
        target = folder / f"{FOLDER_PREFIX}{dailies[0].name}"
        made = None
        try:
            if not target.exists():
                made = _copy_synced(dailies[0], target)
            copies = sorted(folder.glob(f"{FOLDER_PREFIX}{DAILY_PREFIX}*.sqlite3"), reverse=True)
            for old in copies[max(keep, 1) :]:
                old.unlink(missing_ok=True)
        except OSError as exc:
            fault = FileWriteError(target, exc)
            raise BackupFolderError(folder, fault.kind, fault.reason) from exc
        return made

    def list_backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Newest first: the backups beside the data, and those in the backup `folder`."""
        found = []
        places = [(self._backups_dir, "*.sqlite3", False)]
        if folder is not None:
            places.append((folder, f"{FOLDER_PREFIX}*.sqlite3", True))
        for place, pattern, elsewhere in places:
            if not place.is_dir():
                continue
            for path in place.glob(pattern):
                stat = path.stat()
                kind = _kind_of(path.name.removeprefix(FOLDER_PREFIX) if elsewhere else path.name)
                created = datetime.fromtimestamp(stat.st_mtime)
                found.append(BackupInfo(path, kind, created, stat.st_size, elsewhere))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def check(self) -> CheckReport:
        return check_database_file(self._local_file())

    def restore(self, file: Path) -> Path:
        """Replaces the database with a backup; returns the safety copy made first."""
        database = self._local_file()
        _check_restorable(file)
        safety = self._stamped("before-restore")
        with translated_faults(safety):
            backup_to(database, safety)
        with translated_faults(database):  # e.g. locked: rolled back, nothing lost
            copy_into(file, database)
        # A backup from an older version is brought up to this schema at once.
        open_database(database, self._backups_dir).dispose()
        return safety
