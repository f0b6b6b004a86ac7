"""Where the two desks meet, the services say precisely what happened: why a file cannot update
a plan, which parts were left out and why, which plan is already here; a preview's file is
merged as it was seen; a desk carries over only its own agreements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ledarplan.domain.entities import Agreement, CoachingSession, Side
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.sync import RefusedFile
from ledarplan.services.errors import PlanAlreadyHereError
from ledarplan.services.merging import FileNotMergeableError

FORMAT_1 = Path(__file__).parents[1] / "data" / "exchange" / "format-1"


def _leader_plan(leader):
    asa = leader.people.create("Åsa Ørsted", "Afdelingsleder", "Hjemmeplejen Nord")
    return leader.plans.create(asa.id, "holstebro", "leder-af-ledere", title="Min plan 2027")


def test_a_file_sent_from_this_desk_is_refused_with_its_reason(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    plan = _leader_plan(leader)
    leader.transfer.send(plan.id, tmp_path / "to-manager.json")
    manager.merging.merge(tmp_path / "to-manager.json")
    manager.transfer.send(plan.id, tmp_path / "to-leader.json")

    with pytest.raises(FileNotMergeableError) as refused:
        manager.merging.preview(tmp_path / "to-leader.json")
    assert refused.value.code is RefusedFile.SAME_DESK
    assert refused.value.side is Side.MANAGER
    assert "written at a manager's desk" in str(refused.value)


def test_an_older_file_is_refused_as_older(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    plan = _leader_plan(leader)
    leader.transfer.send(plan.id, tmp_path / "first.json")
    manager.merging.merge(tmp_path / "first.json")
    leader.goals.add(plan.id, "Tydelig feedback", [])
    leader.transfer.send(plan.id, tmp_path / "second.json")
    manager.merging.merge(tmp_path / "second.json")
    with pytest.raises(FileNotMergeableError) as refused:
        manager.merging.preview(tmp_path / "first.json")
    assert refused.value.code is RefusedFile.OLDER


def test_importing_a_plan_already_here_says_which_plan(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    plan = _leader_plan(leader)
    leader.transfer.send(plan.id, tmp_path / "1.json")
    manager.transfer.import_file(tmp_path / "1.json")
    with pytest.raises(PlanAlreadyHereError) as here:
        manager.transfer.import_file(tmp_path / "1.json")
    assert here.value.plan_id == plan.id
    assert "already here" in str(here.value)


def test_a_preview_is_merged_as_it_was_read(desks, tmp_path):
    """Merging after a preview takes the file the user saw, and does not read it again (an
    encrypted file is decrypted once; a file changed or gone since is not what is merged)."""
    leader, manager = desks("leader"), desks("manager")
    plan = _leader_plan(leader)
    leader.transfer.send(plan.id, tmp_path / "1.json")
    manager.merging.merge(tmp_path / "1.json")
    leader.goals.add(plan.id, "Tydelig feedback", [])
    leader.transfer.send(plan.id, tmp_path / "2.json", passphrase="korrekt hest batteri")

    preview = manager.merging.preview(tmp_path / "2.json", "korrekt hest batteri")
    (tmp_path / "2.json").unlink()
    again = manager.merging.preview(preview.file, read=preview.read)
    assert [c.title for c in again.outcome.changes] == [c.title for c in preview.outcome.changes]
    result = manager.merging.merge(preview.file, read=preview.read)
    assert result.written
    assert [g.title for g in manager.goals.list(plan.id)] == ["Tydelig feedback"]


def test_a_format_1_file_lands_at_a_desk_that_can_still_be_changed(services):
    """A file of format 1 does not say whose desk it is for: it is stored as a plan of someone
    the user manages, and the user can say it is their own plan instead."""
    imported = services.transfer.import_file(
        FORMAT_1 / "demo-kalix-all-with-private.ledarplan.json"
    )
    assert services.plans.desk(imported.plan_id).side is Side.MANAGER
    assert services.plans.set_desk(imported.plan_id, Side.LEADER).side is Side.LEADER


def test_a_manager_carries_over_only_the_managers_own_agreements(desks, tmp_path):
    leader, manager = desks("leader"), desks("manager")
    plan = _leader_plan(leader)
    theirs = leader.coaching.save(
        CoachingSession(plan.id, date(2027, 1, 5), agreements=[Agreement("Leader's promise")])
    )
    leader.transfer.send(plan.id, tmp_path / "1.json")
    manager.merging.merge(tmp_path / "1.json")
    mine = manager.coaching.save(
        CoachingSession(plan.id, date(2027, 1, 6), agreements=[Agreement("Manager's promise")])
    )

    assert [a.text for a in manager.coaching.carryable(plan.id)] == ["Manager's promise"]
    assert [a.text for a in leader.coaching.carryable(plan.id)] == ["Leader's promise"]
    with pytest.raises(InvalidInputError, match="not an open agreement of this desk's sessions"):
        manager.coaching.save(
            CoachingSession(plan.id, date(2027, 2, 1)),
            carry_over=[theirs.agreements[0].id],
        )
    carried = manager.coaching.save(
        CoachingSession(plan.id, date(2027, 2, 1)), carry_over=[mine.agreements[0].id]
    )
    assert [a.text for a in carried.agreements] == ["Manager's promise"]
