"""Older plan files are brought up to the current format step by step before they are checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledarplan.exchange import reader
from ledarplan.exchange.format import ExchangeError, read_plan_file
from ledarplan.upgrades import oldest_readable, upgrade

STORED = Path(__file__).resolve().parents[1] / "data" / "exchange"
FORMAT_1 = STORED / "demo-kalix-all-with-private.ledarplan.json"


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


def _as_format_0(document: dict) -> dict:
    """What a 'format 0' of the plan file would have looked like: its rounds under "rounds"."""
    old = {k: v for k, v in document.items() if k != "assessment_rounds"}
    return {**old, "format_version": 0, "rounds": document["assessment_rounds"]}


def _upgrade_v0_to_v1(document: dict) -> dict:
    new = {k: v for k, v in document.items() if k != "rounds"}
    return {**new, "format_version": 1, "assessment_rounds": document["rounds"]}


def test_a_file_of_an_older_format_is_read_through_its_upgrade(monkeypatch):
    current = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    old_file = json.dumps(_as_format_0(current)).encode("utf-8")
    with pytest.raises(ExchangeError, match="there is no format 0"):
        read_plan_file(old_file, "old.ledarplan.json")  # no step from format 0 yet

    monkeypatch.setattr(reader, "UPGRADES", {0: _upgrade_v0_to_v1})
    read = read_plan_file(old_file, "old.ledarplan.json")
    assert read.format_version == 0  # what the file was written as
    assert read.bundle == read_plan_file(FORMAT_1.read_bytes()).bundle
    assert len(read.bundle.rounds) == len(current["assessment_rounds"]) > 0
