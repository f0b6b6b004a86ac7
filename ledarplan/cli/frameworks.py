"""`ledarplan frameworks list|show|validate|template|from-spreadsheet|to-spreadsheet`: the
leadership models from the command line, and HR's own model to and from a spreadsheet."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.frameworks.errors import PackError
from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.presentation import UnknownLevelError, to_json, to_text, view_for_level
from ledarplan.frameworks.schema import MAX_LEVELS
from ledarplan.frameworks.spreadsheet import (
    DEFAULT_TEMPLATE_LEVELS,
    SpreadsheetError,
    convert_workbook,
    save_pack_file,
    template_language,
    write_pack_workbook,
    write_template,
)
from ledarplan.frameworks.spreadsheet.layout import TEMPLATE_LANGUAGES
from ledarplan.paths import builtin_frameworks_dir

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
    _add_spreadsheet_parsers(fw_verbs, common)


def _add_spreadsheet_parsers(
    fw_verbs: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    template = fw_verbs.add_parser(
        "template",
        help="write a spreadsheet template (.xlsx) for HR to fill in with its own model",
        parents=[common],
    )
    template.add_argument("--out", metavar="FILE", required=True, help="the .xlsx to write")
    template.add_argument(
        "--levels",
        metavar="N",
        type=_level_count,
        default=DEFAULT_TEMPLATE_LEVELS,
        help=f"role levels to prepare (0–{MAX_LEVELS}; default {DEFAULT_TEMPLATE_LEVELS})",
    )
    template.add_argument(
        "--lang",
        choices=TEMPLATE_LANGUAGES,
        help="language of the instructions, sheet names and headings (default: yours)",
    )
    template.set_defaults(handler=_frameworks_template)
    from_sheet = fw_verbs.add_parser(
        "from-spreadsheet",
        help="make a model pack (YAML) from a filled-in spreadsheet, checked like every pack",
        parents=[common],
    )
    from_sheet.add_argument("file", metavar="FILE", help="the filled-in .xlsx")
    from_sheet.add_argument("--out", metavar="FILE", required=True, help="the .yaml to write")
    from_sheet.set_defaults(handler=_frameworks_from_spreadsheet)
    to_sheet = fw_verbs.add_parser(
        "to-spreadsheet",
        help="write a model (built-in or your own) into the spreadsheet template",
        parents=[common],
    )
    to_sheet.add_argument("id", metavar="ID", help="model id, e.g. holstebro")
    to_sheet.add_argument("--out", metavar="FILE", required=True, help="the .xlsx to write")
    to_sheet.add_argument(
        "--lang",
        choices=TEMPLATE_LANGUAGES,
        help="language of the sheet names and headings (default: the model's, else English)",
    )
    to_sheet.set_defaults(handler=_frameworks_to_spreadsheet)


def _level_count(text: str) -> int:
    if not text.isdigit() or int(text) > MAX_LEVELS:
        raise argparse.ArgumentTypeError(f"a number from 0 to {MAX_LEVELS}")
    return int(text)


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


def _frameworks_template(args: argparse.Namespace, ctx: CliContext) -> int:
    language = args.lang or template_language(ctx.language())
    write_template(args.out, args.levels, language)
    ctx.out.write(
        f"{args.out}: spreadsheet template written ({language}, {args.levels} role levels); "
        "fill it in, then: ledarplan frameworks from-spreadsheet "
        f"{args.out} --out MODEL.yaml\n"
    )
    return EXIT_OK


def _frameworks_from_spreadsheet(args: argparse.Namespace, ctx: CliContext) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".yaml", ".yml"):
        ctx.err.write(f"ledarplan: --out must name a .yaml file (not '{out.name}')\n")
        return EXIT_USAGE
    try:
        converted = convert_workbook(args.file)
    except SpreadsheetError as exc:
        ctx.err.write(exc.describe() + "\n")
        ctx.err.write(
            f"{args.file}: not converted ({len(exc.problems)} problem(s)); nothing was written\n"
        )
        return EXIT_INVALID
    for note in converted.notes:
        ctx.err.write(f"note: {Path(args.file).name}: {note.describe()}\n")
    pack = converted.pack
    if (builtin_frameworks_dir() / f"{pack.id}.yaml").is_file():
        ctx.err.write(
            f"note: the id '{pack.id}' is a built-in model's: the program will leave this pack "
            "out beside it; give your model its own id (the Model sheet's Id row)\n"
        )
    save_pack_file(converted, out)
    items = sum(len(area.items) for area in pack.areas)
    ctx.out.write(
        f"{out}: valid model pack '{pack.id}' ({pack.name}): {len(pack.areas)} areas, "
        f"{items} items, {len(pack.levels)} role levels\n"
    )
    return EXIT_OK


def _frameworks_to_spreadsheet(args: argparse.Namespace, ctx: CliContext) -> int:
    catalog = ctx.catalog()
    pack = catalog.get(args.id)
    if pack is None:
        known = ", ".join(p.id for p in catalog.packs)
        ctx.err.write(f"ledarplan: no model with the id '{args.id}' (available: {known})\n")
        return EXIT_USAGE
    write_pack_workbook(pack, args.out, args.lang)
    ctx.out.write(f"{args.out}: the model '{pack.id}' ({pack.name}) as a spreadsheet\n")
    return EXIT_OK
