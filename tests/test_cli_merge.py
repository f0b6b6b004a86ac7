"""`ledarplan merge FILE… [--preview] [--json] [--keep mine|theirs]` between two desks' copies."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ledarplan.app import main, open_services
from ledarplan.domain.entities import DevelopmentTalk
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def edit_goal(data_dir: Path, plan_id: str, **changes: object) -> None:
    """What the user types in the window at one desk: a goal's fields changed and saved."""
    services = open_services(AppPaths(data_dir), FrameworkCatalog.load(builtin_frameworks_dir()))
    try:
        goal = services.goals.list(plan_id)[0]
        services.goals.save_fields(replace(goal, **changes))
    finally:
        services.close()


@pytest.fixture
def desks(tmp_path, capsys):
    """The leader's sample plan, sent to the manager, who merged it (imported as new)."""
    leader, manager = tmp_path / "leader", tmp_path / "manager"
    code, out, _ = run(capsys, "--data-dir", str(leader), "demo")
    assert code == 0
    plan_id = out.strip().splitlines()[-1]
    first = tmp_path / "first.ledarplan.json"
    assert run(capsys, "--data-dir", str(leader), "export", plan_id, "--out", str(first))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", str(first))
    assert code == 0 and "imported as a new plan" in out
    return leader, manager, plan_id


def send(capsys, data_dir: Path, plan_id: str, out: Path) -> Path:
    assert run(capsys, "--data-dir", str(data_dir), "export", plan_id, "--out", str(out))[0] == 0
    return out


def test_changes_at_one_desk_are_previewed_then_merged(capsys, tmp_path, desks):
    leader, manager, plan_id = desks
    edit_goal(leader, plan_id, title="Feedback hver uge", progress=55)
    file = send(capsys, leader, plan_id, tmp_path / "second.ledarplan.json")

    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", "--preview", str(file))
    assert code == 0
    assert 'changed:  goal "Feedback hver uge" (title, progress)' in out
    assert "Nothing was written (--preview)" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", str(file))
    assert code == 0 and "Merged: 0 added, 1 changed, 0 removed. A backup was made first" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", str(file))
    assert code == 0 and "Nothing new in this file." in out


def test_conflicts_are_listed_and_nothing_is_written_until_kept(capsys, tmp_path, desks):
    leader, manager, plan_id = desks
    edit_goal(leader, plan_id, title="Lederens titel")
    edit_goal(manager, plan_id, title="Chefens titel")
    file = send(capsys, leader, plan_id, tmp_path / "second.ledarplan.json")

    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", "--json", str(file))
    assert code == 1
    [report] = json.loads(out)
    [conflict] = report["conflicts"]
    assert (conflict["kind"], conflict["field"], conflict["here"], conflict["in_file"]) == (
        "goal",
        "title",
        "Chefens titel",
        "Lederens titel",
    )
    assert conflict["changed_here"]["side"] == "manager"
    assert conflict["changed_in_file"]["side"] == "leader"
    assert report["written"] is False
    for key in ("added", "changed", "removed", "refused"):
        assert report[key] == []

    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", str(file))
    assert code == 1 and "Nothing of this file was written" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "merge", "--keep", "theirs", str(file))
    assert code == 0
    back = send(capsys, manager, plan_id, tmp_path / "back.ledarplan.json")
    code, out, _ = run(capsys, "--data-dir", str(leader), "merge", "--json", str(back))
    assert code == 0 and json.loads(out)[0]["conflicts"] == []


def test_several_files_are_merged_each_on_its_own(capsys, tmp_path, desks):
    leader, manager, plan_id = desks
    other = tmp_path / "other leader"
    code, out, _ = run(capsys, "--data-dir", str(other), "demo", "--framework", "kalix")
    other_file = send(capsys, other, out.strip().splitlines()[-1], tmp_path / "kalix.json")
    edit_goal(leader, plan_id, progress=80)
    file = send(capsys, leader, plan_id, tmp_path / "holstebro.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")

    code, out, err = run(
        capsys, "--data-dir", str(manager), "merge", str(file), str(broken), str(other_file)
    )
    assert code == 1  # the broken file is said; the others are merged
    assert "broken.json: not valid JSON" in err
    assert "changed:  goal" in out and "imported as a new plan" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "plans", "list", "--json")
    assert len(json.loads(out)) == 2


def test_import_of_a_plan_that_is_here_says_to_merge(capsys, tmp_path, desks):
    leader, manager, plan_id = desks
    file = send(capsys, leader, plan_id, tmp_path / "again.json")
    code, _, err = run(capsys, "--data-dir", str(manager), "import", str(file))
    assert code == 1 and "ledarplan merge" in err and "--replace" in err


def test_export_writes_format_1_when_asked(capsys, tmp_path, desks):
    leader, _, plan_id = desks
    old = tmp_path / "old.ledarplan.json"
    args = ("export", plan_id, "--out", str(old), "--format-version", "1")
    assert run(capsys, "--data-dir", str(leader), *args)[0] == 0
    document = json.loads(old.read_text(encoding="utf-8"))
    assert document["format_version"] == 1
    assert "sender" not in document and "versions" not in document["goals"][0]


def test_replace_never_takes_back_a_signature_unless_told(capsys, tmp_path, desks):
    leader, _, plan_id = desks
    old = send(capsys, leader, plan_id, tmp_path / "before signing.json")
    services = open_services(AppPaths(leader), FrameworkCatalog.load(builtin_frameworks_dir()))
    try:
        talk: DevelopmentTalk = services.talks.list(plan_id)[0]
        services.talks.sign(talk.id, "Mette Kjær Sørensen", "Centerleder")
    finally:
        services.close()
    code, _, err = run(capsys, "--data-dir", str(leader), "import", "--replace", str(old))
    assert code == 1
    assert "would take back Mette Kjær Sørensen's signature" in err and "Nothing was written" in err
    args = ("import", "--replace", "--allow-unsigning", str(old))
    code, out, _ = run(capsys, "--data-dir", str(leader), *args)
    assert code == 0 and "Replaced the stored plan" in out
