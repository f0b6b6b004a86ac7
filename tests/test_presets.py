"""The organisation's presets (organisation.toml): read, checked, and applied by the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from ledarplan.app import main
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.paths import builtin_frameworks_dir
from ledarplan.presets import (
    PRESETS_ENV,
    PRESETS_FILE,
    candidate_files,
    load_presets,
    read_presets,
    settle,
)

from .frameworks.test_loader_errors import VALID

FULL = """\
organisation = "Testby Kommune"
logo = "logo.png"
model = "holstebro"
level = "chef"
language = "da"
users_may_change_model = false
packs_folder = "packs"
"""


def write_presets(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PRESETS_FILE
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def hr_folder(tmp_path) -> Path:
    """An installation folder as HR prepares it: presets, logo, one pack of their own."""
    folder = tmp_path / "Program Files" / "ledarplan"
    (folder / "packs").mkdir(parents=True)
    (folder / "packs" / "demo.yaml").write_text(VALID, encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # only its name is checked here
    write_presets(folder, FULL)
    return folder


def catalog_for(presets):
    return FrameworkCatalog.load(builtin_frameworks_dir(), also=presets.pack_sources)


def test_every_setting_is_read(hr_folder):
    report = read_presets(hr_folder / PRESETS_FILE)
    assert report.problems == []
    presets = report.presets
    assert presets.organisation == "Testby Kommune"
    assert presets.logo == hr_folder / "logo.png"
    assert (presets.model, presets.level, presets.language) == ("holstebro", "chef", "da")
    assert presets.users_may_change_model is False
    assert presets.packs_folder == hr_folder / "packs"
    assert presets.source == hr_folder / PRESETS_FILE
    settled = settle(report, catalog_for(presets).models())
    assert settled.problems == []
    assert settled.presets.model_fixed


def test_each_wrong_setting_is_named_and_left_out_while_the_rest_apply(tmp_path):
    path = write_presets(
        tmp_path,
        'organisation = "Hjo kommun"\n'
        'language = "no"\n'
        'users_may_change_model = "nej"\n'
        'logo = "logo.gif"\n'
        'packs_folder = "missing"\n'
        "colour = 3\n",
    )
    report = read_presets(path)
    assert report.presets.organisation == "Hjo kommun"
    assert report.presets.language is None
    assert report.presets.users_may_change_model is True
    assert report.presets.logo is None and report.presets.packs_folder is None
    assert report.problems == [
        f"{path}: setting 'language': 'no' is not one of sv, da, en; it is ignored",
        f"{path}: setting 'users_may_change_model': must be true or false, not str; it is ignored",
        f"{path}: setting 'logo': {tmp_path / 'logo.gif'} is not a PNG, JPEG or SVG picture; "
        "it is ignored",
        f"{path}: setting 'packs_folder': the folder {tmp_path / 'missing'} does not exist; "
        "it is ignored",
        f"{path}: unknown setting 'colour' (known: organisation, logo, model, level, language, "
        "users_may_change_model, packs_folder, data_folder, allow_network_data_folder, "
        "backup_folder, database_url); it is ignored",
    ]


def test_an_unknown_model_or_level_is_reported_against_the_loaded_models(tmp_path):
    catalog = FrameworkCatalog.load(builtin_frameworks_dir())
    path = write_presets(tmp_path, 'model = "holstebro"\nlevel = "borgmester"\n')
    settled = settle(read_presets(path), catalog.models())
    assert settled.presets.model == "holstebro" and settled.presets.level is None
    assert settled.problems == [
        f"{path}: setting 'level': the model 'holstebro' has no level 'borgmester' (its levels: "
        "direktor, chef, leder-af-ledere, leder-af-medarbejdere); it is ignored"
    ]
    path = write_presets(tmp_path, 'model = "holstebr"\nusers_may_change_model = false\n')
    settled = settle(read_presets(path), catalog.models())
    assert settled.presets.model is None and not settled.presets.model_fixed
    assert settled.problems[0].startswith(
        f"{path}: setting 'model': there is no model 'holstebr' (models: "
    )


def test_the_model_may_be_a_pack_file_beside_the_presets(tmp_path):
    (tmp_path / "vores-model.yaml").write_text(VALID, encoding="utf-8")
    path = write_presets(tmp_path, 'model = "vores-model.yaml"\nlevel = "ledare"\n')
    report = read_presets(path)
    assert report.presets.model_file == tmp_path / "vores-model.yaml"
    settled = settle(report, catalog_for(report.presets).models())
    assert (settled.presets.model, settled.presets.level) == ("demo", "ledare")
    assert settled.problems == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'organisation = "Hjo\n', "not valid TOML (Illegal character '\\n' (at line 1, column"),
        (b'organisation = "\xff"\n', "the file is not UTF-8 text"),
        (b"x" * 70_000, "the file is too large (70000 bytes; at most 65536)"),
    ],
)
def test_an_unreadable_file_gives_defaults_and_says_why(tmp_path, content, problem):
    path = tmp_path / PRESETS_FILE
    path.write_bytes(content)
    report = read_presets(path)
    [said] = report.problems
    assert said.startswith(f"{path}: {problem}")
    assert said.endswith("no presets are used")
    assert report.presets.organisation == "" and report.presets.model is None


def test_where_presets_are_looked_for(tmp_path, monkeypatch):
    site = tmp_path / "xdg-site"  # the system-wide configuration folder (see conftest)
    assert candidate_files() == [site / "ledarplan" / PRESETS_FILE]
    assert load_presets().presets.source is None  # none installed: no presets, no problems
    assert load_presets().problems == []
    write_presets(site / "ledarplan", 'organisation = "Kalix kommun"\n')
    assert load_presets().presets.organisation == "Kalix kommun"

    # A bundle reads the file beside its program first.
    program = tmp_path / "opt" / "ledarplan" / "ledarplan"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert candidate_files()[0] == program.parent / PRESETS_FILE
    write_presets(program.parent, 'organisation = "Hjo kommun"\n')
    assert load_presets().presets.organisation == "Hjo kommun"

    # LEDARPLAN_PRESETS names one file, and a missing one is said.
    monkeypatch.setenv(PRESETS_ENV, str(tmp_path / "nowhere.toml"))
    report = load_presets()
    assert report.presets.source is None
    assert report.problems == [
        f"{tmp_path / 'nowhere.toml'}: the presets file named by LEDARPLAN_PRESETS does not exist"
    ]


# --- the command line ----------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_presets_check_describes_a_good_file(capsys, hr_folder):
    code, out, err = run(capsys, "presets", "check", str(hr_folder / PRESETS_FILE))
    assert (code, err) == (0, "")
    assert "Organisation:               Testby Kommune" in out
    assert "Model:                      holstebro – Ledelsesgrundlag for Social og Sundhed" in out
    assert "Role level:                 chef – Chef" in out
    assert "Users may change the model: no" in out
    assert out.endswith(f"{hr_folder / PRESETS_FILE}: all is well.\n")


def test_presets_check_lists_every_problem(capsys, tmp_path):
    path = write_presets(tmp_path, 'model = "holstebro"\nlevel = "chefen"\nlanguage = 1\n')
    code, _, err = run(capsys, "presets", "check", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"{path}: 2 problem(s):",
        f"  - {path}: setting 'language': must be text in quotes, not a number; it is ignored",
        f"  - {path}: setting 'level': the model 'holstebro' has no level 'chefen' (its levels: "
        "direktor, chef, leder-af-ledere, leder-af-medarbejdere); it is ignored",
    ]
    code, _, err = run(capsys, "presets", "check", str(tmp_path / "nope.toml"))
    assert (code, err) == (1, f"ledarplan: {tmp_path / 'nope.toml'}: no such file\n")


def test_presets_show_says_where_they_come_from(capsys, hr_folder, monkeypatch, tmp_path):
    code, out, _ = run(capsys, "presets", "show")
    assert code == 0
    assert out.startswith("No organisation presets are in use. Looked for:\n")
    assert str(tmp_path / "xdg-site" / "ledarplan" / PRESETS_FILE) in out
    monkeypatch.setenv(PRESETS_ENV, str(hr_folder / PRESETS_FILE))
    code, out, _ = run(capsys, "presets", "show")
    assert f"Presets file:               {hr_folder / PRESETS_FILE}" in out


def test_the_organisation_and_its_language_reach_the_pdf_and_its_packs_the_list(
    capsys, hr_folder, monkeypatch, tmp_path
):
    monkeypatch.setenv(PRESETS_ENV, str(hr_folder / PRESETS_FILE))
    code, out, _ = run(capsys, "frameworks", "list")
    assert code == 0 and "demo" in out and "[organisation]" in out
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "(Ledelsesgrundlag for Social og Sundhed, Chef)" in out  # the preset model and level
    plan_id = out.splitlines()[-1]
    pdf = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "export-pdf", plan_id, "--out", str(pdf))
    assert code == 0, err
    first = PdfReader(pdf).pages[0].extract_text()
    assert "Testby Kommune" in first
    assert "Lederudviklingsplan" in first  # the preset's language (no choice of the user's)
    # The command line's own choice wins over the presets.
    code, _, _ = run(capsys, "export-pdf", plan_id, "--out", str(pdf), "--organisation", "Hjo")
    assert code == 0
    assert "Testby Kommune" not in PdfReader(pdf).pages[0].extract_text()


def test_a_broken_presets_file_warns_and_the_command_still_works(capsys, tmp_path, monkeypatch):
    path = write_presets(tmp_path, 'model = "nonesuch"\n')
    monkeypatch.setenv(PRESETS_ENV, str(path))
    code, _, err = run(capsys, "demo")
    assert code == 0
    assert err.startswith(f"warning: organisation presets: {path}: setting 'model': there is no")
