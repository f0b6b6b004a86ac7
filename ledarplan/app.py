"""The composition root: command line → paths → settings → models → database → GUI.

The one place that knows every layer; everything below gets what it needs through its
constructor. Nothing runs at import time.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ledarplan.cli import build_parser, prepare_streams, run_command
from ledarplan.cli.context import EXIT_DATABASE, CliContext
from ledarplan.domain.errors import DomainError
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.logs import setup_logging, unhandled_errors_logged
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.pdf.labels import PdfLabels
from ledarplan.presets import Presets, load_presets, settle
from ledarplan.services.container import Services
from ledarplan.services.errors import DamagedDatabaseError, EmptyDatabaseError
from ledarplan.services.maintenance import latest_good_backup, restore_unopenable
from ledarplan.settings import SettingsStore
from ledarplan.storage.database import open_database
from ledarplan.storage.repository import Store


def open_services(
    paths: AppPaths, catalog: FrameworkCatalog, *, daily_backup: bool = True
) -> Services:
    """Opens (and if need be migrates, after a backup) the user's database, and makes the
    day's backup unless `daily_backup` is False (the window makes it once it is shown)."""
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    services = Services.over(Store(database), catalog, paths.backups_dir)
    if daily_backup:
        settings = SettingsStore(paths.settings_file).load()
        services.maintenance.rotate_daily(keep=settings.backups_to_keep)
    return services


def pdf_labels(language: str) -> PdfLabels:
    # Imported here: the translations load QtCore, which only some verbs need.
    from ledarplan.i18n.pdf_labels import pdf_labels as translated_labels

    return translated_labels(language)


def _language(paths: AppPaths, presets: Presets | None = None) -> str:
    """The user's own choice, else the organisation's, else the system's."""
    from ledarplan.i18n.catalog import normalise_language, system_language

    chosen = SettingsStore(paths.settings_file).load().language
    chosen = chosen or (presets.language if presets else None)
    return normalise_language(chosen) if chosen else system_language()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    try:
        paths.ensure()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"ledarplan: cannot create {paths.data_dir} ({reason})\n")
        if args.verb is None:
            from ledarplan.gui.application import show_unusable_data_dir

            return show_unusable_data_dir(paths.data_dir, reason)
        return EXIT_DATABASE
    setup_logging(paths.data_dir)
    if args.verb is not None:
        prepare_streams()
        context = CliContext(
            paths,
            sys.stdout,
            sys.stderr,
            open_services,
            pdf_labels,
            lambda: _language(paths, context.presets()),
            presets_report=load_presets(),
        )
        return run_command(args, context)
    with unhandled_errors_logged():
        open_file = Path(args.open).expanduser().absolute() if args.open else None
        return run_gui(paths, exit_when_ready=args.exit_when_ready, open_file=open_file)


def _open_or_recover(paths: AppPaths, catalog: FrameworkCatalog) -> Services | None:
    """Opens the database; a damaged one is never overwritten, but the user may put the
    latest good backup in its place (the damaged file is kept beside it)."""
    from ledarplan.gui.application import offer_restore

    try:
        return open_services(paths, catalog, daily_backup=False)
    except (DamagedDatabaseError, EmptyDatabaseError) as exc:
        backup = latest_good_backup(paths.backups_dir)
        if backup is None or not offer_restore(str(exc), backup):
            raise
        restore_unopenable(backup, paths.database_file)
        return open_services(paths, catalog, daily_backup=False)


def run_gui(
    paths: AppPaths, *, exit_when_ready: bool = False, open_file: Path | None = None
) -> int:
    # Qt is imported here, not at the top, so command-line verbs start fast and headless.
    from ledarplan.gui.application import GuiServices, application, run, show_fatal
    from ledarplan.gui.i18n import LanguageSwitcher
    from ledarplan.gui.single_instance import SingleInstance

    paths.ensure()
    report = load_presets()
    # In the user's language from the first message on (a damaged database is said at once).
    LanguageSwitcher(application()).apply(_language(paths, report.presets))
    # Before the database is opened: a second start only brings the first window forward
    # (and hands it the plan file it was asked to open).
    guard = SingleInstance(paths.data_dir)
    if not guard.acquire(open_file):
        return 0
    try:
        catalog = FrameworkCatalog.load(
            builtin_frameworks_dir(), paths.frameworks_dir, also=report.presets.pack_sources
        )
        presets = settle(report, catalog.models())
        try:
            services = _open_or_recover(paths, catalog)
        except DomainError as exc:
            return show_fatal(str(exc))
        if services is None:
            return show_fatal(
                str(DamagedDatabaseError(paths.database_file, "it was left as it is"))
            )
        gui = GuiServices(
            settings_store=SettingsStore(paths.settings_file),
            services=services,
            presets=presets.presets,
            presets_problems=presets.problems,
        )
        try:
            return run(
                gui, exit_when_ready=exit_when_ready, single_instance=guard, open_file=open_file
            )
        finally:
            services.close()
    finally:
        guard.release()


if __name__ == "__main__":
    sys.exit(main())
