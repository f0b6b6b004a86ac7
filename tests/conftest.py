"""Test-wide setup: headless Qt, and a private data directory for every test."""

from __future__ import annotations

import os
import sys

import pytest

# pytest-qt needs a platform; use the offscreen one unless a display was given on purpose.
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.platform.startswith("linux"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English texts: the system language of the test machine must not change them.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


def pytest_configure(config):
    """The .qm files are build products (not in git): compile them when missing or stale.

    Done once, before any test, in the process that starts the run: with pytest-xdist the
    workers start after it, so none of them reads a .qm file while another one writes it."""
    if hasattr(config, "workerinput"):  # an xdist worker: the controller has done it
        return
    from ledarplan.i18n.build import compile_translations, stale  # noqa: PLC0415

    if stale():
        compile_translations()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """No test may touch the real user's data: every test gets its own data directory."""
    data_dir = tmp_path / "data dir åäö"
    monkeypatch.setenv("LEDARPLAN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    # Nor the machine's organisation presets (/etc/xdg/ledarplan/organisation.toml).
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg-site"))
    monkeypatch.delenv("LEDARPLAN_PRESETS", raising=False)
    return data_dir


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the whole run (see tests/pg_server.py), started the
    first time a test asks for it and stopped at the end; its tests are marked `postgres`."""
    from tests.pg_server import find_bindir, start_server, stop_server  # noqa: PLC0415

    if find_bindir() is None:
        pytest.skip(
            "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql (no server needs to run; the tests start their own)"
        )
    server = start_server()
    yield server
    stop_server(server)


@pytest.fixture
def postgres_database(postgres_server):
    """A new, empty database on the shared server, dropped after the test."""
    name = postgres_server.create_database()
    yield name
    postgres_server.drop_database(name)


#: The files that take longest (a minute and more each), started first: the run is split over
#: the workers file by file (xdist's loadfile, in collection order: `--no-loadscope-reorder`),
#: and one of them begun last ran on alone for its minute and a half while the others waited.
LONGEST_FIRST = ("tests/storage/test_crash_safety.py", "tests/test_benchmarks.py")


@pytest.hookimpl(tryfirst=True)  # before -m deselects by the marks
def pytest_collection_modifyitems(items):
    """Every test on the PostgreSQL server is marked `postgres` (-m 'not postgres' skips it);
    the longest files come first (`LONGEST_FIRST`)."""
    for item in items:
        if "postgres_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in LONGEST_FIRST)


_REPORTED: list[str] = []


@pytest.fixture
def report_line():
    """Adds a line to the end of the test run's output (counts of long-running checks)."""
    return _REPORTED.append


def pytest_terminal_summary(terminalreporter):
    if _REPORTED:
        terminalreporter.section("ledarplan checks")
        for line in _REPORTED:
            terminalreporter.write_line(line)
