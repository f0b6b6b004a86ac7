"""`ledarplan calendar PLAN|--all --out FILE.ics`: the plans' dates for a calendar program."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.cli.plans import resolve_plan_id


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    calendar = verbs.add_parser(
        "calendar",
        help="write a plan's dates (talk, follow-up, next session, due dates) as a calendar "
        "file (.ics) for Outlook or Thunderbird; importing it again updates the events",
        parents=[common],
    )
    calendar.add_argument("plan", metavar="PLAN", nargs="?", help="plan id (or a unique beginning)")
    calendar.add_argument(
        "--all", action="store_true", help="the dates of every plan here (not archived people)"
    )
    calendar.add_argument("--out", metavar="FILE.ics", type=Path, required=True)
    calendar.add_argument(
        "--lang", choices=["sv", "da", "en"], help="language of the events (default: the app's)"
    )
    calendar.set_defaults(handler=_calendar)


def _calendar(args: argparse.Namespace, ctx: CliContext) -> int:
    from ledarplan.i18n.calendar_labels import calendar_labels  # noqa: PLC0415 - QtCore

    if args.all == bool(args.plan):
        ctx.err.write("ledarplan: give either a PLAN or --all\n")
        return EXIT_USAGE
    service = ctx.services().calendar
    if args.plan:
        plan_id = resolve_plan_id(ctx, args.plan)
        if plan_id is None:
            return EXIT_USAGE
        plan_ids = [plan_id]
    else:
        plan_ids = service.all_plan_ids()
    count = service.export(plan_ids, args.out, calendar_labels(args.lang or ctx.language()))
    plans = "1 plan" if len(plan_ids) == 1 else f"{len(plan_ids)} plans"
    ctx.out.write(
        f"Wrote {count} dates of {plans} to {args.out}. Import it into your calendar; "
        "importing a newer file again updates the same events.\n"
    )
    return EXIT_OK
