"""The workbooks ledarplan writes, opened by readers that share no code with openpyxl:
calamine (Rust, through python-calamine) always, and LibreOffice Calc where it is installed."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from ledarplan.frameworks.loader import load_pack_file
from ledarplan.frameworks.spreadsheet import layout, write_pack_workbook, write_template
from ledarplan.paths import builtin_frameworks_dir

LANGUAGES = layout.TEMPLATE_LANGUAGES


def _expected_first_rows(language: str, levels: list[str]) -> dict[str, list[str]]:
    """Each data sheet's headings, in the template's language."""
    rows = {}
    for spec in layout.SHEETS[1:]:
        headings = [c.names.in_language(language) for c in spec.columns]
        rows[spec.names.in_language(language)] = headings + (
            levels if spec is layout.EXPECTATIONS else []
        )
    return rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_calamine_finds_every_sheet_and_heading_of_a_template(tmp_path, language):
    write_template(tmp_path / "t.xlsx", 3, language)
    book = CalamineWorkbook.from_path(str(tmp_path / "t.xlsx"))
    assert book.sheet_names == [s.names.in_language(language) for s in layout.SHEETS]
    placeholder = {"en": "Level", "sv": "Nivå", "da": "Niveau"}[language]
    levels = [f"{placeholder} {n}" for n in (1, 2, 3)]
    for name, headings in _expected_first_rows(language, levels).items():
        rows = book.get_sheet_by_name(name).to_python()
        assert rows[0] == headings, name
    model = book.get_sheet_by_name(layout.MODEL.names.in_language(language)).to_python()
    assert [row[0] for row in model[1:]] == [
        f.names.in_language(language) for f in layout.MODEL_FIELDS
    ]
    instructions = book.get_sheet_by_name(layout.INSTRUCTIONS.names.in_language(language))
    assert "ledarplan frameworks from-spreadsheet" in str(instructions.to_python())


def test_calamine_reads_a_models_texts_as_the_pack_has_them(tmp_path):
    pack = load_pack_file(builtin_frameworks_dir() / "holstebro.yaml")
    write_pack_workbook(pack, tmp_path / "h.xlsx")
    book = CalamineWorkbook.from_path(str(tmp_path / "h.xlsx"))
    rows = book.get_sheet_by_name("Forventninger").to_python()
    assert rows[0] == ["Område", "Punkt", *(lvl.id for lvl in pack.levels)]
    expected = [
        [area.title, item.title, *(item.expectations[lvl.id] for lvl in pack.levels)]
        for area in pack.areas
        for item in area.items
    ]
    assert rows[1 : 1 + len(expected)] == expected
    sections = book.get_sheet_by_name("Afsnit").to_python()
    assert [row[2] for row in sections[1 : 1 + len(pack.context)]] == [
        s.text or "" for s in pack.context
    ]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    _soffice() is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui); calamine "
    "above is the second reader that always runs",
)
@pytest.mark.parametrize("language", ["sv", "da"])
def test_libreoffice_finds_every_sheet_and_heading_of_a_template(tmp_path, language):
    write_template(tmp_path / "t.xlsx", 2, language)
    # UTF-8 (76), every sheet into its own file (the last option, -1): t-SheetName.csv
    options = "44,34,76,1,,0,false,true,false,false,false,-1"
    done = subprocess.run(
        [
            str(_soffice()),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{options}",
            "--outdir",
            str(tmp_path / "csv"),
            str(tmp_path / "t.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = {p.stem.removeprefix("t-"): p for p in (tmp_path / "csv").glob("*.csv")}
    assert set(found) == {s.names.in_language(language) for s in layout.SHEETS}
    placeholder = {"sv": "Nivå", "da": "Niveau"}[language]
    expected = _expected_first_rows(language, [f"{placeholder} 1", f"{placeholder} 2"])
    for name, headings in expected.items():
        with Path(found[name]).open(encoding="utf-8", newline="") as handle:
            first = next(csv.reader(handle))
        assert first == headings, name
