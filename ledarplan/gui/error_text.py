"""Refusals from the rules, in the user's language.

The domain layer has no Qt and writes its reasons in English (they also go to the command
line and logs). Here each known reason is matched and replaced by its translation, and the
field is named as the form names it. Unknown texts pass through unchanged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ledarplan.services.errors import (
    BackupFolderError,
    BadDatabaseUrlError,
    ChangedMeanwhileError,
    ConflictError,
    DatabaseBusyError,
    DatabaseWriteError,
    DiskFullError,
    DomainError,
    DriverMissingError,
    FileWriteError,
    InvalidInputError,
    LoginRefusedError,
    MissingGrantsError,
    NewerOrganisationSchemaError,
    NotFoundError,
    NotPreparedDatabaseError,
    NotRegisteredError,
    NotWritableError,
    NotYoursError,
    OlderOrganisationSchemaError,
    OrganisationDatabaseError,
    UnreachableDatabaseError,
    UnsafeFolderError,
)

FIELDS = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "job_title": QT_TRANSLATE_NOOP("Field", "Job title"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "period": QT_TRANSLATE_NOOP("Field", "Period"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "scale": QT_TRANSLATE_NOOP("Field", "Scale"),
    "assessor_name": QT_TRANSLATE_NOOP("Field", "Assessed by"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "ratings": QT_TRANSLATE_NOOP("Field", "Rating"),
    "comment": QT_TRANSLATE_NOOP("Field", "Comment"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "success_criterion": QT_TRANSLATE_NOOP("Field", "How we know"),
    "progress": QT_TRANSLATE_NOOP("Field", "Progress"),
    "item_ids": QT_TRANSLATE_NOOP("Field", "Linked items"),
    "checkins": QT_TRANSLATE_NOOP("Field", "Check-in"),
    "actions": QT_TRANSLATE_NOOP("Field", "Actions"),
    "what": QT_TRANSLATE_NOOP("Field", "What"),
    "how": QT_TRANSLATE_NOOP("Field", "How"),
    "why": QT_TRANSLATE_NOOP("Field", "Why"),
    "who": QT_TRANSLATE_NOOP("Field", "Who"),
    "when": QT_TRANSLATE_NOOP("Field", "When"),
    "follow_up": QT_TRANSLATE_NOOP("Field", "How we follow up"),
    "building_block": QT_TRANSLATE_NOOP("Field", "Building block"),
    "agreements": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "agreement": QT_TRANSLATE_NOOP("Field", "Agreement"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "with_whom": QT_TRANSLATE_NOOP("Field", "With whom"),
    "topic": QT_TRANSLATE_NOOP("Field", "Topic"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "experience": QT_TRANSLATE_NOOP("Field", "Experience"),
    "reflection": QT_TRANSLATE_NOOP("Field", "Reflection"),
    "conclusion": QT_TRANSLATE_NOOP("Field", "Conclusion"),
    "experiment": QT_TRANSLATE_NOOP("Field", "Experiment"),
    "goal_ids": QT_TRANSLATE_NOOP("Field", "Linked goals"),
    "next_date": QT_TRANSLATE_NOOP("Field", "Next session"),
    "participants": QT_TRANSLATE_NOOP("Field", "Participants"),
    "leader_prep": QT_TRANSLATE_NOOP("Field", "The leader's preparation"),
    "manager_prep": QT_TRANSLATE_NOOP("Field", "The manager's preparation"),
    "question": QT_TRANSLATE_NOOP("Field", "Question"),
    "answer": QT_TRANSLATE_NOOP("Field", "Answer"),
    "summary": QT_TRANSLATE_NOOP("Field", "Summary"),
    "leader_signature": QT_TRANSLATE_NOOP("Field", "The leader's signature"),
    "manager_signature": QT_TRANSLATE_NOOP("Field", "The manager's signature"),
    "desk": QT_TRANSLATE_NOOP("Field", "Whose desk"),
    "manager_name": QT_TRANSLATE_NOOP("Field", "Manager"),
    "manager_title": QT_TRANSLATE_NOOP("Field", "The manager's title"),
    "round": QT_TRANSLATE_NOOP("Field", "Assessment round"),
    "session": QT_TRANSLATE_NOOP("Field", "Coaching session"),
    "follow_up_date": QT_TRANSLATE_NOOP("Field", "Follow-up date"),
    "framework_id": QT_TRANSLATE_NOOP("Field", "Leadership model"),
    "level_id": QT_TRANSLATE_NOOP("Field", "Role level"),
    "carry_over": QT_TRANSLATE_NOOP("Field", "Carried over"),
    "talk": QT_TRANSLATE_NOOP("Field", "Development talk"),
    "feedback": QT_TRANSLATE_NOOP("Field", "Feedback round"),
    "threshold": QT_TRANSLATE_NOOP("Field", "Anonymity threshold"),
    "groups": QT_TRANSLATE_NOOP("Field", "Groups asked"),
    "questions": QT_TRANSLATE_NOOP("Field", "Open questions"),
    "results": QT_TRANSLATE_NOOP("Field", "Answers taken in"),
}

#: (pattern of the English reason, its template with %1, %2 … for the captured parts)
REASONS = [
    (r"must be text", QT_TRANSLATE_NOOP("Reason", "must be text")),
    (r"contains control characters", QT_TRANSLATE_NOOP("Reason", "contains control characters")),
    (
        r"is too long \((\d+) characters; at most (\d+)\)",
        QT_TRANSLATE_NOOP("Reason", "is too long (%1 characters; at most %2)"),
    ),
    (r"must not be empty", QT_TRANSLATE_NOOP("Reason", "must not be empty")),
    (r"must be a single line", QT_TRANSLATE_NOOP("Reason", "must be a single line")),
    (
        r"has too many entries \((\d+); at most (\d+)\)",
        QT_TRANSLATE_NOOP("Reason", "has too many entries (%1; at most %2)"),
    ),
    (
        r"ends \((.+)\) before it starts \((.+)\)",
        QT_TRANSLATE_NOOP("Reason", "ends (%1) before it starts (%2)"),
    ),
    (
        r"'(.*)' is not an e-mail address",
        QT_TRANSLATE_NOOP("Reason", "“%1” is not an e-mail address"),
    ),
    (
        r"a plan cannot go from '(.+)' to '(.+)'",
        QT_TRANSLATE_NOOP("Reason", "a plan cannot go from “%1” to “%2”"),
    ),
    (
        r"must run from a lower to a higher number within 0–(\d+)",
        QT_TRANSLATE_NOOP("Reason", "must run from a lower to a higher number within 0–%1"),
    ),
    (
        r"is not an item of the plan's model",
        QT_TRANSLATE_NOOP("Reason", "is not an item of the plan's model"),
    ),
    (r"is rated twice", QT_TRANSLATE_NOOP("Reason", "is rated twice")),
    (
        r"(-?\d+) is outside the scale (-?\d+)–(-?\d+)",
        QT_TRANSLATE_NOOP("Reason", "%1 is outside the scale %2–%3"),
    ),
    (
        r"(-?\d+) % is not between 0 and 100 %",
        QT_TRANSLATE_NOOP("Reason", "%1 % is not between 0 and 100 %"),
    ),
    (
        r"'(.+)' is not an item of the plan's model",
        QT_TRANSLATE_NOOP("Reason", "“%1” is not an item of the plan's model"),
    ),
    (r"an item is linked twice", QT_TRANSLATE_NOOP("Reason", "an item is linked twice")),
    (r"(-?\d+) % is not 0–100 %", QT_TRANSLATE_NOOP("Reason", "%1 % is not between 0 and 100 %")),
    (
        r"'(.+)' is not a goal of this plan",
        QT_TRANSLATE_NOOP("Reason", "a linked goal is not a goal of this plan"),
    ),
    (
        r"the next session cannot be before this one",
        QT_TRANSLATE_NOOP("Reason", "the next session cannot be before this one"),
    ),
    (
        r"is the leader's own part",
        QT_TRANSLATE_NOOP("Reason", "is the leader's own part: only the leader's desk changes it"),
    ),
    (
        r"is the manager's own part",
        QT_TRANSLATE_NOOP(
            "Reason", "is the manager's own part: only the manager's desk changes it"
        ),
    ),
    (r"already signed by (.+)", QT_TRANSLATE_NOOP("Reason", "already signed by %1")),
    (
        r"the talk is signed by both and final",
        QT_TRANSLATE_NOOP("Reason", "the talk is signed by both and can no longer be changed"),
    ),
    (
        r"this copy has already been merged with the other desk's; whose desk it is on can "
        r"no longer change",
        QT_TRANSLATE_NOOP(
            "Reason",
            "this copy has already been merged with the other desk's; whose desk it is on "
            "can no longer change",
        ),
    ),
    (
        r"'(.+)' is not an open agreement of this desk's sessions",
        QT_TRANSLATE_NOOP("Reason", "an agreement to carry over is no longer open"),
    ),
    (
        r"'(.+)' is not in this session",
        QT_TRANSLATE_NOOP("Reason", "the agreement is not in this session"),
    ),
    (r"no model with the id '(.+)'", QT_TRANSLATE_NOOP("Reason", "there is no model “%1”")),
    (
        r"choose a role level of the model '(.+)'",
        QT_TRANSLATE_NOOP("Reason", "choose a role level of the model “%1”"),
    ),
    (
        r"model '(.+)' has no role level '(.+)'.*",
        QT_TRANSLATE_NOOP("Reason", "the model “%1” has no role level “%2”"),
    ),
]

#: Values the reasons quote that are words, not names (a plan's status).
WORDS = {
    "draft": QT_TRANSLATE_NOOP("Reason", "draft"),
    "agreed": QT_TRANSLATE_NOOP("Reason", "agreed"),
    "followed-up": QT_TRANSLATE_NOOP("Reason", "followed up"),
}

NOT_FOUND = QT_TRANSLATE_NOOP("Reason", "This was deleted in the meantime. Please look again.")
CONFLICT = QT_TRANSLATE_NOOP("Reason", "This clashes with what is already stored.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Reason",
    "Someone else saved this after you opened it (%1), so what you typed was not saved: it "
    "is still on your screen. Open the plan again to see their change, then make yours again.",
)
DECIDE_LATER = QT_TRANSLATE_NOOP(
    "Reason",
    "Someone else saved this after you opened it (%1), and you have not yet chosen between "
    "theirs and yours: what you typed is still on your screen, not saved. Type on, or leave "
    "the field, to choose.",
)

# The computer, not the input, stopped a save: %1 is the file or folder, %2 the system's reason.
DISK_FULL = QT_TRANSLATE_NOOP(
    "Reason",
    "The disk is full, so this was not saved. What was saved before is intact; free some "
    "space and try again.\n\nFile: %1",
)
BUSY = QT_TRANSLATE_NOOP(
    "Reason",
    "Another program is holding the database locked, so this was not saved. What was saved "
    "before is intact; close the other program and try again.\n\nFile: %1",
)
NOT_WRITABLE = {
    "data directory": QT_TRANSLATE_NOOP(
        "Reason",
        "The data folder cannot be written to (%2), so this was not saved. What was saved "
        "before is intact; ledarplan must be able to write in this folder.\n\nFolder: %1",
    ),
    "folder": QT_TRANSLATE_NOOP(
        "Reason",
        "The folder cannot be written to (%2), so this was not saved. What was saved before "
        "is intact.\n\nFolder: %1",
    ),
    "file": QT_TRANSLATE_NOOP(
        "Reason",
        "The file is read-only (%2), so this was not saved. What was saved before is "
        "intact.\n\nFile: %1",
    ),
}
UNSAFE_FOLDER = {
    "network": QT_TRANSLATE_NOOP(
        "Reason",
        "Your data folder is on a network share (%2). A database there can be damaged, so "
        "ledarplan does not open it there.\n\nFolder: %1\n\nKeep your plans on this "
        "computer's own disk (the usual place is %3: start ledarplan without --data-dir), and "
        "let the backups go to the network folder instead: File → Backups, backup folder. "
        "If your organisation has checked its setup, it can allow a network folder in its "
        "presets (allow_network_data_folder).",
    ),
    "synced": QT_TRANSLATE_NOOP(
        "Reason",
        "Your data folder is in a synced folder (%2). The sync program can put an older copy "
        "of the database back over a newer one, so ledarplan does not open it there.\n\n"
        "Folder: %1\n\nKeep your plans on this computer's own disk (the usual place is %3: "
        "start ledarplan without --data-dir), and let the backups go to the synced folder "
        "instead: File → Backups, backup folder. If your organisation has checked its setup, "
        "it can allow it in its presets (allow_network_data_folder).",
    ),
}
BACKUP_FOLDER = {
    "missing": QT_TRANSLATE_NOOP(
        "Reason",
        "The backup folder is not there (is the drive connected?), so today's backup was not "
        "copied to it. The backup beside your data was made as usual. You are told once; "
        "the copy is made again at a later start.\n\nFolder: %1",
    ),
    "other": QT_TRANSLATE_NOOP(
        "Reason",
        "Today's backup could not be copied to the backup folder: %2. The backup beside your "
        "data was made as usual. You are told once; the copy is tried again at every "
        "start.\n\nFolder: %1",
    ),
}
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Reason", "This could not be saved (%2). What was saved before is intact.\n\nFile: %1"
)
FILE_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Reason", "The file could not be written: %2. Nothing was changed there.\n\nFile: %1"
)
FILE_REASONS = {
    "disk full": QT_TRANSLATE_NOOP("Reason", "the disk is full"),
    "read-only": QT_TRANSLATE_NOOP("Reason", "the folder is read-only"),
    "denied": QT_TRANSLATE_NOOP("Reason", "you may not write there"),
}


def summary_problem(problem: str) -> str:
    """What is wrong with a summary file (`summary.document.Problem`), in the user's language;
    in English with every detail the command line gives."""
    template = getattr(problem, "template", None)
    if template is None:
        return problem
    translated = _tr("SummaryFile", template)
    if translated == template:
        return str(problem)
    text = translated
    for key, value in problem.values.items():
        text = text.replace("{" + key + "}", str(value))
    return f"{problem.where}: {text}" if problem.where else text


# The organisation's database (PostgreSQL): %1 is the database as the messages name it (never
# the URL's password or the login's), the rest as each says.
ORGANISATION = {
    "unreachable": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 cannot be reached (%2). Ask IT whether the database "
        "server is running and whether this computer may reach it (the host and port in the "
        "database URL, a firewall, the network).",
    ),
    "no password": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 asks for a password and none was found for this "
        "login. IT should set up the sign-on: the password in your .pgpass file or service "
        "file (never in the presets), or Kerberos sign-on.",
    ),
    "wrong password": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 refused the password given for this login. Check the "
        "password in your .pgpass file or service file; IT can set a new one.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 does not let this login in (%2). IT should create "
        "the login (ledarplan org add-user) and allow it to connect (pg_hba.conf, CONNECT on "
        "the database).",
    ),
    "not prepared": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 has not been prepared for ledarplan (%2). IT should "
        "run “ledarplan --database-url URL org init” as the database's owner.",
    ),
    "older": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 was prepared by an older version of ledarplan "
        "(schema %2; this version needs %3). IT should run “ledarplan --database-url URL "
        "org init” with this version, which brings it up to date.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 was prepared by a newer version of ledarplan (schema "
        "%2). IT should install that version (or a newer one) on this computer.",
    ),
    "not registered": QT_TRANSLATE_NOOP(
        "Organisation",
        "Your login “%2” is not registered as a person in the organisation's database %1. "
        "IT should register it: “ledarplan org add-user %2 --name NAME”.",
    ),
    "grants": QT_TRANSLATE_NOOP(
        "Organisation",
        "Your login “%2” lacks the rights ledarplan needs in the organisation's database %1 "
        "(%3). IT should give them: “ledarplan org add-user” makes a login a member of "
        "ledarplan_leader, and “ledarplan org init” grants that role what it needs.",
    ),
    "driver": QT_TRANSLATE_NOOP(
        "Organisation",
        "This installation of ledarplan has no PostgreSQL driver, so the organisation's "
        "database %1 cannot be used. IT should install ledarplan with its PostgreSQL part "
        "(the installers include it).",
    ),
    "url": QT_TRANSLATE_NOOP(
        "Organisation",
        "The database URL cannot be used (%1). Correct --database-url, "
        "LEDARPLAN_DATABASE_URL or the presets' database_url.",
    ),
    "not yours": QT_TRANSLATE_NOOP(
        "Organisation",
        "The organisation's database %1 refused the change: it touches another person's part "
        "of the plan (%2). Nothing was written.",
    ),
}


def describe_organisation(exc: OrganisationDatabaseError | NotYoursError) -> str:
    """A problem with the organisation's database, in the user's language (what IT should
    do included); libpq's own words, where given, are passed on as they are."""
    if isinstance(exc, NotYoursError):
        key, parts = "not yours", (exc.where, exc.table)
    elif isinstance(exc, UnreachableDatabaseError):
        key, parts = "unreachable", (exc.where, exc.detail)
    elif isinstance(exc, LoginRefusedError):
        key, parts = exc.kind, (exc.where, exc.detail)
    elif isinstance(exc, NotPreparedDatabaseError):
        key, parts = "not prepared", (exc.where, exc.missing)
    elif isinstance(exc, OlderOrganisationSchemaError):
        key, parts = "older", (exc.where, exc.found, exc.expected)
    elif isinstance(exc, NewerOrganisationSchemaError):
        key, parts = "newer", (exc.where, exc.found)
    elif isinstance(exc, NotRegisteredError):
        key, parts = "not registered", (exc.where, exc.login)
    elif isinstance(exc, MissingGrantsError):
        key, parts = "grants", (exc.where, exc.login, exc.missing)
    elif isinstance(exc, DriverMissingError):
        key, parts = "driver", (exc.where,)
    elif isinstance(exc, BadDatabaseUrlError):
        key, parts = "url", (exc.reason,)
    else:
        return str(exc)
    text = _tr("Organisation", ORGANISATION.get(key, ORGANISATION["refused"]))
    for number, part in enumerate(parts, start=1):
        text = text.replace(f"%{number}", str(part))
    return text


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_reason(reason: str) -> str:
    for pattern, template in REASONS:
        match = re.fullmatch(pattern, reason)
        if match:
            text = _tr("Reason", template)
            for number, part in enumerate(match.groups(), start=1):
                word = WORDS.get(part)
                text = text.replace(f"%{number}", _tr("Reason", word) if word else part)
            return text
    return reason


def field_label(field: str) -> str:
    """'checkins.progress' → 'Check-in: Progress'; unknown parts are shown as they are."""
    parts = [p for p in field.split(".") if p in FIELDS]
    if not parts:
        return field
    return " – ".join(_tr("Field", FIELDS[p]) for p in parts)


def _fill(template: str, *parts: object) -> str:
    text = _tr("Reason", template)
    for number, part in enumerate(parts, start=1):
        text = text.replace(f"%{number}", str(part))
    return text


def describe_write_fault(exc: DatabaseWriteError | FileWriteError) -> str:
    """A save or export the computer stopped (full disk, lock, read-only folder), in words."""
    if isinstance(exc, FileWriteError):
        reason = FILE_REASONS.get(exc.kind)
        return _fill(
            FILE_NOT_WRITTEN, exc.path or "", _tr("Reason", reason) if reason else exc.reason
        )
    if isinstance(exc, DiskFullError):
        return _fill(DISK_FULL, exc.path)
    if isinstance(exc, DatabaseBusyError):
        return _fill(BUSY, exc.path)
    if isinstance(exc, NotWritableError):
        return _fill(NOT_WRITABLE.get(exc.kind, NOT_WRITABLE["folder"]), exc.path, exc.detail)
    return _fill(WRITE_FAILED, exc.path, exc.what)


def describe(exc: DomainError) -> str:
    """The refusal as a sentence in the user's language."""
    if isinstance(exc, UnsafeFolderError):
        template = UNSAFE_FOLDER.get(exc.kind, UNSAFE_FOLDER["network"])
        return _fill(template, exc.path, exc.detail, exc.usual)
    if isinstance(exc, BackupFolderError):
        if exc.kind == "missing":
            return _fill(BACKUP_FOLDER["missing"], exc.folder)
        reason = FILE_REASONS.get(exc.kind)
        return _fill(
            BACKUP_FOLDER["other"], exc.folder, _tr("Reason", reason) if reason else exc.reason
        )
    if isinstance(exc, (DatabaseWriteError, FileWriteError)):
        return describe_write_fault(exc)
    if isinstance(exc, (OrganisationDatabaseError, NotYoursError)):
        return describe_organisation(exc)
    if isinstance(exc, InvalidInputError):
        return f"{field_label(exc.field)}: {translate_reason(exc.reason)}"
    if isinstance(exc, NotFoundError):
        return _tr("Reason", NOT_FOUND)
    if isinstance(exc, ChangedMeanwhileError):
        template = CHANGED_MEANWHILE if exc.rebased is None else DECIDE_LATER
        return _fill(template, ", ".join(field_label(f) for f in exc.fields) or "–")
    if isinstance(exc, ConflictError) and str(exc).startswith("the change clashes"):
        return _tr("Reason", CONFLICT)
    return str(exc)
