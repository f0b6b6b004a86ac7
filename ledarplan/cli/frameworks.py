"""`ledarplan frameworks list|show|validate`: the leadership models from the command line."""

from __future__ import annotations

import argparse
import json

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.presentation import UnknownLevelError, to_json, to_text, view_for_level

TEXT_LABELS = {"source": "Source", "level": "Role level", "levels": "Role levels"}


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    frameworks = verbs.add_parser(
        "frameworks", help="list, show and validate leadership models", parents=[common]
    )
    fw_verbs = frameworks.add_subparsers(dest="action", metavar="ACTION", required=True)
    fw_list = fw_verbs.add_parser("list", help="list the available models", parents=[common])
    fw_list.add_argument("--json", action="store_true", help="print JSON")
    fw_list.set_defaults(handler=_frameworks_list)
    fw_show = fw_verbs.add_parser(
        "show", help="print a model's texts (for one role level)", parents=[common]
    )
    fw_show.add_argument("id", metavar="ID", help="model id, e.g. holstebro")
    fw_show.add_argument("--level", metavar="LEVEL", help="role level id, e.g. chef")
    fw_show.add_argument("--json", action="store_true", help="print JSON")
    fw_show.set_defaults(handler=_frameworks_show)
    fw_validate = fw_verbs.add_parser(
        "validate", help="check a model pack file and say what is wrong", parents=[common]
    )
    fw_validate.add_argument("file", metavar="FILE")
    fw_validate.set_defaults(handler=_frameworks_validate)


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
