"""Opening the database: pragmas, private file, schema checks and migrations.

The order on every start: refuse what is not ours or too new, back up, then migrate.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ledarplan.storage.backup import backup_to, read_only_uri
from ledarplan.storage.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseWriteError,
    DiskFullError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
    NotWritableError,
)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another program's lock before it gives up with a message.
BUSY_TIMEOUT_MS = 5_000
#: Below this much free space, a write SQLite could not do is put down to a full disk.
NEARLY_FULL_BYTES = 1 << 20

# SQLite's primary result codes (the low byte of the extended code Python reports).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


# Alembic is imported only to migrate: its import takes longer than opening the database, and
# a database at the newest schema (every start but the first after an update) needs no
# migration. The scripts' revision ids are read from their text instead.
_REVISION_LINE = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(
    r"""^down_revision\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE
)


def _alembic_config(migrations: Path = MIGRATIONS) -> Any:
    from alembic.config import Config  # noqa: PLC0415 - see above

    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def _script_revisions(migrations: Path) -> tuple[set[str], set[str]] | None:
    """(revision ids, ids that are some script's down_revision) read from the scripts' text;
    None when a script does not state them plainly (then Alembic reads the scripts)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.search(text), _DOWN_REVISION_LINE.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    return (revisions, parents) if revisions else None


def head_revision(migrations: Path = MIGRATIONS) -> str:
    found = _script_revisions(migrations)
    if found is not None and len(heads := found[0] - found[1]) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see above

    head = ScriptDirectory.from_config(_alembic_config(migrations)).get_current_head()
    assert head is not None
    return head


#: SQLite's page cache per connection, in KiB (negative: a size, not a page count). Reading a
#: whole plan or listing every plan of a large database fits; the default is 2 MiB.
CACHE_KIB = 16 * 1024


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Foreign keys are off by default in SQLite; WAL keeps readers and a writer apart and
    # survives a killed process. NORMAL sync is what WAL is made for: a commit is not synced
    # to the disk on its own (the WAL is, at each checkpoint), so saving as one types costs no
    # disk flush; the database stays whole even after a power cut, which may only take back
    # the last commits before it.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Deleting a person must really remove their notes, not leave them in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        # Built, not parsed: a '?', '#' or '%' in the path stays part of the file name.
        URL.create("sqlite", database=str(path)),
        poolclass=NullPool,  # one short-lived connection per use: no handle outlives a restore
        # The wait for another program's lock also covers opening (the pragmas below).
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back completely on error."""
        with self.session_factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def _make_private(path: Path) -> None:
    if sys.platform == "win32":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


# --- faults of the computer: a full disk, a lock held elsewhere, a folder that refuses ------


#: SQLite's own words for these codes, for Python 3.10 (whose errors carry no code).
_CODE_OF_MESSAGE = {
    "database is locked": _BUSY,
    "database table is locked": _LOCKED,
    "attempt to write a readonly database": _READONLY,
    "disk I/O error": _IOERR,
    "database disk image is malformed": _CORRUPT,
    "database or disk is full": _FULL,
    "unable to open database file": _CANTOPEN,
    "file is not a database": _NOTADB,
}


def _sqlite_code(exc: BaseException) -> int | None:
    error = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    return _CODE_OF_MESSAGE.get(str(error)) if code is None else code & 0xFF


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_writable(path: Path) -> DatabaseWriteError | None:
    """Tries what SQLite needs for the database `path`: to create a file beside it (its
    journal) and to open it for writing. Changes nothing; None when both work."""
    directory = path.parent
    try:
        fd, probe = tempfile.mkstemp(prefix=".ledarplan-", suffix=".probe", dir=directory)
    except OSError as exc:
        if exc.errno in _DISK_FULL_ERRNOS:
            return DiskFullError(path)
        return NotWritableError(directory, _reason(exc), "data directory")
    os.close(fd)
    Path(probe).unlink()
    try:
        with path.open("r+b"):
            pass
    except FileNotFoundError:
        pass
    except OSError as exc:
        return NotWritableError(path, _reason(exc), "file")
    return None


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def environment_cause(exc: BaseException, path: Path) -> DatabaseWriteError | None:
    """What in the computer made an operation on the database (or copy) `path` fail: a full
    disk, a lock another program holds, a folder or file that refuses writing. None when it
    was none of these."""
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL_ERRNOS:
            return DiskFullError(path)
        if exc.errno in _REFUSED_ERRNOS:
            where = Path(exc.filename) if exc.filename else path
            if where.is_file():
                return NotWritableError(where, _reason(exc), "file")
            while not where.is_dir() and where.parent != where:
                where = where.parent
            return NotWritableError(where, _reason(exc), "folder")
        return None
    code = _sqlite_code(exc)
    if code in (_BUSY, _LOCKED):
        return DatabaseBusyError(path)
    if code == _FULL:
        return DiskFullError(path)
    if code in (_READONLY, _IOERR, _CANTOPEN):
        # SQLite's codes do not say why; look at the folder, the file and the free space.
        return check_writable(path) or (DiskFullError(path) if _nearly_full(path) else None)
    return None


def describe_fault(exc: BaseException, path: Path) -> DatabaseError | None:
    """A failure of SQLite or of the file system while using the database `path`, as a message
    that says what happened (the cause in the computer when it is known). None for anything
    else, such as a mistake in the program, which must not be disguised."""
    cause = environment_cause(exc, path)
    if cause is not None:
        return cause
    if isinstance(exc, OSError):
        return DatabaseWriteError(path, f"the file system refused ({_reason(exc)})")
    error = exc.orig if isinstance(exc, DBAPIError) else exc
    code = _sqlite_code(exc)
    if code in (_READONLY, _IOERR, _CANTOPEN):
        return DatabaseWriteError(path, f"SQLite could not use the file ({error})")
    if code in (_CORRUPT, _NOTADB):
        return DamagedDatabaseError(path, f"SQLite cannot read it ({error})")
    return None


@contextmanager
def translated_faults(path: Path) -> Iterator[None]:
    """Raises a failure of SQLite or of the file system inside the block as a message naming
    `path` (see `describe_fault`); anything else passes unchanged."""
    try:
        yield
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        fault = describe_fault(exc, path)
        if fault is None:
            raise
        raise fault from exc


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotOurDatabaseError(path, "the file is not an SQLite database")


def is_known_revision(revision: str, migrations: Path = MIGRATIONS) -> bool:
    """False for a revision written by a newer program (one this copy has no script for)."""
    found = _script_revisions(migrations)
    if found is not None:
        return revision in found[0]
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see above
    from alembic.util.exc import CommandError  # noqa: PLC0415

    try:
        ScriptDirectory.from_config(_alembic_config(migrations)).get_revision(revision)
    except CommandError:
        return False
    return True


def _stored_revision(path: Path) -> tuple[str | None, set[str]]:
    """Reads the schema revision read-only: a foreign or newer file must stay byte-identical
    (even setting WAL would rewrite its header)."""
    with closing(_connect_read_only(path)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, tables
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), tables


def _check_schema(path: Path, migrations: Path) -> str | None:
    """The stored schema revision; refuses foreign and newer databases untouched."""
    revision, tables = _stored_revision(path)
    if revision is None:
        others = tables - {"alembic_version"}
        if others:
            raise NotOurDatabaseError(
                path, f"it holds tables ledarplan does not know ({', '.join(sorted(others)[:5])})"
            )
        return None
    if not is_known_revision(revision, migrations):
        raise NewerDatabaseError(path, revision)
    return revision


def _header_size(path: Path) -> int | None:
    """The size the SQLite header says the file has, when the header records it."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return page_size * pages if pages else None


def check_health(path: Path) -> None:
    """A quick check on every start: a truncated or damaged file is refused, untouched."""
    size = path.stat().st_size
    expected = _header_size(path)
    wal = Path(f"{path}-wal")
    if expected and size < expected and not (wal.exists() and wal.stat().st_size):
        raise DamagedDatabaseError(path, f"the file is cut short ({size} of {expected} bytes)")
    try:
        with closing(_connect_read_only(path)) as db:
            rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        # A full disk or another program's lock is no damage: say so, offer no restore.
        cause = environment_cause(exc, path)
        raise cause or DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from None
    if rows != ["ok"]:
        raise DamagedDatabaseError(path, f"SQLite's check found: {rows[0]}")


def open_database(
    path: Path, backup_dir: Path | None = None, *, migrations: Path = MIGRATIONS
) -> Database:
    """Opens (creating if need be) and migrates the database at `path`.

    A data directory or file that cannot be written, a full disk or a lock another program
    holds is refused with a message saying so, before anything is changed.
    `migrations` is only ever changed by tests that exercise an upgrade.
    """
    with translated_faults(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    refused = check_writable(path)
    if refused is not None:
        raise refused
    _check_is_sqlite(path)
    existed = path.exists() and path.stat().st_size > 0
    if (
        path.exists()
        and not existed
        and backup_dir is not None
        and any(backup_dir.glob("*.sqlite3"))
    ):
        raise EmptyDatabaseError(path)
    if existed:
        check_health(path)
        try:
            revision = _check_schema(path, migrations)
        except sqlite3.DatabaseError as exc:
            cause = environment_cause(exc, path)
            raise cause or DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from exc
    else:
        revision = None
        # Create the file private before SQLite writes anything into it.
        with translated_faults(path):
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    engine = make_engine(path)
    try:
        head = head_revision(migrations)
        if revision != head:
            if existed and revision is not None and backup_dir is not None:
                stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
                backup_to(path, backup_dir / f"before-migration-{revision}-{stamp}.sqlite3")
            _upgrade(engine, migrations)
        _make_private(path)
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        engine.dispose()
        fault = describe_fault(exc, path)
        if fault is not None:
            raise fault from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise DatabaseError(path, f"SQLite could not read it ({exc})") from exc
        raise
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, factory)


def _upgrade(engine: Engine, migrations: Path) -> None:
    """Runs the migrations as one transaction: a program killed half-way (or a failing step)
    leaves the database exactly as it was, never half a schema.

    Python's sqlite3 runs CREATE/ALTER/DROP outside any transaction and Alembic does not
    begin one on SQLite, so each statement would be committed on its own; here the
    connection is put in autocommit mode and the transaction is ours.
    """
    from alembic import command  # noqa: PLC0415 - see _REVISION_LINE

    config = _alembic_config(migrations)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.isolation_level = None
        raw.execute("BEGIN IMMEDIATE")
        try:
            config.attributes["connection"] = connection
            # env.py asks Alembic for one transaction around every step; its commit at the
            # end (or rollback on an error) ends ours too.
            command.upgrade(config, "head")
            if raw.in_transaction:
                raw.execute("COMMIT")
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
    log.info("database schema is at %s", head_revision(migrations))
