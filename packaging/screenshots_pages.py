"""Screenshots of every page of an open plan as leaders meet it: at 1366×768 (1.0× and 1.5×)
and 1024×600, in English, Swedish and Danish, so that clipped or crowded texts are seen.

    .venv/bin/python packaging/screenshots_pages.py [OUT_DIR] [--only 1366x768@1.5] [--lang sv]

Each screen size runs in a virtual screen of its own (xvfb-run, the real window system rather
than Qt's offscreen one), with QT_SCALE_FACTOR for the scale. The window opens as on a first
start (no remembered size), so the pictures also show whether it fits the screen. A sample plan
in the language's own model (Holstebro in Danish and English, Kalix in Swedish) is made in a
temporary data folder; nothing of the user's is read or written.

The files are named pages-WxH@S-LANG-PAGE.png (e.g. pages-1366x768@1.5-sv-goals.png).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGUAGES = ("en", "sv", "da")
#: (width, height, scale): a typical municipal laptop, the same at 150 %, a small netbook.
SCREENS = ((1366, 768, 1.0), (1366, 768, 1.5), (1024, 600, 1.0))
MODELS = {"en": "holstebro", "sv": "kalix", "da": "holstebro"}


def screen_name(width: int, height: int, scale: float) -> str:
    return f"{width}x{height}@{scale:g}"


def parse_screen(text: str) -> tuple[int, int, float]:
    size, _, scale = text.partition("@")
    width, _, height = size.partition("x")
    return int(width), int(height), float(scale or 1)


# --- the driver: one virtual screen per size ---------------------------------------------------


def drive(out: Path, screens: list[tuple[int, int, float]], languages: list[str]) -> int:
    from ledarplan.i18n.build import compile_translations, stale  # noqa: PLC0415

    if stale():  # the .qm files are build products: the pictures must be in the languages
        compile_translations()
    failed = 0
    for width, height, scale in screens:
        env = dict(os.environ, QT_SCALE_FACTOR=f"{scale:g}")
        env.pop("QT_QPA_PLATFORM", None)
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {width}x{height}x24",
            sys.executable,
            __file__,
            str(out),
            "--shoot",
            screen_name(width, height, scale),
            "--lang",
            ",".join(languages),
        ]
        failed += subprocess.run(command, env=env, check=False).returncode != 0
    return 1 if failed else 0


# --- in the virtual screen ---------------------------------------------------------------------


def shoot(out: Path, screen: str, languages: list[str]) -> int:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: PLC0415
    from ledarplan.gui.application import (  # noqa: PLC0415
        GuiServices,
        application,
        create_main_window,
    )
    from ledarplan.gui.prompts import Prompts  # noqa: PLC0415
    from ledarplan.paths import AppPaths, builtin_frameworks_dir  # noqa: PLC0415
    from ledarplan.services.container import Services  # noqa: PLC0415
    from ledarplan.settings import SettingsStore  # noqa: PLC0415
    from ledarplan.storage.database import open_database  # noqa: PLC0415
    from ledarplan.storage.store import Store  # noqa: PLC0415

    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        print("Run under xvfb-run: the offscreen platform has no real screen.")
        return 2
    application()
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())

    def settle() -> None:
        for _ in range(8):
            QApplication.processEvents()

    def save(name: str) -> None:
        target = out / f"pages-{screen}-{name}.png"
        QApplication.primaryScreen().grabWindow(0).save(str(target))
        print(target)

    with tempfile.TemporaryDirectory(prefix="ledarplan-pages-") as folder:
        for language in languages:
            paths = AppPaths(Path(folder) / language)
            paths.ensure()
            database = open_database(paths.database_file, paths.backups_dir)
            services = Services.over(Store(database), catalog, paths.backups_dir)
            store = SettingsStore(paths.settings_file)
            store.save(store.load().changed(language=language))
            window = create_main_window(GuiServices(store, services, Prompts()))
            window.show()
            settle()
            save(f"{language}-welcome")
            window._select_plan(window.actions_.create_sample(MODELS[language]))
            settle()
            for name, show in _pages(window):
                show()
                settle()
                save(f"{language}-{name}")
            window.close()
            window.deleteLater()
            settle()
            services.close()
    return 0


def _pages(window) -> list[tuple[str, Callable[[], None]]]:  # window: a MainWindow
    from ledarplan.gui.views.assessment_view import AssessmentView  # noqa: PLC0415
    from ledarplan.gui.views.coaching_view import CoachingView  # noqa: PLC0415
    from ledarplan.gui.views.goals_view import GoalsView  # noqa: PLC0415
    from ledarplan.gui.views.overview_page import OverviewPage  # noqa: PLC0415
    from ledarplan.gui.views.talk_view import TalkView  # noqa: PLC0415

    workspace = window.workspace

    def page(kind: type, then: Callable[[object], None] | None = None) -> Callable[[], None]:
        def show() -> None:
            built = workspace.page(kind)
            workspace.show_page(workspace.tabs.indexOf(built))
            if then is not None:
                then(built)

        return show

    def model(tab: int = 0) -> Callable[[], None]:
        def show() -> None:
            workspace.show_page(workspace.tabs.count() - 1)
            workspace.model_view.tabs.setCurrentIndex(tab)

        return show

    return [
        ("overview", page(OverviewPage)),
        ("assessment", page(AssessmentView, lambda p: p.tabs.setCurrentIndex(0))),
        ("compare", page(AssessmentView, lambda p: p.tabs.setCurrentIndex(1))),
        ("goals", page(GoalsView, lambda p: p.editor.tabs.setCurrentIndex(0))),
        ("checkins", page(GoalsView, lambda p: p.editor.tabs.setCurrentIndex(1))),
        ("coaching", page(CoachingView)),
        ("talk", page(TalkView, lambda p: p.tabs.setCurrentIndex(0))),
        ("talk-after", page(TalkView, lambda p: p.tabs.setCurrentIndex(1))),
        ("model", model()),
        ("levels", model(1)),  # the level matrix
        ("team", window.menus.team_action.trigger),  # View → Team overview
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--only", action="append", help="a screen, e.g. 1024x600@1")
    parser.add_argument("--lang", default=",".join(LANGUAGES))
    parser.add_argument("--shoot", help=argparse.SUPPRESS)  # inside one virtual screen
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    languages = [code for code in args.lang.split(",") if code]
    if args.shoot:
        return shoot(args.out, args.shoot, languages)
    screens = [parse_screen(s) for s in args.only] if args.only else list(SCREENS)
    return drive(args.out, screens, languages)


if __name__ == "__main__":
    sys.exit(main())
