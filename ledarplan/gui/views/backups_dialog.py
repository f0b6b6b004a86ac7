"""Backups: see them (beside the data and in the backup folder), make one now, choose the
backup folder, put one back in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledarplan.domain.errors import DomainError
from ledarplan.gui.error_text import describe
from ledarplan.gui.events import DataEvents
from ledarplan.gui.models.backup_table import (
    COL_KIND,
    COL_SIZE,
    COL_WHEN,
    BackupTableModel,
    PathRole,
)
from ledarplan.gui.prompts import Prompts
from ledarplan.services.container import Services
from ledarplan.services.maintenance import backup_folder_of
from ledarplan.settings import SettingsStore


class BackupsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        settings_store: SettingsStore | None = None,
        presets_folder: Path | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self._services = services
        self._events = events
        self._prompts = prompts
        self._data_dir = data_dir
        self._settings_store = settings_store
        self._presets_folder = presets_folder
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
        )
        self.restore_file_button = QPushButton()
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        folder_row = self._build_folder_row()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if settings_store is not None:
            layout.addLayout(folder_row)
        layout.addWidget(close)
        self.resize(640, 460)
        self.retranslate()
        self.reload()

    def _build_folder_row(self) -> QHBoxLayout:
        """The second place for the daily backups: the home drive IT backs up, a USB stick."""
        self.backup_folder_label = QLabel()
        self.backup_folder_label.setWordWrap(True)
        self.backup_folder_label.setObjectName("backupFolder")
        self.choose_folder_button = QPushButton()
        self.choose_folder_button.clicked.connect(self.choose_backup_folder)
        self.clear_folder_button = QPushButton()
        self.clear_folder_button.clicked.connect(lambda: self._set_backup_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.backup_folder_label, 1)
        row.addWidget(self.choose_folder_button)
        row.addWidget(self.clear_folder_button)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "A backup is made at the first start of each day, before every upgrade and "
                "before a restore. Your data is in %1."
            ).replace("%1", str(self._data_dir))
        )
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore the selected backup…"))
        self.folder_button.setText(self.tr("Open the data &folder"))
        self.restore_file_button.setText(self.tr("Restore &from a file…"))
        self.choose_folder_button.setText(self.tr("&Choose backup folder…"))
        self.clear_folder_button.setText(self.tr("Do&n't copy"))
        self.model.set_texts(
            [self.tr("When"), self.tr("Kind"), self.tr("Size")],
            {
                "daily": self.tr("Daily"),
                "manual": self.tr("Made by hand"),
                "before-migration": self.tr("Before an upgrade"),
                "before-restore": self.tr("Before a restore"),
                "before-replace": self.tr("Before an import replaced a plan"),
            },
            self.tr("%1 (in the backup folder)"),
        )
        self._show_backup_folder()

    def backup_folder(self) -> Path | None:
        if self._settings_store is None:
            return None
        return backup_folder_of(self._settings_store.load(), self._presets_folder)

    def _show_backup_folder(self) -> None:
        folder = self.backup_folder()
        if folder is None:
            text = self.tr(
                "Each daily backup can also be copied to a second place, such as your home "
                "drive (which IT backs up) or a USB stick, so that a lost or broken computer "
                "does not take the backups with it."
            )
        else:
            text = self.tr("Each daily backup is also copied to: %1").replace("%1", str(folder))
        self.backup_folder_label.setText(text)
        self.clear_folder_button.setEnabled(self._user_folder() is not None)

    def _user_folder(self) -> str | None:
        return self._settings_store.load().backup_folder if self._settings_store else None

    def choose_backup_folder(self) -> None:
        chosen = self._prompts.choose_folder(self, self.tr("Choose the backup folder"))
        if chosen is not None:
            self._set_backup_folder(chosen)

    def _set_backup_folder(self, folder: Path | None) -> None:
        if self._settings_store is None:
            return
        settings = self._settings_store.load()
        self._settings_store.save(
            settings.changed(
                backup_folder=str(folder) if folder else None,
                backup_folder_told=None,
            )
        )
        self._show_backup_folder()
        self.reload()

    def restore_from_file(self) -> None:
        path = self._prompts.open_file(
            self,
            self.tr("Restore from a backup file"),
            self.tr("ledarplan backups (*.sqlite3);;All files (*)"),
        )
        if path is not None:
            self._restore(path, path.name)

    def reload(self) -> None:
        self.model.set_rows(self._services.maintenance.list_backups(self.backup_folder()))
        if self.model.rowCount():
            self.table.selectRow(0)

    def back_up_now(self) -> None:
        try:
            self._services.maintenance.backup()
        except DomainError as exc:  # e.g. the disk is full: say so, keep the list as it is
            self._prompts.error(self, self.tr("No backup could be made"), describe(exc))
            return
        self.reload()

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        path = index.siblingAtColumn(0).data(PathRole) if index.isValid() else None
        if not path:
            return
        self._restore(Path(path), index.siblingAtColumn(COL_WHEN).data())

    def _restore(self, path: Path, when: str) -> None:
        sure = self._prompts.confirm_destructive(
            self,
            self.tr("Restore the backup?"),
            self.tr(
                "Everything will be as it was on %1. What you have done since is kept in a "
                "new backup, so it is not lost."
            ).replace("%1", when),
            self.tr("Restore"),
        )
        if not sure:
            return
        try:
            self._services.maintenance.restore(Path(path))
        except DomainError as exc:
            self._prompts.error(self, self.tr("The backup could not be restored"), describe(exc))
            return
        self._events.people_changed.emit()
        self.reload()
