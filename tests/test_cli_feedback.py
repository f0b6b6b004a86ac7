"""`ledarplan feedback form|collect|import` from the command line."""

from __future__ import annotations

import json

import pytest

from ledarplan.app import main
from ledarplan.exchange.feedback_forms import read_form
from tests.feedback_filling import answers, fill


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def leader(tmp_path, capsys):
    data = tmp_path / "leader"
    code, out, _ = run(capsys, "--data-dir", str(data), "demo", "--framework", "kalix")
    assert code == 0
    return data, out.strip().splitlines()[-1]


def test_a_round_made_collected_and_imported(capsys, tmp_path, leader):
    data, plan_id = leader
    form = tmp_path / "form.pdf"
    code, out, err = run(
        capsys, "--data-dir", str(data), "feedback", "form", plan_id[:8], "--out", str(form),
        "--groups", "staff,peers", "--threshold", "3", "--lang", "sv",
    )  # fmt: skip
    assert code == 0, err
    assert "Made feedback round" in out and "groups staff, peers; threshold 3" in out
    round_id = out.split("Made feedback round ")[1].split()[0]
    blank = form.read_bytes()
    filled = fill(blank, answers("staff", {"satter-mal-och-fattar-beslut": 3}))
    spec = read_form(filled, "svar.pdf").spec
    assert spec.round_id == round_id and [g.value for g in spec.groups] == ["staff", "peers"]

    # A collector without the plan: a data folder of its own, never a database.
    hr = tmp_path / "hr"
    files = []
    for n, (group, value) in enumerate([("staff", 4), ("staff", 5), ("staff", 3), ("peers", 1)]):
        path = tmp_path / f"svar-{n}.pdf"
        path.write_bytes(fill(blank, answers(group, {"satter-mal-och-fattar-beslut": value})))
        files.append(str(path))
    (tmp_path / "blank.pdf").write_bytes(blank)
    summary = tmp_path / "summary.json"
    code, out, err = run(
        capsys, "--data-dir", str(hr), "feedback", "collect", *files, str(tmp_path / "blank.pdf"),
        "--out", str(summary),
    )  # fmt: skip
    assert code == 1  # one file was refused, and said so
    assert f"{tmp_path / 'blank.pdf'}: the form is not filled in" in err
    assert "Read 4 forms" in out and "Groups shown: staff 3." in out
    assert "Fewer than 3 answered as peers, even with other: left out." in out
    assert not (hr / "ledarplan.sqlite3").exists()

    code, out, err = run(
        capsys, "--data-dir", str(data), "feedback", "import", plan_id, str(summary)
    )
    assert code == 0, err
    assert "took 0 forms and 1 summaries. Groups shown now: staff 3." in out
    code, out, err = run(
        capsys, "--data-dir", str(data), "feedback", "import", plan_id, str(summary)
    )
    assert code == 1
    assert "this summary was taken in already" in err

    # The plan file carries the aggregate (and the PDF shows it: see tests/pdf).
    plan_file = tmp_path / "plan.json"
    assert run(capsys, "--data-dir", str(data), "export", plan_id, "--out", str(plan_file))[0] == 0
    [stored] = json.loads(plan_file.read_text(encoding="utf-8"))["feedback_rounds"]
    assert [(g["group"], g["respondents"]) for g in stored["results"]] == [("staff", 3)]


def test_wrong_options_are_said(capsys, leader, tmp_path):
    data, plan_id = leader
    base = ["--data-dir", str(data), "feedback", "form", plan_id, "--out", str(tmp_path / "f.pdf")]
    code, _, err = run(capsys, *base, "--groups", "staff,bosses")
    assert code == 2 and "--groups takes some of staff,peers,manager,other" in err
    code, _, err = run(capsys, *base, "--threshold", "1")
    assert code == 2 and "--threshold must be 2–50" in err
    code, _, err = run(capsys, *base, "--items", "nope")
    assert code == 2 and "--items takes all, or areas of the plan's model: checklista" in err
    code, _, err = run(
        capsys, "--data-dir", str(data), "feedback", "import", plan_id, str(tmp_path / "none.pdf")
    )
    assert code == 1 and "none.pdf: cannot be read" in err


def test_a_new_round_reaches_the_managers_copy_and_is_named_in_the_preview(
    capsys, tmp_path, leader
):
    data, plan_id = leader
    manager = tmp_path / "manager"
    first = tmp_path / "first.ledarplan.json"
    assert run(capsys, "--data-dir", str(data), "export", plan_id, "--out", str(first))[0] == 0
    assert run(capsys, "--data-dir", str(manager), "merge", str(first))[0] == 0
    form = tmp_path / "form.pdf"
    assert (
        run(capsys, "--data-dir", str(data), "feedback", "form", plan_id, "--out", str(form))[0]
        == 0
    )
    second = tmp_path / "second.ledarplan.json"
    assert run(capsys, "--data-dir", str(data), "export", plan_id, "--out", str(second))[0] == 0
    code, out, err = run(capsys, "--data-dir", str(manager), "merge", "--preview", str(second))
    assert code == 0, err
    assert "feedback round" in out


def test_every_kind_of_record_has_a_name_in_the_merge_preview():
    from ledarplan.cli.merge import KIND_NAMES  # noqa: PLC0415
    from ledarplan.domain.entities import RecordKind  # noqa: PLC0415

    assert set(KIND_NAMES) == {None, *(k.value for k in RecordKind)}
