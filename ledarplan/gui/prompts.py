"""Every message box and file picker goes through here, so tests answer them instead of Qt.

Tests replace the `Prompts` object given to the window; nothing patches Qt globally.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from ledarplan.settings import SettingsStore

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class Prompts:
    def __init__(self) -> None:
        #: Where what the user chose is remembered across starts (the settings file); without
        #: it (a dialog used alone), only while the program runs.
        self._store: SettingsStore | None = None
        self._kept: dict[str, str | None] = {"last_folder": None, "own_name": None}

    def remember_in(self, store: SettingsStore) -> None:
        """Remembers in (and recalls from) the settings file from now on."""
        self._store = store
        self._kept = dict.fromkeys(self._kept)

    def _recalled(self, key: str) -> str | None:
        kept = self._kept[key]
        if kept is None and self._store is not None:
            return getattr(self._store.load(), key)
        return kept

    def _keep(self, key: str, value: str) -> None:
        self._kept[key] = value
        if self._store is not None:
            try:
                self._store.update(**{key: value})
            except (OSError, ValueError) as exc:  # a full disk: remembered for this run only
                log.warning("could not remember the %s in the settings: %s", key, exc)

    def start_folder(self) -> Path:
        """Where file dialogs start: the folder the user last chose (remembered across starts),
        else Documents; never the folder the program happened to be started from."""
        folder = self._recalled("last_folder")
        if folder and Path(folder).is_dir():
            return Path(folder)
        return documents_folder()

    def _remember(self, chosen: Path, *, is_folder: bool = False) -> Path:
        self._keep("last_folder", str(chosen if is_folder else chosen.parent))
        return chosen

    def own_name(self) -> str:
        """The name the user last gave as their own ("" before the first time)."""
        return self._recalled("own_name") or ""

    def ask_own_name(
        self, parent: QWidget | None, title: str, label: str, fallback: str = ""
    ) -> str | None:
        """Asks for the user's own name (to sign), offering the one they gave last time, else
        `fallback`; remembers the answer for the next time."""
        name = self.ask_text(parent, title, label, self.own_name() or fallback)
        if name and name.strip():
            self._keep("own_name", name.strip())
        return name

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
        chosen = QFileDialog.getExistingDirectory(parent, title, str(self.start_folder()))
        return self._remember(Path(chosen), is_folder=True) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(self.start_folder()), filters)
        return self._remember(Path(name)) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        """Several files at once (none: the user cancelled)."""
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(self.start_folder()), filters)
        if names:
            self._remember(Path(names[0]))
        return [Path(name) for name in names]

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        """`suggested` is a file name, offered in the last folder used (or Documents), or a
        whole path where the file belongs in one place (a model pack in the models folder)."""
        start = Path(suggested)
        if not start.is_absolute():
            start = self.start_folder() / start
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
        return self._remember(Path(name)) if name else None
