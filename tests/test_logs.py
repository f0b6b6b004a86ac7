"""The log: in the data directory, private, rotating, and never holding what the user wrote."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ledarplan import app
from ledarplan.app import main, open_services
from ledarplan.domain.entities import CoachingSession, DevelopmentTalk, PrepAnswer, Side
from ledarplan.domain.errors import InvalidInputError
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.logs import (
    LOG_BACKUPS,
    MAX_LOG_BYTES,
    log_unhandled,
    setup_logging,
    stop_logging,
    unhandled_errors_logged,
)
from ledarplan.paths import AppPaths, builtin_frameworks_dir

SECRET = "HEMLIG-ANTECKNING-42"
POSIX = sys.platform != "win32"


@pytest.fixture(autouse=True)
def restore_logging():
    """Each test starts and ends without ledarplan's log file and with the levels it found."""
    loggers = [logging.getLogger(name) for name in ("", "ledarplan", "sqlalchemy")]
    levels = [logger.level for logger in loggers]
    yield
    stop_logging()
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def log_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "logs").iterdir())


def all_logs(data_dir: Path) -> str:
    return "".join(f.read_text(encoding="utf-8") for f in log_files(data_dir))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_secrets(paths: AppPaths) -> None:
    """What a leader types in the window: a plan whose every text holds the secret, and two
    saves the rules refuse (messages quoting what was typed)."""
    services = open_services(paths, FrameworkCatalog.load(builtin_frameworks_dir()))
    try:
        person = services.people.create(f"Anna {SECRET}", unit=SECRET)
        plan = services.plans.create(person.id, "kalix", title=f"Plan {SECRET}")
        goal = services.goals.add(plan.id, f"Mål {SECRET}", list(plan.snapshot.item_ids[:1]))
        services.goals.check_in(goal.id, date(2025, 2, 2), f"Avstämning {SECRET}", 30)
        services.coaching.save(
            CoachingSession(
                plan_id=plan.id,
                date=date(2025, 2, 1),
                topic=f"Ämne {SECRET}",
                notes=f"Coachinganteckning {SECRET}",
                reflection=SECRET,
            )
        )
        talk = services.talks.prepare(
            DevelopmentTalk(
                plan_id=plan.id,
                leader_prep=[PrepAnswer("Hur går det?", f"Svar {SECRET}", private=True)],
                summary=f"Sammanfattning {SECRET}",
            )
        )
        services.talks.sign(talk.id, f"Åsa {SECRET}", f"Chef {SECRET}")
        with pytest.raises(InvalidInputError, match=SECRET):
            services.people.create("Bo", email=f"{SECRET}@")
        with pytest.raises(InvalidInputError, match=f"already signed by Åsa {SECRET}"):
            services.talks.sign(talk.id, "Någon annan")
        services.plans.set_desk(plan.id, Side.MANAGER)  # the manager's signature
        services.talks.sign(talk.id, f"Chefen {SECRET}")
        with pytest.raises(InvalidInputError, match="signed by both and final"):
            services.talks.prepare(replace(talk, summary=f"Ändrad {SECRET}"))
    finally:
        services.close()


def test_a_day_of_use_leaves_a_private_log_without_any_user_text(capsys, tmp_path):
    data_dir = tmp_path / "data"
    paths = AppPaths(data_dir)
    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0
    # a settings file that cannot be read: the program logs that it starts with defaults
    paths.settings_file.write_text('{"language": "' + SECRET + '"', encoding="utf-8")
    write_secrets(paths)

    code, out, _ = run(capsys, "--data-dir", str(data_dir), "plans", "list", "--json")
    plan_id = next(row["id"] for row in json.loads(out) if SECRET in row["title"])
    exchange = tmp_path / "plan.ledarplan.json"
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "export",
        plan_id,
        "--out",
        str(exchange),
        "--include-private-notes",
    )
    assert code == 0 and f"Coachinganteckning {SECRET}" in exchange.read_text(encoding="utf-8")
    person_file = tmp_path / "anna.json"
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "export-person",
        f"Anna {SECRET}",
        "--out",
        str(person_file),
    )
    assert code == 0 and f"Svar {SECRET}" in person_file.read_text(encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    args = ["export-pdf", plan_id, "--out", str(pdf), "--include-private-notes"]
    assert run(capsys, "--data-dir", str(data_dir), *args)[0] == 0
    # an import the program refuses: a broken file full of the secret
    broken = json.loads(exchange.read_text(encoding="utf-8"))
    broken["goals"][0]["title"] = ""
    broken["person"]["email"] = f"{SECRET}@"
    broken_file = tmp_path / "broken.ledarplan.json"
    broken_file.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(broken_file))
    assert code == 1 and "goals[0].title" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(exchange))
    assert code == 1 and "--replace" in err
    assert run(capsys, "--data-dir", str(data_dir), "check")[0] == 0
    # the window, started as the user starts it, opens the same data and logs to the same file
    gui = subprocess.run(
        [sys.executable, "-m", "ledarplan", "--data-dir", str(data_dir), "--exit-when-ready"],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert gui.returncode == 0, gui.stderr

    (log_file,) = log_files(data_dir)
    assert log_file.name == "ledarplan.log"
    text = all_logs(data_dir)
    assert text.count("ledarplan.logs: ledarplan ") >= 9  # every run says it started
    assert "WARNING ledarplan.settings: " in text  # the unreadable settings file
    assert SECRET not in text
    assert "Anna" not in text and "Chefen" not in text
    if POSIX:
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE((data_dir / "logs").stat().st_mode) == 0o700


def test_an_unhandled_error_is_logged_without_its_message(capsys, tmp_path):
    setup_logging(tmp_path)

    def save_note(note: str) -> None:
        raise KeyError(f"no row for {note}")

    try:
        try:
            save_note(f"Anteckning {SECRET}")
        except KeyError as exc:
            raise ValueError(f"could not save {SECRET}") from exc
    except ValueError as exc:
        log_unhandled(type(exc), exc, exc.__traceback__)

    err = capsys.readouterr().err
    assert err == (
        "ledarplan: an unexpected error (ValueError); the details are in the log in the "
        "data directory's 'logs' folder\n"
    )
    text = all_logs(tmp_path)
    assert "ERROR ledarplan.unhandled: unhandled error" in text
    assert "builtins.KeyError (message left out" in text
    assert "builtins.ValueError (message left out" in text
    assert text.index("KeyError") < text.index("which led to") < text.index("ValueError")
    assert "in save_note" in text  # where it happened
    assert SECRET not in text


def test_while_the_window_runs_unhandled_errors_go_to_the_log(capsys, tmp_path):
    setup_logging(tmp_path)
    before = sys.excepthook
    with pytest.raises(RuntimeError), unhandled_errors_logged():
        assert sys.excepthook is log_unhandled
        raise RuntimeError(SECRET)
    assert sys.excepthook is before
    text = all_logs(tmp_path)
    assert "builtins.RuntimeError (message left out" in text
    assert SECRET not in text


def test_the_log_rotates_and_keeps_at_most_six_files(tmp_path):
    setup_logging(tmp_path)
    log = logging.getLogger("ledarplan.test")
    line = "x" * 1000
    for number in range(7 * MAX_LOG_BYTES // len(line)):  # about 7 MB
        log.info("line %d %s", number, line)
    files = log_files(tmp_path)
    assert [f.name for f in files] == ["ledarplan.log"] + [
        f"ledarplan.log.{n}" for n in range(1, LOG_BACKUPS + 1)
    ]
    assert len(files) <= 6
    assert all(f.stat().st_size <= MAX_LOG_BYTES for f in files)
    assert f"line {7 * MAX_LOG_BYTES // len(line) - 1} " in files[0].read_text(encoding="utf-8")
    if POSIX:  # the files begun at a rollover are private too
        assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}


def test_ledarplan_logs_info_and_debug_only_when_verbose(tmp_path):
    setup_logging(tmp_path / "quiet")
    logging.getLogger("ledarplan.test").debug("a debug line")
    logging.getLogger("ledarplan.test").info("an info line")
    logging.getLogger("sqlalchemy.engine.Engine").info("INSERT … (a note)")
    quiet = all_logs(tmp_path / "quiet")
    assert "an info line" in quiet
    assert "a debug line" not in quiet
    assert "INSERT" not in quiet

    setup_logging(tmp_path / "verbose", verbose=True)
    logging.getLogger("ledarplan.test").debug("a debug line")
    assert "DEBUG ledarplan.test: a debug line" in all_logs(tmp_path / "verbose")
    # the first file was closed and gets nothing more
    assert all_logs(tmp_path / "quiet") == quiet


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_an_old_readable_log_file_becomes_private(tmp_path):
    (tmp_path / "logs").mkdir(mode=0o755)
    old = tmp_path / "logs" / "ledarplan.log"
    old.write_text("an earlier line\n", encoding="utf-8")
    old.chmod(0o644)
    setup_logging(tmp_path)
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    assert old.read_text(encoding="utf-8").startswith("an earlier line\n")


def test_a_log_that_cannot_be_written_does_not_stop_the_program(capsys, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "logs").write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "frameworks", "list")
    assert code == 0 and "kalix" in out
    assert err.startswith(f"ledarplan: cannot write the log in {data_dir / 'logs'} (")


def test_an_error_escaping_the_window_is_logged(monkeypatch, tmp_path):
    hooks = []

    def crashing_window(paths: AppPaths, *, exit_when_ready: bool, open_file=None, **_) -> int:
        hooks.append(sys.excepthook)
        raise RuntimeError(f"while showing {SECRET}")

    monkeypatch.setattr(app, "run_gui", crashing_window)
    before = sys.excepthook
    with pytest.raises(RuntimeError):
        main(["--data-dir", str(tmp_path / "data")])
    assert hooks == [log_unhandled]  # Qt's errors in slots reach the log while the window runs
    assert sys.excepthook is before
    text = all_logs(tmp_path / "data")
    assert "builtins.RuntimeError (message left out" in text
    assert "in crashing_window" in text
    assert SECRET not in text


def test_a_data_dir_that_cannot_be_made_is_reported(capsys, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "plans", "list")
    assert code == 3
    assert err.startswith(f"ledarplan: cannot create {blocker / 'data'} (")


def test_a_log_that_cannot_be_written_says_so_once(tmp_path, capsys):
    import logging  # noqa: PLC0415

    from ledarplan.logs import setup_logging, stop_logging  # noqa: PLC0415

    class FullDisk:
        def write(self, _text):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

        def close(self):
            pass

        def tell(self):
            return 0

        def seek(self, *_args):
            return 0

    handler = setup_logging(tmp_path / "data")
    try:
        handler.stream.close()
        handler.stream = FullDisk()  # every write fails, as on a full disk
        log = logging.getLogger("ledarplan.test")
        for _ in range(3):
            log.warning("something happened")
        err = capsys.readouterr().err
        assert err.count("cannot be written") == 1
        assert "Traceback" not in err and "Logging error" not in err
    finally:
        stop_logging()
