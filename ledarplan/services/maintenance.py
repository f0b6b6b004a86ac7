"""Backups, restore and health checks of the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ledarplan.services.errors import RestoreError
from ledarplan.storage.backup import (
    CheckReport,
    backup_to,
    copy_into,
    inspect_file,
    restore_into_place,
)
from ledarplan.storage.backup import latest_good_backup as _latest_good_backup
from ledarplan.storage.database import open_database
from ledarplan.storage.faults import translated_faults
from ledarplan.storage.repository import Store
from ledarplan.storage.schema import head_revision, is_known_revision

DAILY_PREFIX = "daily-"
DEFAULT_KEEP = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "manual", "before-migration", "before-restore", "before-replace"
    created: datetime
    size: int


def _kind_of(name: str) -> str:
    for kind in ("daily", "before-migration", "before-restore", "before-replace"):
        if name.startswith(kind):
            return kind
    return "manual"


def latest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes SQLite's checks and has a schema this program knows."""
    return _latest_good_backup(backups_dir, is_known_revision)


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


class MaintenanceService:
    def __init__(self, store: Store, backups_dir: Path):
        self._store = store
        self._backups_dir = backups_dir

    @property
    def database_file(self) -> Path:
        return self._store.path

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
        destination = out or self._stamped("ledarplan")
        with translated_faults(destination):  # a full disk or read-only folder: a message
            return backup_to(self._store.path, destination)

    def rotate_daily(self, keep: int = DEFAULT_KEEP, today: date | None = None) -> Path | None:
        """One backup a day, the newest `keep` kept; returns today's when it was made now."""
        today = today or date.today()
        target = self._backups_dir / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite3"
        made = None
        with translated_faults(target):
            if not target.exists():
                made = backup_to(self._store.path, target)
            dailies = sorted(self._backups_dir.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
            for old in dailies[max(keep, 1) :]:
                old.unlink(missing_ok=True)
        return made

    def list_backups(self) -> list[BackupInfo]:
        """Newest first."""
        if not self._backups_dir.is_dir():
            return []
        found = []
        for path in self._backups_dir.glob("*.sqlite3"):
            stat = path.stat()
            found.append(
                BackupInfo(
                    path, _kind_of(path.name), datetime.fromtimestamp(stat.st_mtime), stat.st_size
                )
            )
        return sorted(found, key=lambda b: b.created, reverse=True)

    def check(self) -> CheckReport:
        report = inspect_file(self._store.path)
        if report.revision is not None and report.revision != head_revision():
            report.problems.append(
                f"the schema is at {report.revision}, this program expects {head_revision()}"
            )
        return report

    def restore(self, file: Path) -> Path:
        """Replaces the database with a backup; returns the safety copy made first."""
        _check_restorable(file)
        safety = self._stamped("before-restore")
        with translated_faults(safety):
            backup_to(self._store.path, safety)
        with translated_faults(self._store.path):  # e.g. locked: rolled back, nothing lost
            copy_into(file, self._store.path)
        # A backup from an older version is brought up to this schema at once.
        open_database(self._store.path, self._backups_dir).dispose()
        return safety
