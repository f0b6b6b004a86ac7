"""Backups: see them, make one now, put one back in place."""

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


class BackupsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        events: DataEvents,
        prompts: Prompts,
        data_dir: Path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self._services = services
        self._events = events
        self._prompts = prompts
        self._data_dir = data_dir
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
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 460)
        self.retranslate()
        self.reload()

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
        self.model.set_texts(
            [self.tr("When"), self.tr("Kind"), self.tr("Size")],
            {
                "daily": self.tr("Daily"),
                "manual": self.tr("Made by hand"),
                "before-migration": self.tr("Before an upgrade"),
                "before-restore": self.tr("Before a restore"),
                "before-replace": self.tr("Before an import replaced a plan"),
            },
        )

    def reload(self) -> None:
        self.model.set_rows(self._services.maintenance.list_backups())
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
        when = index.siblingAtColumn(COL_WHEN).data()
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
