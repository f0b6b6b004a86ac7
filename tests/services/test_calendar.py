"""The plans' dates as a calendar file: read back with a second, independent parser (vobject)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import vobject

from ledarplan.app import main
from ledarplan.domain.entities import ActionStatus
from ledarplan.services.calendar import CalendarLabels

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def events(path) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return {event.uid.value: event for event in calendar.vevent_list}


def test_every_date_of_the_plan_becomes_an_all_day_event(services, tmp_path):
    bundle = services.samples.create("holstebro", "chef", date(2026, 11, 23))
    out = tmp_path / "plan.ics"
    count = services.calendar.export([bundle.plan.id], out, CalendarLabels(), NOW)
    found = events(out)
    assert len(found) == count
    talk = bundle.talks[0]
    event = found[f"talk-{talk.id}@ledarplan"]
    assert event.dtstart.value == talk.date  # a date, not a time: an all-day event
    assert (event.dtend.value - event.dtstart.value).days == 1
    assert event.summary.value == f"Development talk: {bundle.person.name} ({bundle.plan.title})"
    open_actions = [
        a for g in bundle.goals for a in g.actions if a.due_date and a.status != ActionStatus.DONE
    ]
    for action in open_actions:
        assert found[f"action-{action.id}@ledarplan"].dtstart.value == action.due_date
    done = [a for g in bundle.goals for a in g.actions if a.status == ActionStatus.DONE]
    assert done and all(f"action-{a.id}@ledarplan" not in found for a in done)
    latest = max(bundle.sessions, key=lambda s: s.date)
    assert found[f"next-session-{latest.id}@ledarplan"].dtstart.value == latest.next_date


def test_no_private_or_free_text_is_in_the_file(services, tmp_path):
    bundle = services.samples.create("kalix", None, date(2026, 11, 23))
    out = tmp_path / "plan.ics"
    services.calendar.export([bundle.plan.id], out, CalendarLabels(), NOW)
    text = out.read_text(encoding="utf-8")
    unfolded = text.replace("\r\n ", "")
    texts = [s.notes for s in bundle.sessions] + [
        a.text for s in bundle.sessions for a in s.agreements
    ]
    texts += [g.title for g in bundle.goals] + [a.what for g in bundle.goals for a in g.actions]
    for secret in filter(None, texts):
        assert secret not in unfolded
    assert "DESCRIPTION" not in text


def test_uids_are_stable_and_a_moved_date_updates_its_event(services, tmp_path):
    bundle = services.samples.create("holstebro", "chef", date(2026, 11, 23))
    first, second, third = (tmp_path / f"{n}.ics" for n in (1, 2, 3))
    services.calendar.export([bundle.plan.id], first, CalendarLabels(), NOW)
    services.calendar.export([bundle.plan.id], second, CalendarLabels(), NOW)
    assert first.read_bytes() == second.read_bytes()  # the same plan, the same file
    [talk] = services.talks.list(bundle.plan.id)
    services.talks.prepare(replace(talk, date=date(2027, 2, 3)))
    services.calendar.export([bundle.plan.id], third, CalendarLabels(), NOW)
    before, after = events(first), events(third)
    assert set(before) == set(after)
    uid = f"talk-{talk.id}@ledarplan"
    assert after[uid].dtstart.value == date(2027, 2, 3)
    assert int(after[uid].sequence.value) > int(before[uid].sequence.value)


def test_the_whole_team_in_one_file_from_the_command_line(tmp_path, capsys):
    data = tmp_path / "manager"
    for model in ("holstebro", "kalix", "hjo"):
        assert main(["--data-dir", str(data), "demo", "--framework", model]) == 0
    capsys.readouterr()
    out = tmp_path / "team.ics"
    assert (
        main(["--data-dir", str(data), "calendar", "--all", "--out", str(out), "--lang", "en"]) == 0
    )
    assert "of 3 plans" in capsys.readouterr().out
    found = events(out)
    assert sum(uid.startswith("talk-") for uid in found) == 3
    assert main(["--data-dir", str(data), "calendar", "--out", str(out)]) == 2
