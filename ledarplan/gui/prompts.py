"""Every message box and file picker goes through here, so tests answer them instead of Qt.

Tests replace the `Prompts` object given to the window; nothing patches Qt globally.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Prompts:
    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        if details:
            box.setDetailedText(details)
        box.exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def about(self, parent: QWidget | None, title: str, html: str) -> None:
        from ledarplan.gui.about import AboutDialog  # noqa: PLC0415 - rarely opened

        AboutDialog(title, html, parent).exec()

    def confirm_destructive(
        self, parent: QWidget | None, title: str, text: str, action: str
    ) -> bool:
        """Asks before something that cannot be undone; the safe answer is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        do_it = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is do_it

    def ask_text(
        self, parent: QWidget | None, title: str, label: str, text: str = ""
    ) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def ask_passphrase(
        self, parent: QWidget | None, title: str, label: str, confirm: bool
    ) -> str | None:
        """A passphrase typed unseen; with `confirm`, typed twice until both agree."""
        password = QLineEdit.EchoMode.Password
        while True:
            first, ok = QInputDialog.getText(parent, title, label, password)
            if not ok:
                return None
            if not confirm:
                return first
            again, ok = QInputDialog.getText(
                parent,
                title,
                QCoreApplication.translate("Prompts", "Type the same passphrase again:"),
                password,
            )
            if not ok:
                return None
            if again == first:
                return first
            self.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "Prompts", "The two passphrases differ. Please type them again."
                ),
            )

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title)
        return Path(chosen) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(name) for name in names]

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None
