"""The organisation's yearly summary in the window: a leader or manager sees exactly what the
summary file holds before it is saved (and nothing is saved unless asked); HR opens the files,
sees the picture per model, year and level with no group under the threshold, each bad file
named, and exports the PDF."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ledarplan.domain.entities import Side
from ledarplan.gui.views.contribute_dialog import ContributeDialog
from ledarplan.gui.widgets.bar_chart import CountsRole
from ledarplan.presets import Presets, PresetsReport
from ledarplan.summary.document import read_summary
from tests.pdf.pdftext import pdf_text

pytestmark = pytest.mark.gui


def _summary_file(services, plan_ids, out):
    return services.summaries.write(services.summaries.document(plan_ids), out)


def test_a_leader_sees_what_the_file_holds_and_saves_it_when_asked(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    plan = window._services.plans.get(plan_id)
    person = window._services.people.get(plan.person_id)
    seen = {}

    def look(dialog):
        seen["plans shown"] = dialog.plans_box.isVisibleTo(dialog)
        seen["preview"] = dialog.preview.toPlainText()
        seen["file"] = dialog.raw.toPlainText()
        return dialog.document()

    window.hr_flows.ask_contribution = look
    out = tmp_path / "to HR" / "mine"
    prompts.answers.append(out)
    window.menus.contribute_action.trigger()
    written = out.with_name("mine.ledarplan-summary.json")
    assert seen["plans shown"] is False  # one plan: nothing to choose
    assert seen["preview"].startswith("The file holds the plans below and nothing else")
    assert "Plan 1 of 1" in seen["preview"] and person.name not in seen["preview"]
    # What was shown as the file is the file, byte for byte.
    assert written.read_text(encoding="utf-8") == seen["file"]
    assert person.name not in seen["file"] and plan_id not in seen["file"]
    assert read_summary(written.read_bytes()).document.plans[0].model == plan.framework_id
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("information", "Summary saved") and str(written) in text
    assert [s[0] for s in prompts.shown] == ["save_file", "information"]


def test_nothing_is_written_unless_the_user_saves(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    window.hr_flows.ask_contribution = lambda dialog: None  # cancelled
    window.menus.contribute_action.trigger()
    assert prompts.shown == []  # not even asked where: FakePrompts fails on any question
    window.hr_flows.ask_contribution = lambda dialog: dialog.document()
    prompts.answers.append(None)  # cancelled in the file dialog
    window.menus.contribute_action.trigger()
    assert [s[0] for s in prompts.shown] == ["save_file"]
    assert list(tmp_path.glob("**/*.ledarplan-summary.json")) == []


def test_a_manager_picks_the_plans_they_hold_for_one_file(make_window, prompts, tmp_path):
    window = make_window()
    services = window._services
    made = [services.samples.create("kalix", None, date(2026, 3, 1)) for _ in range(3)]
    older = services.samples.create("kalix", None, date(2025, 3, 1))
    for bundle in [*made, older]:
        services.plans.set_desk(bundle.plan.id, Side.MANAGER)
    window.people.reload(select=("plan", made[0].plan.id))
    seen = {}

    def pick(dialog):
        seen["shown"] = dialog.plans_box.isVisibleTo(dialog)
        seen["ticked"] = set(dialog.plans.checked_ids())
        # One of this year's plans is not contributed this time.
        row = dialog.plans.row_of(made[2].plan.id)
        dialog.plans.setData(dialog.plans.index(row), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)  # fmt: skip
        seen["preview"] = dialog.preview.toPlainText()
        return dialog.document()

    window.hr_flows.ask_contribution = pick
    prompts.answers.append(tmp_path / "team.ledarplan-summary.json")
    window.menus.contribute_action.trigger()
    assert seen["shown"] is True
    assert seen["ticked"] == {b.plan.id for b in made}  # this year's plans held here
    assert "Plan 2 of 2" in seen["preview"] and "Plan 3 of" not in seen["preview"]
    document = json.loads((tmp_path / "team.ledarplan-summary.json").read_text("utf-8"))
    assert len(document["plans"]) == 2
    assert (tmp_path / "team.ledarplan-summary.json").name in prompts.shown[-1][2]


def test_the_only_plan_is_offered_ticked_even_when_no_plan_is_open(services, qtbot):
    services.samples.create("hjo", None, date(2026, 2, 1))
    dialog = ContributeDialog(services.summaries, None)
    qtbot.addWidget(dialog)
    assert "Plan 1 of 1" in dialog.preview.toPlainText()
    assert len(dialog.document().plans) == 1
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_with_no_plan_there_is_nothing_to_save(services, qtbot):
    services.people.create("Åsa Ørsted", "Afdelingsleder")
    dialog = ContributeDialog(services.summaries, None)
    qtbot.addWidget(dialog)
    assert dialog.preview.toPlainText() == "There is no plan here to contribute."
    assert dialog.document() is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_both_dialogs_fit_the_screen(make_window, qtbot):
    window = make_window()
    window.menus.sample_action.trigger()
    free = window.screen().availableGeometry()
    seen = []
    window.hr_flows.ask_contribution = lambda dialog: seen.append(dialog.size())
    window.hr_flows.show_picture = lambda dialog: seen.append(dialog.size())
    window.menus.contribute_action.trigger()
    window.menus.organisation_summary_action.trigger()
    assert free.width() < 1240  # the test screen is smaller than the view would like
    for size in seen:
        assert size.width() + 16 <= free.width() and size.height() + 40 <= free.height()
    assert len(seen) == 2


@pytest.fixture
def summary_files(services, tmp_path):
    """Seven Hjo plans in one file, three of them again in another, and two bad files."""
    made = [services.samples.create("hjo", None, date(2026, 2, 1)) for _ in range(7)]
    ids = [b.plan.id for b in made]
    team = _summary_file(services, ids, tmp_path / "team.ledarplan-summary.json")
    again = _summary_file(services, ids[:3], tmp_path / "again.ledarplan-summary.json")
    names = tmp_path / "edited.ledarplan-summary.json"
    document = json.loads(team.read_text(encoding="utf-8"))
    document["plans"][0]["comment"] = "Karin is doing well"
    names.write_text(json.dumps(document), encoding="utf-8")
    newer = tmp_path / "newer.ledarplan-summary.json"
    newer.write_text(json.dumps({**document, "format_version": 7}), encoding="utf-8")
    return [team, again, names, newer]


def test_hr_sees_the_picture_and_each_bad_file_named(make_window, prompts, summary_files, qtbot):
    window = make_window()
    views = []
    window.hr_flows.show_picture = views.append
    window.menus.organisation_summary_action.trigger()
    (view,) = views
    qtbot.addWidget(view)
    prompts.answers.append(summary_files)
    view.open_button.click()
    assert view.status.text().startswith("7 plans from 2 of 4 files.")
    assert "2 files could not be read" in view.status.text()
    tree = view.tree
    model = tree.topLevelItem(0)
    assert model.text(0) == "Ledarmodellen"
    cells = [model.child(i).text(0) for i in range(model.childCount())]
    assert cells == ["2026 (7)"]
    # The cell in view: its chart, its items and its figures.
    assert view.pages.currentWidget() is view.cell_page
    page = view.cell_page
    pack = window._services.catalog.get("hjo")
    assert page.chart.axes() == [a.title for a in pack.areas] or len(pack.areas) < 3
    items = page.items
    assert items.rowCount() == len(pack.areas) + sum(len(a.items) for a in pack.areas)
    counts = items.data(items.index(1, 1), CountsRole)
    assert counts is not None and sum(counts) <= 7
    # Each sample's talk was on 22 February, not signed, and no plan was followed up.
    assert [bar.text for bar in page.talks.bars()] == ["100 %", "0 %", "0 %"]
    # The files not read, each named with why.
    tree.setCurrentItem(tree.topLevelItem(1))
    assert view.pages.currentWidget() is view.left_out_page
    files = view.left_out_page.files.text()
    assert "edited.ledarplan-summary.json: refused: it holds names or free text added" in files
    assert "newer.ledarplan-summary.json: written by a newer version of ledarplan" in files
    assert "Karin" not in files
    assert "3 summaries of plans already counted" in view.left_out_page.lines.text()


def test_a_higher_threshold_folds_and_no_cell_is_ever_smaller(make_window, prompts, summary_files):
    window = make_window()
    views = []
    window.hr_flows.show_picture = views.append
    window.menus.organisation_summary_action.trigger()
    view = views[0]
    view.open_files(summary_files)
    view.threshold.setValue(8)
    assert view.tree.topLevelItemCount() == 1  # only "what was left out"
    assert view.pages.currentWidget() is view.left_out_page
    assert "Ledarmodellen: fewer than 8 plans in all" in view.left_out_page.lines.text()
    view.threshold.setValue(3)
    for shown in view.picture.models:
        assert all(cell.plans >= 3 for cell in shown.cells)


def test_hr_exports_the_pdf_with_the_organisations_name(
    make_window, prompts, summary_files, tmp_path
):
    window = make_window(PresetsReport(Presets(organisation="Hjo kommun")))
    views = []
    window.hr_flows.show_picture = views.append
    window.menus.organisation_summary_action.trigger()
    view = views[0]
    view.open_files(summary_files)
    view.language.setCurrentIndex(view.language.findData("sv"))
    prompts.answers.append(tmp_path / "rapport")
    view.export_button.click()
    report = tmp_path / "rapport.pdf"
    text = pdf_text(report.read_bytes())
    assert text.startswith("Hjo kommun")
    assert "Ledarutveckling i hela organisationen" in text
    assert prompts.shown[-1][0] == "information" and str(report) in prompts.shown[-1][2]
