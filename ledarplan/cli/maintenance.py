"""`ledarplan backup`, `restore`, `check`: keeping the database safe from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, CliContext
from ledarplan.services.errors import DamagedDatabaseError, EmptyDatabaseError
from ledarplan.services.maintenance import (
    check_database_file,
    holds_a_database,
    restore_unopenable,
)


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = verbs.add_parser(
        "backup", help="make a consistent copy of the database", parents=[common]
    )
    backup.add_argument(
        "--out", metavar="FILE", type=Path, help="where (default: the backups folder)"
    )
    backup.set_defaults(handler=_backup)

    restore = verbs.add_parser(
        "restore", help="replace the database with a backup (after a safety copy)", parents=[common]
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(handler=_restore)

    check = verbs.add_parser(
        "check", help="check the database (integrity, foreign keys, schema)", parents=[common]
    )
    check.set_defaults(handler=_check)


def _backup(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.services().maintenance.backup(args.out)
    ctx.out.write(f"Backed up the database to {path}\n")
    return EXIT_OK


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        services = ctx.services()
    except (DamagedDatabaseError, EmptyDatabaseError):
        # The database cannot be opened: put the backup in its place, keeping the bad file.
        kept = restore_unopenable(args.file, ctx.paths.database_file)
        ctx.out.write(
            f"Restored the database from {args.file}. The damaged file is kept as {kept}\n"
        )
        return EXIT_OK
    safety = services.maintenance.restore(args.file)
    ctx.out.write(
        f"Restored the database from {args.file}. The data it replaced is kept in {safety}\n"
    )
    return EXIT_OK


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    # The organisation's database: its schema and its access rules, as whoever runs it.
    if ctx.database_url is not None:
        report = ctx.organisation().check()
    elif holds_a_database(ctx.paths.database_file):
        # Read once, by SQLite's full check alone (opening the services would run the quick
        # check first); a damaged file is then described, not refused.
        report = check_database_file(ctx.paths.database_file)
    else:  # no file yet, or what a first start cut short left (no table): opening makes it
        report = ctx.services().maintenance.check()
    if report.ok:
        ctx.out.write(f"{report.path}: all is well (schema {report.revision}).\n")
        return EXIT_OK
    ctx.err.write(f"{report.path}: problems found:\n")
    for problem in report.problems:
        ctx.err.write(f"  - {problem}\n")
    return EXIT_INVALID
