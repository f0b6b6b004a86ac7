"""The command line: `ledarplan [options] [verb …]`. Without a verb the GUI starts.

Verbs call the same services as the GUI and never import Qt, so they run on a server, in CI
and in scripts without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ledarplan import __version__
from ledarplan.cli import (
    calendar,
    feedback,
    frameworks,
    maintenance,
    merge,
    org,
    pdf,
    person,
    plans,
    presets,
    summary,
)
from ledarplan.cli.context import EXIT_DATABASE, EXIT_INVALID, CliContext
from ledarplan.services.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseWriteError,
    DomainError,
    EmptyDatabaseError,
    FileWriteError,
)
from ledarplan.services.maintenance import latest_good_backup
from ledarplan.window_options import (
    add_data_dir_option,
    add_database_url_option,
    add_window_options,
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_data_dir_option(common)
    add_database_url_option(common)
    parser = argparse.ArgumentParser(
        prog="ledarplan",
        description="A leader's development plan, kept offline. Without a command the "
        "window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ledarplan {__version__}")
    add_window_options(parser)
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")
    frameworks.add_parsers(verbs, common)
    plans.add_parsers(verbs, common)
    merge.add_parsers(verbs, common)
    pdf.add_parsers(verbs, common)
    calendar.add_parsers(verbs, common)
    summary.add_parsers(verbs, common)
    feedback.add_parsers(verbs, common)
    maintenance.add_parsers(verbs, common)
    org.add_parsers(verbs, common)
    person.add_parsers(verbs, common)
    presets.add_parsers(verbs, common)
    return parser


def run_command(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        return args.handler(args, ctx)
    except DatabaseWriteError as exc:  # a full disk, a lock held elsewhere, a read-only folder
        ctx.err.write(f"ledarplan: {exc}\n")
        return EXIT_DATABASE
    except DatabaseError as exc:
        ctx.err.write(f"ledarplan: the database cannot be used: {exc}\n")
        if isinstance(exc, (DamagedDatabaseError, EmptyDatabaseError)):
            backup = latest_good_backup(ctx.paths.backups_dir)
            if backup is not None:
                ctx.err.write(
                    "The latest good backup can be put in its place (the damaged file is "
                    f"kept):\n  ledarplan --data-dir {ctx.paths.data_dir} restore {backup}\n"
                )
        return EXIT_DATABASE
    except DomainError as exc:
        ctx.err.write(f"ledarplan: {exc}\n")
        return EXIT_INVALID
    except OSError as exc:
        # A file a verb writes (a PDF …): the writers are atomic, so an earlier file is kept
        # and nothing half-written is left; say why in words rather than with a traceback.
        ctx.err.write(f"ledarplan: {FileWriteError(_written_path(exc, args), exc)}\n")
        return EXIT_INVALID
    finally:
        ctx.close()


def _written_path(exc: OSError, args: argparse.Namespace) -> Path | None:
    """The file an error is about. A write error names no file, and a writer's hidden
    temporary file means nothing to the user: then the file (or folder) the verb writes."""
    path = Path(exc.filename) if exc.filename else None
    if path is not None and not (path.name.startswith(".") and path.suffix in (".part", ".tmp")):
        return path
    target = getattr(args, "out", None) or getattr(args, "out_dir", None)
    if target is not None:
        return Path(target)
    return path.parent if path is not None else None


def prepare_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        # Model texts are Nordic; never die on a terminal that cannot show å or ø.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
