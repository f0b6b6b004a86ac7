"""Faults of the computer while using the database: a full disk, a lock held elsewhere, a
folder or file that refuses writing — each turned into a message a user can act on."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ledarplan.storage.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseWriteError,
    DiskFullError,
    NotWritableError,
)

#: Below this much free space, a write SQLite could not do is put down to a full disk.
NEARLY_FULL_BYTES = 1 << 20

# SQLite's primary result codes (the low byte of the extended code Python reports).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


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
