"""A data folder open on another computer is said, naming the computer and since when."""

from __future__ import annotations

import os

from ledarplan.app import main
from ledarplan.folder_lock import LOCK_FILE, holder_elsewhere, same_host, this_host


def lock_from(folder, host: str, pid: int = 4242) -> None:
    """The lock file as Qt's QLockFile writes it: pid, program, host, machine id, boot id."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LOCK_FILE).write_text(
        f"{pid}\nledarplan\n{host}\n{'0' * 32}\nboot\n",
        encoding="utf-8",  # another machine's id
    )
    os.utime(folder / LOCK_FILE, (1_800_000_000, 1_800_000_000))


def test_a_lock_of_another_computer_names_it_and_since_when(tmp_path):
    lock_from(tmp_path, "RDS-03.kommun.local")
    holder = holder_elsewhere(tmp_path, host="rds-01")
    assert holder is not None
    assert (holder.host, holder.pid) == ("RDS-03.kommun.local", 4242)
    assert holder.since.timestamp() == 1_800_000_000


def test_a_lock_of_this_computer_or_none_is_no_other_computer(tmp_path):
    assert holder_elsewhere(tmp_path) is None  # no lock
    lock_from(tmp_path, this_host().upper())
    assert holder_elsewhere(tmp_path) is None
    assert same_host("RDS-01.kommun.local", "rds-01")
    (tmp_path / LOCK_FILE).write_text("garbage", encoding="utf-8")
    assert holder_elsewhere(tmp_path) is None


def test_the_command_line_does_not_open_a_folder_open_on_another_computer(tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    lock_from(data_dir, "RDS-03")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "plans", "list"]) == 3
    err = capsys.readouterr().err
    assert "open on another computer (RDS-03, since" in err and "close ledarplan there" in err
