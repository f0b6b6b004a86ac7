"""Why the database (or a file) could not be used, in words a user can act on."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from ledarplan.domain.errors import ConflictError, DomainError

if TYPE_CHECKING:  # the window's frame imports this module before its first paint
    from ledarplan.domain.saved_meanwhile import Rebased


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


class LocalFolderError(DatabaseError):
    """The plans of a local data folder cannot be read; nothing was read or written."""

    def __init__(self, folder: Path, reason: str):
        self.folder = folder
        super().__init__(folder, f"{reason}. Nothing was moved")


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


class OrganisationDatabaseError(DatabaseError):
    """The organisation's database (PostgreSQL) cannot be used as it is: what is wrong and what
    IT should do. Nothing was written. `where` names the database (never a password)."""

    def __init__(self, where: str, reason: str, advice: str):
        self.where = where
        self.advice = advice
        super().__init__(where, f"{reason}. {advice}")  # type: ignore[arg-type]


class UnreachableDatabaseError(OrganisationDatabaseError):
    def __init__(self, where: str, detail: str):
        self.detail = detail
        super().__init__(
            where,
            f"it cannot be reached ({detail})",
            "Ask IT whether the database server is running and whether this computer may "
            "reach it (the host and port in the database URL, a firewall, the network)",
        )


class LoginRefusedError(OrganisationDatabaseError):
    """The server refused the login: `kind` is "no password", "wrong password" or "refused"."""

    def __init__(self, where: str, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        if kind == "no password":
            reason = "it asks for a password and none was found for this login"
            advice = (
                "IT should set up the sign-on: the password in the user's .pgpass file or "
                "service file (never in the presets), or Kerberos sign-on"
            )
        elif kind == "wrong password":
            reason = "it refused the password given for this login"
            advice = (
                "Check the password in the .pgpass file or service file; IT can set a new "
                "one (ALTER ROLE … PASSWORD)"
            )
        else:
            reason = f"it does not let this login in ({detail})"
            advice = (
                "IT should create the login (ledarplan org add-user) and allow it to connect "
                "(pg_hba.conf, CONNECT on the database)"
            )
        super().__init__(where, reason, advice)


class NotPreparedDatabaseError(OrganisationDatabaseError):
    def __init__(self, where: str, missing: str):
        self.missing = missing
        super().__init__(
            where,
            f"it has not been prepared for ledarplan ({missing})",
            "IT should run `ledarplan --database-url URL org init` as the database's owner",
        )


class OlderOrganisationSchemaError(OrganisationDatabaseError):
    def __init__(self, where: str, found: str, expected: str):
        self.found, self.expected = found, expected
        super().__init__(
            where,
            f"it was prepared by an older version of ledarplan (schema {found}; this version "
            f"needs {expected})",
            "IT should run `ledarplan --database-url URL org init` with this version, which "
            "brings it up to date",
        )


class NewerOrganisationSchemaError(OrganisationDatabaseError):
    def __init__(self, where: str, found: str):
        self.found = found
        super().__init__(
            where,
            f"it was prepared by a newer version of ledarplan (schema {found})",
            "IT should install that version (or a newer one) of ledarplan on this computer",
        )


class NotRegisteredError(OrganisationDatabaseError):
    def __init__(self, where: str, login: str):
        self.login = login
        super().__init__(
            where,
            f"the login '{login}' is not registered as a person in it",
            f"IT should register it: `ledarplan org add-user {login} --name NAME`",
        )


class MissingGrantsError(OrganisationDatabaseError):
    def __init__(self, where: str, login: str, missing: str):
        self.login = login
        self.missing = missing
        super().__init__(
            where,
            f"the login '{login}' lacks the rights ledarplan needs ({missing})",
            "IT should give them: `ledarplan org add-user` makes a login a member of "
            "ledarplan_leader, and `ledarplan org init` grants that role what it needs",
        )


class DriverMissingError(OrganisationDatabaseError):
    def __init__(self, where: str):
        super().__init__(
            where,
            "this installation has no PostgreSQL driver (psycopg)",
            "IT should install ledarplan with its PostgreSQL part: "
            "pip install 'ledarplan[postgres]' (the installers include it)",
        )


class BadDatabaseUrlError(OrganisationDatabaseError):
    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(
            "the database URL",
            reason,
            "Correct --database-url, LEDARPLAN_DATABASE_URL or the presets' database_url",
        )


class NotYoursError(DomainError):
    """The organisation's database refused a change: the row is another's (row-level security
    or the talk's own parts). Nothing was written."""

    def __init__(self, where: str, table: str):
        self.where = where
        self.table = table
        super().__init__(
            f"{where}: the change was refused: it touches another person's part of the plan "
            f"({table}). Nothing was written"
        )


class ChangedMeanwhileError(ConflictError):
    """On the organisation's database: someone else saved the record after it was read here
    (the leader and the manager editing one goal at once). Nothing was saved."""

    def __init__(self, what: str, title: str, fields: list[str], rebased: Rebased | None = None):
        self.what = what
        self.title = title
        self.fields = fields
        #: With the reading the save was made from: the record as stored now, what can be
        #: kept of both, and each value both changed (to decide side by side).
        self.rebased = rebased
        named = f" “{title}”" if title else ""
        changed = f" ({', '.join(fields)})" if fields else ""
        super().__init__(
            f"the {what}{named} was changed by someone else since it was read here{changed}; "
            "nothing was saved. Reopen the plan to see their change, then make yours again"
        )


class TooFewPlansError(DomainError):
    """The organisation has fewer plans than the threshold: HR's picture is not given."""

    def __init__(self, where: str, threshold: int):
        self.where = where
        self.threshold = threshold
        super().__init__(
            f"{where}: it holds fewer than {threshold} plans, and HR's picture is given of "
            "no fewer; nothing was shown"
        )


class NotHrError(DomainError):
    """The login is not in HR: it may not read the organisation's picture."""

    def __init__(self, where: str):
        self.where = where
        super().__init__(
            f"{where}: only HR reads the organisation's picture, and this login is not in HR "
            "(IT registers HR's people with `ledarplan org add-user LOGIN --hr`)"
        )
