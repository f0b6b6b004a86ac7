"""File → Update plan from file… and importing a plan that is already here: the preview of what
the other desk's file changes, the conflicts decided in it, and what is stored afterwards.

The other desk is a second installation (`other_desk`) that takes the leader's file in, changes
the plan and sends it back, as a manager's PC would.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from ledarplan.domain.entities import AssessorKind, DevelopmentTalk, Rating, RecordKind
from ledarplan.domain.sync import Choice
from ledarplan.gui.merge_texts import Part, kind_name, part_of
from ledarplan.gui.models.merge_preview import COL_CHOICE


@pytest.fixture
def shared(make_window, other_desk, tmp_path):
    """The leader's window with the sample plan, which the manager has taken in."""
    window = make_window()
    window.menus.sample_action.trigger()
    plan_id = window.workspace.plan_id
    window._services.transfer.send(plan_id, tmp_path / "to manager.ledarplan.json")
    other_desk.merging.merge(tmp_path / "to manager.ledarplan.json")
    return window, plan_id


def preview_with(window, steps):
    """Drives the real preview dialog: `steps(dialog)` looks and clicks; returns what it saw."""
    seen = []

    def ask(dialog):
        dialog.show()
        seen.append(steps(dialog))
        if dialog.result() == QDialog.DialogCode.Accepted:
            return dialog.decision()
        return None

    window.desk_flows.ask_merge = ask
    return seen


def tree_rows(dialog) -> dict[str, list[tuple[str, str]]]:
    model = dialog.changes
    groups = {}
    for row in range(model.rowCount()):
        part = model.index(row, 0)
        groups[part.data()] = [
            (model.index(r, 0, part).data(), model.index(r, 1, part).data())
            for r in range(model.rowCount(part))
        ]
    return groups


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_preview_lists_what_the_other_desk_added_changed_and_removed_per_part(
    shared, other_desk, prompts, tmp_path, qtbot
):
    window, plan_id = shared
    services = window._services
    goals = other_desk.goals.list(plan_id)
    other_desk.goals.add(plan_id, "Sparring med en kollega", [])
    other_desk.goals.save_fields(replace(goals[0], description="Hver uge, kort og konkret"))
    other_desk.goals.delete(goals[2].id)
    items = services.plans.get(plan_id).snapshot.item_ids
    other_desk.assessments.record(
        plan_id, date(2027, 1, 20), [Rating(items[0], 4)], assessor_kind=AssessorKind.MANAGER
    )
    other_desk.talks.prepare(DevelopmentTalk(plan_id, date=date(2027, 3, 1)))
    person = other_desk.people.get(services.plans.get(plan_id).person_id)
    other_desk.people.update(replace(person, job_title="Områdeleder"))
    other_desk.transfer.send(plan_id, tmp_path / "from manager.ledarplan.json")

    def look(dialog):
        shown = {
            "groups": tree_rows(dialog),
            "conflicts": dialog.conflicts_box.isVisibleTo(dialog),
            "title": dialog.changes_box.title(),
            "person": dialog.person_label.text(),
            "merge": dialog.merge_button.isEnabled(),
        }
        dialog.person_check.click()  # take the new job title too
        click(qtbot, dialog.merge_button)
        return shown

    seen = preview_with(window, look)
    prompts.answers.append([tmp_path / "from manager.ledarplan.json"])
    window.desk_menu.update_action.trigger()

    [shown] = seen
    assert shown["title"] == "From your manager: 5 changes"
    assert shown["groups"] == {
        "Assessment rounds (1)": [("Assessment round “20/01/2027”", "Added")],
        "Goals and actions (3)": [
            (f"Goal “{goals[0].title}”", "Changed: Description"),
            (f"Goal “{goals[2].title}”", "Removed"),
            ("Goal “Sparring med en kollega”", "Added"),
        ],
        "Development talks (1)": [("Development talk “01/03/2027”", "Added")],
    }
    assert not shown["conflicts"]
    assert shown["merge"]
    assert f"Job title: “{person.job_title}” here, “Områdeleder” in the file" in shown["person"]
    titles = [g.title for g in services.goals.list(plan_id)]
    assert "Sparring med en kollega" in titles and goals[2].title not in titles
    assert services.goals.list(plan_id)[0].description == "Hver uge, kort og konkret"
    assert services.people.get(person.id).job_title == "Områdeleder"
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("information", "Update from a file")
    assert "was updated (3 added, 1 changed, 1 removed)" in text


def test_a_feedback_round_from_the_other_desk_is_listed_under_its_own_part(
    shared, other_desk, prompts, tmp_path, qtbot
):
    """A round of feedback from others is a record of its own: the preview names it and the
    part it belongs to (it used to stop the preview with an error)."""
    window, plan_id = shared
    other_desk.feedback.create(plan_id, on=date(2027, 2, 3))
    other_desk.transfer.send(plan_id, tmp_path / "from manager.ledarplan.json")

    def look(dialog):
        shown = tree_rows(dialog)
        click(qtbot, dialog.merge_button)
        return shown

    seen = preview_with(window, look)
    prompts.answers.append([tmp_path / "from manager.ledarplan.json"])
    window.desk_menu.update_action.trigger()

    [shown] = seen
    assert shown == {"Feedback from others (1)": [("Feedback round “03/02/2027”", "Added")]}
    assert [r.date for r in window._services.feedback.list(plan_id)] == [date(2027, 2, 3)]


@pytest.mark.parametrize("kind", list(RecordKind))
def test_every_kind_of_record_has_a_name_and_a_part(kind):
    assert kind_name(kind)
    assert part_of(kind, "some-id", set()) in set(Part)


def _conflicting(window, other_desk, plan_id, tmp_path):
    """Both desks change the same goal's title, description and progress; the manager's file."""
    services = window._services
    goal = services.goals.list(plan_id)[0]
    services.goals.save_fields(
        replace(goal, title="Ledarens titel", description="Ledarens ord", progress=30)
    )
    other_desk.goals.save_fields(
        replace(goal, title="Chefens titel", description="Chefens ord", progress=60)
    )
    out = tmp_path / "from manager.ledarplan.json"
    other_desk.transfer.send(plan_id, out)
    return goal.id, out


def test_each_conflict_is_decided_and_the_merge_waits_until_all_are(
    shared, other_desk, prompts, tmp_path, qtbot
):
    window, plan_id = shared
    goal_id, out = _conflicting(window, other_desk, plan_id, tmp_path)

    def decide(dialog):
        rows = {
            dialog.pane.conflicts.row_at(r).conflict.field: r
            for r in range(dialog.pane.conflicts.rowCount())
        }
        enabled = [dialog.merge_button.isEnabled()]
        dialog.pane.select(rows["title"])
        assert dialog.pane.mine_text.toPlainText() == "Ledarens titel"
        assert dialog.pane.theirs_text.toPlainText() == "Chefens titel"
        assert dialog.pane.mine_when.text().startswith("Changed at the leader's desk on ")
        assert dialog.pane.theirs_when.text().startswith("Changed at the manager's desk on ")
        radios = dialog.pane.radios
        assert not radios[Choice.BOTH].isEnabled()  # a title is one line: not kept twice
        click(qtbot, dialog.pane.radios[Choice.THEIRS])
        enabled.append(dialog.merge_button.isEnabled())
        dialog.pane.select(rows["description"])
        assert dialog.pane.radios[Choice.BOTH].isEnabled()  # free text: both can be kept
        click(qtbot, dialog.pane.radios[Choice.BOTH])
        enabled.append(dialog.merge_button.isEnabled())
        undecided = dialog.pane.undecided_label.text()
        dialog.pane.select(rows["progress"])
        click(qtbot, dialog.pane.radios[Choice.MINE])
        enabled.append(dialog.merge_button.isEnabled())
        decisions = [dialog.pane.conflicts.index(r, COL_CHOICE).data() for r in range(len(rows))]
        dialog.accept()
        return enabled, undecided, sorted(decisions)

    seen = preview_with(window, decide)
    prompts.answers.append(out)
    window.menus.import_action.trigger()  # a plan already here: its file goes to the preview

    [(enabled, undecided, decisions)] = seen
    assert enabled == [False, False, False, True]
    assert undecided == "1 conflict still to decide"
    assert decisions == ["Keep both", "Keep mine", "Take theirs"]
    goal = next(g for g in window._services.goals.list(plan_id) if g.id == goal_id)
    assert goal.title == "Chefens titel"
    assert goal.progress == 30
    assert goal.description.startswith("Ledarens ord\n\n[manager")
    assert goal.description.endswith("Chefens ord")


@pytest.mark.parametrize(
    "case",
    [("keep_all_button", "Ledarens titel", 30), ("take_all_button", "Chefens titel", 60)],
    ids=["keep all mine", "take all theirs"],
)
def test_keep_all_mine_or_take_all_theirs(shared, other_desk, tmp_path, qtbot, case):
    button, title, progress = case
    window, plan_id = shared
    goal_id, out = _conflicting(window, other_desk, plan_id, tmp_path)

    def all_at_once(dialog):
        click(qtbot, getattr(dialog.pane, button))
        chosen = set(dialog.decision().choices.values())
        click(qtbot, dialog.merge_button)
        return chosen

    seen = preview_with(window, all_at_once)
    window.desk_flows.update_from_files([out])

    expected = Choice.MINE if button == "keep_all_button" else Choice.THEIRS
    assert seen == [{expected}]
    goal = next(g for g in window._services.goals.list(plan_id) if g.id == goal_id)
    assert (goal.title, goal.progress) == (title, progress)


def test_cancel_writes_nothing(shared, other_desk, tmp_path, qtbot):
    window, plan_id = shared
    services = window._services
    other_desk.goals.add(plan_id, "Chefens nye mål", [])
    _goal_id, out = _conflicting(window, other_desk, plan_id, tmp_path)
    before = services.plans.bundle(plan_id)
    desk_before = services.plans.desk(plan_id)
    backups = services.maintenance.database_file.parent / "backups"
    made = set(backups.glob("*.sqlite3"))

    def cancel(dialog):
        click(qtbot, dialog.pane.take_all_button)
        dialog.reject()

    preview_with(window, cancel)
    assert window.desk_flows.update_from_files([out]) == plan_id
    assert services.plans.bundle(plan_id) == before
    assert services.plans.desk(plan_id) == desk_before
    assert set(backups.glob("*.sqlite3")) == made  # not even a backup: nothing was written


def test_nothing_new_in_a_file_merged_before(shared, other_desk, prompts, tmp_path):
    window, plan_id = shared
    other_desk.goals.add(plan_id, "Chefens nye mål", [])
    out = tmp_path / "from manager.ledarplan.json"
    other_desk.transfer.send(plan_id, out)
    seen = preview_with(window, lambda dialog: dialog.accept())
    window.desk_flows.update_from_files([out])
    seen = preview_with(
        window,
        lambda dialog: (
            dialog.nothing_label.isVisibleTo(dialog),
            dialog.nothing_label.text(),
            dialog.merge_button.text(),
        ),
    )
    window.desk_flows.update_from_files([out])
    assert seen == [(True, "Nothing new in this file.", "OK")]
    assert prompts.shown[-1][0] == "information"


def test_the_other_desks_refused_changes_and_a_withdrawn_signature_are_said(
    shared, other_desk, prompts, tmp_path
):
    window, plan_id = shared
    services = window._services
    [talk] = services.talks.list(plan_id)
    services.talks.sign(talk.id, "Mette Kjær Sørensen")
    services.transfer.send(plan_id, tmp_path / "signed.ledarplan.json")
    other_desk.merging.merge(tmp_path / "signed.ledarplan.json")
    [theirs] = other_desk.talks.list(plan_id)
    other_desk.talks.prepare(replace(theirs, summary="Chefens opsummering"))
    out = tmp_path / "from manager.ledarplan.json"
    other_desk.transfer.send(plan_id, out)
    # A file that would also change the leader's self-assessment (made by hand, or by a
    # program that does not keep to the desks): that part is refused, the rest merged.
    data = json.loads(out.read_text(encoding="utf-8"))
    own = next(r for r in data["assessment_rounds"] if r["assessor_kind"] == "self")
    own["note"] = "Chefens ord om lederens selvevaluering"
    stamp = {"side": "manager", "seq": data["sender"]["seen"]["manager"], "at": data["exported_at"]}
    own["versions"]["fields"]["note"] = stamp
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    seen = preview_with(window, lambda dialog: dialog.notes_label.text())
    window.desk_flows.update_from_files([out])

    [notes] = seen
    assert "Left out: the file would change parts that only this desk changes" in notes
    assert "Assessment round" in notes and "Note" in notes
    assert "Your signature of the development talk" in notes and "is withdrawn" in notes
    assert services.talks.list(plan_id)[0].leader_signature is not None  # cancelled


def test_updating_plans_from_several_files_at_a_managers_desk(
    make_window, open_desk, prompts, tmp_path
):
    window = make_window()  # the manager's own PC, nothing in it yet
    leaders = {name: open_desk(name) for name in ("Åsa", "Bo")}
    first, plans = [], {}
    for name, desk in leaders.items():
        person = desk.people.create(f"{name} Leder")
        plan = desk.plans.create(person.id, "kalix", title=f"{name}s plan")
        plans[name] = plan.id
        first.append(desk.transfer.send(plan.id, tmp_path / f"{name} 1.ledarplan.json"))
    broken = tmp_path / "broken.ledarplan.json"
    broken.write_text("{}", encoding="utf-8")

    # Each plan not here yet is imported as a leader's plan this user manages.
    prompts.answers.append([*first, broken])
    window.desk_menu.update_action.trigger()
    kind, _title, text = prompts.shown[-1]
    assert kind == "warning"  # one of the files could not be read; the others were taken
    assert "Åsa 1.ledarplan.json: the plan of Åsa Leder was imported as a new plan." in text
    assert "Bo 1.ledarplan.json: the plan of Bo Leder was imported as a new plan." in text
    assert "broken.ledarplan.json" in text
    for plan_id in plans.values():
        assert window._services.plans.desk(plan_id).side.value == "manager"

    # Later both send again: each file is previewed and merged on its own.
    again = []
    for name, desk in leaders.items():
        desk.goals.add(plans[name], f"{name}s nye mål", [])
        again.append(desk.transfer.send(plans[name], tmp_path / f"{name} 2.ledarplan.json"))
    seen = preview_with(window, lambda dialog: (dialog.heading.text(), dialog.accept())[0])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in again])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)  # both files dropped on the window at once
    assert seen == [
        "The plan of Åsa Leder, from Åsa 2.ledarplan.json",
        "The plan of Bo Leder, from Bo 2.ledarplan.json",
    ]
    kind, _title, text = prompts.shown[-1]
    assert kind == "information"
    assert text.count("was updated (1 added, 0 changed, 0 removed)") == 2
    for name, plan_id in plans.items():
        assert f"{name}s nye mål" in [g.title for g in window._services.goals.list(plan_id)]


def test_a_new_plan_of_a_person_stored_here_offers_the_files_details(
    shared, other_desk, prompts, tmp_path
):
    window, plan_id = shared
    person_id = window._services.plans.get(plan_id).person_id
    person = other_desk.people.get(person_id)
    other_desk.people.update(replace(person, unit="Hjemmeplejen Syd"))
    second = other_desk.plans.create(person_id, "kalix", title="Næste plan")
    other_desk.transfer.send(second.id, tmp_path / "next.ledarplan.json")

    prompts.answers += [tmp_path / "next.ledarplan.json", False]
    window.menus.import_action.trigger()
    kind, _title, text = prompts.shown[-1]
    assert kind == "confirm"
    assert "Unit: “" in text and "“Hjemmeplejen Syd” in the file" in text
    assert window._services.people.get(person_id).unit != "Hjemmeplejen Syd"  # kept as stored

    third = other_desk.plans.create(person_id, "kalix", title="Tredje plan")
    other_desk.transfer.send(third.id, tmp_path / "third.ledarplan.json")
    prompts.answers += [tmp_path / "third.ledarplan.json", True]
    window.menus.import_action.trigger()
    assert window._services.people.get(person_id).unit == "Hjemmeplejen Syd"  # when chosen
