"""`ledarplan org init|add-user|set-manager|users`: the organisation's database, for IT.

Run with the database's URL (--database-url, LEDARPLAN_DATABASE_URL or the presets'
database_url) by the database's owner; see docs/organisation-database.md.
"""

from __future__ import annotations

import argparse

from ledarplan.cli.context import EXIT_OK, CliContext


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

    users = actions.add_parser("users", help="list the registered people", parents=[common])
    users.set_defaults(handler=_users)


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
