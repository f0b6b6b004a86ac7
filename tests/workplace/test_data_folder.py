"""Where the data may be: the local disk, not a network share or a synced folder (unless the
organisation allows it), and a second place for the daily backups."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from ledarplan import filesystems
from ledarplan.app import main, open_services
from ledarplan.filesystems import Kind, Location
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.presets import Presets
from ledarplan.services.errors import UnsafeFolderError
from ledarplan.services.maintenance import (
    BackupFolderError,
    copy_to_backup_folder,
    newest_in_folder,
)
from ledarplan.settings import Settings, SettingsStore
from tests.storage.test_environment_faults import mounts  # noqa: F401 - a fixture

CIFS = Location(Kind.NETWORK, "cifs mount of //fil01/home$/asa at /home/asa/H")


@pytest.fixture(scope="module")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())


def journal_mode(database: Path) -> str:
    with closing(sqlite3.connect(database)) as db:
        return db.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_data_folder_on_a_network_share_is_refused_and_the_safe_place_named(
    tmp_path, monkeypatch, catalog
):
    monkeypatch.setattr(filesystems, "classify", lambda path: CIFS)
    paths = AppPaths(tmp_path / "H" / "ledarplan")
    with pytest.raises(UnsafeFolderError) as info:
        open_services(paths, catalog)
    message = str(info.value)
    assert "on a network share (cifs mount of //fil01/home$/asa" in message
    assert "the usual place is" in message and "allow_network_data_folder" in message
    assert not paths.database_file.exists()  # nothing was made there


def test_the_command_line_refuses_it_too(tmp_path, monkeypatch, capsys):
    synced = Location(Kind.SYNCED, "OneDrive folder /home/asa/OneDrive - Kommunen")
    monkeypatch.setattr(filesystems, "classify", lambda path: synced)
    code = main(["--data-dir", str(tmp_path / "OneDrive"), "plans", "list"])
    assert code == 3
    assert "in a synced folder (OneDrive folder" in capsys.readouterr().err


def test_an_organisation_may_allow_it_then_no_wal_and_a_warning_in_the_log(
    tmp_path, monkeypatch, catalog, caplog
):
    monkeypatch.setattr(filesystems, "classify", lambda path: CIFS)
    paths = AppPaths(tmp_path / "H" / "ledarplan")
    with caplog.at_level(logging.WARNING, logger="ledarplan.app"):
        services = open_services(paths, catalog, Presets(allow_network_data_folder=True))
    try:
        services.people.create("Åsa Ørsted")
    finally:
        services.close()
    assert journal_mode(paths.database_file) == "delete"
    assert not Path(f"{paths.database_file}-wal").exists()
    assert "opened without WAL" in caplog.text


def test_on_the_local_disk_the_database_uses_wal(tmp_path, catalog):
    paths = AppPaths(tmp_path / "local")
    open_services(paths, catalog).close()
    assert journal_mode(paths.database_file) == "wal"


# --- the backup folder ---------------------------------------------------------------------


def start(paths: AppPaths, catalog, folder: Path | None, day: date | None = None, said=None):
    """A start of the program: the day's backup, also into the backup folder."""
    services = open_services(paths, catalog, Presets(backup_folder=folder), daily_backup=False)
    try:
        services.maintenance.rotate_daily(today=day)
        if folder is not None:
            problem = copy_to_backup_folder(
                services.maintenance, folder, SettingsStore(paths.settings_file), keep=3
            )
            if problem is not None and said is not None:
                said.append(problem)
    finally:
        services.close()


def test_each_daily_backup_is_also_copied_to_the_backup_folder_and_rotated(tmp_path, catalog):
    paths, home = AppPaths(tmp_path / "local"), tmp_path / "H"
    home.mkdir()
    for day in range(1, 6):
        start(paths, catalog, home, date(2027, 1, day))
    copies = sorted(p.name for p in home.iterdir())
    assert copies == [f"ledarplan-daily-202701{d:02d}.sqlite3" for d in (3, 4, 5)]
    assert not list(home.glob(".*part"))  # no temporary file is left behind
    assert (home / copies[-1]).read_bytes() == (
        paths.backups_dir / "daily-20270105.sqlite3"
    ).read_bytes()


def test_a_missing_backup_folder_is_told_once_and_the_local_backup_made(tmp_path, catalog):
    paths, home, said = AppPaths(tmp_path / "local"), tmp_path / "H", []
    start(paths, catalog, home, date(2027, 1, 1), said)
    start(paths, catalog, home, date(2027, 1, 2), said)
    assert [p.kind for p in said] == ["missing"]  # told at the first start only
    assert (paths.backups_dir / "daily-20270102.sqlite3").exists()
    home.mkdir()  # the drive is back: the newest backup goes there at the next start
    start(paths, catalog, home, date(2027, 1, 2), said)
    assert (home / "ledarplan-daily-20270102.sqlite3").exists()
    shutil.rmtree(home)
    start(paths, catalog, home, date(2027, 1, 3), said)  # away again: told again
    assert [p.kind for p in said] == ["missing", "missing"]
    assert SettingsStore(paths.settings_file).load().backup_folder_told is not None


def test_a_read_only_or_full_backup_folder_is_told_and_the_local_backup_made(
    tmp_path,
    catalog,
    mounts,  # noqa: F811 - the fixture imported above
):
    paths, said = AppPaths(tmp_path / "local"), []
    stick = mounts.disk("64k", "usb")
    start(paths, catalog, stick, date(2027, 1, 1), said)  # a backup is larger than 64 kB
    assert [p.kind for p in said] == ["disk full"]
    assert not list(stick.iterdir())  # no half backup under any name
    assert (paths.backups_dir / "daily-20270101.sqlite3").exists()
    share = mounts.disk("4m", "share")
    mounts.read_only(share)
    start(paths, catalog, share, date(2027, 1, 2), said)
    assert [p.kind for p in said] == ["disk full", "read-only"]


def test_a_new_computer_finds_the_newest_good_backup_in_the_folder_and_restores_it(
    tmp_path, catalog
):
    old_pc, home = AppPaths(tmp_path / "old pc"), tmp_path / "H"
    home.mkdir()
    services = open_services(old_pc, catalog, daily_backup=False)
    services.people.create("Åsa Ørsted")
    services.close()
    start(old_pc, catalog, home, date(2027, 1, 1))
    (home / "ledarplan-daily-20270102.sqlite3").write_bytes(b"not a database")  # damaged
    newest = newest_in_folder(home)
    assert newest is not None and newest.name == "ledarplan-daily-20270101.sqlite3"

    new_pc = AppPaths(tmp_path / "new pc")
    services = open_services(new_pc, catalog, daily_backup=False)
    try:
        assert services.maintenance.list_backups(home)[0].elsewhere
        services.maintenance.restore(newest)
        assert [p.name for p in services.people.list()] == ["Åsa Ørsted"]
    finally:
        services.close()


def test_the_backup_folder_problem_has_a_kind_and_the_folder(tmp_path, catalog):
    paths = AppPaths(tmp_path / "local")
    services = open_services(paths, catalog, daily_backup=False)
    try:
        services.maintenance.rotate_daily(today=date(2027, 1, 1))
        with pytest.raises(BackupFolderError) as info:
            services.maintenance.copy_to_folder(tmp_path / "nowhere")
    finally:
        services.close()
    assert info.value.kind == "missing"
    assert str(tmp_path / "nowhere") in str(info.value)
    assert Settings().backup_folder is None
