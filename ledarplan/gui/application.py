"""Starts the Qt application around a main window built from the services it is given."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ledarplan import __version__
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.main_window import MainWindow
from ledarplan.gui.prompts import Prompts
from ledarplan.settings import SettingsStore


@dataclass
class GuiServices:
    catalog: FrameworkCatalog
    settings_store: SettingsStore
    prompts: Prompts = field(default_factory=Prompts)


def create_main_window(services: GuiServices) -> MainWindow:
    settings = services.settings_store.load()
    window = MainWindow(services.catalog, services.settings_store, settings, services.prompts)
    if services.settings_store.problem:
        window.statusBar().showMessage(
            window.tr("The settings file could not be read; default settings are used."), 15_000
        )
    return window


def run(services: GuiServices, *, exit_when_ready: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ledarplan")
    app.setApplicationDisplayName("ledarplan")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ledarplan")
    window = create_main_window(services)
    window.show()
    if exit_when_ready:
        # A zero timer fires once the event loop has handled the show and paint events.
        QTimer.singleShot(0, lambda: app.exit(0 if window.isVisible() else 1))
    return app.exec()
