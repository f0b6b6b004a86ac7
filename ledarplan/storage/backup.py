"""Consistent copies of the database with SQLite's online backup, checks and restore."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a copy waits for another program's lock before giving up (same as a save).
BUSY_TIMEOUT_S = 5.0
# Result codes of sqlite3_backup_step that mean "someone else holds a lock, try again".
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


class _StillLockedError(Exception):
    pass


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """`src.backup(dst)` that gives up after BUSY_TIMEOUT_S of locks instead of looping forever.

    Python's backup retries SQLITE_BUSY without end; raising from the progress callback is
    the only documented way to stop it, and SQLite then leaves the destination unchanged.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _StillLockedError

    try:
        src.backup(dst, pages=-1, progress=progress)  # one step: a consistent copy
    except _StillLockedError:
        raise sqlite3.OperationalError("database is locked") from None


def _private_dir(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only. The path is quoted: '?', '#' and '%' are
    allowed in folder names and would otherwise cut the path short (a read of another file)."""
    posix = path.absolute().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… → file:///C:/… ; //server/share → file:////server/share
    return f"file://{quote(posix, safe='/:')}?mode=ro"


def backup_to(source: Path, destination: Path) -> Path:
    """Copies a (possibly live) database page by page into `destination`, atomically."""
    _private_dir(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        with (
            closing(sqlite3.connect(read_only_uri(source), uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            copy_pages(src, dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if sys.platform != "win32":
        destination.chmod(0o600)
    return destination


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def holds_a_database(path: Path) -> bool:
    """Whether `path` holds more than a first start cut short leaves (no file, an empty one,
    or SQLite's header without a single table (the schema is made in one transaction, so a
    start killed before it commits leaves nothing else): such a file is made whole by opening
    it. Anything else, damaged or not, is for `inspect_file` to describe."""
    try:
        if path.stat().st_size == 0:
            return False
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
            return db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
    except (OSError, sqlite3.DatabaseError):
        return path.exists()  # missing: nothing made; unreadable: described by the check


def inspect_file(path: Path, *, quick: bool = False) -> CheckReport:
    """SQLite's own checks on a database file, without changing it."""
    report = CheckReport(path)
    if not path.is_file():
        report.problems.append("the file does not exist")
        return report
    size = path.stat().st_size
    if size == 0:
        report.problems.append("the file is empty")
        return report
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            report.problems.append("the file is not an SQLite database")
            return report
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as db:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
            if rows != ["ok"]:
                report.problems += [f"integrity: {r}" for r in rows[:20]]
            fk = db.execute("PRAGMA foreign_key_check").fetchall()
            report.problems += [
                f"foreign key: row {rowid} of table '{table}' points at a missing '{parent}'"
                for table, rowid, parent, _ in fk[:20]
            ]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            report.problems += _named_elsewhere(db, tables)
            if "alembic_version" in tables:
                row = db.execute("SELECT version_num FROM alembic_version").fetchone()
                report.revision = row[0] if row else None
            else:
                report.problems.append("the file is not a ledarplan database (no schema version)")
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"SQLite cannot read it ({exc})")
    return report


#: Rows whose plan is not their parent's: an agreement's (schema 0006 on) must be its session's
#: or talk's, an action's (0007 on) its goal's; the team overview counts them by the plan they
#: name. (table, query, what the message names.)
_ELSEWHERE = (
    (
        "agreement",
        "SELECT a.id FROM agreement a "
        "LEFT JOIN coaching_session s ON s.id = a.session_id "
        "LEFT JOIN development_talk t ON t.id = a.talk_id "
        "WHERE a.plan_id IS NOT COALESCE(s.plan_id, t.plan_id) LIMIT 20",
        "its session's or talk's",
    ),
    (
        "action",
        "SELECT a.id FROM action a LEFT JOIN goal g ON g.id = a.goal_id "
        "WHERE a.plan_id IS NOT g.plan_id LIMIT 20",
        "its goal's",
    ),
)


def _named_elsewhere(db: sqlite3.Connection, tables: set[str]) -> list[str]:
    problems = []
    for table, query, parent in _ELSEWHERE:
        if table not in tables:
            continue
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if "plan_id" not in columns:  # a file of a schema before the table named its plan
            continue
        problems += [
            f"{table} '{row_id}' names another plan than {parent}"
            for (row_id,) in db.execute(query)
        ]
    return problems


def copy_into(source: Path, target: Path) -> None:
    """Replaces the contents of the database `target` with those of `source` (online)."""
    with (
        closing(sqlite3.connect(read_only_uri(source), uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        copy_pages(src, dst)


def latest_good_backup(backups_dir: Path, is_known: Callable[[str], bool]) -> Path | None:
    """The newest backup that passes SQLite's checks and has a schema this program knows."""
    if not backups_dir.is_dir():
        return None
    candidates = sorted(backups_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for candidate in reversed(candidates):
        report = inspect_file(candidate, quick=True)
        if report.ok and report.revision is not None and is_known(report.revision):
            return candidate
    return None


def set_aside(path: Path) -> Path:
    """Renames a damaged database (and its WAL files) out of the way, keeping it whole."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{kept}{suffix}"))
    path.replace(kept)
    return kept


def restore_into_place(backup: Path, path: Path) -> Path:
    """Puts a backup where the damaged database was; returns where the damaged one is kept."""
    kept = set_aside(path)
    backup_to(backup, path)
    return kept
