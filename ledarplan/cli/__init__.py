"""The command line: `ledarplan [options] [verb …]`. Without a verb the GUI starts.

Verbs call the same services as the GUI and never import Qt, so they run on a server, in CI
and in scripts without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

#: The verbs' modules, in the order their verbs are listed in the help.
_VERB_MODULES = (
    frameworks,
    plans,
    merge,
    pdf,
    calendar,
    summary,
    feedback,
    maintenance,
    org,
    person,
    presets,
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser. With `only` (the verb the command line names, see
    `window_options.verb_named`), that verb alone is built with its options: building every
    verb's options takes longer than `ledarplan check` takes to open a small database. A
    word that is no verb gets the whole parser, which lists the verbs."""
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
    chosen = verbs if only is None else _OneVerb(verbs, only)
    for module in _VERB_MODULES:
        module.add_parsers(chosen, common)  # type: ignore[arg-type]
    if isinstance(chosen, _OneVerb) and not chosen.found:
        return build_parser()
    return parser


class _OneVerb:
    """Stands in for the verbs' `add_subparsers` action: builds the verb named `only` and
    lets the others' building go by (see `build_parser`)."""

    def __init__(self, verbs: Any, only: str):
        self._verbs = verbs
        self._only = only
        self.found = False

    def add_parser(self, name: str, **options: Any) -> Any:
        if name == self._only or self._only in options.get("aliases", ()):
            self.found = True
            return self._verbs.add_parser(name, **options)
        return _Unbuilt()


class _Unbuilt:
    """A verb not built: whatever its module does to it is done to nothing."""

    def __getattr__(self, _name: str) -> Callable[..., _Unbuilt]:
        return lambda *_args, **_options: self


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
