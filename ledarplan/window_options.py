"""The command line's options for the window, apart from the verbs.

`ledarplan` without a verb opens the window; reading that from the command line must not
load the verbs (and with them the storage and the models) before the window is painted.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep all data and settings in DIR (default: $LEDARPLAN_DATA_DIR or the "
        "platform's user data directory)",
    )


def add_database_url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="use the organisation's PostgreSQL database instead of the local file, e.g. "
        "postgresql://HOST/DATABASE or postgresql:///?service=NAME (default: "
        "$LEDARPLAN_DATABASE_URL or the presets' database_url; passwords come from .pgpass, "
        "a service file or Kerberos)",
    )


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the window, exit with status 0 once it is shown with the user's data and "
        "idle (smoke tests)",
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        nargs="?",  # the desktop entry's `--open %f` leaves the file out when started plainly
        help="open the window and import FILE, a plan file (what opening a plan file from "
        "the file manager does)",
    )
    # For the benchmarks: prints "painted" at the window's first paint and "ready" once it
    # shows the user's data.
    parser.add_argument("--report-start", action="store_true", help=argparse.SUPPRESS)


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options when `argv` asks for the window (no verb, no --help or
    --version), else None: then the whole command line is read (`ledarplan.cli`)."""
    read = _read(argv)
    if read is None:
        return None
    args, rest = read
    return None if rest else args


def verb_named(argv: Sequence[str]) -> str | None:
    """The verb `argv` names after the window's options (which may come first), or None when
    that cannot be told without the whole command line (an abbreviated or unknown option,
    --help, --version …). Only a word the verbs know counts (see `cli.build_parser`)."""
    read = _read(argv)
    if read is None:
        return None
    _args, rest = read
    return rest[0] if rest and not rest[0].startswith("-") else None


def _read(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]] | None:
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    add_data_dir_option(parser)
    add_database_url_option(parser)
    add_window_options(parser)
    try:
        return parser.parse_known_args(list(argv))
    except SystemExit:  # a malformed option: the whole parser says what is wrong
        return None
