"""HR's view of the organisation (File → Organisation summary…) on its own: the organisation's
name and logo, no figure of a group under the threshold anywhere in it, real plural forms, and
each file not read named with what is wrong — in English, Swedish and Danish."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.gui.i18n import LanguageSwitcher
from ledarplan.gui.views.hr_view import OrganisationSummaryDialog
from ledarplan.gui.widgets.bar_chart import BarChart, MixBar
from ledarplan.presets import Presets
from ledarplan.services.hr_report import HrReportService
from ledarplan.summary.build import summary_document
from ledarplan.summary.document import ActionFacts, GoalFacts, summary_text
from tests.summary.factories import facts, shows, with_small_groups

pytestmark = pytest.mark.gui


@pytest.fixture
def swedish(qapp):
    LanguageSwitcher(qapp).apply("sv")
    yield
    LanguageSwitcher(qapp).apply("en")


def _write(plans, path):
    path.write_text(summary_text(summary_document(plans, date(2026, 11, 1))), encoding="utf-8")
    return path


def _dialog(qtbot, catalog, prompts, presets=None, language="en"):
    view = OrganisationSummaryDialog(
        HrReportService(catalog), prompts, presets or Presets(), language
    )
    qtbot.addWidget(view)
    return view


def _everything_shown(view: OrganisationSummaryDialog) -> str:
    """Every text of every entry of the tree, as each page shows it: labels, tables (their
    cells and tooltips), bars, the 70-20-10 mix and the radar chart's points."""
    texts = []
    tree = view.tree
    entries = []
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        entries.append(item)
        entries += [item.child(i) for i in range(item.childCount())]
    for item in entries:
        texts.append(item.text(0))
        tree.setCurrentItem(item)
        page: QWidget = view.pages.currentWidget()
        for label in page.findChildren(QLabel):
            if label.isVisibleTo(page):
                texts.append(label.text())
        for table in page.findChildren(QTableView):
            model = table.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.data(index, role) or ""))
        for chart in page.findChildren(BarChart):
            texts += [f"{bar.label} {bar.text}" for bar in chart.bars()]
        for mix in page.findChildren(MixBar):
            texts += [name for name, _ in mix.parts()]
        for widget in page.findChildren(QWidget):
            texts.append(widget.accessibleDescription())  # the radar chart's points
    return "\n".join(texts)


def test_the_view_carries_the_organisations_name_and_logo(qtbot, catalog, prompts, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    view = _dialog(qtbot, catalog, prompts, Presets(organisation="Hjo kommun", logo=logo))
    assert view.organisation.text() == "Hjo kommun" and view.organisation.isVisibleTo(view)
    picture = view.logo.pixmap()
    assert not picture.isNull() and view.logo.isVisibleTo(view)
    assert picture.width() == pytest.approx(3 * picture.height(), rel=0.05)
    # Without presets, neither takes room; a broken logo is left out, as on the PDF's cover.
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG not really")
    plain = _dialog(qtbot, catalog, prompts, Presets(logo=broken))
    assert not plain.organisation.isVisibleTo(plain) and not plain.logo.isVisibleTo(plain)


def test_no_figure_of_a_group_under_the_threshold_is_anywhere_in_the_view(
    qtbot, catalog, prompts, tmp_path
):
    plans, small = with_small_groups(catalog.get("holstebro"))
    view = _dialog(qtbot, catalog, prompts)
    view.open_files([_write(plans, tmp_path / "all.ledarplan-summary.json")])
    shown = _everything_shown(view)
    why = view.left_out_page.lines.text()
    body = shown.replace(why, "")
    for figure in small:
        assert not shows(figure, body), figure
    assert "2024" not in body and "Direktør" not in body
    assert "2024" in why and "Direktør" in why
    # What is shown is shown: the years of at least 5 plans, with their own figures.
    assert "2026 · All levels (10)" in shown and "2025 · All levels (6)" in shown
    assert shows("4.1", shown) and shows("−1.5", shown)


def test_counts_in_the_view_have_real_plural_forms(qtbot, catalog, prompts, tmp_path, swedish):
    pack = catalog.get("hjo")
    item = pack.areas[0].items[0].id
    goal = GoalFacts(
        items=[item],
        status=GoalStatus.DONE,
        progress=100,
        actions=[ActionFacts(kind=ActionKind.COURSE, status=ActionStatus.DONE)],
    )
    plans = [facts(None, 2026, model="hjo", goals=[goal] if k == 0 else []) for k in range(5)]
    plans = [p.model_copy(update={"sessions": 1 if k == 0 else 0}) for k, p in enumerate(plans)]
    first = _write(plans, tmp_path / "a.ledarplan-summary.json")
    again = _write(plans[:1], tmp_path / "b.ledarplan-summary.json")
    view = _dialog(qtbot, catalog, prompts, language="sv")
    view.open_files([first, again])
    assert view.status.text().startswith("5 planer från 2 av 2 filer.")
    page = view.cell_page
    assert page.facts.text() == "5 planer"
    assert page.goals_facts.text().startswith("1 mål: 100 % nått")
    assert page.mix_note.text().startswith("1 aktivitet.")
    assert page.coaching.text().startswith("1 coachningssamtal")
    view.tree.setCurrentItem(view.tree.topLevelItem(1))
    lines = view.left_out_page.lines.text()
    assert "1 sammanställning av en plan som redan räknats" in lines
    view.open_files([first])
    assert view.status.text().startswith("5 planer från 1 av 1 fil.")


def test_each_file_not_read_is_named_with_what_is_wrong_in_swedish(
    qtbot, catalog, prompts, tmp_path, swedish
):
    good = _write([facts(None, 2026, model="hjo") for _ in range(5)], tmp_path / "ok.json")
    document = json.loads(good.read_text(encoding="utf-8"))
    edited = tmp_path / "edited.json"
    document["plans"][0]["comment"] = "Karin gör det bra"
    edited.write_text(json.dumps(document), encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**document, "format_version": 7}), encoding="utf-8")
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps({"format": "ledarplan-plan", "plan": {}}), encoding="utf-8")
    damaged = tmp_path / "damaged.json"
    damaged.write_text(good.read_text(encoding="utf-8")[:200], encoding="utf-8")
    view = _dialog(qtbot, catalog, prompts, language="sv")
    view.open_files([good, edited, newer, plan_file, damaged])
    assert "4 filer kunde inte läsas" in view.status.text()
    view.tree.setCurrentItem(view.tree.topLevelItem(view.tree.topLevelItemCount() - 1))
    files = view.left_out_page.files.text()
    assert view.left_out_page.files_title.text() == "Filer som inte lästes"
    for expected in (
        "edited.json: avvisad: den innehåller namn eller fritext",
        "– plans[0].comment: ett fält som en sammanställning aldrig har",
        "newer.json: skriven av en nyare version av ledarplan",
        "– skriven i sammanställningsformat 7 av en nyare version av ledarplan",
        "plan.json: inte en sammanställning från ledarplan",
        "– detta är en planfil, inte en sammanställning",
        "damaged.json: skadad",
        "– filens text är inte giltig JSON",
    ):
        assert expected in files, expected
    assert "Karin" not in files and "field" not in files and "newer version" not in files
    # The rest was still read.
    assert view.picture.plans == 5 and view.tree.topLevelItem(0).childCount() == 1
