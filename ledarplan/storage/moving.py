"""Moving the data once from the roaming profile to the local disk, without losing anything.

Versions before 0.2 kept the database in Windows' roaming profile, which is copied to a file
server at log-off and back at log-on: a database there can be taken back to an older copy, and
SQLite on a network file system can be damaged. The move is made so that it can be cut off at
any moment (a crash, a power cut, the user logging off) and the next start finishes it or
starts it again: a marker file in the new folder says a move is under way; the database is
copied with SQLite's online backup (a consistent copy) and opened there, which checks it; only
then are the old files removed, and the marker last.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ledarplan.storage.backup import backup_to

DATABASE = "ledarplan.sqlite3"
MARKER = "moving-here.json"
#: What is moved besides the database: the settings, HR's model packs and the backups.
EXTRAS = ("settings.json", "frameworks", "backups")


@dataclass(frozen=True)
class Moved:
    source: Path
    target: Path


def move_needed(source: Path, target: Path) -> bool:
    """A move was started and not finished, or the old folder has a database and the new
    one has none."""
    if source.resolve() == target.resolve():
        return False
    return (target / MARKER).exists() or (
        (source / DATABASE).is_file() and not (target / DATABASE).exists()
    )


def move_data_folder(source: Path, target: Path, check: Callable[[Path], None]) -> Moved | None:
    """Moves ledarplan's database (and settings, packs and backups) from `source` to
    `target` when `move_needed`; `check(database)` opens the copy and raises if it is not
    whole. Returns what was moved, or None when there was nothing to move.

    An exception leaves the old folder as it was (and the marker, so that the next start
    tries again); nothing of the user's is ever removed before its copy has been checked.
    """
    if not move_needed(source, target):
        return None
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    marker = target / MARKER
    if not marker.exists():
        marker.write_text(json.dumps({"from": str(source)}), encoding="utf-8")
    copied = target / DATABASE
    if not _whole(copied, check):
        _remove_database(target)  # a copy cut off half-way: made again from the original
        backup_to(source / DATABASE, copied)
        for name in EXTRAS:
            _copy_missing(source / name, target / name)
        check(copied)
    for name in EXTRAS:  # a second start may find more (e.g. a backup made meanwhile)
        _copy_missing(source / name, target / name)
    _remove_database(source)
    for name in EXTRAS:
        _remove(source / name)
    marker.unlink()
    return Moved(source, target)


def _whole(database: Path, check: Callable[[Path], None]) -> bool:
    if not database.is_file():
        return False
    try:
        check(database)
    except Exception:  # any reason: the copy is made again from the original
        return False
    return True


def _copy_missing(source: Path, target: Path) -> None:
    """Copies a file or folder, leaving what the target has already (never overwriting)."""
    if source.is_dir():
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        for child in source.iterdir():
            _copy_missing(child, target / child.name)
    elif source.is_file() and not target.exists():
        partial = target.with_name(f".{target.name}.part")
        shutil.copy2(source, partial)
        partial.replace(target)


def _remove_database(folder: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        (folder / f"{DATABASE}{suffix}").unlink(missing_ok=True)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
