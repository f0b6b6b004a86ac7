"""The composition root: command line → paths → settings → models → GUI.

The one place that knows every layer; everything below gets what it needs through its
constructor. Nothing runs at import time.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ledarplan.cli import build_parser, make_context, run_command
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.settings import SettingsStore


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    ctx = make_context(args)
    if args.verb is not None:
        return run_command(args, ctx)
    return run_gui(ctx.paths, exit_when_ready=args.exit_when_ready)


def run_gui(paths: AppPaths, *, exit_when_ready: bool = False) -> int:
    # Qt is imported here, not at the top, so command-line verbs start fast and headless.
    from ledarplan.gui.application import GuiServices, run

    paths.ensure()
    services = GuiServices(
        catalog=FrameworkCatalog.load(builtin_frameworks_dir(), paths.frameworks_dir),
        settings_store=SettingsStore(paths.settings_file),
    )
    return run(services, exit_when_ready=exit_when_ready)


if __name__ == "__main__":
    sys.exit(main())
