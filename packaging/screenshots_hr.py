"""Screenshots of HR's organisation summary (File → Organisation summary…) and of the dialog in
which a manager contributes to it, in English, Swedish and Danish at 1366×768:
docs/screenshots/organisation-summary-en.png (-sv, -da) and contribute-summary-en.png (…).

Run it on a virtual screen of that size (the real window system, not Qt's offscreen one):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots_hr.py [OUT_DIR]

Two managers' desks are made in a temporary folder, each with sample plans of Holstebro's model
over two years and two levels, their ratings, goals and talks varied; each manager writes one
summary file, and one file has a name added by hand. The HR view opens all of them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ledarplan.domain.entities import AssessorKind, PlanStatus, Rating, Side  # noqa: E402
from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: E402
from ledarplan.gui.application import GuiServices, application, create_main_window  # noqa: E402
from ledarplan.gui.prompts import Prompts  # noqa: E402
from ledarplan.paths import AppPaths, builtin_frameworks_dir  # noqa: E402
from ledarplan.presets import Presets  # noqa: E402
from ledarplan.services.container import Services  # noqa: E402
from ledarplan.settings import SettingsStore  # noqa: E402
from ledarplan.storage.database import open_database  # noqa: E402
from ledarplan.storage.store import Store  # noqa: E402

LANGUAGES = ("en", "sv", "da")
SIZE = (1366, 768)
MODEL = "holstebro"


def open_desk(folder: Path, catalog: FrameworkCatalog) -> tuple[AppPaths, Services]:
    paths = AppPaths(folder)
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    return paths, Services.over(Store(database), catalog, paths.backups_dir)


def fill_desk(services: Services, first: int, count: int) -> list[str]:
    """`count` plans held at a manager's desk, each a little different."""
    plan_ids = []
    for number in range(first, first + count):
        year = 2025 + number % 2
        level = ("chef", "leder-af-ledere", "leder-af-medarbejdere")[number % 3]
        bundle = services.samples.create(MODEL, level, date(year, 2, 1))
        plan_id = bundle.plan.id
        services.plans.set_desk(plan_id, Side.MANAGER)
        items = bundle.plan.snapshot.item_ids
        own = [Rating(i, 1 + (number * 7 + k * 3) % 5) for k, i in enumerate(items)]
        theirs = [Rating(i, 1 + (number * 5 + k * 2 + 1) % 5) for k, i in enumerate(items)]
        services.assessments.record(plan_id, date(year, 9, 1), own)
        services.assessments.record(
            plan_id, date(year, 9, 8), theirs, assessor_kind=AssessorKind.MANAGER
        )
        goals = services.goals.list(plan_id)
        chosen = [items[(number * 5 + 2) % len(items)], items[number % 4]]
        services.goals.save_fields(replace(goals[0], item_ids=chosen))
        if number % 3 == 0:
            services.plans.set_status(plan_id, PlanStatus.AGREED)
            services.plans.set_status(plan_id, PlanStatus.FOLLOWED_UP)
        plan_ids.append(plan_id)
    return plan_ids


def shoot(paths: AppPaths, services: Services, files: list[Path], out: Path) -> None:
    presets = Presets(organisation="Holstebro Kommune")
    for language in LANGUAGES:
        store = SettingsStore(paths.settings_file)
        store.save(store.load().changed(language=language))
        window = create_main_window(GuiServices(store, services, Prompts(), presets=presets))
        window.setGeometry(0, 0, *SIZE)
        window.show()
        for _ in range(10):
            QApplication.processEvents()

        def contribute(dialog, language=language):
            """Answers as if cancelled (no document): nothing is written."""
            dialog.resize(1000, 700)
            _grab(dialog, out / f"contribute-summary-{language}.png")

        def picture(dialog, language=language):
            dialog.open_files(files)
            dialog.resize(*SIZE)
            _grab(dialog, out / f"organisation-summary-{language}.png", at=(0, 0))

        window.hr_flows.ask_contribution = contribute
        window.hr_flows.show_picture = picture
        window.hr_flows.contribute(services.summaries.choices()[0].plan_id)
        window.hr_flows.organisation_summary()
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def _grab(dialog, target: Path, at: tuple[int, int] | None = None) -> None:
    dialog.show()
    if at is None:
        at = ((SIZE[0] - dialog.width()) // 2, max(0, (SIZE[1] - dialog.height()) // 2))
    dialog.move(*at)
    for _ in range(10):
        QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(target))
    print(target)
    dialog.hide()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "") == "offscreen":
        print("Run under xvfb-run: the offscreen platform cannot grab the screen.")
        return 2
    application()
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    with tempfile.TemporaryDirectory(prefix="ledarplan-shots-") as folder:
        root = Path(folder)
        files = []
        desks = []
        for name, first, count in (("manager 1", 0, 16), ("manager 2", 16, 14)):
            paths, services = open_desk(root / name, catalog)
            ids = fill_desk(services, first, count)
            out_file = root / f"{name}.ledarplan-summary.json"
            services.summaries.write(services.summaries.document(ids), out_file)
            files.append(out_file)
            desks.append((paths, services))
        changed = root / "changed by hand.ledarplan-summary.json"
        text = files[0].read_text(encoding="utf-8")
        changed.write_text(text.replace('"sessions"', '"name": "Karin", "sessions"', 1), "utf-8")
        files.append(changed)
        shoot(*desks[0], files, out)
        for _, services in desks:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
