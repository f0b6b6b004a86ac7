"""The files written stay the same, byte for byte: stored copies of exported plans.

A plan file is read by other installations (perhaps an older version) and by HR's own tools;
a change in how the program writes it must be a deliberate new format version, never a side
effect of a change in the code. These copies were written by format 1's writer; each test
writes the same plan again and compares every byte.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from ledarplan.domain.desk_records import restamp
from ledarplan.domain.entities import Desk, Goal, PlanBundle, Side, Stamp
from ledarplan.exchange.format import ExchangeError, bundle_from_json, bundle_to_json
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.services.demo import build_demo_bundle

STORED = Path(__file__).resolve().parents[1] / "data" / "exchange"
EXPORTED_AT = datetime(2026, 11, 23, 14, 5, 9, tzinfo=timezone.utc)
CASES = [
    (version, *case)
    for version in (1, 2)
    for case in [
        ("holstebro", "leder-af-ledere", True),
        ("holstebro", "leder-af-ledere", False),
        ("kalix", None, True),
    ]
]


def demo_bundle(
    monkeypatch: pytest.MonkeyPatch, framework_id: str, level: str | None, version: int = 1
) -> PlanBundle:
    """The sample plan with ids counted up from 1 instead of random ones, so it is the same
    plan every time; for format 2 at the leader's desk after a few changes and a deletion."""
    counter = iter(range(1, 10_000))
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
    pack = FrameworkCatalog.load(builtin_frameworks_dir()).get(framework_id)
    bundle = build_demo_bundle(pack, level, date(2026, 11, 23))
    created = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)
    bundle.person.created_at = bundle.person.updated_at = created
    bundle.plan.created_at, bundle.plan.updated_at = created, EXPORTED_AT
    if version >= 2:
        first = Stamp(Side.LEADER, 1, created)
        for goal in bundle.goals:
            restamp(None, goal, first)
        changed = copy.deepcopy(bundle.goals[0])
        changed.progress += 5
        bundle.goals[0].actions.pop()
        bundle.deleted = restamp(changed, bundle.goals[0], Stamp(Side.MANAGER, 4, EXPORTED_AT))
        bundle.desk = Desk(Side.LEADER, {Side.LEADER: 1, Side.MANAGER: 4}, EXPORTED_AT)
    return bundle


def stored(version: int, framework_id: str, level: str | None, private: bool) -> Path:
    notes = "with-private" if private else "without-private"
    return (
        STORED
        / f"format-{version}"
        / f"demo-{framework_id}-{level or 'all'}-{notes}.ledarplan.json"
    )


@pytest.mark.parametrize(("version", "framework_id", "level", "private"), CASES)
def test_an_exported_plan_is_byte_identical_to_its_stored_copy(
    monkeypatch, version, framework_id, level, private
):
    bundle = demo_bundle(monkeypatch, framework_id, level, version)
    text = bundle_to_json(
        bundle,
        include_private_notes=private,
        app_version="0.1.0",
        exported_at=EXPORTED_AT,
        format_version=version,
    )
    assert text.encode("utf-8") == stored(version, framework_id, level, private).read_bytes()


@pytest.mark.parametrize(("version", "framework_id", "level", "private"), CASES)
def test_a_stored_copy_reads_back_as_the_plan_that_was_written(
    monkeypatch, version, framework_id, level, private
):
    bundle = demo_bundle(monkeypatch, framework_id, level, version)
    read = bundle_from_json(stored(version, framework_id, level, private).read_bytes())
    if version == 1:  # format 1 has no stamps, desk, deletions nor the plan's manager; the
        for session in read.sessions:  # upgrade marks the notes it left out as withheld
            session.versions.withheld.clear()
        bundle.plan.manager_name = bundle.plan.manager_title = ""
    if private:
        assert read == bundle
    else:  # private notes and answers were left out, everything else is the same
        assert read.goals == bundle.goals
        assert read.rounds == bundle.rounds
        assert [s.notes for s in read.sessions if not s.notes_private] == [
            s.notes for s in bundle.sessions if not s.notes_private
        ]
        assert all(s.notes == "" for s in read.sessions if s.notes_private)


@dataclass
class GoalWithPriority(Goal):
    """A goal with a field the file format does not have (yet)."""

    priority: int = 2


def test_a_field_the_format_does_not_have_is_refused_when_writing_not_dropped(monkeypatch):
    bundle = demo_bundle(monkeypatch, "kalix", None)
    first = bundle.goals[0]
    bundle.goals[0] = GoalWithPriority(**{f.name: getattr(first, f.name) for f in fields(first)})
    with pytest.raises(ExchangeError) as info:
        bundle_to_json(bundle, include_private_notes=True, app_version="0", exported_at=EXPORTED_AT)
    assert info.value.problems == ["goals[0].priority: unknown field"]
