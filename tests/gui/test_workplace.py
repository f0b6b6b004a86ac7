"""The municipal workplace at start: a network folder refused in a window, a new PC offered
its backup, the plans open on another computer said, the data moved once, a missing backup
folder told once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ledarplan import app, filesystems
from ledarplan import paths as paths_module
from ledarplan.filesystems import Kind, Location
from ledarplan.gui import application as application_module
from ledarplan.gui.application import DailyBackup
from ledarplan.paths import AppPaths
from ledarplan.settings import SettingsStore
from tests.workplace.test_folder_lock import lock_from

pytestmark = pytest.mark.gui


def test_a_network_data_folder_is_refused_in_a_window(dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(
        filesystems, "classify", lambda path: Location(Kind.NETWORK, "cifs mount of //fil01/home$")
    )
    folder = tmp_path / "H" / "ledarplan"
    assert app.main(["--data-dir", str(folder)]) == application_module.EXIT_CANNOT_START
    [(kind, title, text)] = dialogs
    assert (kind, title) == ("critical", "ledarplan cannot start")
    assert "Your data folder is on a network share (cifs mount of //fil01/home$)" in text
    assert "File → Backups" in text
    assert not (folder / "ledarplan.sqlite3").exists()


def test_a_new_computer_is_offered_the_newest_backup_in_the_backup_folder(
    dialogs, tmp_path, capsys, monkeypatch
):
    old_pc, home = tmp_path / "old pc", tmp_path / "H"
    assert app.main(["--data-dir", str(old_pc), "demo"]) == 0
    home.mkdir()
    backup = home / "ledarplan-daily-20270101.sqlite3"
    assert app.main(["--data-dir", str(old_pc), "backup", "--out", str(backup)]) == 0
    # On the new PC nothing of the user's is there yet: the organisation's presets name the
    # backup folder (the home drive).
    presets = tmp_path / "organisation.toml"
    presets.write_text(f"backup_folder = '{home}'\n", encoding="utf-8")
    monkeypatch.setenv("LEDARPLAN_PRESETS", str(presets))
    new_pc = tmp_path / "new pc"
    capsys.readouterr()

    assert app.main(["--data-dir", str(new_pc), "--exit-when-ready"]) == 0
    [(kind, title, text)] = dialogs
    assert (kind, title) == ("question", "Start from your backup?")
    assert str(backup) in text
    assert app.main(["--data-dir", str(new_pc), "plans", "list"]) == 0
    assert "Mette Kjær Sørensen" in capsys.readouterr().out


def test_plans_open_on_another_computer_are_said_and_not_opened_twice(
    dialogs,
    tmp_path,
    monkeypatch,
    capsys,
):
    data_dir = tmp_path / "data"
    assert app.main(["--data-dir", str(data_dir), "demo"]) == 0
    lock_from(data_dir, "RDS-03")
    asked = []

    def answer(box, choose):
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == choose)

    monkeypatch.setattr(application_module, "ask_box", lambda box: answer(box, "Close"))
    assert app.main(["--data-dir", str(data_dir), "--exit-when-ready"]) == 0
    assert "ledarplan is open with your plans on RDS-03 (since" in asked[0]
    assert "RDS-03" in (data_dir / "ledarplan.lock").read_text(encoding="utf-8")  # left alone

    monkeypatch.setattr(application_module, "ask_box", lambda box: answer(box, "Open here anyway"))
    assert app.main(["--data-dir", str(data_dir), "--exit-when-ready"]) == 0
    assert len(asked) == 2


def test_data_in_the_roaming_profile_is_moved_and_the_user_told_where(
    dialogs,
    tmp_path,
    monkeypatch,
    capsys,
):
    roaming, local = tmp_path / "Roaming" / "ledarplan", tmp_path / "Local" / "ledarplan"
    assert app.main(["--data-dir", str(roaming), "demo"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("LEDARPLAN_DATA_DIR", raising=False)
    monkeypatch.setattr(paths_module, "local_data_dir", lambda: local)
    monkeypatch.setattr(app, "roaming_data_dir", lambda: roaming)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))

    assert app.main(["--exit-when-ready"]) == 0
    [text] = told
    assert f"Your plans are now kept on this computer's own disk, in {local}" in text
    assert not (roaming / "ledarplan.sqlite3").exists()
    assert app.main(["--data-dir", str(local), "plans", "list"]) == 0
    assert "Mette Kjær Sørensen" in capsys.readouterr().out


def test_a_missing_backup_folder_is_told_once(qtbot, services, tmp_path):
    paths = AppPaths(tmp_path / "store")
    store = SettingsStore(paths.settings_file)
    services.maintenance.rotate_daily(today=date(2027, 1, 4))
    missing = tmp_path / "H is not connected"

    first = DailyBackup(services.maintenance, 3, folder=missing, settings_store=store)
    with qtbot.waitSignal(first.folder_failed, timeout=10_000) as told:
        first.start()
    first.wait()
    assert "The backup folder is not there (is the drive connected?)" in told.args[0]
    assert str(missing) in told.args[0]

    second = DailyBackup(services.maintenance, 3, folder=missing, settings_store=store)
    with qtbot.assertNotEmitted(second.folder_failed, wait=300):
        second.start()
        second.wait()
    assert Path(missing).exists() is False
