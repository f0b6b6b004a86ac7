"""From the window: the calendar file (read back with vobject, a second parser) and the team's
PDFs, written with a progress bar, Cancel, and a plan that fails named at the end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
import vobject
from PySide6.QtWidgets import QPushButton

from ledarplan.domain.entities import ActionStatus, Side
from ledarplan.i18n.catalog import Translator
from ledarplan.services.pdf_export import plan_file_stem
from tests.gui.test_pdf_export import pdf_text

pytestmark = pytest.mark.gui

TODAY = date.today()
PEOPLE = [("Anna Berg", "hjo"), ("Bo Ek", "kalix"), ("Cecilie Dahl", "skr"), ("David Holm", "hjo")]


def events(path) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {event.uid.value: event for event in calendar.vevent_list}


def team(window) -> dict[str, str]:
    services = window._services
    plans = {}
    for name, model in PEOPLE:
        bundle = services.samples.create(model, None, TODAY - timedelta(days=3))
        services.people.rename(bundle.person.id, name)
        services.plans.set_desk(bundle.plan.id, Side.MANAGER)
        plans[name] = bundle.plan.id
    window.events.people_changed.emit()
    return plans


# --- the calendar file -----------------------------------------------------------------------


def test_the_open_plans_dates_as_a_calendar_file_titled_in_the_windows_language(
    make_window, prompts, tmp_path
):
    window = make_window()
    window.menus.sample_action.trigger()
    window.set_language("sv")
    bundle = window._services.plans.bundle(window.workspace.plan_id)
    assert window.menus.calendar_action.isEnabled()
    prompts.answers.append(tmp_path / "min plan")  # no suffix: .ics is added
    window.menus.calendar_action.trigger()
    out = tmp_path / "min plan.ics"
    found = events(out)
    kind, _title, suggested = prompts.shown[-2]
    assert kind == "save_file" and suggested.endswith(".ics")
    assert bundle.person.name in suggested
    talk = bundle.talks[0]
    event = found[f"talk-{talk.id}@ledarplan"]
    assert event.dtstart.value == talk.date  # an all-day event on the talk's date
    assert event.summary.value == f"Utvecklingssamtal: {bundle.person.name} ({bundle.plan.title})"
    latest = max(bundle.sessions, key=lambda s: s.date)
    assert found[f"next-session-{latest.id}@ledarplan"].dtstart.value == latest.next_date
    for goal in bundle.goals:
        for action in goal.actions:
            uid = f"action-{action.id}@ledarplan"
            if action.status is ActionStatus.DONE:
                assert uid not in found
            else:
                assert found[uid].dtstart.value == action.due_date
    said = prompts.shown[-1]
    assert said[0] == "information" and str(out) in said[2]
    assert f"{len(found)} " in said[2]
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    for secret in [s.notes for s in bundle.sessions] + [g.title for g in bundle.goals]:
        assert secret and secret not in text  # no private or free text in any event


def test_the_whole_teams_calendar_and_its_uids_stay_the_same(make_window, prompts, tmp_path):
    window = make_window()
    plans = team(window)
    assert window.menus.team_calendar_action.isEnabled()
    window.menus.team_action.trigger()
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    prompts.answers.append(first)
    window.menus.team_calendar_action.trigger()
    suggested = next(s for s in prompts.shown if s[0] == "save_file")[2]
    assert suggested == "Development plans.ics"
    services = window._services
    [talk] = services.talks.list(plans["Bo Ek"])
    services.talks.prepare(replace(talk, date=TODAY + timedelta(days=30)))  # the talk moved
    prompts.answers.append(second)
    window.menus.team_calendar_action.trigger()
    before, after = events(first), events(second)
    assert before.keys() == after.keys()  # importing again updates, never duplicates
    for name, plan_id in plans.items():
        [each] = services.talks.list(plan_id)
        event = after[f"talk-{each.id}@ledarplan"]
        assert event.summary.value.startswith(f"Development talk: {name} (")
    uid = f"talk-{talk.id}@ledarplan"
    assert after[uid].dtstart.value == TODAY + timedelta(days=30)
    assert before[uid].dtstart.value == TODAY + timedelta(days=18)
    assert int(after[uid].sequence.value) >= int(before[uid].sequence.value)


def test_cancelling_the_save_dialog_writes_no_calendar(make_window, prompts, tmp_path):
    window = make_window()
    window.menus.sample_action.trigger()
    prompts.answers.append(None)
    window.menus.calendar_action.trigger()
    assert list(tmp_path.glob("*.ics")) == []
    assert prompts.shown[-1][0] == "save_file"


# --- the team's PDFs ---------------------------------------------------------------------------


def choose(*, leave_out_people=(), language=None, sections_off=(), open_after=False):
    seen = []

    def answer(dialog):
        seen.append(dialog)
        ticked = [
            dialog.people_model.row_at(r).id
            for r in range(dialog.people_model.rowCount())
            if dialog.people_model.row_at(r).text.split(" – ")[0] not in leave_out_people
        ]
        dialog.set_checked(ticked)
        if language:
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        for section in sections_off:
            dialog.section_boxes[section].setChecked(False)
        dialog.open_box.setChecked(open_after)
        return dialog.team_choice()

    answer.seen = seen
    return answer


def test_the_chosen_peoples_pdfs_in_the_chosen_language(make_window, prompts, tmp_path, qtbot):
    window = make_window()
    plans = team(window)
    actions = window.team_actions
    actions.ask_team_pdf = choose(leave_out_people=("Bo Ek",), language="da", open_after=True)
    opened = []
    actions.open_file = opened.append
    progress_seen = []
    actions.batch_started.connect(
        lambda batch: batch.progressed.connect(
            lambda done, _o: progress_seen.append((done, actions.progress.maximum()))
        )
    )
    prompts.answers.append(tmp_path)
    window.menus.team_pdf_action.trigger()
    [dialog] = actions.ask_team_pdf.seen
    assert dialog.people_model.rowCount() == 4
    written = sorted(p.stem for p in tmp_path.glob("*.pdf"))
    services = window._services
    expected = sorted(
        plan_file_stem(name, services.plans.get(plans[name]))
        for name, _m in PEOPLE
        if name != "Bo Ek"
    )
    assert written == expected
    assert progress_seen == [(1, 3), (2, 3), (3, 3)]
    kind, _title, text = prompts.shown[-1]
    assert kind == "information" and f"3 PDFs written to {tmp_path}." in text
    assert opened == [tmp_path]
    title = Translator("da").translate("PdfLabels", "Leader development plan")
    assert title != "Leader development plan"
    assert title in pdf_text(next(tmp_path.glob("Anna Berg*.pdf")))  # Danish, as chosen


def test_a_plan_that_cannot_be_written_is_named_and_the_rest_are_written(
    make_window, prompts, tmp_path
):
    window = make_window()
    plans = team(window)
    services = window._services
    stem = plan_file_stem("Cecilie Dahl", services.plans.get(plans["Cecilie Dahl"]))
    (tmp_path / f"{stem}.pdf").mkdir()  # a folder in the way: that file cannot be written
    window.team_actions.ask_team_pdf = choose(sections_off=("model", "assessment", "chart"))
    prompts.answers.append(tmp_path)
    window.menus.team_pdf_action.trigger()
    assert len(list(tmp_path.glob("*.pdf"))) == 4  # three PDFs and the folder in the way
    kind, _title, text = prompts.shown[-1]
    assert kind == "warning"
    assert "3 PDFs written to" in text and "These could not be written:" in text
    assert f"• Cecilie Dahl – {services.plans.get(plans['Cecilie Dahl']).title}:" in text


def test_cancel_stops_after_the_pdf_being_written(make_window, prompts, tmp_path):
    window = make_window()
    team(window)
    actions = window.team_actions
    actions.ask_team_pdf = choose(sections_off=("model",))

    def press_cancel_at_the_first(batch):
        def press(done, _outcome):
            if done == 1:  # the progress dialog's own Cancel button, as the user presses it
                actions.progress.findChild(QPushButton).click()

        batch.progressed.connect(press)

    actions.batch_started.connect(press_cancel_at_the_first)
    prompts.answers.append(tmp_path)
    window.menus.team_pdf_action.trigger()
    files = list(tmp_path.glob("*.pdf"))
    assert 1 <= len(files) < 4
    kind, _title, text = prompts.shown[-1]
    assert kind == "information"
    assert (f"{len(files)} PDFs written" if len(files) > 1 else "1 PDF written") in text
    assert f"You cancelled before the other {4 - len(files)}." in text
    assert actions.progress is None  # the progress dialog is gone


def test_with_nobody_chosen_the_export_cannot_start(make_window, prompts):
    window = make_window()
    team(window)
    actions = window.team_actions
    seen = []

    def untick_all(dialog):
        dialog.none_button.click()
        seen.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())
        dialog.all_button.click()
        seen.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())
        # returns nothing: the dialog was cancelled

    actions.ask_team_pdf = untick_all
    window.menus.team_pdf_action.trigger()
    assert seen == [False, True]
    assert not any(kind == "choose_folder" for kind, *_ in prompts.shown)
