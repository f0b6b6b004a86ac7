"""The command line when the computer gets in the way: a message naming the file or folder and
a non-zero exit instead of a traceback, and `ledarplan check` clean afterwards.

Read-only folders and full disks are small RAM disks mounted for the test (Linux, root); the
helpers live with the storage tests (tests/storage/test_environment_faults.py).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ledarplan.app import main
from ledarplan.storage import engine as engine_module

from .storage.test_environment_faults import USER_DIR, Mounts, OtherProgram, digest, fill

EXIT_INVALID = 1
EXIT_DATABASE = 3


@pytest.fixture
def mounts(tmp_path):
    made = Mounts(tmp_path)
    try:
        yield made
    finally:
        made.undo()


def run(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys, data_dir: Path) -> str:
    code, out, err = run(capsys, data_dir, "demo")
    assert code == 0, err
    return out.strip().splitlines()[-1]


def plan_ids(capsys, data_dir: Path) -> list[str]:
    code, out, err = run(capsys, data_dir, "plans", "list")
    assert code == 0, err
    return sorted(line.split()[0] for line in out.splitlines() if line.strip())


def assert_clean(capsys, data_dir: Path) -> None:
    code, out, err = run(capsys, data_dir, "check")
    assert code == 0, err
    assert "all is well" in out


def assert_no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert err.startswith("ledarplan: ") and err.count("\n") == 1


# --- a read-only data directory or database file -----------------------------------------------


def test_a_read_only_data_directory_is_named_and_no_restore_is_offered(capsys, mounts):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    plan_id = demo(capsys, data_dir)
    before = digest(data_dir / "ledarplan.sqlite3")
    mounts.read_only(disk)

    code, _, err = run(capsys, data_dir, "demo")
    assert code == EXIT_DATABASE
    assert_no_traceback(err)
    assert str(data_dir) in err and "Read-only file system" in err
    assert "restore" not in err and "damaged" not in err

    mounts.writable(disk)
    assert digest(data_dir / "ledarplan.sqlite3") == before
    assert plan_ids(capsys, data_dir) == [plan_id]
    assert_clean(capsys, data_dir)


def test_a_read_only_database_file_is_named(capsys, mounts, private_data_dir):
    data_dir = private_data_dir / USER_DIR
    demo(capsys, data_dir)
    database = data_dir / "ledarplan.sqlite3"
    mounts.read_only_file(database)

    code, _, err = run(capsys, data_dir, "demo")
    assert code == EXIT_DATABASE
    assert_no_traceback(err)
    assert err.startswith(f"ledarplan: {database}: the file is read-only (Read-only file system)")


# --- a full disk ---------------------------------------------------------------------------


def test_a_save_on_a_full_disk_says_so_and_check_is_clean_afterwards(capsys, mounts):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    plan_id = demo(capsys, data_dir)
    filler = fill(disk)

    code, _, err = run(capsys, data_dir, "demo")
    assert code == EXIT_DATABASE
    assert_no_traceback(err)
    assert err.startswith(f"ledarplan: {data_dir / 'ledarplan.sqlite3'}: the disk is full;")
    assert "what was saved before is intact" in err

    filler.unlink()
    assert plan_ids(capsys, data_dir) == [plan_id]
    assert_clean(capsys, data_dir)


def test_exports_and_backups_to_a_full_disk_keep_the_earlier_files(
    capsys, mounts, private_data_dir
):
    data_dir = private_data_dir / USER_DIR
    plan_id = demo(capsys, data_dir)
    folder = mounts.disk(size="1m") / "Åsa Ørsted" / "Mine planer"
    folder.mkdir(parents=True)
    files = {
        "export": folder / "Udviklingsplan – Mette.ledarplan.json",
        "export-pdf": folder / "Udviklingsplan æøå.pdf",
        "backup": folder / "ledarplan før ferien.sqlite3",
    }
    arguments = {
        "export": ["export", plan_id, "--out", str(files["export"])],
        "export-pdf": ["export-pdf", plan_id, "--out", str(files["export-pdf"])],
        "backup": ["backup", "--out", str(files["backup"])],
    }
    for verb in files:
        code, _, err = run(capsys, data_dir, *arguments[verb])
        assert code == 0, err
    earlier = {name: path.read_bytes() for name, path in files.items()}
    fill(folder.parent.parent, leave=8 * 1024)

    for verb, path in files.items():
        code, _, err = run(capsys, data_dir, *arguments[verb])
        assert code in (EXIT_INVALID, EXIT_DATABASE), verb
        assert_no_traceback(err)
        assert err.startswith(f"ledarplan: {path}: "), err
        assert "the disk is full" in err, err
    assert {name: path.read_bytes() for name, path in files.items()} == earlier
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files.values())
    assert_clean(capsys, data_dir)


def test_a_simulated_full_disk_during_a_pdf_export_is_a_message(
    capsys, private_data_dir, tmp_path, monkeypatch
):
    """Everywhere, without a RAM disk: 'no space' when the PDF is synced to the disk."""
    data_dir = private_data_dir / USER_DIR
    plan_id = demo(capsys, data_dir)
    pdf = tmp_path / "Åsa Ørsted" / "Plan ø.pdf"
    pdf.parent.mkdir()
    assert run(capsys, data_dir, "export-pdf", plan_id, "--out", str(pdf))[0] == 0
    earlier = pdf.read_bytes()

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    code, _, err = run(capsys, data_dir, "export-pdf", plan_id, "--out", str(pdf))
    monkeypatch.undo()
    assert code == EXIT_INVALID
    assert err == (
        f"ledarplan: {pdf}: the file could not be written: the disk is full. "
        "Nothing was changed there\n"
    )
    assert pdf.read_bytes() == earlier
    assert list(pdf.parent.iterdir()) == [pdf]


# --- a database locked by another program --------------------------------------------------


def test_a_locked_database_is_a_message_and_works_once_released(
    capsys, private_data_dir, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    data_dir = private_data_dir / USER_DIR
    plan_id = demo(capsys, data_dir)
    other = OtherProgram(data_dir / "ledarplan.sqlite3")
    try:
        code, _, err = run(capsys, data_dir, "demo")
        assert code == EXIT_DATABASE
        assert_no_traceback(err)
        assert err.startswith(
            f"ledarplan: {data_dir / 'ledarplan.sqlite3'}: the database is busy: another "
            "program is holding it locked"
        )
        assert plan_ids(capsys, data_dir) == [plan_id]  # reading goes on meanwhile
    finally:
        other.release()
    second = demo(capsys, data_dir)
    assert plan_ids(capsys, data_dir) == sorted([plan_id, second])
    assert_clean(capsys, data_dir)


# --- paths with spaces and Nordic letters, end to end ------------------------------------------


def test_every_file_verb_works_in_folders_named_like_a_nordic_user(capsys, tmp_path):
    home = tmp_path / "C" / "Users" / "Åsa Ørsted"
    data_dir = home / "AppData" / "Roaming" / "ledarplan"
    documents = home / "Dokumenter" / "Udviklingsplaner 2026"
    plan_id = demo(capsys, data_dir)

    exchange = documents / "Mette Kjær – plan.ledarplan.json"
    assert run(capsys, data_dir, "export", plan_id, "--out", str(exchange))[0] == 0
    other_dir = home / "Ny maskine" / "ledarplan data"
    code, _, err = run(capsys, other_dir, "import", str(exchange))
    assert code == 0, err
    assert plan_ids(capsys, other_dir) == [plan_id]

    pdf = documents / "Udviklingsplan – Mette Kjær Sørensen.pdf"
    assert run(capsys, data_dir, "export-pdf", plan_id, "--out", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    all_pdfs = documents / "Alle planer – æøå"
    assert run(capsys, data_dir, "export-pdf", "--all", "--out-dir", str(all_pdfs))[0] == 0
    assert [p.suffix for p in all_pdfs.iterdir()] == [".pdf"]

    copy = documents / "Sikkerhedskopi før sommerferien.sqlite3"
    assert run(capsys, data_dir, "backup", "--out", str(copy))[0] == 0
    second = demo(capsys, data_dir)
    assert plan_ids(capsys, data_dir) == sorted([plan_id, second])
    code, out, err = run(capsys, data_dir, "restore", str(copy))
    assert code == 0, err
    assert f"Restored the database from {copy}" in out
    assert plan_ids(capsys, data_dir) == [plan_id]
    assert_clean(capsys, data_dir)
    backups = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert any(name.startswith("before-restore-") for name in backups)
    with closing(sqlite3.connect(data_dir / "ledarplan.sqlite3")) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Mette Kjær Sørensen",)]


def test_importing_something_that_cannot_be_read_is_a_message(capsys, private_data_dir, tmp_path):
    folder = tmp_path / "Åsa Ørsted" / "plan.ledarplan.json"  # a folder, named like a plan
    folder.mkdir(parents=True)
    code, _, err = run(capsys, private_data_dir, "import", str(folder))
    assert code == EXIT_INVALID
    assert err == f"ledarplan: {folder}: cannot read the file (Is a directory)\n"
