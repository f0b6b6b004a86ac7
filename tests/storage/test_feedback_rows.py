"""Feedback rounds in the database: their rows, deletion as tombstones, and migration 0004."""

from __future__ import annotations

import shutil
from datetime import date

from ledarplan.domain.entities import (
    FeedbackComment,
    FeedbackRound,
    FrameworkSnapshot,
    GroupFeedback,
    ItemFeedback,
    Person,
    Plan,
    RecordKind,
    RespondentGroup,
    SnapshotItem,
)
from ledarplan.storage import convert
from ledarplan.storage.database import open_database
from ledarplan.storage.schema import MIGRATIONS
from ledarplan.storage.store import Store
from ledarplan.storage.tables import FeedbackRoundRow


def a_round(plan_id: str = "plan-1") -> FeedbackRound:
    return FeedbackRound(
        plan_id,
        date(2027, 3, 1),
        ["a", "b"],
        questions=["Vad ska jag fortsätta med?"],
        groups=[RespondentGroup.STAFF, RespondentGroup.PEERS],
        results=[
            GroupFeedback(
                RespondentGroup.STAFF,
                4,
                [ItemFeedback("a", [0, 0, 1, 2, 1]), ItemFeedback("b", [1, 0, 0, 0, 0], 3)],
                [FeedbackComment("area", "Lyssnar")],
            )
        ],
        left_out=[RespondentGroup.PEERS],
    )


def test_a_feedback_round_goes_into_its_row_and_comes_back_the_same():
    round_ = a_round()
    row = FeedbackRoundRow(id=round_.id)
    convert.fill_feedback_row(row, round_)
    assert row.groups == ["staff", "peers"]
    first = {"item_id": "a", "counts": [0, 0, 1, 2, 1], "cannot_say": 0}
    assert row.results[0]["items"][0] == first
    assert convert.feedback_from_row(row) == round_


def test_a_stored_round_is_loaded_with_its_plan_and_deleted_as_a_tombstone(tmp_path):
    database = open_database(tmp_path / "db.sqlite3")
    person = Person("Åsa")
    snapshot = FrameworkSnapshot("M", "S", items=(SnapshotItem("a", "area", "Area", "A"),))
    plan = Plan(person.id, "kalix", "1", snapshot)
    try:
        with Store(database).transaction() as repo:
            repo.add_person(person)
            repo.add_plan(plan)
            stored = repo.save_feedback(a_round(plan.id))
        assert stored.versions.created is not None  # stamped as the leader's desk's change
        with Store(database).transaction() as repo:
            assert repo.load_bundle(plan.id).feedback == [stored]
            repo.delete_feedback(stored.id)
        with Store(database).transaction() as repo:
            bundle = repo.load_bundle(plan.id)
    finally:
        database.dispose()
    assert bundle.feedback == []
    assert [(t.kind, t.id) for t in bundle.deleted] == [(RecordKind.FEEDBACK, stored.id)]


def test_a_database_of_schema_0003_gets_feedback_rounds_keeping_every_record(tmp_path):
    """0004 only creates a table: the plans, goals and their children stay as they were."""
    older = tmp_path / "migrations-0003"
    shutil.copytree(MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (older / "versions").glob("*.py"):
        if script.name[:4] > "0003":  # 0004 and what came after it
            script.unlink()
    path = tmp_path / "db.sqlite3"
    database = open_database(path, migrations=older)
    person = Person("Bo")
    snapshot = FrameworkSnapshot("M", "S", items=(SnapshotItem("a", "area", "Area", "A"),))
    plan = Plan(person.id, "kalix", "1", snapshot, title="Min plan")
    try:
        with Store(database).transaction() as repo:
            repo.add_person(person)
            repo.add_plan(plan)
    finally:
        database.dispose()
    database = open_database(path, tmp_path / "backups")
    try:
        with Store(database).transaction() as repo:
            repo.save_feedback(a_round(plan.id))
            bundle = repo.load_bundle(plan.id)
    finally:
        database.dispose()
    assert bundle.plan.title == "Min plan"
    assert [f.results[0].respondents for f in bundle.feedback] == [4]
