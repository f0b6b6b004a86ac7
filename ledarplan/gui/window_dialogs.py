"""The dialogs the main window's menus open that are neither a plan's nor a desk's: the
backups, moving local plans into the organisation's database, HR's model from a spreadsheet,
and About. Each is built when asked for (most are rarely opened) and run through
`MainWindow.show_dialog`, which tests replace to drive a dialog without exec.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ledarplan.paths import local_data_dir

if TYPE_CHECKING:
    from ledarplan.gui.main_window import MainWindow


class WindowDialogs(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window

    def _flushed(self) -> None:
        """What was typed is saved first: the dialog works on stored data."""
        if self._window.ready:
            self._window.workspace.flush()

    def move_in(self) -> None:
        from ledarplan.gui.views.move_in_dialog import MoveInDialog  # noqa: PLC0415

        self._flushed()
        window = self._window
        dialog = MoveInDialog(
            window._services.moving_in, window._prompts, self.local_data_folder(), window
        )
        dialog.moved.connect(window.events.people_changed.emit)
        window.show_dialog(dialog)

    def local_data_folder(self) -> Path | None:
        """This user's local data folder, when it holds plans (the window's own data folder,
        else the platform's usual place)."""
        for folder in (self._window._settings_store.path.parent, local_data_dir()):
            if (folder / "ledarplan.sqlite3").is_file():
                return folder
        return None

    def backups(self) -> None:
        from ledarplan.gui.views.backups_dialog import BackupsDialog  # noqa: PLC0415

        self._flushed()
        window = self._window
        services = window._services
        if services.maintenance.backed_up_by_it:
            window._prompts.information(
                window,
                # The window's own context: these texts were the window's, translated there.
                QCoreApplication.translate("MainWindow", "Backups"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Your plans are kept in your organisation's database, which IT backs up "
                    "with PostgreSQL's own tools (pg_dump, continuous archiving). ledarplan "
                    "makes no copies of it and restores none: ask IT if you need an earlier "
                    "state of a plan.",
                ),
            )
            return
        dialog = BackupsDialog(
            services,
            window.events,
            window._prompts,
            services.maintenance.database_file.parent,
            window,
            settings_store=window._settings_store,
            presets_folder=window._presets.backup_folder,
        )
        window.show_dialog(dialog)

    def model_from_sheet(self) -> None:
        # HR's converter (views/model_from_sheet.py): rarely opened, so imported when asked for.
        from ledarplan.gui.views.model_from_sheet import ModelFromSheetDialog  # noqa: PLC0415

        window = self._window
        data_dir = window._settings_store.path.parent
        dialog = ModelFromSheetDialog(
            window._catalog, window._prompts, data_dir, window.language(), window
        )
        dialog.model_added.connect(window.models_changed)
        window.show_dialog(dialog)

    def about(self) -> None:
        from ledarplan.gui.about import about_html  # noqa: PLC0415 - rarely opened

        window = self._window
        html = about_html(window._catalog, window._settings_store.path.parent, window._presets)
        title = QCoreApplication.translate("MainWindow", "About ledarplan")
        window._prompts.about(window, title, html)
