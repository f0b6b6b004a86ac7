"""`ledarplan export-pdf`: the development plan as a PDF, for one plan or all of them."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.cli.plans import resolve_plan_id
from ledarplan.pdf import ALL_SECTIONS, PdfOptions
from ledarplan.services.pdf_export import PdfOutcome


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    pdf = verbs.add_parser(
        "export-pdf",
        help="write a plan as a PDF for the development talk",
        parents=[common],
    )
    pdf.add_argument("plan", metavar="PLAN", nargs="?", help="plan id (or a unique beginning)")
    pdf.add_argument("--out", metavar="FILE.pdf", type=Path, help="the PDF to write")
    pdf.add_argument("--all", action="store_true", help="every stored plan, one PDF each")
    pdf.add_argument("--out-dir", metavar="DIR", type=Path, help="where --all writes")
    pdf.add_argument(
        "--lang", choices=["sv", "da", "en"], help="language of the labels (default: the app's)"
    )
    pdf.add_argument(
        "--include-private-notes",
        action="store_true",
        help="include coaching notes and talk answers marked private (left out by default)",
    )
    pdf.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    pdf.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections to include (default all): " + ",".join(ALL_SECTIONS),
    )
    pdf.add_argument(
        "--organisation",
        metavar="NAME",
        help="named on the cover (default: the organisation's presets)",
    )
    pdf.add_argument(
        "--logo",
        metavar="PICTURE",
        type=Path,
        help="PNG, JPEG or SVG on the cover (default: the organisation's presets)",
    )
    pdf.set_defaults(handler=_export_pdf)


def _export_pdf(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.all == bool(args.plan):
        ctx.err.write("ledarplan: give either a PLAN or --all\n")
        return EXIT_USAGE
    if args.plan and args.out is None:
        ctx.err.write("ledarplan: --out FILE.pdf is needed for one plan\n")
        return EXIT_USAGE
    if args.all and args.out_dir is None:
        ctx.err.write("ledarplan: --out-dir DIR is needed with --all\n")
        return EXIT_USAGE
    sections = ALL_SECTIONS
    if args.sections:
        sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
        unknown = [s for s in sections if s not in ALL_SECTIONS]
        if unknown:
            ctx.err.write(
                f"ledarplan: unknown section(s) {', '.join(unknown)} "
                f"(sections: {', '.join(ALL_SECTIONS)})\n"
            )
            return EXIT_USAGE
    if args.logo is not None and not args.logo.is_file():
        ctx.err.write(f"ledarplan: {args.logo}: no such picture\n")
        return EXIT_USAGE
    presets = ctx.presets()
    options = PdfOptions(
        sections=frozenset(sections),
        include_private=args.include_private_notes,
        page_size=args.page_size,
        organisation=presets.organisation if args.organisation is None else args.organisation,
        logo=presets.logo if args.logo is None else args.logo,
    )
    labels = ctx.pdf_labels(args.lang or ctx.language())
    services = ctx.services()
    private = "with" if options.include_private else "without"
    if args.plan:
        plan_id = resolve_plan_id(ctx, args.plan)
        if plan_id is None:
            return EXIT_USAGE
        out = services.pdf.export(plan_id, args.out, labels, options)
        ctx.out.write(f"Wrote {out} ({private} private notes).\n")
        return EXIT_OK
    return _export_all(ctx, services.pdf.export_all(args.out_dir, labels, options), private)


def _export_all(ctx: CliContext, outcomes: Iterator[PdfOutcome], private: str) -> int:
    written = failed = 0
    # Each said once it is done; a plan that cannot be written is named, and the rest go on.
    for outcome in outcomes:
        if outcome.written:
            written += 1
            ctx.out.write(f"Wrote {outcome.path} ({private} private notes).\n")
        else:
            failed += 1
            ctx.err.write(
                f"ledarplan: the PDF of {outcome.person} – {outcome.title} could not be "
                f"written: {outcome.problem}\n"
            )
    if not written and not failed:
        ctx.out.write("No plans to export.\n")
    if failed:
        ctx.err.write(f"ledarplan: {failed} of {written + failed} PDFs could not be written.\n")
        return EXIT_INVALID
    return EXIT_OK
