"""Opening a plan file from outside: the file manager (`--open FILE`), a second start handing
the file to the running window, and macOS's open-document event."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from ledarplan.cli import build_parser
from ledarplan.gui.application import FileOpenEvents
from ledarplan.gui.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def ledarplan(*args: str | Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LEDARPLAN_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "ledarplan", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_plan_file_given_to_the_window_is_imported(tmp_path):
    leader, manager = tmp_path / "leader", tmp_path / "manager"
    created = ledarplan("--data-dir", leader, "demo")
    plan_id = created.stdout.split()[-1]
    plan_file = tmp_path / "sänt från ledaren.ledarplan.json"
    assert ledarplan("--data-dir", leader, "export", plan_id, "--out", plan_file).returncode == 0

    opened = ledarplan("--data-dir", manager, "--open", plan_file, "--exit-when-ready")

    assert opened.returncode == 0, opened.stderr
    assert plan_id in ledarplan("--data-dir", manager, "plans", "list").stdout


def test_the_desktop_entry_may_start_the_window_without_a_file():
    # `Exec=ledarplan --open %f` becomes `ledarplan --open` when started from the menu.
    assert build_parser().parse_args(["--open"]).open is None
    assert build_parser().parse_args(["--open", "a.ledarplan.json"]).open == "a.ledarplan.json"


def test_a_second_start_hands_its_file_to_the_running_window(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    plan_file = tmp_path / "plan åäö.ledarplan.json"
    second = SingleInstance(tmp_path)
    with (
        qtbot.waitSignal(first.open_requested, timeout=3000) as opened,
        qtbot.waitSignal(first.activation_requested, timeout=3000),
    ):
        assert not second.acquire(plan_file)
    assert opened.args == [str(plan_file)]
    first.release()


def test_macos_open_document_events_reach_the_window(qapp):
    received: list[Path] = []
    events = FileOpenEvents(received.append)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent("/Users/lena/plan.ledarplan.json"))
    finally:
        qapp.removeEventFilter(events)
    assert received == [Path("/Users/lena/plan.ledarplan.json")]
