"""The errors a use case may raise, for the GUI and the command line to catch and explain.

Storage defines the faults of the database and of written files (it is where they are
detected); the layers above import them from here, so that nothing above the services
depends on storage.
"""

from __future__ import annotations

from ledarplan.domain.errors import ConflictError, DomainError, InvalidInputError, NotFoundError
from ledarplan.storage.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseWriteError,
    DiskFullError,
    EmptyDatabaseError,
    FileWriteError,
    NewerDatabaseError,
    NotOurDatabaseError,
    NotWritableError,
    UnsafeFolderError,
)


class RestoreError(DomainError):
    """A backup cannot be put in place (damaged, or from a newer version)."""


__all__ = [
    "ConflictError",
    "DamagedDatabaseError",
    "DatabaseBusyError",
    "DatabaseError",
    "DatabaseWriteError",
    "DiskFullError",
    "DomainError",
    "EmptyDatabaseError",
    "FileWriteError",
    "InvalidInputError",
    "NewerDatabaseError",
    "NotFoundError",
    "NotOurDatabaseError",
    "NotWritableError",
    "RestoreError",
    "UnsafeFolderError",
]
