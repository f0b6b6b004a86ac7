"""The plan's dates as an iCalendar file (RFC 5545) for Outlook, Thunderbird or a phone.

Written with the `icalendar` library. Every event has a UID made from the record it comes from,
so importing a later file again updates the events instead of adding copies, and a SEQUENCE
that grows when the date was changed (it counts minutes of the date's last change), so the
calendar moves the event. Events say only what kind of date it is, whose plan and the plan's
title — never a goal's, action's or agreement's text, which may be private. Dates without a
time are all-day events.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ledarplan import __version__
from ledarplan.domain.entities import PlanBundle, Stamp
from ledarplan.services.errors import FileWriteError
from ledarplan.services.plans import PlanService
from ledarplan.wording import translate, translated

CONTEXT = "CalendarLabels"
SUFFIX = ".ics"
#: SEQUENCE counts minutes since this moment (a change made later has a higher number).
_EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class CalendarLabels:
    """The events' titles in the user's language: {person} and {plan} are filled in."""

    talk: str = translate("CalendarLabels", "Development talk: {person} ({plan})")
    follow_up: str = translate(
        "CalendarLabels", "Follow-up of the development talk: {person} ({plan})"
    )
    next_session: str = translate("CalendarLabels", "Coaching session: {person} ({plan})")
    action_due: str = translate("CalendarLabels", "An action is due: {person} ({plan})")
    agreement_due: str = translate("CalendarLabels", "An agreement is due: {person} ({plan})")
    goal_target: str = translate("CalendarLabels", "A goal's target date: {person} ({plan})")
    calendar: str = translate("CalendarLabels", "Development plans")


def labels_from(translate_text: Callable[[str, str], str]) -> CalendarLabels:
    return translated(CalendarLabels, CONTEXT, translate_text)


@dataclass(frozen=True)
class DatedItem:
    """One date of a plan, as it becomes an event."""

    uid: str
    day: date
    summary: str
    changed: Stamp | None  # the date's last change: the event's SEQUENCE


def plan_dates(bundle: PlanBundle, labels: CalendarLabels) -> list[DatedItem]:
    """The dates of a plan worth a calendar entry: each talk and its follow-up, the next
    coaching session, the target dates of goals not done, the due dates of open actions and
    open agreements."""
    dates = _Dates(bundle, labels)
    for talk in bundle.talks:
        dates.add("talk", talk, talk.date, labels.talk, "date")
        dates.add("follow-up", talk, talk.follow_up_date, labels.follow_up, "follow_up_date")
    latest = max(bundle.sessions, key=lambda s: s.date, default=None)
    if latest is not None:
        dates.add("next-session", latest, latest.next_date, labels.next_session, "next_date")
    for parent in (*bundle.talks, *bundle.sessions):
        for agreement in parent.agreements:
            if not agreement.done:
                dates.add(
                    "agreement", agreement, agreement.due_date, labels.agreement_due, "due_date"
                )
    for goal in bundle.goals:
        if goal.status.value not in ("done", "dropped"):
            dates.add("goal", goal, goal.target_date, labels.goal_target, "target_date")
        for action in goal.actions:
            if action.status.value != "done":
                dates.add("action", action, action.due_date, labels.action_due, "due_date")
    return sorted(dates.found, key=lambda i: (i.day, i.uid))


class _Dates:
    """Collects a plan's dates as calendar items, each titled with the person and plan."""

    def __init__(self, bundle: PlanBundle, labels: CalendarLabels):
        self.person = bundle.person.name
        self.title = bundle.plan.title or bundle.plan.snapshot.framework_name
        self.found: list[DatedItem] = []

    def add(self, kind: str, record: Any, day: date | None, template: str, field: str) -> None:
        if day is None:
            return
        summary = template.replace("{person}", self.person).replace("{plan}", self.title)
        changed = record.versions.fields.get(field) or record.versions.created
        self.found.append(DatedItem(f"{kind}-{record.id}@ledarplan", day, summary, changed))


def calendar_bytes(items: Iterable[DatedItem], labels: CalendarLabels, now: datetime) -> bytes:
    """The iCalendar file's content."""
    from icalendar import Calendar, Event  # noqa: PLC0415 - only when a calendar is written

    calendar = Calendar()
    calendar.add("prodid", f"-//ledarplan//ledarplan {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", labels.calendar)
    for entry in items:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", now)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("sequence", _sequence(entry.changed))
        event.add("transp", "TRANSPARENT")  # a date to remember, not time taken
        event.add("categories", ["ledarplan"])
        calendar.add_component(event)
    return calendar.to_ical()


def _sequence(changed: Stamp | None) -> int:
    if changed is None:
        return 0
    at = changed.at if changed.at.tzinfo else changed.at.replace(tzinfo=timezone.utc)
    return max(0, int((at - _EPOCH).total_seconds() // 60))


class CalendarService:
    def __init__(self, plans: PlanService):
        self._plans = plans

    def items(self, plan_ids: Iterable[str], labels: CalendarLabels) -> Iterator[DatedItem]:
        for plan_id in plan_ids:
            yield from plan_dates(self._plans.bundle(plan_id), labels)

    def all_plan_ids(self) -> list[str]:
        """The plans of everyone not archived (the manager's whole team, or one's own)."""
        return [s.plan.id for s in self._plans.list(counts=False) if not s.person.archived]

    def export(
        self,
        plan_ids: Iterable[str],
        out: Path,
        labels: CalendarLabels,
        now: datetime | None = None,
    ) -> int:
        """Writes the plans' dates to `out` (whole or not at all); returns how many events."""
        items = list(self.items(plan_ids, labels))
        stamp = now or datetime.now(timezone.utc).replace(microsecond=0)
        data = calendar_bytes(items, labels, stamp)
        try:
            _write_whole(out, data)
        except OSError as exc:
            raise FileWriteError(out, exc) from exc
        return len(items)


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".ledarplan-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
