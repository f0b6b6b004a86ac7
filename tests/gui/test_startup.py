"""What a leader sees when the program cannot simply open: in a window, in their language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ledarplan import app
from ledarplan.gui import application as application_module

pytestmark = pytest.mark.gui


def test_a_data_folder_that_cannot_be_made_is_shown_in_a_window(dialogs, tmp_path, capsys):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    folder = blocker / "ledarplan"

    assert app.main(["--data-dir", str(folder)]) == application_module.EXIT_CANNOT_START

    [(kind, title, text)] = dialogs
    assert (kind, title) == ("critical", "ledarplan cannot start")
    assert f"Folder: {folder}" in text
    assert "Not a directory" in text
    assert "--data-dir" in text
    assert not blocker.read_text()  # nothing written in its place
    assert capsys.readouterr().err.startswith(f"ledarplan: cannot create {folder} (")


def test_the_data_folder_message_is_in_the_users_language(dialogs, tmp_path):
    application_module.show_unusable_data_dir(tmp_path / "mappe", "Permission denied", "da")
    [(_, title, text)] = dialogs
    assert title == "ledarplan kan ikke starte"
    assert f"Mappe: {tmp_path / 'mappe'}" in text
    assert "Permission denied" in text


def damage(database: Path) -> bytes:
    data = bytearray(database.read_bytes())
    data[8192:16384] = b"\x00\xff" * 4096
    database.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_offers_the_latest_backup_and_opens_it(dialogs, tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert app.main(["--data-dir", str(data_dir), "demo"]) == 0  # also today's daily backup
    database = data_dir / "ledarplan.sqlite3"
    damaged = damage(database)
    capsys.readouterr()

    assert app.main(["--data-dir", str(data_dir), "--exit-when-ready"]) == 0

    [(kind, title, text)] = dialogs
    assert (kind, title) == ("question", "Your data could not be opened")
    assert "the database is damaged" in text
    assert "Put it in place of the damaged file?" in text
    [kept] = data_dir.glob("ledarplan.sqlite3.damaged-*[0-9]")
    assert kept.read_bytes() == damaged
    assert app.main(["--data-dir", str(data_dir), "check"]) == 0
    assert "all is well" in capsys.readouterr().out


def test_declining_the_backup_leaves_the_damaged_file_and_says_so(dialogs, tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert app.main(["--data-dir", str(data_dir), "demo"]) == 0
    damaged = damage(data_dir / "ledarplan.sqlite3")

    shown = dialogs
    shown.answer = QMessageBox.StandardButton.No
    assert app.main(["--data-dir", str(data_dir)]) == application_module.EXIT_CANNOT_START

    assert [kind for kind, _, _ in shown] == ["question", "critical"]
    assert "Nothing has been changed" in shown[1][2]
    assert (data_dir / "ledarplan.sqlite3").read_bytes() == damaged
    assert not list(data_dir.glob("*.damaged-*"))
