"""The SQLite engine ledarplan opens its database with: pragmas, a private file, sessions
(the organisation's PostgreSQL engine is `storage.postgres`'s)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ledarplan.storage.backup import read_only_uri
from ledarplan.storage.contact import Contact

#: How long a write waits for another program's lock before it gives up with a message.
BUSY_TIMEOUT_MS = 5_000


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
    _common_pragmas(cursor)


def _on_connect_shared(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # A network folder (allowed by the organisation): WAL needs shared memory, which network
    # file systems do not have, so a rollback journal; every commit synced; and the file
    # locked for this connection alone, since the network's own locks cannot be trusted.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA locking_mode = EXCLUSIVE")
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    _common_pragmas(cursor)


def _common_pragmas(cursor: sqlite3.Cursor) -> None:
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Deleting a person must really remove their notes, not leave them in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def make_engine(path: Path, *, shared_folder: bool = False) -> Engine:
    """An engine on the database `path`; `shared_folder` for a database the organisation
    allows on a network folder (no WAL, one program at a time)."""
    engine = create_engine(
        # Built, not parsed: a '?', '#' or '%' in the path stays part of the file name.
        URL.create("sqlite", database=str(path)),
        poolclass=NullPool,  # one short-lived connection per use: no handle outlives a restore
        # The wait for another program's lock also covers opening (the pragmas below).
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect_shared if shared_folder else _on_connect)
    return engine


@dataclass(frozen=True)
class Membership:
    """Who is using the organisation's database: the login and the person it is."""

    where: str  # the database, as messages name it
    login: str
    person_id: str


@dataclass
class Database:
    #: The local file; None for the organisation's database (PostgreSQL).
    path: Path | None
    engine: Engine
    session_factory: sessionmaker[Session]
    #: The login and person using the organisation's database (None: the local file).
    organisation: Membership | None = None
    #: What was last heard from the organisation's database (unused for the local file).
    contact: Contact = field(default_factory=Contact)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back completely on error."""
        with self.session_factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def make_private(path: Path) -> None:
    if sys.platform == "win32":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(0o600)
