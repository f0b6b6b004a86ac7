"""What a database file is: SQLite at all, ledarplan's, of a schema this version knows,
undamaged — each checked without changing the file."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from ledarplan.storage.engine import connect_read_only
from ledarplan.storage.errors import DamagedDatabaseError, NewerDatabaseError, NotOurDatabaseError
from ledarplan.storage.faults import environment_cause

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"

# Alembic is imported only to migrate: its import takes longer than opening the database, and
# a database at the newest schema (every start but the first after an update) needs no
# migration. The scripts' revision ids are read from their text instead.
_REVISION_LINE = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(
    r"""^down_revision\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE
)


def alembic_config(migrations: Path = MIGRATIONS) -> Any:
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

    head = ScriptDirectory.from_config(alembic_config(migrations)).get_current_head()
    assert head is not None
    return head


def check_is_sqlite(path: Path) -> None:
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
        ScriptDirectory.from_config(alembic_config(migrations)).get_revision(revision)
    except CommandError:
        return False
    return True


def _stored_revision(path: Path) -> tuple[str | None, set[str]]:
    """Reads the schema revision read-only: a foreign or newer file must stay byte-identical
    (even setting WAL would rewrite its header)."""
    with closing(connect_read_only(path)) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, tables
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), tables


def check_schema(path: Path, migrations: Path) -> str | None:
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
        with closing(connect_read_only(path)) as db:
            rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        # A full disk or another program's lock is no damage: say so, offer no restore.
        cause = environment_cause(exc, path)
        raise cause or DamagedDatabaseError(path, f"SQLite cannot read it ({exc})") from None
    if rows != ["ok"]:
        raise DamagedDatabaseError(path, f"SQLite's check found: {rows[0]}")
