from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.application import GuiServices, create_main_window
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from ledarplan.settings import SettingsStore


@dataclass
class FakePrompts:
    """Records what would have been shown in a message box, instead of blocking the test."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def information(self, parent, title, text):
        self.shown.append(("information", title, text))

    def warning(self, parent, title, text, details=""):
        self.shown.append(("warning", title, text + "\n" + details))

    def about(self, parent, title, html):
        self.shown.append(("about", title, html))


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
    """Builds the main window the way the app does; call again to 'restart'."""

    def make():
        services = GuiServices(
            catalog=FrameworkCatalog.load(builtin_frameworks_dir(), paths.frameworks_dir),
            settings_store=SettingsStore(paths.settings_file),
            prompts=prompts,
        )
        window = create_main_window(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
