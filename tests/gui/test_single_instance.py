"""A second start on the same data directory brings the first window forward."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from ledarplan.gui.single_instance import SingleInstance, server_name


def test_the_second_start_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert not second.acquire()
    first.release()
    # once the first has quit, a new start is the only one again
    third = SingleInstance(tmp_path)
    assert third.acquire()
    third.release()


def test_other_directories_are_independent(tmp_path):
    a = SingleInstance(tmp_path / "a")
    b = SingleInstance(tmp_path / "b")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert a.acquire() and b.acquire()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    a.release()
    b.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_crashed_program_is_taken_over(tmp_path):
    script = textwrap.dedent(
        f"""
        import os, signal
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / "ledarplan.lock")!r})
        assert lock.tryLock(100)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False, env=dict(os.environ))
    assert (tmp_path / "ledarplan.lock").exists()
    guard = SingleInstance(tmp_path)
    assert guard.acquire()
    guard.release()


def test_the_real_program_does_not_open_the_database_twice(tmp_path, qtbot):
    guard = SingleInstance(tmp_path)
    assert guard.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(guard.activation_requested, timeout=30_000):
        result = subprocess.Popen(
            [sys.executable, "-m", "ledarplan", "--data-dir", str(tmp_path), "--exit-when-ready"],
            env=env,
        )
    assert result.wait(timeout=60) == 0
    assert not (tmp_path / "ledarplan.sqlite3").exists()  # the second start opened nothing
    guard.release()


def test_a_start_without_user_variables_still_gets_its_own_name(monkeypatch, tmp_path):
    from ledarplan.gui import single_instance  # noqa: PLC0415

    expected = single_instance.server_name(tmp_path)

    def no_user():
        raise ModuleNotFoundError("No module named 'pwd'")  # Windows with USERNAME unset

    monkeypatch.setattr(single_instance.getpass, "getuser", no_user)
    name = single_instance.server_name(tmp_path)
    assert name.startswith("ledarplan-") and name != expected  # keyed on the home folder
    assert single_instance.server_name(tmp_path) == name  # and the same at every start
