"""`ledarplan summary PLAN… --out FILE` at the leaders' desks, `ledarplan hr report FILE… --out
REPORT.pdf` at HR's: from sample plans to the organisation's picture, each bad file named."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ledarplan.app import main
from tests.pdf.pdftext import pdf_text

HJO = "Ledarmodellen"  # Hjo kommun's model


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(capsys, tmp_path) -> tuple[str, list[str]]:
    """A manager's desk with six sample plans of Hjo's model."""
    desk = str(tmp_path / "manager")
    ids = []
    for _ in range(6):
        code, out, _ = run(capsys, "--data-dir", desk, "demo", "--framework", "hjo")
        assert code == 0
        ids.append(out.strip().splitlines()[-1])
    return desk, ids


def test_a_preview_writes_nothing_and_says_what_the_file_would_hold(capsys, team, tmp_path):
    desk, ids = team
    out_file = tmp_path / "summary.json"
    code, out, _ = run(
        capsys, "--data-dir", desk, "summary", ids[0][:8], "--preview", "--out", str(out_file)
    )
    assert code == 0 and not out_file.exists()
    assert out.startswith("The file holds the plans below and nothing else")
    assert "Plan 1 of 1" in out
    assert f"Leadership model: {HJO}, version 1" in out
    assert f"Year: {date.today().year}" in out
    assert "Development talk: held:" in out
    code, out, _ = run(capsys, "--data-dir", desk, "summary", ids[0], "--preview", "--lang", "sv")
    assert code == 0 and "Plan 1 av 1" in out


def test_from_summaries_to_the_report(capsys, team, tmp_path):
    desk, ids = team
    summary = tmp_path / "to HR" / "team.ledarplan-summary.json"
    code, out, err = run(capsys, "--data-dir", desk, "summary", *ids, "--out", str(summary))
    assert code == 0, err
    assert "Wrote a summary of 6 plans" in out and "no names" in out
    assert len(json.loads(summary.read_text(encoding="utf-8"))["plans"]) == 6
    # The same plans once more, with --all, and a file that is not a summary.
    again = tmp_path / "again.json"
    assert run(capsys, "--data-dir", desk, "summary", "--all", "--out", str(again))[0] == 0
    not_one = tmp_path / "notes.txt"
    not_one.write_text("Karin's notes", encoding="utf-8")
    report = tmp_path / "report.pdf"
    code, out, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "hr"),
        "hr",
        "report",
        str(summary),
        str(again),
        str(not_one),
        "--out",
        str(report),
        "--organisation",
        "Hjo kommun",
    )
    assert code == 0, err
    assert f"ledarplan: {not_one}: not a ledarplan summary" in err
    assert "Wrote" in out and "6 plans from 2 of 3 files" in out
    assert "6 summaries of plans already counted" in out
    text = pdf_text(report.read_bytes())
    assert text.startswith("Hjo kommun Leader development across the organisation")
    assert "6 plans" in text
    # HR needs no plans of its own: no database was made for the report.
    assert not (tmp_path / "hr" / "ledarplan.db").exists()


def test_a_report_in_swedish_with_a_higher_threshold(capsys, team, tmp_path):
    desk, ids = team
    summary = tmp_path / "team.json"
    run(capsys, "--data-dir", desk, "summary", *ids, "--out", str(summary))
    report = tmp_path / "rapport.pdf"
    code, _, err = run(
        capsys, "hr", "report", str(summary), "--out", str(report), "--lang", "sv",
        "--threshold", "7",
    )  # fmt: skip
    assert code == 0, err
    text = pdf_text(report.read_bytes())
    assert "Ledarutveckling i hela organisationen" in text
    assert "färre än 7 planer" in text  # the model's 6 plans are left out, and why


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["summary", "--out", "x.json"], "give PLAN… or --all"),
        (["summary", "--all"], "--out FILE is needed"),
        (["hr", "report", "a.json", "--out", "r.pdf", "--threshold", "2"], "at least 3"),
    ],
)
def test_wrong_commands_are_said(capsys, argv, says):
    code, _, err = run(capsys, *argv)
    assert code == 2 and says in err


def test_no_readable_file_means_no_report(capsys, tmp_path):
    report = tmp_path / "r.pdf"
    code, _, err = run(capsys, "hr", "report", str(tmp_path / "gone.json"), "--out", str(report))
    assert code == 1 and not report.exists()
    assert "cannot be read" in err and "no report was written" in err
