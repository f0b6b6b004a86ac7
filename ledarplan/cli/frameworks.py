"""The command line: `ledarplan [options] [verb …]`. Without a verb the GUI starts.

Verbs call the same core code as the GUI and never import Qt, so they run on a server,
in CI and in scripts without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from ledarplan import __version__
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.presentation import UnknownLevelError, to_json, to_text, view_for_level
from ledarplan.paths import AppPaths, builtin_frameworks_dir

EXIT_OK = 0
EXIT_INVALID = 1  # the input was read but is wrong (a broken pack)
EXIT_USAGE = 2  # the command was wrong (unknown model or level), as argparse uses

TEXT_LABELS = {"source": "Source", "level": "Role level", "levels": "Role levels"}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep all data and settings in DIR (default: $LEDARPLAN_DATA_DIR or the "
        "platform's user data directory)",
    )
    parser = argparse.ArgumentParser(
        prog="ledarplan",
        description="A leader's development plan, kept offline. Without a command the "
        "window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ledarplan {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the window, exit with status 0 once it is shown and idle (smoke tests)",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    frameworks = verbs.add_parser(
        "frameworks", help="list, show and validate leadership models", parents=[common]
    )
    fw_verbs = frameworks.add_subparsers(dest="action", metavar="ACTION", required=True)
    fw_list = fw_verbs.add_parser("list", help="list the available models", parents=[common])
    fw_list.add_argument("--json", action="store_true", help="print JSON")
    fw_show = fw_verbs.add_parser(
        "show", help="print a model's texts (for one role level)", parents=[common]
    )
    fw_show.add_argument("id", metavar="ID", help="model id, e.g. holstebro")
    fw_show.add_argument("--level", metavar="LEVEL", help="role level id, e.g. chef")
    fw_show.add_argument("--json", action="store_true", help="print JSON")
    fw_validate = fw_verbs.add_parser(
        "validate", help="check a model pack file and say what is wrong", parents=[common]
    )
    fw_validate.add_argument("file", metavar="FILE")
    return parser


@dataclass
class CliContext:
    paths: AppPaths
    out: TextIO
    err: TextIO

    def catalog(self) -> FrameworkCatalog:
        catalog = FrameworkCatalog.load(builtin_frameworks_dir(), self.paths.frameworks_dir)
        for error in catalog.errors:
            self.err.write(f"warning: skipped a model pack:\n{error.describe()}\n")
        return catalog


def run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    handlers: dict[tuple[str, str], Callable[[argparse.Namespace, CliContext], int]] = {
        ("frameworks", "list"): _frameworks_list,
        ("frameworks", "show"): _frameworks_show,
        ("frameworks", "validate"): _frameworks_validate,
    }
    return handlers[(args.verb, args.action)](args, ctx)


def _frameworks_list(args: argparse.Namespace, ctx: CliContext) -> int:
    catalog = ctx.catalog()
    rows = [
        {
            "id": pack.id,
            "name": pack.name,
            "organisation": pack.source.organisation,
            "language": pack.language,
            "version": pack.version,
            "levels": [lvl.id for lvl in pack.levels],
            "builtin": catalog.is_builtin(pack.id),
        }
        for pack in catalog.packs
    ]
    if args.json:
        json.dump(rows, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return EXIT_OK
    width = max((len(r["id"]) for r in rows), default=2)
    for row in rows:
        origin = "" if row["builtin"] else "  [organisation]"
        levels = f"  levels: {', '.join(row['levels'])}" if row["levels"] else ""
        ctx.out.write(
            f"{row['id']:<{width}}  {row['language']}  {row['name']} "
            f"({row['organisation']}){levels}{origin}\n"
        )
    return EXIT_OK


def _frameworks_show(args: argparse.Namespace, ctx: CliContext) -> int:
    catalog = ctx.catalog()
    pack = catalog.get(args.id)
    if pack is None:
        known = ", ".join(p.id for p in catalog.packs)
        ctx.err.write(f"ledarplan: no model with the id '{args.id}' (available: {known})\n")
        return EXIT_USAGE
    try:
        view = view_for_level(pack, args.level)
    except UnknownLevelError as exc:
        ctx.err.write(f"ledarplan: {exc}\n")
        return EXIT_USAGE
    if args.json:
        json.dump(to_json(view), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    else:
        ctx.out.write(to_text(view, TEXT_LABELS))
    return EXIT_OK


def _frameworks_validate(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        pack = load_pack_file(args.file)
    except PackError as exc:
        count = len(exc.problems)
        ctx.err.write(exc.describe() + "\n")
        ctx.err.write(f"{args.file}: not a valid model pack ({count} problem(s))\n")
        return EXIT_INVALID
    items = sum(len(area.items) for area in pack.areas)
    ctx.out.write(
        f"{args.file}: valid model pack '{pack.id}' ({pack.name}): {len(pack.areas)} areas, "
        f"{items} items, {len(pack.levels)} role levels\n"
    )
    return EXIT_OK


def make_context(args: argparse.Namespace) -> CliContext:
    for stream in (sys.stdout, sys.stderr):
        # Model texts are Nordic; never die on a terminal that cannot show å or ø.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    return CliContext(AppPaths.resolve(getattr(args, "data_dir", None)), sys.stdout, sys.stderr)
