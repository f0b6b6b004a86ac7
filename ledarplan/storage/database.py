"""Opening the database: checks, backup, then migrations.

The order on every start: refuse what is not ours or too new, back up, then migrate. The
engine (`engine`), the faults of the computer (`faults`) and the checks of a file (`schema`)
are the neighbours this builds on.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from ledarplan.storage.backup import backup_to
from ledarplan.storage.engine import Database, make_engine, make_private
from ledarplan.storage.errors import DamagedDatabaseError, DatabaseError, EmptyDatabaseError
from ledarplan.storage.faults import (
    check_writable,
    describe_fault,
    environment_cause,
    translated_faults,
)
from ledarplan.storage.schema import (
    MIGRATIONS,
    alembic_config,
    check_health,
    check_is_sqlite,
    check_schema,
    head_revision,
)

log = logging.getLogger(__name__)


def open_database(
    path: Path,
    backup_dir: Path | None = None,
    *,
    migrations: Path = MIGRATIONS,
    shared_folder: bool = False,
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
    check_is_sqlite(path)
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
            revision = check_schema(path, migrations)
        except sqlite3.DatabaseError as exc:
            cause = environment_cause(exc, path)
            raise cause or DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from exc
    else:
        revision = None
        # Create the file private before SQLite writes anything into it.
        with translated_faults(path):
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    engine = make_engine(path, shared_folder=shared_folder)
    try:
        head = head_revision(migrations)
        if revision != head:
            if existed and revision is not None and backup_dir is not None:
                stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
                backup_to(path, backup_dir / f"before-migration-{revision}-{stamp}.sqlite3")
            _upgrade(engine, migrations)
        make_private(path)
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
    from alembic import command  # noqa: PLC0415 - only to migrate (see storage.schema)

    config = alembic_config(migrations)
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
