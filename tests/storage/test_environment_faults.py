"""When the computer, not the data, gets in the way: a read-only folder or file, a full disk, a
lock another program holds, a path with spaces and letters like Å and Ø. Each is said in
words that name the file or folder, and nothing saved before is lost or half-written.

Read-only folders and full disks are real: small RAM disks (tmpfs) mounted for the test and
remounted read-only, which needs Linux and root; elsewhere those tests are skipped. A full disk
is also simulated (ENOSPC from the system) so that the exports are proven everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from ledarplan.domain.entities import Person
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.pdf import PdfLabels, PdfOptions, render_plan_pdf
from ledarplan.services.container import Services
from ledarplan.storage import backup as backup_module
from ledarplan.storage import engine as engine_module
from ledarplan.storage.backup import inspect_file
from ledarplan.storage.database import open_database
from ledarplan.storage.engine import Database
from ledarplan.storage.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    FileWriteError,
    NotWritableError,
)
from ledarplan.storage.faults import describe_fault
from ledarplan.storage.store import Store

USER_DIR = "Users/Åsa Ørsted/AppData/Roaming"  # like C:\Users\Åsa Ørsted\AppData\Roaming


# --- helpers: RAM disks, full disks, another program's lock --------------------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


class Mounts:
    """Small RAM disks and read-only bind mounts, undone when the test ends."""

    def __init__(self, base: Path):
        self._base = base
        self._mounted: list[Path] = []

    def _mount(self, *arguments: str) -> None:
        if not sys.platform.startswith("linux") or os.geteuid() != 0:
            pytest.skip("mounting a RAM disk needs Linux and root")
        result = _run("mount", *arguments)
        if result.returncode != 0:
            pytest.skip(f"this sandbox cannot mount: {result.stderr.strip()}")

    def disk(self, size: str = "2m", name: str = "disk") -> Path:
        where = self._base / name
        where.mkdir()
        self._mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
        self._mounted.append(where)
        return where

    def read_only(self, where: Path) -> None:
        """Remounts a disk read-only, as a locked-down share or a write-protected stick is."""
        close_log_files_in(where)  # an open file keeps a disk from turning read-only
        result = _run("mount", "-o", "remount,ro", str(where))
        assert result.returncode == 0, result.stderr

    def writable(self, where: Path) -> None:
        result = _run("mount", "-o", "remount,rw", str(where))
        assert result.returncode == 0, result.stderr

    def read_only_file(self, file: Path) -> None:
        """Makes one file read-only while its folder stays writable (root ignores chmod)."""
        self._mount("--bind", str(file), str(file))
        self._mounted.append(file)
        result = _run("mount", "-o", "remount,bind,ro", str(file))
        assert result.returncode == 0, result.stderr

    def undo(self) -> None:
        for where in reversed(self._mounted):
            close_log_files_in(where)
            if _run("umount", str(where)).returncode != 0:
                _run("umount", "-l", str(where))


@pytest.fixture
def mounts(tmp_path):
    made = Mounts(tmp_path)
    try:
        yield made
    finally:
        made.undo()


def close_log_files_in(folder: Path) -> None:
    """Closes the program's log file when it was opened in `folder` (the command line does)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (
            isinstance(handler, logging.FileHandler)
            and folder in Path(handler.baseFilename).parents
        ):
            root.removeHandler(handler)
            handler.close()


def fill(disk: Path, leave: int = 0) -> Path:
    """Fills `disk` up to `leave` bytes of free space; delete the returned file to free it."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        block = b"\0" * 4096
        while True:
            os.write(fd, block)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    if leave:
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    os.close(fd)
    return filler


LOCK_HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE person SET name = 'Changed by the other program'")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
print("released", flush=True)
"""


class OtherProgram:
    """Another process holding a write transaction on the database until told to stop."""

    def __init__(self, database: Path):
        self._process = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None and self._process.stdout is not None
            self._process.stdin.write("\n")
            self._process.stdin.flush()
            assert self._process.stdout.readline().strip() == "released"
            self._process.wait(timeout=30)


@pytest.fixture
def other_program():
    started: list[OtherProgram] = []

    def start(database: Path) -> OtherProgram:
        started.append(OtherProgram(database))
        return started[-1]

    yield start
    for program in started:
        program.release()


# --- the data under test ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())


@pytest.fixture
def open_data(catalog):
    """Opens the services over a data directory; closed when the test ends."""
    opened = []

    def make(data_dir: Path, *, with_plan: bool = True) -> Services:
        database = open_database(data_dir / "ledarplan.sqlite3", data_dir / "backups")
        opened.append(database)
        services = Services.over(Store(database), catalog, data_dir / "backups")
        stores[id(services)] = database
        if with_plan:
            services.samples.create("holstebro", "leder-af-ledere", date(2026, 11, 23))
        return services

    yield make
    for database in opened:
        database.dispose()


def people(services: Services) -> list[str]:
    return [p.name for p in services.people.list(include_archived=True)]


#: The database under each test's services, for a save larger than any use case makes.
stores: dict[int, Database] = {}


def add_many_people(services: Services, count: int = 400) -> None:
    """One save of about 250 kB: more than a nearly full disk has room for."""
    with Store(stores[id(services)]).transaction() as repo:
        for number in range(count):
            repo.add_person(Person(name=f"Åse {number} " + "ø" * 300, unit="Hjemmeplejen"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def close(services: Services) -> None:
    services.close()


# --- 1. a read-only data directory or database file ------------------------------------------


def test_a_read_only_data_directory_is_refused_by_name_and_left_as_it_was(mounts, open_data):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    services = open_data(data_dir)
    close(services)
    before = digest(data_dir / "ledarplan.sqlite3")
    mounts.read_only(disk)

    with pytest.raises(NotWritableError) as refused:
        open_database(data_dir / "ledarplan.sqlite3", data_dir / "backups")
    # Not "damaged" (which would offer to replace the file with a backup): not writable.
    assert not isinstance(refused.value, DamagedDatabaseError)
    assert refused.value.path == data_dir
    assert str(refused.value).startswith(f"{data_dir}: the data directory is not writable (")
    assert "Read-only file system" in str(refused.value)
    assert "what was saved before is intact" in str(refused.value)

    mounts.writable(disk)
    assert digest(data_dir / "ledarplan.sqlite3") == before
    assert people(open_data(data_dir, with_plan=False)) == ["Mette Kjær Sørensen"]


def test_a_first_start_in_a_read_only_data_directory_is_refused_by_name(mounts):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    data_dir.mkdir(parents=True)  # e.g. made by an administrator on a read-only share
    mounts.read_only(disk)

    with pytest.raises(NotWritableError) as refused:
        open_database(data_dir / "ledarplan.sqlite3", data_dir / "backups")
    assert refused.value.path == data_dir
    assert str(refused.value).startswith(f"{data_dir}: the data directory is not writable (")
    assert list(data_dir.iterdir()) == []


def test_a_read_only_database_file_is_refused_naming_the_file(mounts, open_data, private_data_dir):
    data_dir = private_data_dir / USER_DIR
    close(open_data(data_dir))
    database = data_dir / "ledarplan.sqlite3"
    before = digest(database)
    mounts.read_only_file(database)

    with pytest.raises(NotWritableError) as refused:
        open_database(database, data_dir / "backups")
    assert refused.value.path == database
    assert str(refused.value).startswith(f"{database}: the file is read-only (")
    assert digest(database) == before


def test_a_folder_turning_read_only_while_open_refuses_the_save_and_keeps_the_data(
    mounts, open_data
):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    services = open_data(data_dir)
    mounts.read_only(disk)  # a network share dropping to read-only, a stick's write switch

    with pytest.raises(NotWritableError) as refused:
        services.people.create("Bo Berg")
    assert refused.value.path == data_dir
    assert "the data directory is not writable (Read-only file system)" in str(refused.value)

    mounts.writable(disk)
    assert people(services) == ["Mette Kjær Sørensen"]
    services.people.create("Bo Berg")  # works again, nothing to repair
    assert people(services) == ["Bo Berg", "Mette Kjær Sørensen"]
    assert services.maintenance.check().ok


# --- 2. a full disk ------------------------------------------------------------------------


@pytest.mark.parametrize("room", [64 * 1024, 0], ids=["nearly full", "full to the last byte"])
def test_a_save_on_a_full_disk_says_so_and_keeps_what_was_saved(mounts, open_data, room):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    services = open_data(data_dir)
    filler = fill(disk, leave=room)

    with pytest.raises(DiskFullError) as refused:
        add_many_people(services)
    assert refused.value.path == data_dir / "ledarplan.sqlite3"
    assert "the disk is full" in str(refused.value)
    assert "Nothing was written; what was saved before is intact" in str(refused.value)

    filler.unlink()
    # Rolled back as a whole: not one of the 400 people is there, and the file is sound.
    assert people(services) == ["Mette Kjær Sørensen"]
    assert services.maintenance.check().ok
    add_many_people(services)  # with room again, the same save works
    assert len(people(services)) == 401


def test_an_export_on_a_full_disk_keeps_the_earlier_file_and_leaves_nothing_half_written(
    mounts, open_data, private_data_dir
):
    services = open_data(private_data_dir)
    plan_id = services.plans.list()[0].plan.id
    folder = mounts.disk(size="1m") / "Åsa Ørsted" / "Mine planer"
    out = folder / "Udviklingsplan – Mette.ledarplan.json"
    services.transfer.export_plan(plan_id, out)
    earlier = out.read_bytes()
    services.people.rename(services.plans.list()[0].person.id, "Mette Kjær")  # a newer export
    fill(folder.parent.parent)

    with pytest.raises(FileWriteError) as refused:
        services.transfer.export_plan(plan_id, out, include_private_notes=True)
    assert str(refused.value) == (
        f"{out}: the file could not be written: the disk is full. Nothing was changed there"
    )
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in folder.iterdir()) == [out.name]  # no temporary file left


def test_a_pdf_on_a_full_disk_keeps_the_earlier_pdf_and_leaves_nothing_half_written(
    mounts, open_data, private_data_dir, catalog
):
    services = open_data(private_data_dir)
    bundle = services.plans.bundle(services.plans.list()[0].plan.id)
    folder = mounts.disk(size="1m") / "Åsa Ørsted"
    folder.mkdir()
    out = folder / "Udviklingsplan æøå.pdf"
    render_plan_pdf(bundle, catalog.get("holstebro"), PdfLabels(), PdfOptions(), out)
    earlier = out.read_bytes()
    fill(folder.parent, leave=8 * 1024)  # room for a beginning, not for the whole document

    with pytest.raises(OSError) as refused:
        render_plan_pdf(bundle, catalog.get("holstebro"), PdfLabels(), PdfOptions(), out)
    assert refused.value.errno == errno.ENOSPC
    assert out.read_bytes() == earlier
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


def test_a_backup_to_a_full_disk_says_so_and_keeps_the_earlier_copy(
    mounts, open_data, private_data_dir
):
    services = open_data(private_data_dir)
    folder = mounts.disk(size="1m") / "Åsa Ørsted" / "Sikkerhedskopier"
    copy = services.maintenance.backup(folder / "ledarplan før ferien.sqlite3")
    earlier = digest(copy)
    add_many_people(services, 100)
    fill(folder.parent.parent, leave=16 * 1024)

    with pytest.raises(DiskFullError) as refused:
        services.maintenance.backup(copy)
    assert refused.value.path == copy
    assert digest(copy) == earlier and inspect_file(copy).ok
    assert sorted(p.name for p in folder.iterdir()) == [copy.name]  # no ".partial" left


def test_a_restore_on_a_full_disk_says_so_and_replaces_nothing(mounts, open_data):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    services = open_data(data_dir)
    copy = services.maintenance.backup()
    services.people.create("Bo Berg")
    backups_before = sorted(p.name for p in (data_dir / "backups").iterdir())
    filler = fill(disk)

    with pytest.raises(DiskFullError) as refused:
        services.maintenance.restore(copy)
    assert refused.value.path.parent == data_dir / "backups"  # the safety copy made first
    assert refused.value.path.name.startswith("before-restore-")

    filler.unlink()
    assert people(services) == ["Bo Berg", "Mette Kjær Sørensen"]  # nothing was replaced
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups_before
    assert services.maintenance.check().ok


def _no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_simulated_full_disk_keeps_earlier_exports_on_every_system(
    open_data, private_data_dir, tmp_path, catalog, monkeypatch
):
    """Without a RAM disk: the system answers 'no space' when the file is synced to disk."""
    services = open_data(private_data_dir)
    plan_id = services.plans.list()[0].plan.id
    folder = tmp_path / "Åsa Ørsted" / "Mine planer"
    exported = services.transfer.export_plan(plan_id, folder / "plan.ledarplan.json")
    bundle = services.plans.bundle(plan_id)
    pdf = render_plan_pdf(
        bundle, catalog.get("holstebro"), PdfLabels(), PdfOptions(), folder / "Plan ø.pdf"
    )
    earlier = {p.name: p.read_bytes() for p in (exported, pdf)}
    monkeypatch.setattr(os, "fsync", _no_space)

    with pytest.raises(FileWriteError, match=r"the disk is full\. Nothing was changed there"):
        services.transfer.export_plan(plan_id, exported, include_private_notes=True)
    with pytest.raises(OSError, match="No space left on device"):
        render_plan_pdf(bundle, None, PdfLabels(), PdfOptions(), pdf)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == earlier


# --- 3. a database locked by another program --------------------------------------------------


@pytest.fixture
def short_wait(monkeypatch):
    """Another program's lock is waited for 0.3 s instead of 5 s (read when opening)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)


def test_a_lock_held_by_another_program_refuses_the_save_and_it_works_once_released(
    short_wait, open_data, private_data_dir, other_program
):
    data_dir = private_data_dir / USER_DIR
    services = open_data(data_dir)
    other = other_program(data_dir / "ledarplan.sqlite3")

    started = time.monotonic()
    with pytest.raises(DatabaseBusyError) as refused:
        services.people.create("Bo Berg")
    waited = time.monotonic() - started
    assert 0.25 < waited < 4  # the lowered wait, not the default five seconds
    assert str(refused.value).startswith(
        f"{data_dir / 'ledarplan.sqlite3'}: the database is busy: another program is holding "
        "it locked"
    )
    # Reading goes on meanwhile, and sees neither half of the two changes.
    assert people(services) == ["Mette Kjær Sørensen"]

    other.release()
    services.people.create("Bo Berg")
    assert people(services) == ["Bo Berg", "Mette Kjær Sørensen"]
    assert services.maintenance.check().ok


def test_restoring_while_another_program_holds_a_lock_stops_with_a_message_not_a_hang(
    short_wait, monkeypatch, open_data, private_data_dir, other_program
):
    # SQLite's copy retried a lock forever: restore hung while another program held one.
    monkeypatch.setattr(backup_module, "BUSY_TIMEOUT_S", 0.3)
    data_dir = private_data_dir / USER_DIR
    services = open_data(data_dir)
    backup = services.maintenance.backup(private_data_dir / "before-bo.sqlite3")
    services.people.create("Bo Berg")
    other = other_program(data_dir / "ledarplan.sqlite3")

    started = time.monotonic()
    with pytest.raises(DatabaseBusyError) as refused:
        services.maintenance.restore(backup)
    assert time.monotonic() - started < 10
    assert "the database is busy: another program is holding it locked" in str(refused.value)
    assert people(services) == ["Bo Berg", "Mette Kjær Sørensen"]  # nothing replaced

    other.release()
    services.maintenance.restore(backup)
    assert people(services) == ["Mette Kjær Sørensen"]
    assert services.maintenance.check().ok


def test_a_lock_that_blocks_even_reading_is_named_as_a_lock_not_as_damage(
    short_wait, open_data, private_data_dir
):
    data_dir = private_data_dir / USER_DIR
    services = open_data(data_dir)
    database = data_dir / "ledarplan.sqlite3"
    # A program that keeps the file to itself (exclusive locking, as some tools do).
    with closing(sqlite3.connect(database, isolation_level=None)) as other:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE person SET unit = 'changed elsewhere'")
        with pytest.raises(DatabaseBusyError):
            people(services)
        # Starting the program meanwhile: a lock, not damage (no backup is offered in its place).
        with pytest.raises(DatabaseBusyError):
            open_database(database, data_dir / "backups")
        other.execute("ROLLBACK")
    assert people(services) == ["Mette Kjær Sørensen"]
    assert services.people.list()[0].unit != "changed elsewhere"


def test_without_sqlites_error_code_the_fault_is_known_by_its_words(tmp_path):
    """Python 3.10's sqlite3 errors carry no code; SQLite's own message names the fault."""
    database = tmp_path / "ledarplan.sqlite3"
    busy = sqlite3.OperationalError("database is locked")
    full = sqlite3.OperationalError("database or disk is full")
    assert getattr(busy, "sqlite_errorcode", None) is None
    assert isinstance(describe_fault(busy, database), DatabaseBusyError)
    assert isinstance(describe_fault(full, database), DiskFullError)
    assert describe_fault(sqlite3.OperationalError("no such table: person"), database) is None


# --- 4. paths with spaces, Nordic letters and URI characters -----------------------------------


def test_a_data_directory_with_uri_characters_keeps_the_database_inside_it(open_data, tmp_path):
    """'?', '#' and '%' are allowed in folder names; the database stays where it belongs."""
    data_dir = tmp_path / "Åsa Ørsted" / "Plan #2 – 100% mine? ja"
    services = open_data(data_dir)
    close(services)
    again = open_data(data_dir, with_plan=False)  # the start-up checks read the same file
    assert people(again) == ["Mette Kjær Sørensen"]
    stray = [p for p in tmp_path.rglob("*") if data_dir not in (p, *p.parents)]
    assert stray == [tmp_path / "Åsa Ørsted"]


def test_a_backup_in_a_data_directory_with_uri_characters_holds_the_data(open_data, tmp_path):
    data_dir = tmp_path / "Åsa Ørsted" / "Plan #2 – 100% mine? ja"
    services = open_data(data_dir)
    copy = services.maintenance.backup()
    with closing(sqlite3.connect(copy)) as db:
        assert db.execute("SELECT name FROM person").fetchall() == [("Mette Kjær Sørensen",)]
    assert services.maintenance.check().ok  # `ledarplan check` reads the same way
    stray = [p for p in tmp_path.rglob("*") if data_dir not in (p, *p.parents)]
    assert stray == [tmp_path / "Åsa Ørsted"]


# --- the window: a refused save is shown and what was typed stays ------------------------------


@pytest.fixture
def coaching_page(qtbot, open_data, private_data_dir):
    from ledarplan.gui.events import DataEvents  # noqa: PLC0415 (Qt only for these tests)
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415
    from tests.gui.conftest import FakePrompts  # noqa: PLC0415

    def make(data_dir: Path):
        services = open_data(data_dir)
        prompts = FakePrompts()
        page = CoachingView(services, DataEvents(), prompts)
        qtbot.addWidget(page)
        plan_id = services.plans.list()[0].plan.id
        page.set_plan(plan_id)
        page.show()
        qtbot.waitExposed(page)
        return page, services, prompts, plan_id

    return make


def newest_notes(services: Services, plan_id: str) -> str:
    return max(services.coaching.list(plan_id), key=lambda s: s.date).notes


def _type_and_save(qtbot, page, text: str) -> None:
    from PySide6.QtGui import QTextCursor  # noqa: PLC0415

    page.editor.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.editor.notes_edit, text)
    page.flush()  # as the window does before it closes or switches plans


@pytest.mark.gui
def test_typing_while_another_program_locks_the_database_shows_why_and_keeps_the_text(
    qtbot, short_wait, coaching_page, private_data_dir, other_program
):
    data_dir = private_data_dir / USER_DIR
    page, services, prompts, plan_id = coaching_page(data_dir)
    stored_before = newest_notes(services, plan_id)
    other = other_program(data_dir / "ledarplan.sqlite3")

    _type_and_save(qtbot, page, " Husk: tal med Åse.")
    assert [(kind, text.split("\n")[0]) for kind, _, text in prompts.shown] == [
        (
            "error",
            "Another program is holding the database locked, so this was not saved. What was "
            "saved before is intact; close the other program and try again.",
        )
    ]
    assert f"File: {data_dir / 'ledarplan.sqlite3'}" in prompts.shown[0][2]
    assert page.editor.notes_edit.toPlainText().endswith(" Husk: tal med Åse.")
    assert newest_notes(services, plan_id) == stored_before

    other.release()
    _type_and_save(qtbot, page, "!")
    assert newest_notes(services, plan_id).endswith(" Husk: tal med Åse.!")
    assert len(prompts.shown) == 1


@pytest.mark.gui
def test_typing_when_the_data_folder_turns_read_only_shows_why_and_keeps_the_text(
    qtbot, mounts, coaching_page
):
    disk = mounts.disk()
    data_dir = disk / USER_DIR / "ledarplan"
    page, services, prompts, plan_id = coaching_page(data_dir)
    mounts.read_only(disk)

    _type_and_save(qtbot, page, " Husk: tal med Åse.")
    assert [kind for kind, _, _ in prompts.shown] == ["error"]
    assert prompts.shown[0][2].startswith(
        "The data folder cannot be written to (Read-only file system), so this was not saved."
    )
    assert f"Folder: {data_dir}" in prompts.shown[0][2]
    assert page.editor.notes_edit.toPlainText().endswith(" Husk: tal med Åse.")

    mounts.writable(disk)
    _type_and_save(qtbot, page, "!")
    assert newest_notes(services, plan_id).endswith(" Husk: tal med Åse.!")


@pytest.mark.gui
def test_the_window_says_these_faults_in_swedish_and_danish(qapp, tmp_path):
    from ledarplan.gui.error_text import describe  # noqa: PLC0415
    from ledarplan.gui.i18n import LanguageSwitcher  # noqa: PLC0415

    folder = tmp_path / "Åsa Ørsted"
    faults = [
        DiskFullError(folder / "ledarplan.sqlite3"),
        DatabaseBusyError(folder / "ledarplan.sqlite3"),
        NotWritableError(folder, "Read-only file system", "data directory"),
        FileWriteError(folder / "Plan.pdf", OSError(errno.ENOSPC, "No space left on device")),
    ]
    switcher = LanguageSwitcher(qapp)
    try:
        shown: dict[str, list[str]] = {}
        for language in ("sv", "da"):
            switcher.apply(language)
            shown[language] = [describe(fault) for fault in faults]
    finally:
        switcher.apply("en")
    assert [text.split(",")[0].split(" (")[0] for text in shown["sv"]] == [
        "Disken är full",
        "Ett annat program håller databasen låst",
        "Det går inte att skriva i datamappen",
        "Filen kunde inte skrivas: disken är full. Ingenting ändrades där.\n\nFil: "
        + str(folder / "Plan.pdf"),
    ]
    assert [text.split(",")[0].split(" (")[0] for text in shown["da"]] == [
        "Disken er fuld",
        "Et andet program holder databasen låst",
        "Der kan ikke skrives i datamappen",
        "Filen kunne ikke skrives: disken er fuld. Intet blev ændret der.\n\nFil: "
        + str(folder / "Plan.pdf"),
    ]
    assert shown["sv"][2].endswith(f"Mapp: {folder}")
    assert "(Read-only file system)" in shown["sv"][2]
    assert describe(faults[0]).startswith("The disk is full, so this was not saved.")
