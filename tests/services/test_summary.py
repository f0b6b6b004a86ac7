"""A summary file holds nothing that identifies a person: a plan full of distinctive names and
texts, every one of which the plan file carries, leaves none of them in the summary's bytes —
nor an id, nor a date finer than the month. Written only when asked, whole or not at all."""

from __future__ import annotations

import dataclasses
import errno
import itertools
import os
import re
from datetime import date, datetime, timezone
from enum import Enum

import pytest

from ledarplan.domain.entities import (
    AssessorKind,
    FeedbackAnswer,
    FeedbackComment,
    FeedbackRound,
    GroupFeedback,
    ItemFeedback,
    RespondentGroup,
    Side,
    Signature,
)
from ledarplan.exchange.writer import bundle_to_json
from ledarplan.services.demo import build_demo_bundle
from ledarplan.services.errors import FileWriteError
from ledarplan.summary.document import read_summary, summary_text
from ledarplan.summary.labels import HrLabels

#: Fields that hold the model's ids, enum words or links between records, not anyone's words.
NOT_TYPED = {
    "framework_id", "framework_version", "level_id", "item_id", "area_id", "item_ids",
    "building_block", "question_key", "snapshot", "versions", "desk", "deleted",
}  # fmt: skip
ID_FIELDS = {"id", "plan_id", "person_id", "goal_ids", "carried_from"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _marked(value, counter, typed: list[str], ids: list[str]):
    """`value` with every typed text replaced by a distinctive one (collected in `typed`),
    and every id collected in `ids`."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            if field.name in ID_FIELDS:
                ids += [current] if isinstance(current, str) else list(current or [])
            elif field.name == "email":
                changes[field.name] = f"quixotewood{next(counter)}@example.org"
                typed.append(changes[field.name])
            elif field.name not in NOT_TYPED:
                changes[field.name] = _marked(current, counter, typed, ids)
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_marked(v, counter, typed, ids) for v in value]
    if isinstance(value, str) and not isinstance(value, Enum):
        text = f"Zebulon Quixotewood {next(counter)}"
        typed.append(text)
        return text
    return value


def _feedback_round(bundle) -> FeedbackRound:
    """Feedback from others (issue 20) with open questions, and in every group comments and
    answers; the leader's own manager among them rates every item at the top of the scale."""
    snapshot = bundle.plan.snapshot
    top = [0, 0, 0, 0, 3]
    results = [
        GroupFeedback(
            group,
            3,
            items=[ItemFeedback(item_id, list(top)) for item_id in snapshot.item_ids],
            comments=[FeedbackComment(snapshot.items[0].area_id, "a comment")],
            answers=[FeedbackAnswer(0, "an answer"), FeedbackAnswer(1, "another")],
        )
        for group in RespondentGroup
    ]
    return FeedbackRound(
        bundle.plan.id,
        date(2026, 3, 15),
        item_ids=list(snapshot.item_ids),
        questions=["What should I keep doing?", "What should I change?"],
        groups=list(RespondentGroup),
        results=results,
    )


@pytest.fixture
def distinctive(services, catalog, tmp_path):
    """A sample plan whose every name and text is distinctive — a round of feedback from
    others too —, stored through a plan file; returns (plan id, the typed texts, the ids, the
    plan file's bytes)."""
    bundle = build_demo_bundle(catalog.get("holstebro"), "leder-af-ledere", date(2026, 3, 10))
    bundle.feedback = [_feedback_round(bundle)]
    typed: list[str] = []
    ids: list[str] = []
    bundle = _marked(bundle, itertools.count(1), typed, ids)
    talk = bundle.talks[0]
    signed = datetime(2026, 3, 12, 14, 30, tzinfo=timezone.utc)
    talk.leader_signature = Signature("Zebulon Signer", "Quixote Role", signed)
    talk.manager_signature = Signature("Xanthippe Boss", "Quixote Chief", signed)
    typed += ["Zebulon Signer", "Quixote Role", "Xanthippe Boss", "Quixote Chief"]
    file = tmp_path / "plan.ledarplan.json"
    text = bundle_to_json(
        bundle,
        include_private_notes=True,
        app_version="test",
        exported_at=datetime(2026, 3, 20, tzinfo=timezone.utc),
    )
    file.write_text(text, encoding="utf-8")
    services.transfer.import_file(file)
    return bundle.plan.id, typed, ids, text


def test_the_summary_holds_no_name_text_id_or_date_of_the_plan(services, distinctive):
    plan_id, typed, ids, plan_file = distinctive
    # The plan file holds every one of them: the search below can find them.
    assert len(typed) > 60 and all(t in plan_file for t in typed)
    assert plan_id in plan_file
    document = services.summaries.document([plan_id], today=date(2026, 11, 23))
    data = summary_text(document).encode("utf-8")
    found = [t for t in typed if t.encode() in data or t.lower().encode() in data.lower()]
    assert found == []
    assert [i for i in ids if i.encode() in data] == []
    assert UUID.search(data.decode()) is None  # no id of any kind
    assert FULL_DATE.search(data.decode()) is None  # no day, only the month
    assert b'"written": "2026-11"' in data
    # What it does hold: the plan's facts.
    plan = document.plans[0]
    assert plan.model == "holstebro" and plan.level == "leder-af-ledere" and plan.year == 2026
    assert plan.self_assessment and plan.self_assessment.ratings
    assert plan.talk.signed and plan.talk.held
    assert len(plan.goals) == 3 and plan.sessions > 0


def test_feedback_from_others_is_not_in_the_summary(services, distinctive):
    """Issue 21 lists what a summary holds: the self and manager ratings, not feedback from
    others. The own manager's answers in a feedback round are not the manager's assessment."""
    plan_id, _typed, _ids, plan_file = distinctive
    assert '"feedback_rounds"' in plan_file and len(services.feedback.list(plan_id)) == 1
    bundle = services.plans.bundle(plan_id)
    [manager_round] = [r for r in bundle.rounds if r.assessor_kind is AssessorKind.MANAGER]
    document = services.summaries.document([plan_id], today=date(2026, 11, 23))
    rated = document.plans[0].manager_assessment.ratings
    assert rated == {r.item_id: r.value for r in manager_round.ratings if r.value is not None}
    assert set(rated.values()) != {5}
    assert "feedback" not in summary_text(document)


def test_the_preview_says_what_the_file_holds_in_the_models_words_only(services, distinctive):
    plan_id, typed, _ids, _ = distinctive
    document = services.summaries.document([plan_id], today=date(2026, 11, 23))
    preview = services.summaries.preview(document, HrLabels())
    assert [t for t in typed if t in preview] == []
    assert "Plan 1 of 1" in preview
    assert "Role level: Leder af ledere" in preview
    assert "Year: 2026" in preview
    assert f"One-way key (counts the plan once; leads to no one): {document.plans[0].key}" in (
        preview
    )
    pack = services.catalog.get("holstebro")
    rated = document.plans[0].self_assessment.ratings
    first = next(i for a in pack.areas for i in a.items if i.id in rated)
    assert f"    {first.label}: {rated[first.id]}" in preview
    assert "Development talk: held: yes; signed by both: yes; followed up: no" in preview


def test_nothing_is_written_until_asked_and_then_the_whole_file(services, distinctive, tmp_path):
    plan_id, *_ = distinctive
    out = tmp_path / "to HR" / "summary.ledarplan-summary.json"
    document = services.summaries.document([plan_id])
    assert not out.exists()
    services.summaries.write(document, out)
    assert read_summary(out.read_bytes(), str(out)).document == document


def test_a_file_that_cannot_be_written_is_said_and_the_earlier_one_kept(
    services, distinctive, tmp_path, monkeypatch
):
    plan_id, *_ = distinctive
    out = tmp_path / "to HR" / "summary.ledarplan-summary.json"
    out.parent.mkdir()
    out.write_text("earlier", encoding="utf-8")

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(FileWriteError) as caught:
        services.summaries.write(services.summaries.document([plan_id]), out)
    assert caught.value.kind == "disk full" and caught.value.path == out
    assert out.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no half-written file left


def test_the_leaders_and_the_managers_copies_give_the_same_key(services, desks, tmp_path):
    leader = services
    bundle = leader.samples.create("kalix", None, date(2026, 2, 1))
    sent = leader.transfer.send(bundle.plan.id, tmp_path / "to manager.ledarplan.json")
    manager = desks("manager")
    manager.transfer.import_file(sent)
    assert manager.plans.desk(bundle.plan.id).side is Side.MANAGER
    mine = leader.summaries.document([bundle.plan.id]).plans[0]
    theirs = manager.summaries.document([bundle.plan.id]).plans[0]
    assert mine.key == theirs.key
    other = leader.samples.create("kalix", None, date(2026, 2, 1))
    assert leader.summaries.document([other.plan.id]).plans[0].key != mine.key


def test_a_managers_file_holds_each_chosen_plan_once_in_no_order_of_names(services):
    made = [services.samples.create("skr", None, date(2026, 1, 5)) for _ in range(4)]
    for number, bundle in enumerate(made):
        services.people.rename(bundle.person.id, f"Person {'ABCD'[number]}")
    ids = [b.plan.id for b in made]
    document = services.summaries.document([*ids, ids[0]])
    keys = [p.key for p in document.plans]
    assert len(keys) == 4 and keys == sorted(keys)
    choices = services.summaries.choices()
    assert {c.plan_id for c in choices} == set(ids)
    assert all(c.year == 2026 and c.desk is Side.LEADER for c in choices)
