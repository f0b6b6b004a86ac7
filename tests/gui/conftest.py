from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.application import GuiServices, create_main_window
from ledarplan.gui.events import DataEvents
from ledarplan.gui.i18n import LanguageSwitcher
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.presets import PresetsReport, settle
from ledarplan.services.container import Services
from ledarplan.settings import SettingsStore
from ledarplan.storage.database import open_database
from ledarplan.storage.store import Store


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The window speaks English as the application sets it up at start: with real plurals
    ("1 session", "2 sessions"), whichever test switched the language first."""
    LanguageSwitcher(qapp).apply("en")


@dataclass
class FakePrompts:
    """Records what would have been shown, and answers questions from `answers` (a queue)
    instead of blocking the test. A question with no queued answer fails the test."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[object] = field(default_factory=list)

    def _answer(self, kind, title):
        assert self.answers, f"unexpected {kind} prompt: {title!r}"
        return self.answers.pop(0)

    def information(self, parent, title, text):
        self.shown.append(("information", title, text))

    def warning(self, parent, title, text, details=""):
        self.shown.append(("warning", title, text + "\n" + details))

    def error(self, parent, title, text):
        self.shown.append(("error", title, text))

    def about(self, parent, title, html):
        self.shown.append(("about", title, html))

    def confirm_destructive(self, parent, title, text, action):
        self.shown.append(("confirm", title, text))
        return self._answer("confirm", title)

    def ask_text(self, parent, title, label, text=""):
        self.shown.append(("ask_text", title, label))
        return self._answer("ask_text", title)

    def own_name(self):
        return ""  # the name remembered by the real Prompts: none in these tests

    def remember_in(self, store):
        pass  # answers come from `answers`; the real Prompts' memory is tested on its own

    def ask_own_name(self, parent, title, label, fallback=""):
        self.shown.append(("ask_own_name", title, label))
        return self._answer("ask_own_name", title)

    def ask_passphrase(self, parent, title, label, confirm):
        # The real prompt asks twice when `confirm`; the queued answer is what both agreed on.
        kind = "ask_passphrase_twice" if confirm else "ask_passphrase"
        self.shown.append((kind, title, label))
        return self._answer(kind, title)

    def choose_folder(self, parent, title):
        self.shown.append(("choose_folder", title))
        return self._answer("choose_folder", title)

    def open_file(self, parent, title, filters):
        self.shown.append(("open_file", title, filters))
        return self._answer("open_file", title)

    def open_files(self, parent, title, filters):
        self.shown.append(("open_files", title, filters))
        return self._answer("open_files", title)

    def save_file(self, parent, title, suggested, filters):
        self.shown.append(("save_file", title, suggested))
        return self._answer("save_file", title)


@pytest.fixture
def services(paths, catalog):
    """The real use cases over a fresh database in the test's private data directory."""
    database = open_database(paths.database_file, paths.backups_dir)
    yield Services.over(Store(database), catalog, paths.backups_dir)
    database.dispose()


@pytest.fixture
def open_desk(tmp_path, catalog):
    """Opens another installation (another PC) by name: the files it sends are made with it."""
    opened = []

    def open_one(name: str) -> Services:
        other = AppPaths(tmp_path / name)
        other.ensure()
        database = open_database(other.database_file, other.backups_dir)
        opened.append(database)
        return Services.over(Store(database), catalog, other.backups_dir)

    yield open_one
    for database in opened:
        database.dispose()


@pytest.fixture
def other_desk(open_desk):
    """The other desk's installation: the manager's for a plan kept at the leader's desk."""
    return open_desk("the other desk")


@pytest.fixture(scope="session")
def catalog():
    return FrameworkCatalog.load(builtin_frameworks_dir())


@pytest.fixture
def events():
    return DataEvents()


@pytest.fixture
def demo_plan(services, catalog):
    """A complete sample plan (Holstebro, Leder af ledere) stored in the database."""
    return services.samples.create("holstebro", "leder-af-ledere", date(2026, 11, 23))


@pytest.fixture
def paths(private_data_dir):
    paths = AppPaths(private_data_dir)
    paths.ensure()
    return paths


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def make_window(qtbot, paths, prompts):
    """Builds the main window the way the app does (catalog with the organisation packs of the
    data directory, database, settings); call again to 'restart'."""
    opened = []

    def make(presets: PresetsReport | None = None):
        report = presets or PresetsReport()
        catalog = FrameworkCatalog.load(
            builtin_frameworks_dir(), paths.frameworks_dir, also=report.presets.pack_sources
        )
        settled = settle(report, catalog.models())
        database = open_database(paths.database_file, paths.backups_dir)
        opened.append(database)
        gui = GuiServices(
            settings_store=SettingsStore(paths.settings_file),
            services=Services.over(Store(database), catalog, paths.backups_dir),
            prompts=prompts,
            presets=settled.presets,
            presets_problems=settled.problems,
        )
        window = create_main_window(gui)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for database in opened:
        database.dispose()


class Shown(list):
    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def dialogs(monkeypatch, qapp):
    """Records the message boxes of the start-up instead of blocking; questions get `answer`."""
    shown = Shown()

    def critical(_parent, title, text, *rest):
        shown.append(("critical", title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, text, *rest):
        shown.append(("question", title, text))
        return shown.answer

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "question", question)
    yield shown
    LanguageSwitcher(qapp).apply("en")
    # main() attached file handlers to the data folders of these tests; let them go.
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.FileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()
    for window in QApplication.topLevelWidgets():
        window.close()
        window.deleteLater()
