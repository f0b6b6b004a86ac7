"""Opening the database: pragmas, private file, schema checks and migrations.

The order on every start: refuse what is not ours or too new, back up, then migrate.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ledarplan.storage.backup import backup_to
from ledarplan.storage.errors import (
    DamagedDatabaseError,
    DatabaseError,
    EmptyDatabaseError,
    NewerDatabaseError,
    NotOurDatabaseError,
)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5_000


def _alembic_config(migrations: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision(migrations: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(_alembic_config(migrations)).get_current_head()
    assert head is not None
    return head


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Foreign keys are off by default in SQLite; WAL keeps readers and a writer apart and
    # survives a killed process; FULL sync survives a lost battery too.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Deleting a person must really remove their notes, not leave them in free pages.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,  # one short-lived connection per use: no handle outlives a restore
        connect_args={"check_same_thread": False},
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


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotOurDatabaseError(path, "the file is not an SQLite database")


def is_known_revision(revision: str, migrations: Path = MIGRATIONS) -> bool:
    """False for a revision written by a newer program (one this copy has no script for)."""
    try:
        ScriptDirectory.from_config(_alembic_config(migrations)).get_revision(revision)
    except CommandError:
        return False
    return True


def _stored_revision(path: Path) -> tuple[str | None, set[str]]:
    """Reads the schema revision read-only: a foreign or newer file must stay byte-identical
    (even setting WAL would rewrite its header)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
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
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from None
    if rows != ["ok"]:
        raise DamagedDatabaseError(path, f"SQLite's check found: {rows[0]}")


def open_database(
    path: Path, backup_dir: Path | None = None, *, migrations: Path = MIGRATIONS
) -> Database:
    """Opens (creating if need be) and migrates the database at `path`.

    `migrations` is only ever changed by tests that exercise an upgrade.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
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
            raise DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from exc
    else:
        revision = None
        # Create the file private before SQLite writes anything into it.
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
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise DatabaseError(path, f"SQLite could not read it ({exc})") from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path, engine, factory)


def _upgrade(engine: Engine, migrations: Path) -> None:
    config = _alembic_config(migrations)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database schema is at %s", head_revision(migrations))
