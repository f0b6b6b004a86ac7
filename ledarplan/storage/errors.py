"""Why a database could not be opened, in words a user can act on."""

from __future__ import annotations

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
