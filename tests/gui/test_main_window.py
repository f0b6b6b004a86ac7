"""The window as a whole: first start, creating, importing, exporting and deleting plans."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ledarplan.gui.views.goals_view import GoalsView
from ledarplan.gui.views.overview_page import OverviewPage


def fill_new_plan(name: str, model: str, level: str | None, title: str = ""):
    """Answers the new-plan dialog as a user would: type, choose, press Create."""

    def answer(dialog):
        if name:
            dialog.name_edit.setText(name)
        dialog.job_edit.setText("Centerleder")
        dialog.title_edit.setText(title)
        combo = dialog.browser.model_combo
        combo.setCurrentIndex(combo.findText(model, Qt.MatchFlag.MatchContains))
        if level:
            levels = dialog.browser.level_combo
            levels.setCurrentIndex(levels.findText(level))
        dialog.accept()
        return dialog.choice() if dialog.result() else None

    return answer


def tree_texts(window) -> list[str]:
    proxy = window.people.proxy
    texts = []
    for row in range(proxy.rowCount()):
        person = proxy.index(row, 0)
        texts.append(person.data())
        texts += [proxy.index(r, 0, person).data() for r in range(proxy.rowCount(person))]
    return texts


def test_first_start_offers_three_ways_in(make_window):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    # neutral words: the user may be a manager keeping the plans of the leaders they manage
    assert window.welcome.create_button.text() == "Create a plan"
    assert "or for a leader you manage" in window.welcome.create_button.description()
    assert window.welcome.sample_button.text() == "Try with sample data"
    assert window.welcome.import_button.text() == "Import a plan file…"


def test_create_my_plan_from_the_welcome_page(make_window, qtbot):
    window = make_window()
    window.actions_.ask_new_plan = fill_new_plan(
        "Åsa Ørsted", "Holstebro", "Leder af ledere", "Min plan 2027"
    )
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    (summary,) = window._services.plans.list()
    assert summary.person.name == "Åsa Ørsted"
    assert summary.person.job_title == "Centerleder"
    assert summary.plan.framework_id == "holstebro"
    assert summary.plan.level_id == "leder-af-ledere"
    assert "Åsa Ørsted" in tree_texts(window)
    overview = window.workspace.page(OverviewPage)
    assert overview.heading.text() == "Min plan 2027"
    assert "Leder af ledere" in overview.body.toPlainText()


def test_the_new_plan_dialog_keeps_what_was_typed_when_the_name_is_missing(make_window):
    window = make_window()
    answers = []

    def answer(dialog):
        if not answers:
            dialog.title_edit.setText("Udkast")
            dialog.accept()  # no name: refused, the dialog stays with the title kept
            answers.append(dialog.error_label.text())
            assert dialog.result() == 0
            assert dialog.title_edit.text() == "Udkast"

    window.actions_.ask_new_plan = answer
    window._create_plan(new_person=True)
    assert answers == ["Please enter the name of the person the plan is for."]
    assert window._services.people.list() == []


def test_try_with_sample_data(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    (summary,) = window._services.plans.list()
    assert summary.goals >= 3
    assert window.workspace.plan_id == summary.plan.id
    assert summary.person.name in tree_texts(window)


def test_the_window_title_names_the_open_plan(make_window, prompts):
    window = make_window()
    assert window.windowTitle() == "ledarplan"
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    title = summary.plan.title or summary.plan.snapshot.framework_name
    assert window.windowTitle() == f"{summary.person.name} — {title} — ledarplan"
    prompts.answers.append("Åsa Ørsted")
    window.menus.rename_action.trigger()
    assert window.windowTitle() == f"Åsa Ørsted — {title} — ledarplan"
    window.set_language("sv")
    assert window.windowTitle() == f"Åsa Ørsted — {title} — ledarplan"
    window.set_language("en")


def test_import_from_the_menu_and_by_drag_and_drop(make_window, prompts, tmp_path, qtbot):
    window = make_window()
    window.menus.sample_action.trigger()
    (_summary,) = window._services.plans.list()
    exported = tmp_path / "plan.ledarplan.json"
    prompts.answers.append(exported)
    window.menus.export_action.trigger()
    assert exported.is_file()
    assert "Private notes were left out" in prompts.shown[-1][2]
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["includes_private_notes"] is False

    # the same file again: written at this very desk, it cannot update the copy here
    prompts.answers.append(exported)
    window.menus.import_action.trigger()
    kind, _title, text = prompts.shown[-1]
    assert kind == "error"
    assert "written at a leader's desk, as this copy is kept" in text
    assert len(window._services.plans.list()) == 1

    # a plan from someone else, dropped onto the window
    data["plan"]["id"] = "0e0e0e0e-0000-4000-8000-000000000001"
    for talk in data["development_talks"]:
        talk["plan_id"] = data["plan"]["id"]
    for key in ("assessment_rounds", "goals", "coaching_sessions"):
        for row in data[key]:
            row["plan_id"] = data["plan"]["id"]
    # fresh ids for everything else, as another PC would have made them
    text = json.dumps(data, ensure_ascii=False)
    for old in {
        r["id"]
        for key in ("assessment_rounds", "goals", "coaching_sessions", "development_talks")
        for r in data[key]
    }:
        text = text.replace(old, old[:-4] + "beef")
    for goal in data["goals"]:
        for sub in goal["checkins"] + goal["actions"]:
            text = text.replace(sub["id"], sub["id"][:-4] + "cafe")
    for session in data["coaching_sessions"] + data["development_talks"]:
        for agreement in session["agreements"]:
            text = text.replace(agreement["id"], agreement["id"][:-4] + "d00d")
    other = tmp_path / "from my manager.ledarplan.json"
    other.write_text(text, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert len(window._services.plans.list()) == 2
    assert window.workspace.plan_id == "0e0e0e0e-0000-4000-8000-000000000001"


def test_a_broken_plan_file_gives_a_message_and_changes_nothing(make_window, prompts, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.ledarplan.json"
    bad.write_text('{"format": "ledarplan-plan", "format_version": 7}', encoding="utf-8")
    prompts.answers.append(bad)
    window.menus.import_action.trigger()
    kind, _title, text = prompts.shown[-1]
    assert kind == "error"
    assert "newer version of ledarplan" in text
    assert window._services.plans.list() == []


def test_delete_a_person_asks_and_removes_everything(make_window, prompts):
    window = make_window()
    window.menus.sample_action.trigger()
    (summary,) = window._services.plans.list()
    prompts.answers.append(False)
    window.menus.delete_person_action.trigger()
    assert len(window._services.plans.list()) == 1  # "Cancel" keeps everything
    prompts.answers.append(True)
    window.menus.delete_person_action.trigger()
    assert "all their data" in prompts.shown[-1][2]
    assert window._services.people.list() == []
    assert window._services.plans.list() == []
    assert summary.person.name not in tree_texts(window)
    assert window.stack.currentWidget() is window.welcome


def test_rename_and_archive_a_person(make_window, prompts):
    window = make_window()
    window.menus.sample_action.trigger()
    prompts.answers.append("Mette K. Sørensen")
    window.menus.rename_action.trigger()
    assert window._services.people.list()[0].name == "Mette K. Sørensen"
    window.menus.archive_action.trigger()
    assert window._services.people.list() == []
    assert tree_texts(window) == []
    window.people.show_archived.setChecked(True)
    assert tree_texts(window)[0] == "Mette K. Sørensen (archived)"


def test_search_filters_people_and_plans(make_window):
    window = make_window()
    window.menus.sample_action.trigger()
    person = window._services.plans.list()[0].person.name
    window.people.search.setText("zzz-nobody")
    assert tree_texts(window) == []
    window.people.search.setText(person.split()[0].lower())
    assert person in tree_texts(window)


def test_the_last_plan_is_open_again_after_a_restart(make_window):
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    window.close()
    again = make_window()
    assert again.workspace.plan_id == plan_id
    assert again.stack.currentWidget() is again.workspace


def test_a_command_of_the_window_runs_on_what_was_just_typed(make_window, qtbot):
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    goals = window.workspace.page(GoalsView)
    window.workspace.tabs.setCurrentWidget(goals)
    titles_seen = []

    def export(*_args, **_kwargs):
        titles_seen.append({g.title for g in window._services.goals.list(plan_id)})

    window.actions_.export_plan = export
    window.actions_.export_pdf = export
    for n, action in enumerate((window.menus.export_action, window.menus.pdf_action)):
        goals.editor.title_edit.setText(f"Typed {n}, the pause not over yet")
        action.trigger()
        assert f"Typed {n}, the pause not over yet" in titles_seen[n]


def test_the_new_plan_dialog_lists_models_by_name_and_asks_for_the_level_once(make_window):
    window = make_window()
    seen = []

    def first(dialog):
        combo = dialog.browser.model_combo
        names = [combo.itemText(row) for row in range(combo.count())]
        seen.append(names)
        levels = dialog.browser.level_combo
        assert levels.currentData() is None  # no level chosen yet: none offered blindly
        assert levels.placeholderText() == "Choose the role level"
        dialog.name_edit.setText("Åsa Ørsted")
        combo.setCurrentIndex(combo.findText("Holstebro", Qt.MatchFlag.MatchContains))
        assert levels.currentIndex() == -1 and levels.currentText() != "Direktør"
        dialog.accept()  # refused: the level is the user's to choose
        assert dialog.result() == 0
        assert dialog.error_label.text() == "Please choose the role level the plan is made for."
        levels.setCurrentIndex(levels.findText("Leder af medarbejdere"))
        dialog.accept()
        return dialog.choice()

    window.actions_.ask_new_plan = first
    window._create_plan(new_person=True)
    (names,) = seen
    assert names == sorted(names, key=str.casefold) and len(names) >= 5
    (summary,) = window._services.plans.list()
    assert summary.plan.level_id == "leder-af-medarbejdere"
    window.close()

    window = make_window()  # after a restart, the next plan starts from the same choice
    offered = []
    window.actions_.ask_new_plan = lambda dialog: offered.append(
        (dialog.browser.current_framework_id(), dialog.browser.level_combo.currentText())
    )
    window._create_plan(new_person=True)
    assert offered == [("holstebro", "Leder af medarbejdere")]
