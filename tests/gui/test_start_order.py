"""The window is on screen before the data: its frame is painted from Qt and the settings
alone, the storage and the models are opened on a thread of their own afterwards, and what the
user typed or chose in between is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ledarplan import app
from ledarplan.app import open_services
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui import application as application_module
from ledarplan.gui.application import Startup
from ledarplan.gui.main_window import MainWindow
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.presets import Presets
from ledarplan.settings import Settings, SettingsStore

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

#: What the frame must not wait for: the storage, the models, the verbs, the file formats.
HEAVY = (
    "sqlalchemy",
    "pydantic",
    "yaml",
    "alembic",
    "reportlab",
    "cryptography",
    "icalendar",
    "ledarplan.cli",
    "ledarplan.storage.repository",
    "ledarplan.services.container",
    "ledarplan.frameworks.loader",
    # The domain's records (with uuid and platform): the frame shows none before the data.
    "ledarplan.domain.entities",
)


def _two_people(paths: AppPaths) -> str:
    """A data folder with two people and a plan each; the id of Åsa's plan."""
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    services = open_services(paths, catalog, daily_backup=False)
    try:
        asa = services.people.create("Åsa Ørsted", "Afdelingsleder")
        plan = services.plans.create(asa.id, "holstebro", "leder-af-ledere", title="Min plan")
        bo = services.people.create("Bo Berg", "Enhetschef")
        services.plans.create(bo.id, "hjo", None, title="Bos plan")
    finally:
        services.close()
    return plan.id


def _window() -> MainWindow:
    [window] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    return window


def _visible_people(window: MainWindow) -> list[str]:
    proxy = window.people.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_what_is_typed_and_chosen_before_the_data_is_there_is_kept(paths, prompts, qapp):
    _two_people(paths)
    release = threading.Event()
    seen: dict[str, object] = {}

    def open_data():
        assert release.wait(30)  # the data arrives only once the test has typed
        catalog = FrameworkCatalog.load(builtin_frameworks_dir())
        from ledarplan.gui.application import GuiServices  # noqa: PLC0415

        return GuiServices(
            settings_store=SettingsStore(paths.settings_file),
            services=open_services(paths, catalog, daily_backup=False),
            prompts=prompts,
        )

    def before_the_data():
        window = _window()
        seen["ready then"] = window.ready
        seen["opening said"] = window.people.opening.isVisible()
        window.people.search.setFocus()
        for key in "Åsa":
            window.people.search.insert(key)
        window.menus.models_action.trigger()  # Ctrl+M before the data: run once it is there
        seen["status"] = window.statusBar().currentMessage()
        release.set()

    def at_ready(event: str):
        if event == "ready":
            window = _window()
            seen["search"] = window.people.search.text()
            seen["people"] = _visible_people(window)
            seen["page"] = "models" if window.stack.currentWidget() is window.browser else "other"

    startup = Startup(
        settings_store=SettingsStore(paths.settings_file),
        presets=Presets(),
        open_data=open_data,
        recover=lambda problem: None,
        prompts=prompts,
    )
    QTimer.singleShot(0, before_the_data)
    code = application_module.run(startup, exit_when_ready=True, report_start=at_ready)

    assert code == 0
    assert seen["ready then"] is False
    assert seen["opening said"] is True
    assert seen["status"] == "Opening your plans…"
    assert seen["search"] == "Åsa"
    assert seen["people"] == ["Åsa Ørsted"]  # the tree came filtered by what was typed
    # The command chosen before the data ran once it was there (after the last plan opened).
    assert seen["page"] == "models"


def test_exit_when_ready_waits_for_the_people_and_the_last_plan(paths, qapp):
    plan_id = _two_people(paths)
    SettingsStore(paths.settings_file).save(Settings(last_plan_id=plan_id))
    events: list[str] = []
    seen: dict[str, object] = {}

    def report(event: str) -> None:
        events.append(event)
        window = _window()
        seen[event] = (window.ready, sorted(_visible_people(window)), window.windowTitle())
        if event == "ready":
            seen["plan"] = window.workspace.plan_id

    assert app.run_gui(paths, exit_when_ready=True, report_start=report) == 0
    assert events == ["painted", "ready"]
    assert seen["painted"][0] is False  # painted before the data …
    assert seen["ready"][:2] == (True, ["Bo Berg", "Åsa Ørsted"])  # … usable after it
    assert seen["plan"] == plan_id


def test_the_frame_is_painted_before_any_storage_or_model_is_loaded(tmp_path):
    """Measured in a fresh process: what is loaded when the frame has been painted and the
    data starts to be opened."""
    code = (
        "import json, sys\n"
        "from ledarplan.gui import application as a\n"
        "original = a.Opening.start\n"
        "def start(self):\n"
        f"    print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), flush=True)\n"
        "    original(self)\n"
        "a.Opening.start = start\n"
        "from ledarplan.app import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}, '--exit-when-ready']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[0]) == []


def test_closing_the_window_before_the_data_is_there_loses_nothing(paths, prompts, qapp):
    _two_people(paths)
    release = threading.Event()
    closed: dict[str, object] = {}

    def open_data():
        assert release.wait(30)
        return app._open_data(paths, app.load_presets(), SettingsStore(paths.settings_file), [])

    def close_early():
        window = _window()
        window.close()
        closed["visible"] = window.isVisible()
        release.set()  # the data arrives after the window has gone

    startup = Startup(
        settings_store=SettingsStore(paths.settings_file),
        presets=Presets(),
        open_data=open_data,
        recover=lambda problem: None,
        prompts=prompts,
    )
    QTimer.singleShot(0, close_early)
    assert application_module.run(startup) == 0
    assert closed["visible"] is False
    # The database opened on the thread was closed, and the settings kept what was there.
    again = AppPaths(paths.data_dir)
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    services = open_services(again, catalog, daily_backup=False)
    try:
        assert sorted(p.name for p in services.people.list()) == ["Bo Berg", "Åsa Ørsted"]
    finally:
        services.close()
