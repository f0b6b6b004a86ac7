"""Starts the Qt application: the window's frame at once, the data on a thread of its own
after the first paint, then the window filled in (see MainWindow.attach)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ledarplan import __version__
from ledarplan.domain.errors import DomainError
from ledarplan.folder_lock import LockHolder
from ledarplan.gui.error_text import describe
from ledarplan.gui.formatting import format_datetime
from ledarplan.gui.i18n import LanguageSwitcher
from ledarplan.gui.main_window import MainWindow
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.single_instance import SingleInstance
from ledarplan.i18n.catalog import system_language
from ledarplan.paths import resources_dir
from ledarplan.presets import Presets
from ledarplan.settings import SettingsStore

if TYPE_CHECKING:
    from ledarplan.gui.views.workspace import PageFactory
    from ledarplan.services.container import Services
    from ledarplan.services.maintenance import MaintenanceService

log = logging.getLogger(__name__)


@dataclass
class GuiServices:
    settings_store: SettingsStore
    #: The use cases over the user's database.
    services: Services
    prompts: Prompts = field(default_factory=Prompts)
    #: The organisation's presets, checked against the models, and what was wrong in them.
    presets: Presets = field(default_factory=Presets)
    presets_problems: list[str] = field(default_factory=list)
    #: Said once the window is up: where the data was moved to (see app.MoveNote).
    notices: list[Any] = field(default_factory=list)


EXIT_CANNOT_START = 3


def show_fatal(message: str) -> int:
    """The program cannot start (e.g. the database is damaged): say why, change nothing."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "ledarplan cannot start"),
        QCoreApplication.translate(
            "Startup", "Your data could not be opened. Nothing has been changed.\n\n%1"
        ).replace("%1", message),
    )
    del app
    return EXIT_CANNOT_START


def show_unusable_data_dir(folder: Path, reason: str, language: str | None = None) -> int:
    """The data folder cannot be made or written: say where and what to do, in a window (a
    leader who started the program from a menu never sees the terminal)."""
    app = application()
    LanguageSwitcher(app).apply(language or system_language())
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "ledarplan cannot start"),
        QCoreApplication.translate(
            "Startup",
            "ledarplan keeps your plans in the folder below, but it cannot be created or "
            "written to (%2).\n\nFolder: %1\n\nAsk for a folder you may write in, or start "
            "ledarplan with --data-dir and a folder of your own. Nothing has been changed.",
        )
        .replace("%1", str(folder))
        .replace("%2", reason),
    )
    return EXIT_CANNOT_START


def offer_restore(problem: str, backup: Path) -> bool:
    """The database cannot be opened: ask whether to put the latest good backup in its place."""
    application()
    when = format_datetime(datetime.fromtimestamp(backup.stat().st_mtime))
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Startup", "Your data could not be opened"),
        QCoreApplication.translate(
            "Startup",
            "%1\n\nThe latest good backup is from %2. Put it in place of the damaged file? "
            "The damaged file is kept beside it, unchanged.",
        )
        .replace("%1", problem)
        .replace("%2", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_here_anyway(holder: LockHolder) -> bool:
    """The plans are open on another computer: say which and since when; open here only if
    the user says that computer was switched off without closing the program."""
    application()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Your plans are open on another computer"),
        QCoreApplication.translate(
            "Startup",
            "ledarplan is open with your plans on %1 (since %2). Close it there first, then "
            "start it here again.\n\nOnly if %1 was switched off or lost its connection "
            "without closing ledarplan: open your plans here anyway.",
        )
        .replace("%1", holder.host)
        .replace("%2", format_datetime(holder.since)),
    )
    close = box.addButton(QMessageBox.StandardButton.Close)
    anyway = box.addButton(
        QCoreApplication.translate("Startup", "Open here anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(close)
    return ask_box(box) is anyway


def ask_box(box: QMessageBox) -> object:
    """Runs a message box and returns the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()


def offer_restore_from_folder(backup: Path) -> bool:
    """A new computer (no data here yet): ask whether to start from the newest backup found in
    the backup folder (the home drive …)."""
    application()
    when = format_datetime(datetime.fromtimestamp(backup.stat().st_mtime))
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Startup", "Start from your backup?"),
        QCoreApplication.translate(
            "Startup",
            "There are no plans on this computer yet, but the backup folder has a backup of "
            "your plans from %2:\n\n%1\n\nStart from that backup?",
        )
        .replace("%1", str(backup))
        .replace("%2", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def plan_pages() -> list[PageFactory]:
    """The pages of an open plan, in the order of their tabs (imported once the data is
    there: they load the services)."""
    from ledarplan.gui.views.assessment_view import AssessmentView  # noqa: PLC0415
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415
    from ledarplan.gui.views.goals_view import GoalsView  # noqa: PLC0415
    from ledarplan.gui.views.overview_page import OverviewPage  # noqa: PLC0415
    from ledarplan.gui.views.talk_view import TalkView  # noqa: PLC0415

    return [OverviewPage, AssessmentView, GoalsView, CoachingView, TalkView]


def create_frame(settings_store: SettingsStore, prompts: Prompts, presets: Presets) -> MainWindow:
    """The window before the data: menus, sidebar and the last layout, from the settings."""
    settings = settings_store.load()
    prompts.remember_in(settings_store)  # the last folder and the user's own name
    app = QApplication.instance()
    languages = LanguageSwitcher(app)
    # The first start follows the organisation's language, else the system's; later the
    # user's own choice.
    languages.apply(settings.language or presets.language or system_language())
    window = MainWindow(settings_store, settings, prompts, languages=languages, presets=presets)
    if settings_store.problem:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "The settings file could not be read; default settings are used."
            ),
            15_000,
        )
    return window


def create_main_window(services: GuiServices) -> MainWindow:
    """The whole window at once, over services already open (tests, and a restart)."""
    window = create_frame(services.settings_store, services.prompts, services.presets)
    window.attach(
        services.services,
        plan_pages(),
        presets=services.presets,
        presets_problems=services.presets_problems,
    )
    return window


def window_icon() -> QIcon:
    """The program's icon in every rendered size, so the title bar and task bar pick sharp ones."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("ledarplan-*.png")):
        icon.addFile(str(png))
    return icon


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.windowIcon().isNull():
        app.setWindowIcon(window_icon())
    return app


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class FileOpenEvents(QObject):
    """macOS hands a double-clicked document to the running program as an event, not as an
    argument."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None):
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self._open_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


class DailyBackup(QObject):
    """Today's backup (made at the first start of each day), made on a thread of its own once
    the window is up: copying a large database used to hold the window back. The copy reads
    through SQLite connections of its own, as every backup does, while the window goes on
    using the database; `wait` lets the program finish it before it exits."""

    #: The backup could not be made: why, in the user's language.
    failed = Signal(str)
    #: The backup folder could not take today's copy (said once, not at every start).
    folder_failed = Signal(str)

    def __init__(
        self,
        maintenance: MaintenanceService,
        keep: int,
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
        settings_store: SettingsStore | None = None,
    ):
        super().__init__(parent)
        self._maintenance = maintenance
        self._keep = keep
        self._folder = folder
        self._settings_store = settings_store
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._make, name="daily-backup")
        self._thread.start()

    def _make(self) -> None:
        try:
            self._maintenance.rotate_daily(keep=self._keep)
        except DomainError as exc:  # a full disk, a read-only folder …: said, not fatal
            log.warning("the daily backup could not be made (%s)", type(exc).__name__)
            self.failed.emit(describe(exc))
            return
        if self._folder is not None and self._settings_store is not None:
            from ledarplan.services.maintenance import copy_to_backup_folder  # noqa: PLC0415

            problem = copy_to_backup_folder(
                self._maintenance, self._folder, self._settings_store, self._keep
            )
            if problem is not None:
                log.warning("the backup folder could not take today's backup (%s)", problem.kind)
                self.folder_failed.emit(describe(problem))

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()


def moved_text(note: Any) -> str:
    """Where the data was moved (app.MoveNote), in the user's language."""
    if note.problem is not None:
        template = QCoreApplication.translate(
            "Startup",
            "Your data could not be moved from %1 to this computer's own disk (%3). It is used "
            "where it is this time, and moved at a later start.",
        )
    else:
        template = QCoreApplication.translate(
            "Startup",
            "Your plans are now kept on this computer's own disk, in %2. They were in %1, "
            "which is copied to a server and back at every log-on; a database there can be "
            "put back to an older copy.",
        )
    return (
        template.replace("%1", str(note.source))
        .replace("%2", str(note.target))
        .replace("%3", note.problem or "")
    )


def _folder_title() -> str:
    return QCoreApplication.translate("BackupsDialog", "The backup folder could not be used")


def _say_backup_failed(window: MainWindow, why: str) -> None:
    title = QCoreApplication.translate("BackupsDialog", "No backup could be made")
    flat = " ".join(line for line in why.splitlines() if line)  # the status bar has one line
    window.statusBar().showMessage(f"{title}: {flat}", 30_000)


@dataclass
class Startup:
    """What the window is started with: its frame's parts at once, the data later."""

    settings_store: SettingsStore
    #: The organisation's presets as read (checked against the models once they are loaded).
    presets: Presets
    #: Opens the data; runs on a thread of its own once the frame is painted. Raises what
    #: opening raises (a damaged database …).
    open_data: Callable[[], GuiServices]
    #: On the window's thread, when `open_data` raised: the data after a recovery the user
    #: agreed to, or None when the program cannot go on (the user has been told why).
    recover: Callable[[BaseException], GuiServices | None]
    #: On the window's thread, once the data is open, before the window shows it (a new
    #: computer is offered the backup in the backup folder).
    opened: Callable[[GuiServices], None] = lambda _data: None
    prompts: Prompts = field(default_factory=Prompts)
    notices: list[Any] = field(default_factory=list)


class Opening(QObject):
    """Runs `open_data` on a thread of its own; says the outcome on the window's thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, open_data: Callable[[], GuiServices], parent: QObject | None = None):
        super().__init__(parent)
        self._open_data = open_data
        self._thread: threading.Thread | None = None
        #: The data once opened (also when the window closed before it was shown).
        self.result: GuiServices | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._open, name="opening")
        self._thread.start()

    def _open(self) -> None:
        try:
            opened = self._open_data()
        except BaseException as exc:  # said on the window's thread, which decides
            self.failed.emit(exc)
            return
        self.result = opened
        self.done.emit(opened)

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()


class FirstPaint(QObject):
    """Calls `then` once the window has been painted the first time."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            # After this paint (and its children's) is done, not in the middle of it.
            QTimer.singleShot(0, then)
        return super().eventFilter(watched, event)


def run(
    startup: Startup,
    *,
    exit_when_ready: bool = False,
    single_instance: SingleInstance | None = None,
    open_file: Path | None = None,
    report_start: Callable[[str], None] | None = None,
) -> int:
    """Shows the frame, opens the data after the first paint, then fills the window in.
    `report_start` is told "painted" and "ready" as they happen (benchmarks)."""
    app = application()
    app.setApplicationName("ledarplan")
    app.setApplicationDisplayName("ledarplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ledarplan")
    window = create_frame(startup.settings_store, startup.prompts, startup.presets)
    if single_instance is not None:
        single_instance.activation_requested.connect(lambda: bring_to_front(window))
        single_instance.open_requested.connect(lambda path: window.open_plan_file(Path(path)))
    file_open_events = FileOpenEvents(window.open_plan_file, window)
    app.installEventFilter(file_open_events)
    opening = Opening(startup.open_data, window)
    state: dict[str, Any] = {}

    def show_data(data: GuiServices) -> None:
        state["data"] = data
        startup.opened(data)
        window.attach(
            data.services,
            plan_pages(),
            presets=data.presets,
            presets_problems=data.presets_problems,
        )
        if open_file is not None:
            window.open_plan_file(open_file)
        for notice in [*startup.notices, *data.notices]:
            QTimer.singleShot(
                0, partial(startup.prompts.information, window, "ledarplan", moved_text(notice))
            )
        state["backup"] = _start_daily_backup(data, window, startup.prompts)
        if report_start is not None:
            QTimer.singleShot(0, lambda: report_start("ready"))
        if exit_when_ready:
            # Zero timers fire once the event loop has handled what attach queued.
            QTimer.singleShot(0, lambda: app.exit(0 if window.isVisible() else 1))

    def failed(exc: BaseException) -> None:
        data = startup.recover(exc)
        if data is None:
            app.exit(EXIT_CANNOT_START)
            return
        show_data(data)

    opening.done.connect(show_data)
    opening.failed.connect(failed)

    def painted() -> None:
        if report_start is not None:
            report_start("painted")
        opening.start()

    FirstPaint(window, painted)
    window.show()
    try:
        return app.exec()
    finally:
        opening.wait()  # a window closed while the data was being opened: let it finish
        if "backup" in state:
            state["backup"].wait()
        data = state.get("data") or opening.result
        if data is not None:
            data.services.close()
        _dispose(app, window, file_open_events)


def _dispose(app: QApplication, window: MainWindow, file_open_events: QObject) -> None:
    """One run, one window: nothing of it is left to a next run in the same process."""
    app.removeEventFilter(file_open_events)
    window.hide()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start_daily_backup(data: GuiServices, window: MainWindow, prompts: Prompts) -> DailyBackup:
    from ledarplan.services.maintenance import backup_folder_of  # noqa: PLC0415

    settings = data.settings_store.load()
    backup = DailyBackup(
        data.services.maintenance,
        settings.backups_to_keep,
        window,
        folder=backup_folder_of(settings, data.presets.backup_folder),
        settings_store=data.settings_store,
    )
    backup.failed.connect(lambda why: _say_backup_failed(window, why))
    backup.folder_failed.connect(lambda why: prompts.warning(window, _folder_title(), why))
    QTimer.singleShot(0, backup.start)
    return backup
