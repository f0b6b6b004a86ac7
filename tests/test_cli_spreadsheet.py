"""`ledarplan frameworks template | from-spreadsheet | to-spreadsheet`, as HR uses them."""

from __future__ import annotations

from openpyxl import load_workbook

from ledarplan.app import main
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.spreadsheet.layout import SHEETS
from ledarplan.paths import builtin_frameworks_dir

from .frameworks.workbooks import build, model_sheets


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_template_writes_the_sheets_in_the_language_asked(capsys, tmp_path):
    out = tmp_path / "modell.xlsx"
    code, said, _ = run(
        capsys, "frameworks", "template", "--out", str(out), "--levels", "4", "--lang", "da"
    )
    assert code == 0
    assert said == (
        f"{out}: spreadsheet template written (da, 4 role levels); fill it in, then: "
        f"ledarplan frameworks from-spreadsheet {out} --out MODEL.yaml\n"
    )
    book = load_workbook(out)
    assert book.sheetnames == [s.names.da for s in SHEETS]
    assert [c.value for c in book["Forventninger"][1]][2:] == [f"Niveau {n}" for n in range(1, 5)]


def test_template_in_the_users_language_by_default(capsys, tmp_path):
    code, _, _ = run(capsys, "frameworks", "template", "--out", str(tmp_path / "t.xlsx"))
    assert code == 0
    assert load_workbook(tmp_path / "t.xlsx").sheetnames[0] in (
        "Instructions",
        "Anvisningar",
        "Vejledning",
    )


def test_template_refuses_a_wrong_number_of_levels(capsys, tmp_path):
    try:
        main(["frameworks", "template", "--out", str(tmp_path / "t.xlsx"), "--levels", "13"])
    except SystemExit as exit_info:
        assert exit_info.code == 2
    assert "a number from 0 to 12" in capsys.readouterr().err
    assert not (tmp_path / "t.xlsx").exists()


def test_from_spreadsheet_writes_a_pack_that_validate_accepts(capsys, tmp_path):
    workbook = build(tmp_path / "m.xlsx", model_sheets())
    pack_file = tmp_path / "exempelby.yaml"
    code, out, err = run(
        capsys, "frameworks", "from-spreadsheet", str(workbook), "--out", str(pack_file)
    )
    assert (code, err) == (0, "")
    assert out == (
        f"{pack_file}: valid model pack 'exempelby' (Ledarskap i Exempelby): 2 areas, 3 items, "
        "2 role levels\n"
    )
    code, out, _ = run(capsys, "frameworks", "validate", str(pack_file))
    assert code == 0
    assert "valid model pack 'exempelby'" in out


def test_from_spreadsheet_names_every_problem_and_writes_nothing(capsys, tmp_path):
    sheets = model_sheets()
    sheets["Expectations"][0][3] = "Chef för chefer"
    sheets["Items"].append(["Leda medarbetare", None, None, "x"])
    workbook = build(tmp_path / "m.xlsx", sheets)
    pack_file = tmp_path / "m.yaml"
    pack_file.write_text("an earlier file, kept as it was", encoding="utf-8")
    code, out, err = run(
        capsys, "frameworks", "from-spreadsheet", str(workbook), "--out", str(pack_file)
    )
    assert code == 1
    assert out == ""
    assert err == (
        "m.xlsx: Items!B5: empty item name (an item needs a name, a description, or both)\n"
        "m.xlsx: Expectations!D1: the level 'Chef för chefer' is not in the Levels sheet "
        "(levels: 'chef', 'enhetschef', or their names)\n"
        f"{workbook}: not converted (2 problem(s)); nothing was written\n"
    )
    assert pack_file.read_text(encoding="utf-8") == "an earlier file, kept as it was"
    assert "Traceback" not in err


def test_from_spreadsheet_of_a_file_that_is_no_workbook(capsys, tmp_path):
    text = tmp_path / "model.xlsx"
    text.write_text("Område;Punkt\n", encoding="utf-8")
    code, _, err = run(
        capsys, "frameworks", "from-spreadsheet", str(text), "--out", str(tmp_path / "m.yaml")
    )
    assert code == 1
    assert err.startswith("model.xlsx: not a spreadsheet")
    assert not (tmp_path / "m.yaml").exists()


def test_from_spreadsheet_says_its_notes(capsys, tmp_path):
    sheets = model_sheets()
    sheets["Levels"][1][1] = "Chef "
    workbook = build(tmp_path / "m.xlsx", sheets)
    code, _, err = run(
        capsys, "frameworks", "from-spreadsheet", str(workbook), "--out", str(tmp_path / "m.yaml")
    )
    assert code == 0
    assert err == "note: m.xlsx: Levels!B2: spaces at the start or end of the text were removed\n"


def test_from_spreadsheet_wants_a_yaml_file(capsys, tmp_path):
    workbook = build(tmp_path / "m.xlsx", model_sheets())
    code, _, err = run(
        capsys, "frameworks", "from-spreadsheet", str(workbook), "--out", str(tmp_path / "m.json")
    )
    assert code == 2
    assert "--out must name a .yaml file" in err


def test_to_spreadsheet_and_back_gives_the_same_pack(capsys, tmp_path):
    workbook = tmp_path / "holstebro.xlsx"
    code, out, _ = run(capsys, "frameworks", "to-spreadsheet", "holstebro", "--out", str(workbook))
    assert code == 0
    assert out == (
        f"{workbook}: the model 'holstebro' (Ledelsesgrundlag for Social og Sundhed) as a "
        "spreadsheet\n"
    )
    assert load_workbook(workbook).sheetnames[0] == "Vejledning"  # the model's own language
    pack_file = tmp_path / "holstebro.yaml"
    code, _, err = run(
        capsys, "frameworks", "from-spreadsheet", str(workbook), "--out", str(pack_file)
    )
    assert code == 0
    assert "the id 'holstebro' is a built-in model's" in err
    assert load_pack_file(pack_file) == load_pack_file(builtin_frameworks_dir() / "holstebro.yaml")


def test_to_spreadsheet_of_an_organisation_pack_in_english(capsys, tmp_path, private_data_dir):
    workbook = build(tmp_path / "m.xlsx", model_sheets())
    frameworks = private_data_dir / "frameworks"
    frameworks.mkdir(parents=True, exist_ok=True)
    run(
        capsys,
        "frameworks",
        "from-spreadsheet",
        str(workbook),
        "--out",
        str(frameworks / "exempelby.yaml"),
    )
    again = tmp_path / "again.xlsx"
    code, _, _ = run(
        capsys, "frameworks", "to-spreadsheet", "exempelby", "--out", str(again), "--lang", "en"
    )
    assert code == 0
    assert load_workbook(again).sheetnames[1] == "Model"
    catalog = FrameworkCatalog.load(builtin_frameworks_dir(), frameworks)
    back = tmp_path / "back.yaml"
    assert run(capsys, "frameworks", "from-spreadsheet", str(again), "--out", str(back))[0] == 0
    assert load_pack_file(back) == catalog.get("exempelby")


def test_to_spreadsheet_of_an_unknown_model(capsys, tmp_path):
    code, _, err = run(
        capsys, "frameworks", "to-spreadsheet", "nowhere", "--out", str(tmp_path / "x.xlsx")
    )
    assert code == 2
    assert "no model with the id 'nowhere'" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_folder_that_cannot_be_written_is_said_in_words(capsys, tmp_path):
    code, _, err = run(
        capsys, "frameworks", "template", "--out", str(tmp_path / "missing" / "t.xlsx")
    )
    assert code == 1
    assert err.startswith("ledarplan: ")
    assert "Traceback" not in err
