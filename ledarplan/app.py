"""The composition root: command line → paths → settings → models → database → GUI.

The one place that knows every layer; everything below gets what it needs through its
constructor. Nothing runs at import time. Starting the window imports only what its frame
needs (Qt, the settings, the presets): the storage, the models and the verbs are imported
where they are first needed, so the window is on screen at once.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ledarplan.database_url import chosen_database_url
from ledarplan.logs import setup_logging, unhandled_errors_logged
from ledarplan.paths import AppPaths, local_data_dir, roaming_data_dir
from ledarplan.presets import Presets, PresetsReport, load_presets
from ledarplan.settings import SettingsStore
from ledarplan.window_options import verb_named, window_arguments

if TYPE_CHECKING:
    from ledarplan.frameworks.catalog import FrameworkCatalog
    from ledarplan.gui.application import GuiServices
    from ledarplan.pdf.labels import PdfLabels
    from ledarplan.services.container import Services
    from ledarplan.services.organisation import OrganisationService

log = logging.getLogger(__name__)


def open_services(
    paths: AppPaths,
    catalog: FrameworkCatalog,
    presets: Presets | None = None,
    *,
    daily_backup: bool = True,
    say: Callable[[str], None] | None = None,
    database_url: str | None = None,
) -> Services:
    """Opens (and if need be migrates, after a backup) the user's database, and makes the
    day's backup (also in the backup folder, if there is one) unless `daily_backup` is False
    (the window makes it once it is shown). A problem with the backup folder is passed to
    `say` the first time it happens. A data folder on a network share or in a synced folder
    is refused (UnsafeFolderError) unless the organisation allows it.

    With `database_url` the organisation's PostgreSQL database is used instead of the local
    file: opened as the user's login, never migrated here (`ledarplan org init` does that),
    and backed up by IT, not by the program."""
    from ledarplan.services.container import Services
    from ledarplan.services.maintenance import backup_folder_of, copy_to_backup_folder
    from ledarplan.storage.database import open_database
    from ledarplan.storage.store import Store

    paths.ensure()
    if database_url is not None:
        from ledarplan.storage.postgres import open_organisation_database

        organisation = open_organisation_database(database_url)
        return Services.over(Store(organisation), catalog, paths.backups_dir)
    shared = shared_data_folder(paths, presets)
    database = open_database(paths.database_file, paths.backups_dir, shared_folder=shared)
    services = Services.over(Store(database), catalog, paths.backups_dir)
    if daily_backup:
        store = SettingsStore(paths.settings_file)
        settings = store.load()
        services.maintenance.rotate_daily(keep=settings.backups_to_keep)
        folder = backup_folder_of(settings, presets.backup_folder if presets else None)
        if folder is not None:
            problem = copy_to_backup_folder(
                services.maintenance, folder, store, settings.backups_to_keep
            )
            if problem is not None and say is not None:
                say(str(problem))
    return services


def open_organisation(database_url: str) -> OrganisationService:
    """The organisation's database for IT's verbs (`ledarplan org …`, `check`), connected as
    whoever runs them; nothing is checked or changed on opening."""
    from ledarplan.services.organisation import OrganisationService
    from ledarplan.storage.organisation import OrganisationAdmin

    return OrganisationService(OrganisationAdmin(database_url))


def shared_data_folder(paths: AppPaths, presets: Presets | None) -> bool:
    """Whether the data folder is on a network share or in a synced folder that the
    organisation allows (then the database is opened without WAL, locked for one program);
    raises UnsafeFolderError when it is and the organisation does not allow it."""
    from ledarplan.filesystems import classify
    from ledarplan.services.errors import UnsafeFolderError

    location = classify(paths.data_dir)
    if location.local:
        return False
    if presets is not None and presets.allow_network_data_folder:
        log.warning(
            "the data folder is %s (%s): opened without WAL and locked for one program at a "
            "time, as the organisation's presets allow",
            location.kind.value,
            location.detail,
        )
        return True
    raise UnsafeFolderError(paths.data_dir, location.kind.value, location.detail, local_data_dir())


@dataclass(frozen=True)
class MoveNote:
    """The data of an earlier version was moved to the local disk (or could not be)."""

    source: Path
    target: Path
    problem: str | None = None  # why it could not be moved (then the old place is used)

    def __str__(self) -> str:
        if self.problem is not None:
            return (
                f"your data could not be moved from {self.source} to this computer's own disk "
                f"({self.problem}); it is used where it is this time, and moved at a later start"
            )
        return (
            f"your plans are now kept on this computer's own disk, in {self.target} (they were "
            f"in {self.source}, which is copied to a server and back at every log-on)"
        )


def move_from_roaming(paths: AppPaths) -> tuple[AppPaths, MoveNote | None]:
    """Moves the data of an earlier version from Windows' roaming profile to the local disk,
    once (see storage.moving). Returns the paths to use and what to tell the user: where the
    data is now, or why it could not be moved (then the old place is used this time)."""
    from ledarplan.storage.moving import move_data_folder, move_needed

    roaming = roaming_data_dir()
    if not paths.is_default or not move_needed(roaming, paths.data_dir):
        return paths, None

    from ledarplan.storage.database import open_database

    def check(database: Path) -> None:
        open_database(database, database.parent / "backups").dispose()

    try:
        moved = move_data_folder(roaming, paths.data_dir, check)
    except Exception as exc:  # the old place keeps everything: used as it is this time
        log.warning("the data could not be moved to the local disk (%s)", type(exc).__name__)
        return AppPaths(roaming), MoveNote(roaming, paths.data_dir, str(exc) or type(exc).__name__)
    if moved is None:
        return paths, None
    log.info("the data was moved from the roaming profile to the local disk")
    return paths, MoveNote(moved.source, moved.target)


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
    argv = sys.argv[1:] if argv is None else list(argv)
    window = window_arguments(argv)
    return _command(argv) if window is None else _window(window)


def _window(window: argparse.Namespace) -> int:
    """The window, with the options of `ledarplan.window_options`."""
    report = load_presets()
    paths = AppPaths.resolve(getattr(window, "data_dir", None), report.presets.data_folder)
    try:
        paths.ensure()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"ledarplan: cannot create {paths.data_dir} ({reason})\n")
        from ledarplan.gui.application import show_unusable_data_dir

        return show_unusable_data_dir(paths.data_dir, reason)
    setup_logging(paths.data_dir)
    paths, moved = move_from_roaming(paths)
    with unhandled_errors_logged():
        open_file = Path(window.open).expanduser().absolute() if window.open else None
        return run_gui(
            paths,
            database_url=chosen_database_url(
                getattr(window, "database_url", None), report.presets.database_url
            ),
            exit_when_ready=window.exit_when_ready,
            open_file=open_file,
            report=report,
            notices=[moved] if moved else [],
            report_start=_print_line if window.report_start else None,
        )


def _print_line(line: str) -> None:
    print(line, flush=True)


def _command(argv: list[str]) -> int:
    """A verb (or --help, --version, a mistyped option): the whole command line."""
    from ledarplan.cli import build_parser, prepare_streams, run_command
    from ledarplan.cli.context import EXIT_DATABASE, CliContext

    args = build_parser(only=verb_named(argv)).parse_args(argv)
    if args.verb is None:  # the window's options after all, as argparse reads them
        return _window(args)
    report = load_presets()
    paths = AppPaths.resolve(getattr(args, "data_dir", None), report.presets.data_folder)
    try:
        paths.ensure()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        sys.stderr.write(f"ledarplan: cannot create {paths.data_dir} ({reason})\n")
        return EXIT_DATABASE
    setup_logging(paths.data_dir)
    paths, moved = move_from_roaming(paths)
    prepare_streams()
    if moved:
        sys.stderr.write(f"ledarplan: {moved}\n")
    database_url = chosen_database_url(
        getattr(args, "database_url", None), report.presets.database_url
    )
    context = CliContext(
        paths,
        sys.stdout,
        sys.stderr,
        partial(open_services, database_url=database_url),
        pdf_labels,
        lambda: _language(paths, context.presets()),
        presets_report=report,
        database_url=database_url,
        open_organisation=open_organisation,
    )
    return run_command(args, context)


def _open_data(
    paths: AppPaths,
    report: PresetsReport,
    settings_store: SettingsStore,
    notices: list,
    database_url: str | None = None,
) -> GuiServices:
    """The models and the database, for the window (on a thread of its own)."""
    from ledarplan.frameworks.catalog import FrameworkCatalog
    from ledarplan.gui.application import GuiServices, plan_pages
    from ledarplan.paths import builtin_frameworks_dir
    from ledarplan.presets import settle

    catalog = FrameworkCatalog.load(
        builtin_frameworks_dir(), paths.frameworks_dir, also=report.presets.pack_sources
    )
    presets = settle(report, catalog.models())
    services = open_services(
        paths, catalog, presets.presets, daily_backup=False, database_url=database_url
    )
    plan_pages()  # their modules are loaded here, not on the window's thread
    return GuiServices(
        settings_store=settings_store,
        services=services,
        presets=presets.presets,
        presets_problems=presets.problems,
        notices=notices,
    )


def _recover(
    paths: AppPaths, reopen: Callable[[], GuiServices], problem: BaseException
) -> GuiServices | None:
    """The data could not be opened: a damaged database is never overwritten, but the user
    may put the latest good backup in its place (the damaged file is kept beside it); any
    other reason is said, and nothing is changed."""
    from ledarplan.domain.errors import DomainError
    from ledarplan.gui.application import offer_restore, show_fatal
    from ledarplan.gui.error_text import describe
    from ledarplan.services.errors import DamagedDatabaseError, EmptyDatabaseError
    from ledarplan.services.maintenance import latest_good_backup, restore_unopenable

    if not isinstance(problem, DomainError):
        raise problem
    if isinstance(problem, (DamagedDatabaseError, EmptyDatabaseError)):
        backup = latest_good_backup(paths.backups_dir)
        if backup is not None and offer_restore(str(problem), backup):
            restore_unopenable(backup, paths.database_file)
            try:
                return reopen()
            except DomainError as again:
                problem = again
    show_fatal(describe(problem))
    return None


def _offer_backup_on_new_computer(paths: AppPaths, data: GuiServices) -> None:
    """On a new computer (no data before this start) the newest backup in the backup
    folder is offered."""
    from ledarplan.gui.application import offer_restore_from_folder
    from ledarplan.services.maintenance import backup_folder_of, newest_in_folder

    settings = data.settings_store.load()
    newest = newest_in_folder(backup_folder_of(settings, data.presets.backup_folder))
    if newest is not None and offer_restore_from_folder(newest):
        data.services.maintenance.restore(newest)


def run_gui(
    paths: AppPaths,
    *,
    exit_when_ready: bool = False,
    open_file: Path | None = None,
    report: PresetsReport | None = None,
    notices: list[MoveNote] | None = None,
    report_start: Callable[[str], None] | None = None,
    database_url: str | None = None,
) -> int:
    # Qt is imported here, not at the top, so command-line verbs start fast and headless.
    from ledarplan.gui.application import Startup, application, open_here_anyway, run
    from ledarplan.gui.i18n import LanguageSwitcher
    from ledarplan.gui.single_instance import SingleInstance

    paths.ensure()
    report = report or load_presets()
    # In the user's language from the first message on (a damaged database is said at once).
    LanguageSwitcher(application()).apply(_language(paths, report.presets))
    # Before the database is opened: a second start only brings the first window forward
    # (and hands it the plan file it was asked to open).
    guard = SingleInstance(paths.data_dir)
    if not guard.acquire(open_file):
        # Open on another computer (the folder follows the user): say where and since when.
        if guard.elsewhere is None or not open_here_anyway(guard.elsewhere):
            return 0
        if not guard.take_over():
            return 0
    settings_store = SettingsStore(paths.settings_file)
    # A new computer's first start offers the newest backup (not on the organisation's
    # database, which IT backs up).
    new_computer = database_url is None and not paths.database_file.exists()

    def open_data() -> GuiServices:
        return _open_data(paths, report, settings_store, [], database_url)

    startup = Startup(
        settings_store=settings_store,
        presets=report.presets,
        open_data=open_data,
        recover=lambda problem: _recover(paths, open_data, problem),
        opened=(lambda data: _offer_backup_on_new_computer(paths, data))
        if new_computer
        else (lambda _data: None),
        notices=list(notices or []),
    )
    try:
        return run(
            startup,
            exit_when_ready=exit_when_ready,
            single_instance=guard,
            open_file=open_file,
            report_start=report_start,
        )
    finally:
        guard.release()


if __name__ == "__main__":
    sys.exit(main())
