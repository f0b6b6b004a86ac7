"""The errors a use case may raise, for the GUI and the command line to catch and explain.

Storage defines the faults of the database and of written files (it is where they are
detected); the layers above import them from here, so that nothing above the services
depends on storage.
"""

from __future__ import annotations

from pathlib import Path

from ledarplan.domain.errors import ConflictError, DomainError, InvalidInputError, NotFoundError
from ledarplan.storage.errors import (
    BadDatabaseUrlError,
    ChangedMeanwhileError,
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseWriteError,
    DiskFullError,
    DriverMissingError,
    EmptyDatabaseError,
    FileWriteError,
    LocalFolderError,
    LoginRefusedError,
    MissingGrantsError,
    NewerDatabaseError,
    NewerOrganisationSchemaError,
    NotHrError,
    NotOurDatabaseError,
    NotPreparedDatabaseError,
    NotRegisteredError,
    NotWritableError,
    NotYoursError,
    OlderOrganisationSchemaError,
    OrganisationDatabaseError,
    TooFewPlansError,
    UnreachableDatabaseError,
    UnsafeFolderError,
)


class BackupFolderError(DomainError):
    """The backup folder could not take today's copy; the local backup was made all the same.
    `kind` is "missing", "disk full", "read-only", "denied" or "other"."""

    def __init__(self, folder: Path, kind: str, reason: str):
        self.folder = folder
        self.kind = kind
        self.reason = reason
        super().__init__(
            f"{folder}: the backup folder could not take today's backup ({reason}); the "
            "backup beside your data was made as usual"
        )


class RestoreError(DomainError):
    """A backup cannot be put in place (damaged, or from a newer version)."""


class PlanAlreadyHereError(ConflictError):
    """An imported file holds a plan that is already stored: it is merged, or replaced."""

    def __init__(self, source: str, plan_id: str):
        self.source = source
        self.plan_id = plan_id
        super().__init__(
            f"{source}: this plan is already here (id {plan_id}); bring in what is new in it "
            "with `ledarplan merge` (File → Update plan from file…), or import it with --replace "
            "to overwrite the stored copy (a backup is made first)"
        )


class RecordIdClashError(ConflictError):
    """A file's record has the id of a record of another plan here: nothing was written."""

    def __init__(self, source: str, kind: str, record_id: str, other_plan: str):
        self.source = source
        self.record_id = record_id
        self.other_plan = other_plan
        super().__init__(
            f"{source}: the file's {kind} {record_id} has the id of a record of another plan "
            f"here (plan {other_plan}); nothing was written"
        )


__all__ = [
    "BackupFolderError",
    "BadDatabaseUrlError",
    "ChangedMeanwhileError",
    "ConflictError",
    "DamagedDatabaseError",
    "DatabaseBusyError",
    "DatabaseError",
    "DatabaseWriteError",
    "DiskFullError",
    "DomainError",
    "DriverMissingError",
    "EmptyDatabaseError",
    "FileWriteError",
    "InvalidInputError",
    "LocalFolderError",
    "LoginRefusedError",
    "MissingGrantsError",
    "NewerDatabaseError",
    "NewerOrganisationSchemaError",
    "NotFoundError",
    "NotHrError",
    "NotOurDatabaseError",
    "NotPreparedDatabaseError",
    "NotRegisteredError",
    "NotWritableError",
    "NotYoursError",
    "OlderOrganisationSchemaError",
    "OrganisationDatabaseError",
    "PlanAlreadyHereError",
    "RecordIdClashError",
    "RestoreError",
    "TooFewPlansError",
    "UnreachableDatabaseError",
    "UnsafeFolderError",
]
