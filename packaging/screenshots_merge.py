"""Screenshots of the preview shown before a file from the other desk updates a plan (File →
Update plan from file…), with conflicts, in English, Swedish and Danish at 1366×768:
docs/screenshots/merge-preview-en.png, -sv.png and -da.png.

Run it on a virtual screen of that size (the real window system, not Qt's offscreen one):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots_merge.py [OUT_DIR]

Two desks are made in a temporary folder: the leader's, with the sample plan, sends it to their
manager's. Then both change the same goal and action, the manager deletes a goal the leader has
just changed, adds a goal and an assessment and changes the leader's job title, and sends the
plan back. The leader's window opens the manager's file; the screen is saved with the preview
open (one conflict decided, a free text both desks edited in view), and the preview is
cancelled, so nothing is written.
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

from ledarplan.domain.entities import AssessorKind, Rating  # noqa: E402
from ledarplan.domain.sync import Choice  # noqa: E402
from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: E402
from ledarplan.gui.application import GuiServices, application, create_main_window  # noqa: E402
from ledarplan.gui.prompts import Prompts  # noqa: E402
from ledarplan.paths import AppPaths, builtin_frameworks_dir  # noqa: E402
from ledarplan.services.container import Services  # noqa: E402
from ledarplan.services.pdf_export import plan_file_stem  # noqa: E402
from ledarplan.settings import SettingsStore  # noqa: E402
from ledarplan.storage.database import open_database  # noqa: E402
from ledarplan.storage.store import Store  # noqa: E402

LANGUAGES = ("en", "sv", "da")
SIZE = (1366, 768)


def open_desk(folder: Path, catalog: FrameworkCatalog) -> tuple[AppPaths, Services]:
    paths = AppPaths(folder)
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    return paths, Services.over(Store(database), catalog, paths.backups_dir)


def make_files(leader: Services, manager: Services, mail: Path) -> tuple[str, Path]:
    """The sample plan at both desks, changed at both since; the manager's file back."""
    bundle = leader.samples.create("holstebro", "leder-af-ledere", date(2026, 11, 23))
    plan_id = bundle.plan.id
    leader.transfer.send(plan_id, mail / "til chefen.ledarplan.json")
    manager.merging.merge(mail / "til chefen.ledarplan.json")

    goals = leader.goals.list(plan_id)
    first, second, third = goals[0], goals[1], goals[2]
    leader.goals.save_fields(
        replace(first, description="Feedback i hvert teammøde, kort og konkret.", progress=40)
    )
    manager.goals.save_fields(
        replace(first, description="Feedback hver uge, også skriftligt til de nye.", progress=50)
    )
    leader.goals.save_fields(replace(second, title="Tydelige prioriteringer i ledergruppen"))
    manager.goals.save_fields(replace(second, title="Færre, tydeligere prioriteringer"))
    leader.goals.save_fields(replace(third, success_criterion="Alle kender årets tre mål."))
    manager.goals.delete(third.id)
    manager.goals.add(plan_id, "Sparring med en erfaren kollega", [])
    items = bundle.plan.snapshot.item_ids
    manager.assessments.record(
        plan_id,
        date(2027, 1, 20),
        [Rating(item, 4) for item in items[:6]],
        assessor_kind=AssessorKind.MANAGER,
        assessor_name="Bo Berg",
    )
    person = manager.people.get(bundle.person.id)
    manager.people.update(replace(person, job_title="Områdeleder"))
    back = mail / (plan_file_stem(person.name, bundle.plan) + ".ledarplan.json")
    manager.transfer.send(plan_id, back)
    return plan_id, back


def shoot(paths: AppPaths, services: Services, plan_id: str, file: Path, out: Path) -> None:
    for language in LANGUAGES:
        store = SettingsStore(paths.settings_file)
        store.save(store.load().changed(language=language, last_plan_id=plan_id))
        window = create_main_window(GuiServices(store, services, Prompts()))
        window.setGeometry(0, 0, *SIZE)
        window.show()
        for _ in range(10):  # the open plan's page filled and painted behind the preview
            QApplication.processEvents()

        def capture(dialog, language=language):
            dialog.show()
            free = dialog.screen().availableGeometry()  # in Qt's pixels, also when scaled
            dialog.move(
                free.x() + (free.width() - dialog.frameGeometry().width()) // 2,
                free.y() + max(0, (free.height() - dialog.frameGeometry().height()) // 2),
            )
            dialog.pane.select(1)  # the progress: kept as mine
            dialog.pane.choose(Choice.MINE)
            dialog.pane.select(0)  # the description, both texts in view, still to decide
            for _ in range(5):
                QApplication.processEvents()
            screen = QApplication.primaryScreen().grabWindow(0)
            target = out / f"merge-preview-{language}.png"
            screen.save(str(target))
            print(target)
            dialog.hide()
            # returning nothing cancels the preview: nothing is written

        window.desk_flows.ask_merge = capture
        window.desk_flows.import_file(file)
        window.close()
        window.deleteLater()
        QApplication.processEvents()


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
        (root / "mail").mkdir()
        leader_paths, leader = open_desk(root / "leader", catalog)
        _manager_paths, manager = open_desk(root / "manager", catalog)
        plan_id, back = make_files(leader, manager, root / "mail")
        shoot(leader_paths, leader, plan_id, back, out)
        leader.close()
        manager.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
