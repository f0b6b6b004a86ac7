"""Whatever is wrong with a workbook is named with its sheet and cell, all of it at once, and
no pack comes out: never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import zipfile

import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from ledarplan.frameworks.spreadsheet import (
    SpreadsheetError,
    convert_workbook,
    read_workbook,
    write_template,
)
from ledarplan.frameworks.spreadsheet.opening import MAX_WORKBOOK_BYTES

from .workbooks import build, model_sheets, with_computed_values


def problems(path) -> list[str]:
    with pytest.raises(SpreadsheetError) as caught:
        convert_workbook(path)
    assert caught.value.problems
    assert caught.value.describe().startswith(f"{path.name}: ")
    return [p.describe() for p in caught.value.problems]


def problems_of(tmp_path, sheets, **kwargs) -> list[str]:
    return problems(build(tmp_path / "m.xlsx", sheets, **kwargs))


# --- not a workbook to read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "the file is empty"),
        (
            "Area;Item\nLeda;Sätter mål\n".encode(),
            "not a spreadsheet: the file is not an Excel workbook",
        ),
        (b"%PDF-1.7\n...", "not a spreadsheet: this is a PDF document"),
        (b"PK\x03\x04 broken", "not a spreadsheet: the file is damaged"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
            "this is an Excel 97–2003 workbook (.xls)",
        ),
    ],
)
def test_a_file_that_is_not_a_workbook(tmp_path, content, said):
    path = tmp_path / "model.xlsx"
    path.write_bytes(content)
    (message,) = problems(path)
    assert message.startswith(said)


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_an_opendocument_spreadsheet_is_named_with_what_to_do(tmp_path):
    path = _zip(
        tmp_path / "model.ods",
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
    )
    assert problems(path) == [
        "this is an OpenDocument spreadsheet (.ods): in LibreOffice Calc choose File → Save As… "
        "and the type 'Excel 2007-365 (.xlsx)'"
    ]


def test_a_word_document_and_another_zip(tmp_path):
    word = _zip(tmp_path / "model.docx", {"word/document.xml": b"<w/>"})
    assert problems(word) == ["not a spreadsheet: this is a Word document (.docx)"]
    other = _zip(tmp_path / "model.xlsx", {"readme.txt": b"hello"})
    assert problems(other)[0].startswith("not a spreadsheet: the file is a zip archive")


def test_a_password_protected_workbook(tmp_path):
    plain = build(tmp_path / "plain.xlsx", model_sheets())
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("hemligt", target)
    (message,) = problems(locked)
    assert message.startswith("the workbook is password-protected (encrypted)")


def test_a_50_mb_workbook_is_refused_before_it_is_read(tmp_path):
    path = build(tmp_path / "big.xlsx", model_sheets())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/image1.png", os.urandom(50 * 1024 * 1024))
    assert path.stat().st_size > MAX_WORKBOOK_BYTES
    (message,) = problems(path)
    assert message.startswith("the file is too large (50.")
    assert "at most 10.0 MB" in message


def test_a_workbook_that_unpacks_to_far_more_than_it_weighs(tmp_path):
    path = build(tmp_path / "bomb.xlsx", model_sheets())
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w", force_zip64=True) as member,
    ):
        block = bytes(1024 * 1024)
        for _ in range(120):
            member.write(block)
    assert path.stat().st_size < MAX_WORKBOOK_BYTES
    (message,) = problems(path)
    assert message.startswith("the workbook unpacks to 120.")


def test_a_workbook_whose_xml_declares_entities_is_not_expanded(tmp_path):
    path = build(tmp_path / "m.xlsx", model_sheets())
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    parts["xl/worksheets/sheet3.xml"] = (
        bomb
        + parts["xl/worksheets/sheet3.xml"].replace(b"<v>", b"<v>&lol2;", 1).split(b"?>", 1)[-1]
    )
    _zip(path, parts)
    (message,) = problems(path)
    assert message.startswith("the workbook cannot be read (")


def test_a_missing_file(tmp_path):
    (message,) = problems(tmp_path / "nowhere.xlsx")
    assert message.startswith("cannot read the file (")


# --- sheets and columns --------------------------------------------------------------------


def test_a_sheet_missing_and_one_renamed_are_both_named(tmp_path):
    sheets = model_sheets()
    del sheets["Levels"]
    sheets["Punkterna"] = sheets.pop("Items")
    found = problems_of(tmp_path, sheets)
    assert found[0].startswith(
        "Punkterna: the sheet 'Punkterna' is not one of the template's (Instructions, Model, "
    )
    assert found[1].startswith(
        "the sheet 'Levels' is missing (in Swedish 'Nivåer', in Danish 'Niveauer'): was it "
        "renamed or deleted?"
    )
    assert found[2].startswith("the sheet 'Items' is missing")


def test_the_same_sheet_in_two_languages(tmp_path):
    sheets = model_sheets()
    sheets["Nivåer"] = sheets["Levels"]
    assert problems_of(tmp_path, sheets) == [
        "Nivåer: two sheets are the template's Levels sheet: 'Levels' and 'Nivåer'"
    ]


def test_columns_unknown_missing_twice_and_without_a_heading(tmp_path):
    sheets = model_sheets()
    sheets["Items"][0] = ["Area", "Text", "Description", "Id", "Description"]
    sheets["Areas"][1].extend([None, "a note of HR's"])
    assert problems_of(tmp_path, sheets) == [
        "Areas!E2: a text in a column without a heading: give the column one of this sheet's "
        "headings, or move the text",
        "Items!B1: unknown column 'Text' (this sheet's columns: Area, Item, Description, Id, or "
        "their Swedish or Danish names)",
        "Items!E1: a second column 'Description'",
        "Items!1:1: the column 'Item' is missing (its heading goes in row 1; in Swedish 'Punkt', "
        "in Danish 'Punkt')",
    ]


def test_merged_cells_where_single_ones_are_expected(tmp_path):
    sheets = model_sheets()
    sheets["Items"][2][0] = None
    found = problems_of(tmp_path, sheets, merge={"Items": ["A2:A3"], "Expectations": ["C3:D3"]})
    assert found == [
        "Items!A2:A3: merged cells: each value needs a cell of its own; unmerge them (an area "
        "or a section written once applies to the rows below it until the next one)",
        "Expectations!C3:D3: merged cells: each value needs a cell of its own; unmerge them (an "
        "area or a section written once applies to the rows below it until the next one)",
    ]


# --- cells -----------------------------------------------------------------------------------


def test_a_formula_gives_its_value_and_a_note(tmp_path):
    sheets = model_sheets()
    sheets["Items"][3][1] = '="Ger "&"återkoppling"'
    sheets["Model"][5][1] = "=2020+4"
    path = build(tmp_path / "m.xlsx", sheets)
    with_computed_values(path, 2, {"B6": "2024"})
    with_computed_values(path, 5, {"B4": "Ger återkoppling"})
    pack, notes = read_workbook(path)
    assert pack.areas[1].items[0].title == "Ger återkoppling"
    assert pack.source.year == 2024
    assert [n.describe() for n in notes] == [
        "Model!B6: a formula (=2020+4): its value is taken",
        'Items!B4: a formula (="Ger "&"återkoppling"): its value is taken',
    ]


def test_a_formula_without_a_computed_value(tmp_path):
    sheets = model_sheets()
    sheets["Items"][3][1] = "=Areas!A3"
    assert problems_of(tmp_path, sheets) == [
        "Items!B4: a formula (=Areas!A3) without a computed value: type the text instead, or "
        "open the workbook in Excel or LibreOffice Calc and save it"
    ]


def test_a_cell_of_100_000_characters(tmp_path):
    # Excel stops at 32 767 characters (and openpyxl with it); another program may not.
    path = build(tmp_path / "m.xlsx", model_sheets())
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = parts["xl/worksheets/sheet6.xml"].decode("utf-8")
    typed = "F&#246;ljer upp p&#229; f&#246;rvaltningsniv&#229;."  # as openpyxl wrote it
    assert typed in sheet
    parts["xl/worksheets/sheet6.xml"] = sheet.replace(typed, "å" * 100_000).encode()
    _zip(path, parts)
    assert problems(path) == [
        "Expectations!C3: the text is too long (100 000 characters; at most 20 000)"
    ]


def test_a_name_longer_than_a_name_may_be(tmp_path):
    sheets = model_sheets()
    sheets["Items"][1][1] = "Sätter mål " * 40
    assert problems_of(tmp_path, sheets)[0] == (
        "Items!B2: the item's name is too long (439 characters; at most 300): a longer text "
        "goes in the description"
    )


def test_dates_and_yes_no_values_where_text_is_expected(tmp_path):
    sheets = model_sheets()
    sheets["Levels"][2][1] = dt.date(2024, 1, 2)
    sheets["Areas"][2][1] = True
    assert problems_of(tmp_path, sheets) == [
        "Levels!B3: a date or time where text is expected: format the cell as text and type "
        "the words again",
        "Areas!B3: a yes/no value (TRUE) where text is expected: format the cell as text and "
        "type the words again",
    ]


# --- what the sheets say -----------------------------------------------------------------------


def test_a_level_that_is_not_in_the_levels_sheet(tmp_path):
    sheets = model_sheets()
    sheets["Expectations"][0][3] = "Chef för chefer"
    assert problems_of(tmp_path, sheets) == [
        "Expectations!D1: the level 'Chef för chefer' is not in the Levels sheet (levels: "
        "'chef', 'enhetschef', or their names)"
    ]


def test_expectations_when_the_model_has_no_levels(tmp_path):
    sheets = model_sheets()
    sheets["Levels"] = [["Id", "Name"]]
    found = problems_of(tmp_path, sheets)
    assert found == [
        "Expectations!C1: the level 'chef' is not in the Levels sheet, which has none",
        "Expectations!D1: the level 'Enhetschef' is not in the Levels sheet, which has none",
    ]


def test_empty_names_where_a_name_is_needed(tmp_path):
    sheets = model_sheets()
    sheets["Items"].extend([["Leda medarbetare", None, None, "lyssnar"]] * 1)
    sheets["Items"].insert(4, [None, None, None, None])  # an empty row is skipped
    sheets["Items"].append(["Leda medarbetare", None, None, None])
    sheets["Levels"].append([None, None, "Beskrivning utan namn"])
    sheets["Model"][1][1] = None
    found = problems_of(tmp_path, sheets)
    assert found == [
        "Model!B2: empty name",
        "Levels!B4: empty level name",
        "Items!B6: empty item name (an item needs a name, a description, or both)",
        "Items!B7: empty item name (an item needs a name, a description, or both)",
    ]


def test_two_items_of_the_same_name_in_an_area(tmp_path):
    sheets = model_sheets()
    sheets["Items"].append(["Leda verksamhet", "sätter  MÅL", None, None])
    assert problems_of(tmp_path, sheets) == [
        "Items!B5: two items in the area 'Leda verksamhet' are called 'sätter  MÅL' (also Items!B2)"
    ]


def test_two_of_a_name_are_fine_when_each_has_its_id(tmp_path):
    sheets = model_sheets()
    sheets["Items"][1][3] = "mal-1"
    sheets["Items"].append(["Leda verksamhet", "Sätter mål", "Ett annat mål.", "mal-2"])
    sheets["Expectations"][1][1] = "mal-1"
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert [i.id for i in pack.areas[0].items] == ["mal-1", "foljer-upp", "mal-2"]
    assert pack.areas[0].items[0].expectations["chef"] == "Sätter förvaltningens mål."


def test_references_to_areas_items_and_sections_that_are_not_there(tmp_path):
    sheets = model_sheets()
    sheets["Items"][3][0] = "Leda medarbetarna"
    sheets["Items"].append([None, "Lyssnar", None, None])  # in the same (unknown) area
    sheets["Expectations"][2][1] = "Följer upp målen"
    sheets["Entries"][1][0] = "Värderingar"
    assert problems_of(tmp_path, sheets) == [
        "Items!A4: the area 'Leda medarbetarna' is not in the Areas sheet (areas: 'Leda "
        "verksamhet', 'Leda medarbetare')",
        "Areas!A3: the area 'Leda medarbetare' has no items in the Items sheet",
        "Expectations!B3: no item 'Följer upp målen' in the area 'Leda verksamhet' in the "
        "Items sheet (name an item as there, or by its id)",
        "Expectations!B4: no item 'Ger återkoppling' in the area 'Leda medarbetare' in the "
        "Items sheet (name an item as there, or by its id)",
        "Entries!A2: the section 'Värderingar' is not in the Sections sheet (sections: "
        "'Inledning', 'Våra värderingar', 'Efter samtalet')",
    ]


def test_ids_that_are_not_ids_or_are_there_twice(tmp_path):
    sheets = model_sheets()
    sheets["Levels"][2][0] = "Chef"
    sheets["Areas"][1][2] = "omrade"
    sheets["Areas"][2][2] = "omrade"
    sheets["Model"][8][1] = "Exempelby!"
    found = problems_of(tmp_path, sheets)
    assert found == [
        "Model!B9: 'Exempelby!' is not a valid id (lower-case letters a-z, digits and single "
        "hyphens, e.g. 'holstebro'); or leave it empty to have one made from the short name",
        "Levels!A3: 'Chef' is not a valid id (lower-case letters a-z, digits and single "
        "hyphens, e.g. 'leder-af-ledere'); or leave the cell empty to have one made from the name",
        "Areas!C3: two areas have the id 'omrade' (also Areas!C2)",
    ]


def test_the_model_sheet_rows(tmp_path):
    sheets = model_sheets()
    sheets["Model"][6][1] = "svensk-ish"
    sheets["Model"][5][1] = "tjugotjugofyra"
    sheets["Model"].append(["Färg", "blå"])
    del sheets["Model"][4]
    assert problems_of(tmp_path, sheets) == [
        "Model!A9: unknown field 'Färg' (fields: Name, Short name, Organisation, Source "
        "document, Year, Language, Version, Id, Web address, Pages, Note)",
        "Model!A:A: the row 'Source document' is missing (its name goes in column A; in "
        "Swedish 'Källdokument', in Danish 'Kildedokument')",
        "Model!B5: 'tjugotjugofyra' is not a year (four digits, e.g. 2021)",
        "Model!B6: 'svensk-ish' is not a language ledarplan knows (sv, da, nb, nn, fi or en)",
    ]


def test_sections_entries_and_the_scale(tmp_path):
    sheets = model_sheets()
    sheets["Sections"][1][1] = "inledningen"
    sheets["Entries"][2] = [None, None, None, "mod"]
    sheets["Scale"][2][0] = "11"
    sheets["Scale"].append(["1", "Igen"])
    assert problems_of(tmp_path, sheets) == [
        "Sections!B2: 'inledningen' is not a kind of section (one of: introduction, vision, "
        "values, cornerstones, intentions, general-expectations, reflection-factors, "
        "talk-questions, conversation-topics, conversation-cards, common-themes, "
        "agreement-content, development-activities, learning-cycle, other)",
        "Entries!C3: an entry needs a title or a text (or both)",
        "Scale!A3: a point of the scale is a whole number from 0 to 10",
        "Scale!A4: the point 1 is there twice (also Scale!A2)",
        "Scale!A2: a scale needs at least two points (its lowest and its highest), or none",
    ]


def test_entries_of_a_talk_questions_section_in_two_sheets(tmp_path):
    sheets = model_sheets()
    sheets["Entries"].append(["Efter samtalet", None, "Vem gör vad?", None])
    assert problems_of(tmp_path, sheets) == [
        "'Talk questions'!A2: the section 'Efter samtalet' has entries both here and in the "
        "Entries sheet: keep them in one of the two"
    ]


def test_many_problems_are_all_named_at_once(tmp_path):
    sheets = model_sheets()
    sheets["Model"][3][1] = None
    sheets["Levels"].append([None, None, "x"])
    sheets["Items"].append([None, None, None, "x"])
    sheets["Expectations"][0].append("direktor")
    assert len(problems_of(tmp_path, sheets)) == 4


def test_a_new_template_left_empty_says_what_is_missing(tmp_path):
    write_template(tmp_path / "t.xlsx", 2, "da")
    assert problems(tmp_path / "t.xlsx") == [
        "Model!B2: empty name",
        "Model!B4: empty organisation",
        "Model!B5: empty source document",
        "Områder: no areas: a model needs at least one area, with its items",
    ]


def test_a_sheet_that_claims_a_million_rows_is_read_by_its_cells(tmp_path):
    sheets = model_sheets()
    path = build(tmp_path / "m.xlsx", sheets)
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet3.xml"] = parts["xl/worksheets/sheet3.xml"].replace(
        b'<dimension ref="A1:C3"/>', b'<dimension ref="A1:XFD1048576"/>'
    )
    _zip(path, parts)
    pack, _ = read_workbook(path)
    assert len(pack.levels) == 2
