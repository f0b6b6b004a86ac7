"""The main window: menus, the notice of skipped packs, and the views."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledarplan import __version__
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.gui.prompts import Prompts
from ledarplan.gui.views.model_browser import ModelBrowserView
from ledarplan.settings import Settings, SettingsStore


class PackProblemsBanner(QFrame):
    """Says, without blocking the start, that some organisation packs were skipped."""

    def __init__(self, details: str, count: int, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packProblemsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#packProblemsBanner { background: #fff4ce; border: 1px solid #e0c060; }"
        )
        self._details = details
        self._count = count
        self._prompts = prompts
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self._show_details)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "%n organisation model pack(s) could not be read and were left out. "
                "The other models work as usual.",
                "",
                self._count,
            )
        )
        self.details_button.setText(self.tr("Details…"))
        self.close_button.setToolTip(self.tr("Hide this message"))

    def _show_details(self) -> None:
        self._prompts.warning(
            self.window(),
            self.tr("Model packs left out"),
            self.tr("These files were not loaded. Correct them and restart ledarplan."),
            self._details,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalog: FrameworkCatalog,
        settings_store: SettingsStore,
        settings: Settings,
        prompts: Prompts,
    ):
        super().__init__()
        self.setObjectName("mainWindow")
        self._catalog = catalog
        self._settings_store = settings_store
        self._settings = settings
        self._prompts = prompts

        self.browser = ModelBrowserView()
        self.browser.set_packs(catalog.packs, settings.levels)
        self.browser.selection_changed.connect(self._remember_selection)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        self.pack_banner: PackProblemsBanner | None = None
        if catalog.errors:
            details = "\n\n".join(error.describe() for error in catalog.errors)
            self.pack_banner = PackProblemsBanner(details, len(catalog.errors), prompts)
            layout.addWidget(self.pack_banner)
        layout.addWidget(self.browser, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.retranslate()
        self.resize(1180, 780)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        self.browser.select(settings.framework_id, settings.levels.get(settings.framework_id or ""))

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ledarplan – leadership models"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About ledarplan"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remember_selection(self, framework_id: str, level_id: str | None) -> None:
        levels = dict(self._settings.levels)
        if level_id:
            levels[framework_id] = level_id
        self._settings = self._settings.model_copy(
            update={"framework_id": framework_id, "levels": levels}
        )
        self._save_settings()

    def _save_settings(self) -> None:
        try:
            self._settings_store.save(self._settings)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Could not save the settings: %1").replace("%1", str(exc)), 10_000
            )

    def _show_about(self) -> None:
        sources = "".join(
            f"<li>{escape(p.name)} — {escape(p.source.organisation)}: {escape(p.source.title)}</li>"
            for p in self._catalog.packs
        )
        self._prompts.about(
            self,
            self.tr("About ledarplan"),
            "<h3>ledarplan "
            + escape(__version__)
            + "</h3><p>"
            + escape(
                self.tr(
                    "Your leader development plan, kept on your own computer. "
                    "Nothing is sent anywhere."
                )
            )
            + "</p><p><b>"
            + escape(self.tr("Leadership models and their sources:"))
            + f"</b></p><ul>{sources}</ul>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._settings = self._settings.model_copy(update={"window_geometry": geometry})
        self._save_settings()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F6:  # cycle focus between contents and text, as in browsers
            self.browser.contents_view.setFocus()
            return
        super().keyPressEvent(event)
