"""demo → plans list → export → import elsewhere → check, as the README shows."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from ledarplan.app import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def leader_dir(tmp_path):
    return str(tmp_path / "leader")


@pytest.fixture
def manager_dir(tmp_path):
    return str(tmp_path / "manager Åsa Ørsted")


def test_the_whole_round_trip(capsys, tmp_path, leader_dir, manager_dir):
    code, out, _ = run(capsys, "--data-dir", leader_dir, "demo")
    assert code == 0
    plan_id = out.strip().splitlines()[-1]
    assert len(plan_id) == 36
    assert "Leder af medarbejdere" in out  # Holstebro by default, at its last level

    code, out, _ = run(capsys, "--data-dir", leader_dir, "plans", "list")
    assert code == 0
    assert plan_id in out and "holstebro/leder-af-medarbejdere" in out

    exchange = tmp_path / "til chefen" / "plan.ledarplan.json"
    code, out, _ = run(
        capsys, "--data-dir", leader_dir, "export", plan_id[:8], "--out", str(exchange)
    )
    assert code == 0 and exchange.is_file()
    assert "without private coaching notes" in out

    code, out, _ = run(capsys, "--data-dir", manager_dir, "import", str(exchange))
    assert code == 0
    assert out.strip().splitlines()[-1] == plan_id

    code, out, _ = run(capsys, "--data-dir", manager_dir, "plans", "list", "--json")
    (row,) = json.loads(out)
    assert row["id"] == plan_id
    assert row["goals"] >= 3

    code, out, _ = run(capsys, "--data-dir", manager_dir, "check")
    assert code == 0
    assert "all is well" in out


def test_demo_for_a_swedish_model(capsys, leader_dir):
    code, out, _ = run(capsys, "--data-dir", leader_dir, "demo", "--framework", "kalix")
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", leader_dir, "plans", "list", "--json")
    (row,) = json.loads(out)
    assert row["framework_id"] == "kalix"
    assert row["level_id"] is None


def test_demo_with_an_unknown_model_or_level(capsys, leader_dir):
    code, _, err = run(capsys, "--data-dir", leader_dir, "demo", "--framework", "x")
    assert code == 2 and "no model with the id 'x'" in err
    code, _, err = run(capsys, "--data-dir", leader_dir, "demo", "--level", "boss")
    assert code == 2 and "has no role level 'boss'" in err


def test_export_of_an_unknown_plan(capsys, leader_dir, tmp_path):
    code, _, err = run(capsys, "--data-dir", leader_dir, "export", "abcdef", "--out", "x.json")
    assert code == 2
    assert "'abcdef' is not the id of a stored plan" in err


def test_import_of_a_broken_file_says_what_and_writes_nothing(capsys, tmp_path, manager_dir):
    bad = tmp_path / "bad.ledarplan.json"
    bad.write_text('{"format": "ledarplan-plan", "format_version": 1, "person": 3}', "utf-8")
    code, out, err = run(capsys, "--data-dir", manager_dir, "import", str(bad))
    assert code == 1
    assert str(bad) in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--data-dir", manager_dir, "plans", "list", "--json")
    assert json.loads(out) == []


def test_import_twice_needs_replace(capsys, tmp_path, leader_dir):
    code, out, _ = run(capsys, "--data-dir", leader_dir, "demo")
    plan_id = out.strip().splitlines()[-1]
    exchange = tmp_path / "p.ledarplan.json"
    run(capsys, "--data-dir", leader_dir, "export", plan_id, "--out", str(exchange))
    code, _, err = run(capsys, "--data-dir", leader_dir, "import", str(exchange))
    assert code == 1 and "--replace" in err
    code, out, _ = run(capsys, "--data-dir", leader_dir, "import", "--replace", str(exchange))
    assert code == 0 and "Replaced" in out and out.strip().endswith(plan_id)


def test_backup_restore_and_check(capsys, tmp_path, leader_dir):
    run(capsys, "--data-dir", leader_dir, "demo")
    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--data-dir", leader_dir, "backup", "--out", str(copy))
    assert code == 0 and copy.is_file()
    run(capsys, "--data-dir", leader_dir, "demo", "--framework", "hjo")
    code, out, _ = run(capsys, "--data-dir", leader_dir, "restore", str(copy))
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "--data-dir", leader_dir, "plans", "list", "--json")
    assert [r["framework_id"] for r in json.loads(out)] == ["holstebro"]
    code, out, _ = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 0


def test_check_reports_a_broken_reference(capsys, tmp_path, leader_dir):
    run(capsys, "--data-dir", leader_dir, "demo")
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    with closing(sqlite3.connect(db_path)) as db:  # foreign keys off: simulate damage
        db.execute("UPDATE goal SET plan_id = 'gone'")
        db.commit()
    code, _, err = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 1
    assert "foreign key" in err and "'goal'" in err


def test_check_describes_a_damaged_file_instead_of_refusing_to_open_it(
    capsys, tmp_path, leader_dir
):
    run(capsys, "--data-dir", leader_dir, "demo")
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    with closing(sqlite3.connect(db_path)) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    # Overwrite a table page in the middle (not the header): SQLite's check finds it.
    start = page_size * (pages // 2)
    data[start : start + page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 1 and out == ""
    assert err.startswith(f"{db_path}: problems found:\n")
    assert "  - integrity: " in err or "  - SQLite cannot read it" in err
    assert db_path.read_bytes() == before  # only read


def test_check_on_an_empty_file_left_by_a_first_start_cut_short_makes_the_database(
    capsys, tmp_path, leader_dir
):
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")  # as a first start killed before its first write leaves it
    code, out, err = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 0, err
    assert "all is well" in out and db_path.stat().st_size > 0


def test_check_on_a_file_without_tables_left_by_a_first_start_cut_short_makes_the_database(
    capsys, tmp_path, leader_dir
):
    """A first start killed after SQLite wrote the file's header (WAL mode) but before its one
    migration transaction committed leaves a database with no table at all; opening makes the
    schema in it, and so does check (the crash test found it)."""
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("PRAGMA journal_mode=WAL")
    assert db_path.stat().st_size > 0
    code, out, err = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 0, err
    assert "all is well" in out


def test_check_on_a_newer_database_names_both_schemas(capsys, tmp_path, leader_dir):
    run(capsys, "--data-dir", leader_dir, "plans", "list")
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
        db.commit()
    code, _, err = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 1
    from ledarplan.storage.schema import head_revision  # noqa: PLC0415

    assert f"the schema is at 0099, this program expects {head_revision()}" in err


def test_a_newer_database_is_refused_by_every_verb(capsys, tmp_path, leader_dir):
    run(capsys, "--data-dir", leader_dir, "plans", "list")
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    with closing(sqlite3.connect(db_path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
        db.commit()
    code, _, err = run(capsys, "--data-dir", leader_dir, "plans", "list")
    assert code == 3
    assert "newer version of ledarplan" in err


def test_export_pdf_of_one_plan_and_of_all(capsys, tmp_path, leader_dir):
    from pypdf import PdfReader  # noqa: PLC0415

    code, out, _ = run(capsys, "--data-dir", leader_dir, "demo")
    plan_id = out.strip().splitlines()[-1]
    run(capsys, "--data-dir", leader_dir, "demo", "--framework", "skr")
    pdf = tmp_path / "plan.pdf"
    code, out, _ = run(
        capsys, "--data-dir", leader_dir, "export-pdf", plan_id, "--out", str(pdf), "--lang", "sv"
    )
    assert code == 0 and "without private notes" in out
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Leder af medarbejdere" in text  # the model's own words stay Danish
    code, out, _ = run(
        capsys, "--data-dir", leader_dir, "export-pdf", "--all", "--out-dir", str(tmp_path / "all")
    )
    assert code == 0
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 2


def test_export_pdf_all_names_a_plan_it_cannot_write_and_writes_the_others(
    capsys, tmp_path, leader_dir
):
    run(capsys, "--data-dir", leader_dir, "demo")
    run(capsys, "--data-dir", leader_dir, "demo", "--framework", "skr")
    out_dir = tmp_path / "all"
    code, _, _ = run(
        capsys, "--data-dir", leader_dir, "export-pdf", "--all", "--out-dir", str(out_dir)
    )
    [first, second] = sorted(out_dir.glob("*.pdf"))
    first.unlink()
    first.mkdir()  # a folder in the way of one file: that plan cannot be written
    second.unlink()
    code, out, err = run(
        capsys, "--data-dir", leader_dir, "export-pdf", "--all", "--out-dir", str(out_dir)
    )
    assert code == 1
    assert f"the PDF of {first.stem}" in err and "could not be written" in err
    assert "1 of 2 PDFs could not be written" in err
    assert f"Wrote {second}" in out and second.is_file()


def test_export_pdf_usage_errors(capsys, leader_dir, tmp_path):
    code, _, err = run(capsys, "--data-dir", leader_dir, "export-pdf")
    assert code == 2 and "either a PLAN or --all" in err
    code, _, err = run(capsys, "--data-dir", leader_dir, "export-pdf", "--all")
    assert code == 2 and "--out-dir" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        leader_dir,
        "export-pdf",
        "--all",
        "--out-dir",
        str(tmp_path),
        "--sections",
        "cover,poetry",
    )
    assert code == 2 and "unknown section(s) poetry" in err


def test_a_damaged_database_is_kept_and_the_latest_good_backup_offered(
    capsys, tmp_path, leader_dir
):
    run(capsys, "--data-dir", leader_dir, "demo")  # makes today's daily backup too
    db_path = tmp_path / "leader" / "ledarplan.sqlite3"
    data = bytearray(db_path.read_bytes())
    data[8192:16384] = b"\x00\xff" * 4096
    db_path.write_bytes(bytes(data))
    damaged = db_path.read_bytes()

    code, _, err = run(capsys, "--data-dir", leader_dir, "plans", "list")
    assert code == 3
    assert "the database is damaged" in err
    assert "restore" in err and "daily-" in err
    assert db_path.read_bytes() == damaged  # never overwritten

    backup = next((tmp_path / "leader" / "backups").glob("daily-*.sqlite3"))
    code, out, _ = run(capsys, "--data-dir", leader_dir, "restore", str(backup))
    assert code == 0 and "The damaged file is kept as" in out
    kept = next((tmp_path / "leader").glob("ledarplan.sqlite3.damaged-*[0-9]"))
    assert kept.read_bytes() == damaged
    code, out, _ = run(capsys, "--data-dir", leader_dir, "check")
    assert code == 0
