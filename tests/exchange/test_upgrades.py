"""Older plan files are brought up to the current format step by step before they are checked."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from ledarplan.domain.entities import Versions
from ledarplan.exchange.format import ExchangeError, bundle_to_json, read_plan_file
from ledarplan.upgrades import oldest_readable, upgrade

STORED = Path(__file__).resolve().parents[1] / "data" / "exchange"
FORMAT_1 = STORED / "format-1" / "demo-kalix-all-with-private.ledarplan.json"


def test_the_steps_run_in_order_from_the_documents_version_to_the_current():
    seen = []

    def step(number):
        def run(doc):
            seen.append(number)
            return {**doc, "trail": [*doc["trail"], number]}

        return run

    steps = {1: step(1), 2: step(2), 3: step(3)}
    assert upgrade({"trail": []}, 2, 4, steps) == {"trail": [2, 3]}
    assert seen == [2, 3]
    assert upgrade({"trail": []}, 4, 4, steps) == {"trail": []}


def test_the_oldest_readable_format_is_where_the_chain_of_steps_begins():
    assert oldest_readable(1, {}) == 1
    assert oldest_readable(3, {1: dict, 2: dict}) == 1
    assert oldest_readable(3, {0: dict, 2: dict}) == 2  # a gap: format 1 cannot be brought up


def test_a_format_1_file_reads_through_its_upgrade_with_no_stamps_and_no_sender():
    read = read_plan_file(FORMAT_1.read_bytes(), FORMAT_1.name)
    assert read.format_version == 1  # what the file was written as
    bundle = read.bundle
    assert bundle.desk is None and bundle.deleted == []
    assert all(g.versions == Versions() for g in bundle.goals)
    assert len(bundle.goals) == len(json.loads(FORMAT_1.read_text(encoding="utf-8"))["goals"]) > 0


def test_private_notes_left_out_of_a_format_1_file_are_marked_as_withheld():
    stored = STORED / "format-1" / "demo-holstebro-leder-af-ledere-without-private.ledarplan.json"
    sessions = read_plan_file(stored.read_bytes()).bundle.sessions
    private = [s for s in sessions if s.notes_private]
    assert private and all(s.notes == "" for s in private)
    assert all(s.versions.withheld == ["notes"] for s in private)
    assert all(s.versions.withheld == [] for s in sessions if not s.notes_private)


def test_a_file_of_a_format_older_than_any_step_is_refused():
    document = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    document["format_version"] = 0
    with pytest.raises(ExchangeError, match="there is no format 0"):
        read_plan_file(json.dumps(document).encode("utf-8"), "old.ledarplan.json")


def test_format_1_written_and_upgraded_again_is_the_plan_that_was_written(monkeypatch):
    bundle = read_plan_file(FORMAT_1.read_bytes()).bundle
    when = datetime(2026, 11, 23, tzinfo=timezone.utc)
    old = bundle_to_json(
        bundle, include_private_notes=True, app_version="0", exported_at=when, format_version=1
    )
    assert '"versions"' not in old and json.loads(old)["format_version"] == 1
    assert read_plan_file(old.encode("utf-8")).bundle == bundle
