"""`ledarplan org init|add-user|set-manager|set-hr-threshold|users|import-local`.

The organisation's database, for IT.

Run with the database's URL (--database-url, LEDARPLAN_DATABASE_URL or the presets'
database_url) by the database's owner; see docs/organisation-database.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import (
    EXIT_DATABASE,
    EXIT_INVALID,
    EXIT_OK,
    CliContext,
    NoOrganisationDatabaseError,
)
from ledarplan.services.errors import LocalFolderError
from ledarplan.services.moving_in import Fate, MoveReport


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    org = verbs.add_parser(
        "org",
        help="set up the organisation's PostgreSQL database and its people (for IT)",
        parents=[common],
    )
    actions = org.add_subparsers(dest="org_verb", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init",
        help="create or upgrade the tables, the roles ledarplan_leader, ledarplan_manager "
        "and ledarplan_hr, and the access rules (as the database's owner; harmless to repeat)",
        parents=[common],
    )
    init.set_defaults(handler=_init)

    add = actions.add_parser(
        "add-user",
        help="register a login as a person (creating the login, without a password, if it "
        "does not exist)",
        parents=[common],
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="the person's name")
    add.add_argument("--email", default="", metavar="E")
    add.add_argument("--unit", default="", metavar="U")
    add.add_argument("--manager", metavar="LOGIN", help="the login of their manager")
    add.add_argument("--hr", action="store_true", help="the person works in HR")
    add.set_defaults(handler=_add_user)

    hand_over = actions.add_parser(
        "set-manager",
        help="hand a leader over to a new manager (the former one sees nothing of them "
        "from then on)",
        parents=[common],
    )
    hand_over.add_argument("login", metavar="LOGIN")
    hand_over.add_argument("manager", metavar="MANAGER")
    hand_over.set_defaults(handler=_set_manager)

    threshold = actions.add_parser(
        "set-hr-threshold",
        help="set the smallest number of plans HR's picture is given of (default 5, at "
        "least 3): HR reads nothing while the organisation has fewer, and no group of fewer",
        parents=[common],
    )
    threshold.add_argument("threshold", metavar="N", type=int)
    threshold.set_defaults(handler=_set_hr_threshold)

    users = actions.add_parser("users", help="list the registered people", parents=[common])
    users.set_defaults(handler=_users)

    move = actions.add_parser(
        "import-local",
        help="move the plans of a local data folder into the database (as the leader whose "
        "plans they are; the folder is only read, and moving again changes nothing)",
        parents=[common],
    )
    move.add_argument(
        "dir", metavar="DIR", help="the local data folder (the one holding ledarplan.sqlite3)"
    )
    move.set_defaults(handler=_import_local)


def _init(_args: argparse.Namespace, ctx: CliContext) -> int:
    organisation = ctx.organisation()
    revision = organisation.initialise()
    ctx.out.write(
        f"{organisation.where} is ready: schema {revision}, roles ledarplan_leader, "
        "ledarplan_manager and ledarplan_hr, row-level security on every table of plans.\n"
    )
    return EXIT_OK


def _add_user(args: argparse.Namespace, ctx: CliContext) -> int:
    member, created = ctx.organisation().add_user(
        args.login,
        args.name,
        email=args.email,
        unit=args.unit,
        manager=args.manager,
        hr=args.hr,
    )
    ctx.out.write(f"Registered {member.login} as {member.person.name}")
    if member.manager:
        ctx.out.write(f", manager {member.manager}")
    if member.hr:
        ctx.out.write(", HR")
    ctx.out.write(".\n")
    if created:
        ctx.out.write(
            f"The login {member.login} was created without a password: give it one "
            "(ALTER ROLE … PASSWORD) or let it sign on with Kerberos.\n"
        )
    return EXIT_OK


def _set_manager(args: argparse.Namespace, ctx: CliContext) -> int:
    member, former = ctx.organisation().set_manager(args.login, args.manager)
    ctx.out.write(f"{member.login} ({member.person.name}) now has the manager {member.manager}")
    if former and former != member.manager:
        ctx.out.write(f"; {former} sees nothing of their plans from now on")
    ctx.out.write(".\n")
    return EXIT_OK


def _set_hr_threshold(args: argparse.Namespace, ctx: CliContext) -> int:
    former = ctx.organisation().set_hr_threshold(args.threshold)
    ctx.out.write(
        f"HR's picture is now given of no fewer than {args.threshold} plans (was {former}).\n"
    )
    return EXIT_OK


def _users(_args: argparse.Namespace, ctx: CliContext) -> int:
    members = ctx.organisation().members()
    if not members:
        ctx.out.write("No one is registered yet (ledarplan org add-user LOGIN --name NAME).\n")
        return EXIT_OK
    rows = [("LOGIN", "NAME", "UNIT", "E-MAIL", "MANAGER", "HR")]
    rows += [
        (
            m.login,
            m.person.name,
            m.person.unit,
            m.person.email,
            m.manager or "",
            "yes" if m.hr else "",
        )
        for m in members
    ]
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        ctx.out.write("  ".join(cells).rstrip() + "\n")
    return EXIT_OK


def _import_local(args: argparse.Namespace, ctx: CliContext) -> int:
    if ctx.database_url is None:
        raise NoOrganisationDatabaseError()
    folder = Path(args.dir).expanduser().absolute()
    try:
        report = ctx.services().moving_in.move(folder)
    except LocalFolderError as exc:
        ctx.err.write(f"ledarplan: cannot move the plans of {exc.folder}: {exc.reason}\n")
        return EXIT_DATABASE
    ctx.out.write(describe_move(report))
    return EXIT_INVALID if report.of(Fate.SKIPPED) else EXIT_OK


def describe_move(report: MoveReport) -> str:
    """What moving a folder's plans in did (or would do), plan by plan, and the sums."""
    lines = [f"The plans of {report.folder}, into {report.where} as {report.login}:"]
    for plan in report.plans:
        named = f"“{plan.title}” ({plan.person_name})"
        if plan.fate is Fate.NEW:
            line = f"  moved in: {named}"
        elif plan.fate is Fate.MERGED:
            line = f"  merged: {named}, {plan.changes} change(s)"
        elif plan.fate is Fate.SAME:
            line = f"  in the database already, nothing new: {named}"
        else:
            line = f"  skipped: {named}: {plan.reason}"
        if plan.moves and plan.left_for_other:
            other = plan.side.other.value
            line += (
                f" ({plan.left_for_other} part(s) of the {other}'s own stay for the {other} to "
                "move from their copy)"
            )
        lines.append(line)
    moved, same = len(report.moving), len(report.of(Fate.SAME))
    skipped = len(report.of(Fate.SKIPPED))
    if not report.plans:
        lines.append("There are no plans in it; nothing was moved.")
    elif not moved and not skipped:
        lines.append("Nothing new: every plan of it is in the database already.")
    else:
        lines.append(
            f"{moved} plan(s) moved, {same} in the database already, {skipped} skipped. "
            "The folder was not changed."
        )
    return "\n".join(lines) + "\n"
