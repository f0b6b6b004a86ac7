"""The command line, as a script or a person at a terminal uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ledarplan import __version__
from ledarplan.app import main
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir

from .frameworks.test_loader_errors import VALID

ROOT = Path(__file__).resolve().parents[1]


def holstebro():
    return FrameworkCatalog.load(builtin_frameworks_dir()).get("holstebro")


def expectations(level_id: str) -> list[str]:
    return [item.expectations[level_id] for area in holstebro().areas for item in area.items]


def squash(text: str) -> str:
    return " ".join(text.split())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"ledarplan {__version__}"


def test_help_names_the_verbs(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "frameworks" in out
    assert "--data-dir" in out
    assert "--exit-when-ready" in out


def test_frameworks_list(capsys):
    code, out, _ = run(capsys, "frameworks", "list")
    assert code == 0
    ids = [line.split()[0] for line in out.splitlines()]
    assert sorted(ids) == ["hjo", "holstebro", "huddinge", "kalix", "skr"]
    assert "leder-af-ledere" in out


def test_frameworks_list_json(capsys):
    code, out, _ = run(capsys, "frameworks", "list", "--json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows["holstebro"]["language"] == "da"
    assert rows["holstebro"]["levels"] == [
        "direktor",
        "chef",
        "leder-af-ledere",
        "leder-af-medarbejdere",
    ]
    assert rows["huddinge"]["language"] == "sv"
    assert rows["huddinge"]["builtin"] is True


@pytest.mark.parametrize("level", ["direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere"])
def test_show_one_level_prints_that_level_only(capsys, level):
    code, out, _ = run(capsys, "frameworks", "show", "holstebro", "--level", level)
    assert code == 0
    shown = squash(out)
    mine = expectations(level)
    assert len(mine) == 24
    for text in mine:
        assert squash(text) in shown
    for other in ("direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere"):
        if other != level:
            for text in expectations(other):
                if text not in mine:
                    assert squash(text) not in shown
    assert "Holstebro Kommune" in shown  # the source is named


def test_show_without_level_prints_every_level_labelled(capsys):
    code, out, _ = run(capsys, "frameworks", "show", "holstebro")
    assert code == 0
    shown = squash(out)
    for level in ("direktor", "chef", "leder-af-ledere", "leder-af-medarbejdere"):
        for text in expectations(level):
            assert squash(text) in shown
    assert "[Leder af medarbejdere]" in out
    assert "[Direktør]" in out


def test_show_json_has_only_the_chosen_level(capsys):
    code, out, _ = run(capsys, "frameworks", "show", "holstebro", "--level", "chef", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["level"] == "chef"
    found = [item["expectations"] for area in data["areas"] for item in area["items"]]
    assert len(found) == 24
    assert all(list(e) == ["chef"] for e in found)
    assert [e["chef"] for e in found] == expectations("chef")
    assert data["source"]["organisation"].startswith("Holstebro Kommune")


def test_show_a_model_without_levels(capsys):
    code, out, _ = run(capsys, "frameworks", "show", "huddinge")
    assert code == 0
    assert "Huddinge" in out


def test_show_unknown_model_lists_the_known_ones(capsys):
    code, _, err = run(capsys, "frameworks", "show", "holstebor")
    assert code == 2
    assert "no model with the id 'holstebor'" in err
    assert "holstebro" in err


def test_show_unknown_level_lists_the_levels(capsys):
    code, _, err = run(capsys, "frameworks", "show", "holstebro", "--level", "leder")
    assert code == 2
    assert "has no role level 'leder'" in err
    assert "leder-af-ledere" in err


def test_show_level_on_a_model_without_levels(capsys):
    code, _, err = run(capsys, "frameworks", "show", "kalix", "--level", "chef")
    assert code == 2
    assert "model 'kalix' has no role levels" in err


def test_validate_a_good_pack(capsys, tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(VALID, encoding="utf-8")
    code, out, _ = run(capsys, "frameworks", "validate", str(path))
    assert code == 0
    assert "valid model pack 'demo'" in out


def test_validate_a_broken_pack_says_what_and_where(capsys, tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(VALID.replace("ledare: Sätter", "boss: Sätter"), encoding="utf-8")
    code, out, err = run(capsys, "frameworks", "validate", str(path))
    assert code == 1
    assert out == ""
    assert f"{path}:22: areas[0].items[0].expectations.boss: expectation for unknown level" in err
    assert "Traceback" not in err


def test_an_organisation_pack_in_the_data_dir_is_listed(capsys, tmp_path):
    data = tmp_path / "org data"
    (data / "frameworks").mkdir(parents=True)
    (data / "frameworks" / "demo.yaml").write_text(VALID, encoding="utf-8")
    (data / "frameworks" / "bad.yaml").write_text("id: [", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data), "frameworks", "list")
    assert code == 0
    assert any(line.startswith("demo ") and "[organisation]" in line for line in out.splitlines())
    assert "skipped a model pack" in err
    assert "bad.yaml" in err


def test_data_dir_option_after_the_verb(capsys, tmp_path):
    data = tmp_path / "d"
    (data / "frameworks").mkdir(parents=True)
    (data / "frameworks" / "demo.yaml").write_text(VALID, encoding="utf-8")
    code, out, _ = run(capsys, "frameworks", "list", "--data-dir", str(data))
    assert code == 0
    assert "Demomodellen" in out


def test_python_dash_m_runs_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe not utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ledarplan", "frameworks", "validate", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "not UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
