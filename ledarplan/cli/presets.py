"""`ledarplan presets check FILE|show`: the organisation's presets, for HR before a roll-out."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, CliContext
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.presets import Presets, candidate_files, read_presets, settle


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    presets = verbs.add_parser(
        "presets", help="check or show the organisation's presets", parents=[common]
    )
    actions = presets.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check a presets file (organisation.toml) and say what is wrong",
        parents=[common],
    )
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(handler=_check)
    show = actions.add_parser(
        "show", help="show the presets in use and where they come from", parents=[common]
    )
    show.set_defaults(handler=_show)


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.file.is_file():
        ctx.err.write(f"ledarplan: {args.file}: no such file\n")
        return EXIT_INVALID
    report = read_presets(args.file)
    # The models as a user of these presets would have them: built-in plus the presets' packs.
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), also=report.presets.pack_sources)
    for error in catalog.errors:
        report.problems.append(f"a model pack could not be loaded:\n{error.describe()}")
    settled = settle(report, catalog.models())
    _describe(ctx, settled.presets, catalog)
    if settled.problems:
        ctx.err.write(f"{args.file}: {len(settled.problems)} problem(s):\n")
        for problem in settled.problems:
            ctx.err.write(f"  - {problem}\n")
        return EXIT_INVALID
    ctx.out.write(f"{args.file}: all is well.\n")
    return EXIT_OK


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    presets = ctx.presets()
    if presets.source is None:
        places = "\n".join(f"  {p}" for p in candidate_files())
        ctx.out.write(f"No organisation presets are in use. Looked for:\n{places}\n")
        return EXIT_OK
    _describe(ctx, presets, ctx.catalog())
    return EXIT_OK


def _describe(ctx: CliContext, presets: Presets, catalog: FrameworkCatalog) -> None:
    pack = catalog.get(presets.model) if presets.model else None
    level = next((lv for lv in pack.levels if lv.id == presets.level), None) if pack else None
    rows = [
        ("Presets file", str(presets.source)),
        ("Organisation", presets.organisation or "(not set)"),
        ("Logo", str(presets.logo) if presets.logo else "(not set)"),
        ("Model", f"{pack.id} – {pack.name}" if pack else "(not set)"),
        ("Role level", f"{level.id} – {level.name}" if level else "(not set)"),
        ("Language", presets.language or "(not set: the user's system language)"),
        ("Users may change the model", "yes" if presets.users_may_change_model else "no"),
        ("Organisation packs", str(presets.packs_folder) if presets.packs_folder else "(none)"),
        ("Organisation database", presets.database_url or "(none: each user's local file)"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        ctx.out.write(f"{label + ':':<{width + 1}} {value}\n")
