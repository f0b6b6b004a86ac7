"""The one-time move from the roaming profile to the local disk: checked, and safe to cut off."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from ledarplan.storage import moving
from ledarplan.storage.database import open_database
from ledarplan.storage.moving import DATABASE, MARKER, move_data_folder, move_needed


def check(database) -> None:
    """What the program does with the copy: opens it (checks and migrates), then lets go."""
    open_database(database, database.parent / "backups").dispose()


def people(database) -> list[str]:
    with closing(sqlite3.connect(database)) as db:
        return [row[0] for row in db.execute("SELECT name FROM person ORDER BY name")]


@pytest.fixture
def roaming(tmp_path):
    """A roaming data folder as version 0.1 left it: database, settings, a pack, backups."""
    folder = tmp_path / "AppData" / "Roaming" / "ledarplan"
    database = open_database(folder / DATABASE, folder / "backups")
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO person VALUES ('p1', 'Åsa Ørsted', '', '', '', 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    database.dispose()
    (folder / "settings.json").write_text('{"format": 1, "language": "da"}', encoding="utf-8")
    (folder / "frameworks").mkdir()
    (folder / "frameworks" / "vores.yaml").write_text("id: vores\n", encoding="utf-8")
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "daily-20261201.sqlite3").write_bytes(b"a backup")
    return folder


def test_the_data_moves_to_the_local_disk_whole(tmp_path, roaming):
    local = tmp_path / "AppData" / "Local" / "ledarplan"
    moved = move_data_folder(roaming, local, check)
    assert moved is not None and (moved.source, moved.target) == (roaming, local)
    assert people(local / DATABASE) == ["Åsa Ørsted"]
    assert (local / "settings.json").read_text(encoding="utf-8").endswith('"da"}')
    assert (local / "frameworks" / "vores.yaml").is_file()
    assert (local / "backups" / "daily-20261201.sqlite3").read_bytes() == b"a backup"
    assert not (roaming / DATABASE).exists() and not (roaming / "backups").exists()
    assert not (local / MARKER).exists()
    assert move_data_folder(roaming, local, check) is None  # once


def test_nothing_is_moved_when_there_is_nothing_or_the_new_place_has_data(tmp_path, roaming):
    assert move_data_folder(tmp_path / "nothing here", tmp_path / "local", check) is None
    local = tmp_path / "local with data"
    open_database(local / DATABASE).dispose()
    assert not move_needed(roaming, local)
    assert move_data_folder(roaming, local, check) is None
    assert people(roaming / DATABASE) == ["Åsa Ørsted"]  # left as it was
    assert move_data_folder(roaming, roaming, check) is None


def test_cut_off_after_the_copy_the_next_start_finishes(tmp_path, roaming, monkeypatch):
    local = tmp_path / "local"
    real = moving._remove_database

    def power_cut(folder):
        raise KeyboardInterrupt  # the user logs off while the old files are being removed

    monkeypatch.setattr(moving, "_remove_database", power_cut)
    with pytest.raises(KeyboardInterrupt):
        move_data_folder(roaming, local, check)
    assert people(roaming / DATABASE) == ["Åsa Ørsted"]  # nothing lost
    assert (local / MARKER).exists()

    monkeypatch.setattr(moving, "_remove_database", real)
    assert move_data_folder(roaming, local, check) is not None
    assert people(local / DATABASE) == ["Åsa Ørsted"]
    assert not (roaming / DATABASE).exists() and not (local / MARKER).exists()


def test_a_copy_cut_off_half_way_is_made_again_from_the_original(tmp_path, roaming):
    local = tmp_path / "local"
    local.mkdir()
    (local / MARKER).write_text('{"from": "…"}', encoding="utf-8")
    (local / DATABASE).write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # half a copy
    assert move_data_folder(roaming, local, check) is not None
    assert people(local / DATABASE) == ["Åsa Ørsted"]


def test_a_copy_that_does_not_open_leaves_the_original_alone(tmp_path, roaming):
    local = tmp_path / "local"

    def refuses(database):
        raise RuntimeError("the copy is not whole")

    with pytest.raises(RuntimeError):
        move_data_folder(roaming, local, refuses)
    assert people(roaming / DATABASE) == ["Åsa Ørsted"]
    assert (roaming / "backups" / "daily-20261201.sqlite3").exists()
    assert (local / MARKER).exists()  # the next start tries again
    assert move_data_folder(roaming, local, check) is not None
