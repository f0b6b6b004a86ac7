"""Why the database (or a file) could not be used, in words a user can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from ledarplan.domain.errors import DomainError


class DatabaseError(DomainError):
    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class NotOurDatabaseError(DatabaseError):
    def __init__(self, path: Path, reason: str):
        super().__init__(path, f"this is not a ledarplan database: {reason}; it was not changed")


class NewerDatabaseError(DatabaseError):
    def __init__(self, path: Path, revision: str):
        self.revision = revision
        super().__init__(
            path,
            f"this database was written by a newer version of ledarplan (schema {revision}); "
            "install that version or newer to open it. The file was not changed",
        )


class DamagedDatabaseError(DatabaseError):
    """The file is ledarplan's but damaged or cut short; it is kept as it is."""

    def __init__(self, path: Path, reason: str):
        super().__init__(path, f"the database is damaged: {reason}. It was not changed")


class EmptyDatabaseError(DatabaseError):
    """The file is empty although backups exist: something went wrong; nothing is overwritten."""

    def __init__(self, path: Path):
        super().__init__(
            path, "the database file is empty, although there are backups. It was not changed"
        )


class UnsafeFolderError(DatabaseError):
    """The data folder is on a network share or in a synced folder, where a database can be
    damaged or put back to an older copy; it is not opened there."""

    def __init__(self, path: Path, kind: str, detail: str, usual: Path):
        self.kind = kind  # "network" or "synced"
        self.detail = detail
        self.usual = usual
        where = (
            f"on a network share ({detail})"
            if kind == "network"
            else f"in a synced folder ({detail})"
        )
        super().__init__(
            path,
            f"the data folder is {where}. A database there can be damaged, or put back to an "
            "older copy, so ledarplan does not open it there. Keep the data on this "
            f"computer's own disk (the usual place is {usual}) and let the backups go to the "
            "network or synced folder instead (the backup folder setting). An organisation "
            "that has checked its setup can allow it with allow_network_data_folder = true "
            "in its presets",
        )


class DatabaseWriteError(DatabaseError):
    """A change could not be written because of the computer, not the data: it was rolled back,
    and what was saved before is intact."""

    def __init__(self, path: Path, reason: str):
        self.what = reason  # without the reassurance, for a translated message
        super().__init__(path, f"{reason}. Nothing was written; what was saved before is intact")


class DiskFullError(DatabaseWriteError):
    def __init__(self, path: Path):
        super().__init__(path, "the disk is full; free some space and try again")


class DatabaseBusyError(DatabaseWriteError):
    """Another program holds a lock on the database for longer than the program waits."""

    def __init__(self, path: Path):
        super().__init__(
            path,
            "the database is busy: another program is holding it locked; close that program "
            "(or the other ledarplan) and try again",
        )


class NotWritableError(DatabaseWriteError):
    """A folder or file cannot be written (read-only medium, no permission).

    `path` is what refused; `kind` is "data directory", "folder" or "file"; `detail` is the
    system's reason.
    """

    def __init__(self, path: Path, detail: str, kind: str = "folder"):
        self.detail = detail
        self.kind = kind
        if kind == "file":
            what = f"the file is read-only ({detail})"
        else:
            what = f"the {kind} is not writable ({detail})"
        if kind == "data directory":
            what += "; ledarplan keeps your plans there and must be able to save them"
        super().__init__(path, what)


class FileWriteError(DomainError):
    """An exported file or a copy could not be written; an earlier file there is unchanged.

    `kind` is "disk full", "read-only", "denied" or "other" (then `reason` is the system's).
    """

    def __init__(self, path: Path | None, error: OSError):
        self.path = path
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            self.kind, self.reason = "disk full", "the disk is full"
        elif error.errno == errno.EROFS:
            self.kind, self.reason = "read-only", "the folder is read-only"
        elif error.errno in (errno.EACCES, errno.EPERM):
            self.kind, self.reason = "denied", "you may not write there"
        else:
            self.kind, self.reason = "other", error.strerror or str(error)
        where = f"{path}: the file" if path is not None else "a file"
        super().__init__(f"{where} could not be written: {self.reason}. Nothing was changed there")
