"""Screenshots of the manager's desk and the conversation cards, in English, Swedish and Danish
at 1366×768, and the PDF page with the chosen themes:

- team-overview-LANG.png: View → Team overview with a manager's eight plans (some overdue,
  one due soon);
- talk-cards-LANG.png: the talk's preparation at the manager's desk, both sides' picked cards
  and the manager's own theme;
- card-picker-LANG.png: Choose themes… open over it;
- my-year-LANG.png: the same view for a leader with only their own plan;
- pdf-themes-LANG.png: the PDF's talk page with "Themes we chose" (pdftoppm).

Run it on a virtual screen of that size (the real window system, not Qt's offscreen one):

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots_team.py [OUT_DIR]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ledarplan.domain.entities import PrepAnswer, Side  # noqa: E402
from ledarplan.frameworks.cards import own_card_key  # noqa: E402
from ledarplan.frameworks.catalog import FrameworkCatalog  # noqa: E402
from ledarplan.gui.application import GuiServices, application, create_main_window  # noqa: E402
from ledarplan.gui.prompts import Prompts  # noqa: E402
from ledarplan.gui.views.talk_view import TalkView  # noqa: E402
from ledarplan.i18n.pdf_labels import pdf_labels  # noqa: E402
from ledarplan.paths import AppPaths, builtin_frameworks_dir  # noqa: E402
from ledarplan.pdf import PdfOptions  # noqa: E402
from ledarplan.services.container import Services  # noqa: E402
from ledarplan.settings import SettingsStore  # noqa: E402
from ledarplan.storage.database import open_database  # noqa: E402
from ledarplan.storage.store import Store  # noqa: E402

LANGUAGES = ("en", "sv", "da")
SIZE = (1366, 768)
TODAY = date.today()
#: The manager's team: name, model, level and how many days ago the sample plan was made (its
#: talk is 21 days after that; an agreement falls due 7 days after it).
TEAM = [
    ("Hanne Krogh", "holstebro", "chef", 0),
    ("Bo Ek", "kalix", None, 40),
    ("Frida Nygaard", "holstebro", "leder-af-ledere", 7),
    ("Anna Berg", "hjo", None, 3),
    ("Eva Lund", "skr", None, 120),
    ("Gustav Ahl", "huddinge", None, 1),
    ("David Holm", "kalix", None, 2),
    ("Cecilie Dahl", "hjo", None, 80),
]
#: Kalix: the six questions every talk must answer are the common themes, its reflection
#: factors the cards.
WITH_CARDS = "David Holm"


def open_desk(folder: Path, catalog: FrameworkCatalog) -> tuple[AppPaths, Services]:
    paths = AppPaths(folder)
    paths.ensure()
    database = open_database(paths.database_file, paths.backups_dir)
    return paths, Services.over(Store(database), catalog, paths.backups_dir)


def make_team(services: Services) -> str:
    """The eight plans at the manager's desk; David's talk with the common themes and both
    sides' cards."""
    with_cards = ""
    for name, model, level, days_ago in TEAM:
        bundle = services.samples.create(model, level, TODAY - timedelta(days=days_ago))
        services.people.rename(bundle.person.id, name)
        plan_id = bundle.plan.id
        if name == WITH_CARDS:
            with_cards = plan_id
            deck = services.talks.cards(model)
            [talk] = services.talks.list(plan_id)
            # The leader picked two cards and answered one (arrived with the leader's file).
            talk = services.talks.choose_cards(talk.id, [deck[1].id, deck[3].id])
            answered = [
                replace(a, answer="Jag vill förstå hur olika behov styr hur vi möts.")
                if a.question_key == deck[1].key
                else a
                for a in talk.leader_prep
            ]
            services.talks.prepare(replace(talk, leader_prep=answered))
            services.plans.set_desk(plan_id, Side.MANAGER)
            talk = services.talks.choose_cards(talk.id, [deck[3].id, deck[5].id])
            own = PrepAnswer("Arbetsglädje i ledningsgruppen", "", own_card_key())
            services.talks.prepare(replace(talk, manager_prep=[*talk.manager_prep, own]))
        else:
            services.plans.set_desk(plan_id, Side.MANAGER)
    return with_cards


def settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def grab(out: Path, name: str) -> None:
    settle()
    target = out / name
    QApplication.primaryScreen().grabWindow(0).save(str(target))
    print(target)


def window_for(paths: AppPaths, services: Services, language: str, plan_id: str | None):
    store = SettingsStore(paths.settings_file)
    store.save(store.load().changed(language=language, last_plan_id=plan_id))
    window = create_main_window(GuiServices(store, services, Prompts()))
    window.setGeometry(0, 0, *SIZE)
    window.show()
    settle()
    return window


def close(window) -> None:
    window.close()
    window.deleteLater()
    settle(3)


def shoot_team(paths: AppPaths, services: Services, plan_id: str, out: Path) -> None:
    for language in LANGUAGES:
        window = window_for(paths, services, language, None)
        window.menus.team_action.trigger()
        grab(out, f"team-overview-{language}.png")

        window._open_from_team(plan_id)
        page = window.workspace.page(TalkView)
        window.workspace.tabs.setCurrentWidget(page)
        settle()
        panel = page.manager_prep
        panel.select_row(panel.model.rowCount() - 2)  # a card of the model's, in the editor
        grab(out, f"talk-cards-{language}.png")

        def capture(dialog, language=language):
            dialog.show()
            dialog.move((SIZE[0] - dialog.width()) // 2, (SIZE[1] - dialog.height()) // 2)
            dialog.list_view.setCurrentIndex(dialog.model.index(6))
            grab(out, f"card-picker-{language}.png")
            dialog.hide()
            # returning nothing cancels: nothing is changed

        page.ask_cards = capture
        panel.themes_button.click()
        close(window)


def shoot_year(catalog: FrameworkCatalog, folder: Path, out: Path) -> None:
    paths, services = open_desk(folder, catalog)
    bundle = services.samples.create("kalix", None, TODAY - timedelta(days=2))
    for language in LANGUAGES:
        window = window_for(paths, services, language, bundle.plan.id)
        window.menus.team_action.trigger()
        grab(out, f"my-year-{language}.png")
        close(window)
    services.close()


def shoot_pdf(services: Services, plan_id: str, folder: Path, out: Path) -> None:
    for language in LANGUAGES:
        pdf = folder / f"talk-{language}.pdf"
        options = PdfOptions(sections=frozenset({"talk"}))
        services.pdf.export(plan_id, pdf, pdf_labels(language), options)
        stem = out / f"pdf-themes-{language}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
            check=True,
        )
        print(f"{stem}.png")


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
        paths, services = open_desk(root / "manager", catalog)
        plan_id = make_team(services)
        shoot_team(paths, services, plan_id, out)
        shoot_pdf(services, plan_id, root, out)
        services.close()
        shoot_year(catalog, root / "leader", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
