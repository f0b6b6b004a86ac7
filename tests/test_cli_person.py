"""`ledarplan export-person`: one person's data by id or name; a wrong PERSON lists who is there."""

from __future__ import annotations

import json
import stat
import sys

import pytest

from ledarplan.app import main, open_services
from ledarplan.exchange.format import bundle_from_json
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import AppPaths, builtin_frameworks_dir
from tests.services.test_person_export import add_person_with_plan


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "leader"


@pytest.fixture
def people(data_dir):
    """Åsa with two plans, Bo with one, stored as the GUI would store them."""
    paths = AppPaths(data_dir)
    services = open_services(paths, FrameworkCatalog.load(builtin_frameworks_dir()))
    try:
        add_person_with_plan(services, "Åsa Öster", "ÅSA-HEMLIS-1")
        add_person_with_plan(services, "Åsa Öster", "ÅSA-HEMLIS-2", "holstebro", "chef")
        add_person_with_plan(services, "Bo Berg", "BO-HEMLIS-9")
        return {p.name: p for p in services.people.list()}
    finally:
        services.close()


def test_export_by_id_prefix(capsys, data_dir, people, tmp_path):
    asa = people["Åsa Öster"]
    out = tmp_path / "till Åsa" / "åsa.ledarplan-person.json"
    code, stdout, err = run(
        capsys, "--data-dir", str(data_dir), "export-person", asa.id[:8], "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert stdout == (
        f"Wrote everything stored about Åsa Öster (2 plans, private notes included) to {out}.\n"
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["id"] == asa.id
    assert len(document["plans"]) == 2
    text = out.read_text(encoding="utf-8")
    assert "Privat anteckning ÅSA-HEMLIS-1" in text and "Privat svar ÅSA-HEMLIS-2" in text
    assert "BO-HEMLIS-9" not in text and "Bo Berg" not in text
    for doc in document["plans"]:
        assert bundle_from_json(json.dumps(doc).encode()).person.id == asa.id
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_by_full_name_in_any_case(capsys, data_dir, people, tmp_path):
    out = tmp_path / "bo.json"
    code, stdout, _ = run(
        capsys, "--data-dir", str(data_dir), "export-person", "  bo  BERG ", "--out", str(out)
    )
    assert code == 0
    assert "about Bo Berg (1 plan, private notes included)" in stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["person"]["id"] == people["Bo Berg"].id
    assert "Privat anteckning BO-HEMLIS-9" in out.read_text(encoding="utf-8")
    assert "ÅSA-HEMLIS" not in out.read_text(encoding="utf-8")


def test_an_unknown_person_lists_the_people(capsys, data_dir, people, tmp_path):
    out = tmp_path / "x.json"
    code, stdout, err = run(
        capsys, "--data-dir", str(data_dir), "export-person", "Åsa", "--out", str(out)
    )
    assert code == 2 and stdout == ""
    assert "'Åsa' is neither the id nor the full name of a stored person" in err
    for person in people.values():
        assert f"  {person.id}  {person.name}\n" in err
    assert not out.exists()


def test_two_people_of_the_same_name_are_listed_with_their_ids(capsys, data_dir, people, tmp_path):
    run(capsys, "--data-dir", str(data_dir), "demo")
    run(capsys, "--data-dir", str(data_dir), "demo")
    out = tmp_path / "x.json"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "export-person",
        "Mette Kjær Sørensen",
        "--out",
        str(out),
    )
    assert code == 2
    assert "'Mette Kjær Sørensen' matches 2 people; give the id of one:" in err
    assert err.count("Mette Kjær Sørensen\n") == 2
    assert "Bo Berg" not in err
    assert not out.exists()


def test_a_short_beginning_of_an_id_is_not_taken(capsys, data_dir, people, tmp_path):
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "export-person",
        people["Bo Berg"].id[:3],
        "--out",
        str(tmp_path / "x.json"),
    )
    assert code == 2 and "is neither the id nor the full name" in err


def test_no_people_at_all(capsys, data_dir, tmp_path):
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "export-person", "Åsa", "--out", str(tmp_path / "x")
    )
    assert code == 2
    assert err == "ledarplan: 'Åsa' is not a stored person (no people are stored)\n"


def test_an_unwritable_target_is_reported_and_nothing_is_left(capsys, data_dir, people, tmp_path):
    target = tmp_path / "a folder"
    target.mkdir()
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "export-person", "Bo Berg", "--out", str(target)
    )
    assert code == 1
    assert err.startswith(f"ledarplan: cannot write {target} (")
    assert err.endswith("); nothing was written\n")
    assert target.is_dir() and list(target.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ledarplan-")] == []


def test_the_verb_is_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "export-person" in capsys.readouterr().out
