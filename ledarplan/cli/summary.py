"""`ledarplan summary PLAN… --out FILE` and `ledarplan hr report FILE… --out REPORT.pdf`.

The first writes an anonymous summary of plans for the organisation's yearly picture (with
`--preview`, only says what the file would hold); the second is HR's: it reads many summary
files and writes the picture as a PDF. docs/hr-summary.md describes both.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.cli.plans import resolve_plan_id
from ledarplan.summary import DEFAULT_THRESHOLD, MIN_THRESHOLD


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    summary = verbs.add_parser(
        "summary",
        help="write an anonymous summary of plans for the organisation's yearly picture (no "
        "names, no texts, no dates finer than the month)",
        parents=[common],
    )
    summary.add_argument("plans", metavar="PLAN", nargs="*", help="plan ids (or unique beginnings)")
    summary.add_argument(
        "--all", action="store_true", help="every plan here (of people not archived)"
    )
    summary.add_argument("--out", metavar="FILE", type=Path, help="the summary file to write")
    summary.add_argument(
        "--preview",
        action="store_true",
        help="print what the file would hold, in words, and write nothing",
    )
    summary.add_argument(
        "--lang", choices=["sv", "da", "en"], help="language of the preview (default: the app's)"
    )
    summary.set_defaults(handler=_summary)

    hr = verbs.add_parser("hr", help="HR's picture of the organisation", parents=[common])
    actions = hr.add_subparsers(dest="action", metavar="ACTION", required=True)
    report = actions.add_parser(
        "report",
        help="read summary files (or, on the organisation's database, every current plan's "
        "summary from it) and write the organisation's picture as a PDF",
        parents=[common],
    )
    report.add_argument(
        "files",
        metavar="FILE",
        nargs="*",
        type=Path,
        help="summary files; none on the organisation's database (HR reads it from there)",
    )
    report.add_argument("--out", metavar="REPORT.pdf", type=Path, required=True)
    report.add_argument(
        "--lang", choices=["sv", "da", "en"], help="language of the report (default: the app's)"
    )
    report.add_argument(
        "--threshold",
        metavar="N",
        type=int,
        help=f"show no group of fewer than N plans (default {DEFAULT_THRESHOLD}, "
        f"at least {MIN_THRESHOLD}; on the organisation's database at least its own)",
    )
    report.add_argument(
        "--organisation", metavar="NAME", help="on the cover (default: the presets')"
    )
    report.add_argument(
        "--logo", metavar="PICTURE", type=Path, help="on the cover (default: the presets')"
    )
    report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    report.set_defaults(handler=_report)


def _summary(args: argparse.Namespace, ctx: CliContext) -> int:
    from ledarplan.i18n.hr_labels import hr_labels  # noqa: PLC0415 - QtCore

    if args.all == bool(args.plans):
        ctx.err.write("ledarplan: give PLAN… or --all\n")
        return EXIT_USAGE
    if args.out is None and not args.preview:
        ctx.err.write("ledarplan: --out FILE is needed (or --preview to see what it holds)\n")
        return EXIT_USAGE
    service = ctx.services().summaries
    if args.all:
        plan_ids = [choice.plan_id for choice in service.choices()]
    else:
        plan_ids = [resolve_plan_id(ctx, given) for given in args.plans]
        if None in plan_ids:
            return EXIT_USAGE
    document = service.document([p for p in plan_ids if p is not None])
    if args.preview:
        ctx.out.write(service.preview(document, hr_labels(args.lang or ctx.language())))
        return EXIT_OK
    service.write(document, args.out)
    plans = "1 plan" if len(document.plans) == 1 else f"{len(document.plans)} plans"
    ctx.out.write(
        f"Wrote a summary of {plans} to {args.out}: no names, no texts, no dates finer than "
        "the month. Send it to HR for the organisation's yearly picture.\n"
    )
    return EXIT_OK


def _report(args: argparse.Namespace, ctx: CliContext) -> int:
    from ledarplan.i18n.hr_labels import hr_labels  # noqa: PLC0415 - QtCore
    from ledarplan.pdf.options import HrReportOptions  # noqa: PLC0415
    from ledarplan.services.hr_report import HrReportService  # noqa: PLC0415
    from ledarplan.summary.labels import HrLabels  # noqa: PLC0415

    if args.threshold is not None and args.threshold < MIN_THRESHOLD:
        ctx.err.write(
            f"ledarplan: --threshold must be at least {MIN_THRESHOLD} (a smaller group could "
            "be a single person)\n"
        )
        return EXIT_USAGE
    if args.logo is not None and not args.logo.is_file():
        ctx.err.write(f"ledarplan: {args.logo}: no such picture\n")
        return EXIT_USAGE
    english = HrLabels()  # the command line speaks English (its reports in --lang)
    if args.files:
        service = HrReportService(ctx.catalog())  # no database: HR may hold no plans
        read = service.read(args.files)
    elif ctx.database_url is not None:
        service = ctx.services().hr_report
        read = service.read_organisation()
        if args.threshold is not None and args.threshold < read.smallest:
            ctx.err.write(
                f"ledarplan: the organisation's database gives no picture of fewer than "
                f"{english.plans(read.smallest)}: --threshold must be at least "
                f"{read.smallest}\n"
            )
            return EXIT_USAGE
    else:
        ctx.err.write(
            "ledarplan: give the summary files (FILE…), or the organisation's database "
            "(--database-url) to read HR's picture from it\n"
        )
        return EXIT_USAGE
    for problem in [*read.refused, *read.left_out]:
        _say(ctx, problem.path, english.refusal(problem.refusal), problem.problems)
    if not read.files:
        ctx.err.write("ledarplan: no summary file could be read; no report was written\n")
        return EXIT_INVALID
    # On the organisation's database, its own threshold unless a larger one is asked for.
    threshold = args.threshold or (read.smallest if read.source else DEFAULT_THRESHOLD)
    shown = service.picture(read, threshold)
    presets = ctx.presets()
    options = HrReportOptions(
        organisation=presets.organisation if args.organisation is None else args.organisation,
        logo=presets.logo if args.logo is None else args.logo,
        page_size=args.page_size,
    )
    service.export_pdf(shown, args.out, hr_labels(args.lang or ctx.language()), options)
    if read.source:
        origin = f"from {read.source}"
    else:
        files = "1 file" if len(args.files) == 1 else f"{len(args.files)} files"
        origin = f"from {read.files} of {files}"
    ctx.out.write(
        f"Wrote {args.out}: {english.plans(shown.plans)} {origin}; "
        f"no group of fewer than {english.plans(shown.threshold)}.\n"
    )
    if read.duplicates:
        ctx.out.write(english.duplicates(read.duplicates) + "\n")
    if read.refused:
        ctx.out.write(
            ("1 file was" if len(read.refused) == 1 else f"{len(read.refused)} files were")
            + " not read (see above).\n"
        )
    return EXIT_OK


def _say(ctx: CliContext, path: Path, why: str, problems: tuple[str, ...]) -> None:
    ctx.err.write(f"ledarplan: {path}: {why}\n")
    for problem in problems:
        ctx.err.write(f"  - {problem}\n")
