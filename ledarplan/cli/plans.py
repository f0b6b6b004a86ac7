"""`ledarplan demo`, `plans list`, `export`, `import`: plans from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.exchange.crypto import PassphraseRequiredError
from ledarplan.services.errors import InvalidInputError
from ledarplan.services.transfer import ENCRYPTED_SUFFIX, EXCHANGE_SUFFIX

DEFAULT_DEMO_FRAMEWORK = "holstebro"
#: Scripts give the passphrase here; never as an argument, which the process list shows.
PASSPHRASE_ENV = "LEDARPLAN_PASSPHRASE"


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = verbs.add_parser(
        "demo", help="create a sample person with a complete plan to try things", parents=[common]
    )
    demo.add_argument(
        "--framework",
        metavar="ID",
        help=f"model id (default: the organisation's, else {DEFAULT_DEMO_FRAMEWORK})",
    )
    demo.add_argument("--level", metavar="LEVEL")
    demo.set_defaults(handler=_demo)

    plans = verbs.add_parser("plans", help="the stored plans", parents=[common])
    plan_verbs = plans.add_subparsers(dest="action", metavar="ACTION", required=True)
    plans_list = plan_verbs.add_parser("list", help="list all plans", parents=[common])
    plans_list.add_argument("--json", action="store_true", help="print JSON")
    plans_list.set_defaults(handler=_plans_list)

    export = verbs.add_parser(
        "export", help=f"write a plan to an exchange file (*{EXCHANGE_SUFFIX})", parents=[common]
    )
    export.add_argument("plan", metavar="PLAN", help="plan id (or a unique beginning of it)")
    export.add_argument("--out", metavar="FILE", required=True, type=Path)
    export.add_argument(
        "--include-private-notes",
        action="store_true",
        help="include coaching notes marked private (left out by default)",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=f"seal the file with a passphrase, asked twice (or taken from ${PASSPHRASE_ENV}); "
        f"name it *{ENCRYPTED_SUFFIX}",
    )
    export.add_argument(
        "--format-version",
        type=int,
        choices=[1, 2],
        help="the file format to write (default 2; 1 for a colleague whose ledarplan reads "
        "only that, without what merging two desks' copies needs)",
    )
    export.set_defaults(handler=_export)

    imp = verbs.add_parser(
        "import",
        help="read a plan from an exchange file (an encrypted one asks for its passphrase, "
        f"or takes it from ${PASSPHRASE_ENV})",
        parents=[common],
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--replace",
        action="store_true",
        help="overwrite the stored copy of the same plan (a backup is made first)",
    )
    imp.add_argument(
        "--allow-unsigning",
        action="store_true",
        help="with --replace: replace even when that takes back a signature of a talk",
    )
    imp.set_defaults(handler=_import)


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    presets = ctx.presets()
    if args.framework is None:
        args.framework = presets.model or DEFAULT_DEMO_FRAMEWORK
        if args.level is None and args.framework == presets.model:
            args.level = presets.level
    pack = ctx.catalog().get(args.framework)
    if pack is None:
        known = ", ".join(p.id for p in ctx.catalog().packs)
        ctx.err.write(f"ledarplan: no model with the id '{args.framework}' (available: {known})\n")
        return EXIT_USAGE
    try:
        bundle = ctx.services().samples.create(pack.id, args.level)
    except InvalidInputError as exc:  # a level the model does not have
        ctx.err.write(f"ledarplan: {exc.reason}\n")
        return EXIT_USAGE
    level = f", {bundle.plan.snapshot.level_name}" if bundle.plan.snapshot.level_name else ""
    ctx.out.write(
        f"Created a sample plan for {bundle.person.name} ({pack.name}{level}) with "
        f"{len(bundle.goals)} goals, {len(bundle.sessions)} coaching sessions and a "
        "development talk.\n"
    )
    ctx.out.write(f"{bundle.plan.id}\n")
    return EXIT_OK


def _plans_list(args: argparse.Namespace, ctx: CliContext) -> int:
    summaries = ctx.services().plans.list()
    rows = [
        {
            "id": s.plan.id,
            "person": s.person.name,
            "person_id": s.person.id,
            "framework_id": s.plan.framework_id,
            "level_id": s.plan.level_id,
            "title": s.plan.title,
            "period_start": s.plan.period_start.isoformat() if s.plan.period_start else None,
            "period_end": s.plan.period_end.isoformat() if s.plan.period_end else None,
            "status": s.plan.status.value,
            "goals": s.goals,
            "open_agreements": s.open_agreements,
        }
        for s in summaries
    ]
    if args.json:
        json.dump(rows, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    if not rows:
        ctx.out.write("No plans yet. Create one in the window, or try `ledarplan demo`.\n")
    for row in rows:
        period = f"{row['period_start'] or '?'} – {row['period_end'] or '?'}"
        level = f"/{row['level_id']}" if row["level_id"] else ""
        ctx.out.write(
            f"{row['id']}  {row['person']}  {row['framework_id']}{level}  {period}  "
            f"{row['status']}  {row['goals']} goals, {row['open_agreements']} open agreements\n"
        )
    return EXIT_OK


def resolve_plan_id(ctx: CliContext, given: str) -> str | None:
    """A full id, or a unique beginning of one (as `git` takes short hashes)."""
    ids = [s.plan.id for s in ctx.services().plans.list(counts=False)]
    if given in ids:
        return given
    matches = [i for i in ids if i.startswith(given)] if len(given) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    reason = "matches several plans" if matches else "is not the id of a stored plan"
    ctx.err.write(f"ledarplan: '{given}' {reason} (see `ledarplan plans list`)\n")
    return None


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    plan_id = resolve_plan_id(ctx, args.plan)
    if plan_id is None:
        return EXIT_USAGE
    passphrase = None
    if args.encrypt:
        passphrase = passphrase_for(ctx, "--encrypt needs a passphrase", confirm=True)
        if passphrase is None:
            return EXIT_INVALID
    out = ctx.services().transfer.export_plan(
        plan_id,
        args.out,
        include_private_notes=args.include_private_notes,
        passphrase=passphrase,
        format_version=args.format_version,
    )
    notes = "with" if args.include_private_notes else "without"
    ctx.out.write(f"Wrote the plan to {out} ({notes} private coaching notes).\n")
    if passphrase is not None:
        ctx.out.write(
            "It is encrypted: it opens only with the passphrase. Tell the passphrase another "
            "way than the file (e.g. by phone), never in the same e-mail.\n"
        )
    return EXIT_OK


def passphrase_for(ctx: CliContext, why: str, *, confirm: bool) -> str | None:
    """From $LEDARPLAN_PASSPHRASE, else typed in the terminal unseen (twice when `confirm`).

    None when there is none; the reason has been written to `ctx.err`.
    """
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        ctx.err.write(
            f"ledarplan: {why}: type it in a terminal, or set {PASSPHRASE_ENV} "
            "(never give it as an argument)\n"
        )
        return None
    try:
        passphrase = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
            ctx.err.write("ledarplan: the two passphrases differ; nothing was written\n")
            return None
    except (EOFError, KeyboardInterrupt):
        ctx.err.write("\nledarplan: no passphrase was given; nothing was done\n")
        return None
    return passphrase


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    transfer = ctx.services().transfer
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        result = transfer.import_file(
            args.file,
            replace=args.replace,
            passphrase=passphrase,
            allow_unsigning=args.allow_unsigning,
        )
    except PassphraseRequiredError:
        passphrase = passphrase_for(ctx, f"{args.file} is encrypted", confirm=False)
        if passphrase is None:
            return EXIT_INVALID
        result = transfer.import_file(
            args.file,
            replace=args.replace,
            passphrase=passphrase,
            allow_unsigning=args.allow_unsigning,
        )
    if result.replaced:
        ctx.out.write(
            f"Replaced the stored plan of {result.person_name} (backup: {result.backup}).\n"
        )
    else:
        ctx.out.write(f"Imported the plan of {result.person_name}.\n")
    for name, (here, there) in result.person_differs.items():
        ctx.out.write(
            f'  {name} differs: kept "{here}" as stored here; the file says "{there}" '
            "(`ledarplan merge FILE --take-person` takes it)\n"
        )
    ctx.out.write(f"{result.plan_id}\n")
    return EXIT_OK
