"""HR's model as a spreadsheet: a filled-in workbook becomes the pack it says, texts as typed;
every model goes into the template and comes back the same pack."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ledarplan.frameworks.loader import load_pack_bytes, load_pack_file
from ledarplan.frameworks.pack_writer import pack_to_yaml
from ledarplan.frameworks.spreadsheet import (
    convert_workbook,
    read_workbook,
    write_pack_workbook,
    write_template,
)
from ledarplan.frameworks.spreadsheet.ids import make_id
from ledarplan.frameworks.spreadsheet.layout import SHEETS
from ledarplan.paths import builtin_frameworks_dir

from .workbooks import build, model_sheets

BUILTIN = sorted(builtin_frameworks_dir().glob("*.yaml"))


def test_a_filled_in_workbook_becomes_its_pack(tmp_path):
    pack, notes = read_workbook(build(tmp_path / "m.xlsx", model_sheets()))
    assert notes == []
    assert (pack.id, pack.name, pack.short_name, pack.language, pack.version) == (
        "exempelby",
        "Ledarskap i Exempelby",
        "Exempelby kommun",
        "sv",
        "2024.1",
    )
    assert (pack.source.organisation, pack.source.title, pack.source.year) == (
        "Exempelby kommun, HR",
        "Vår ledarskapsmodell",
        2024,
    )
    assert [(lvl.id, lvl.name) for lvl in pack.levels] == [
        ("chef", "Chef"),
        ("enhetschef", "Enhetschef"),
    ]
    assert [(a.id, a.title, a.description) for a in pack.areas] == [
        ("leda-verksamhet", "Leda verksamhet", "Att leda verksamheten mot målen."),
        ("leda-medarbetare", "Leda medarbetare", None),
    ]
    first, second = pack.areas[0].items
    assert (first.id, first.title, first.text) == ("satter-mal", "Sätter mål", None)
    assert second.text == "Följer upp målen\nvarje månad."
    assert first.expectations == {
        "chef": "Sätter förvaltningens mål.",
        "enhetschef": "Sätter enhetens mål.",
    }
    assert second.expectations == {"chef": "Följer upp på förvaltningsnivå."}
    assert pack.areas[1].items[0].expectations == {"enhetschef": "Ger återkoppling varje vecka."}
    assert [(s.id, s.kind, s.title) for s in pack.context] == [
        ("inledning", "introduction", "Inledning"),
        ("vara-varderingar", "values", "Våra värderingar"),
        ("efter-samtalet", "talk-questions", "Efter samtalet"),
    ]
    assert [(e.id, e.title, e.text) for e in pack.context[1].entries] == [
        ("oppenhet", "Öppenhet", None),
        (None, "Mod", "Vi vågar."),
    ]
    assert [(e.id, e.text) for e in pack.context[2].entries] == [("what", "Vad ska göras?")]
    assert [(a.value, a.label) for a in pack.scale] == [(1, "Inte ännu"), (5, "En styrka")]


def test_talk_questions_without_their_section_get_one_in_the_models_language(tmp_path):
    sheets = model_sheets()
    del sheets["Sections"][3]
    sheets["Model"][6][1] = "da"
    pack, notes = read_workbook(build(tmp_path / "m.xlsx", sheets))
    section = pack.context[-1]
    assert (section.id, section.kind, section.title) == (
        "talk-questions",
        "talk-questions",
        "Samtalsspørgsmål",
    )
    assert [e.text for e in section.entries] == ["Vad ska göras?"]
    assert [n.describe() for n in notes] == [
        "Talk questions: a section 'Samtalsspørgsmål' of the kind 'talk-questions' holds these "
        "entries: to give it a title of your own, add it to the Sections sheet"
    ]


def test_the_converted_file_is_what_the_program_loads(tmp_path):
    converted = convert_workbook(build(tmp_path / "m.xlsx", model_sheets()))
    assert converted.text.startswith("# Ledarskap i Exempelby\n# Made from the spreadsheet m.xlsx")
    assert load_pack_bytes(converted.text.encode("utf-8")) == converted.pack


TEXTS = [
    "Två  mellanslag inuti, och\nen radbrytning",
    "Rader\n\n  med indrag\n\toch tabb",
    "\"raka\" och 'enkla' citattecken, inte “typografiska”",
    "Dansk: æ ø å Æ Ø Å; svensk: ä ö; islandsk: ð þ; samisk: ŋ đ ŧ č š ž á",
    "Norsk bokmål og nynorsk: kvifor, òg, høgt",
    "=Börjar med likhetstecken men är text",
    "- ser ut som en lista\n# och en kommentar: men är text",
]


@pytest.mark.parametrize("text", TEXTS)
def test_texts_are_taken_exactly_as_typed(tmp_path, text):
    sheets = model_sheets()
    sheets["Items"][2][2] = text
    sheets["Expectations"][1][2] = text
    sheets["Sections"][1][2] = text
    workbook = tmp_path / "m.xlsx"
    build(workbook, sheets)
    if text.startswith("="):  # typed into a cell formatted as text, as the template's are
        book = load_workbook(workbook)
        for name, cell in (("Items", "C3"), ("Expectations", "C2"), ("Sections", "C2")):
            book[name][cell].data_type = "s"
        book.save(workbook)
    converted = convert_workbook(workbook)
    pack = converted.pack
    assert pack.areas[0].items[1].text == text
    assert pack.areas[0].items[0].expectations["chef"] == text
    assert pack.context[0].text == text
    assert load_pack_bytes(converted.text.encode("utf-8")).areas[0].items[1].text == text
    assert converted.notes == []


def test_what_excel_would_read_as_an_escape_is_kept_as_typed(tmp_path):
    """Office files escape a character as _xHHHH_: a text holding those letters is escaped in
    turn, so Excel, Calc and the reader all show the letters."""
    pack = load_pack_file(builtin_frameworks_dir() / "skr.yaml")
    text = "_x000D_ står här bokstavligen, _X0041_ också, och ett \x0b styrtecken"
    area = pack.areas[0].model_copy(
        update={"items": [pack.areas[0].items[0].model_copy(update={"text": text})]}
    )
    changed = pack.model_copy(update={"areas": [area, *pack.areas[1:]]})
    write_pack_workbook(changed, tmp_path / "s.xlsx")
    assert read_workbook(tmp_path / "s.xlsx")[0].areas[0].items[0].text == text


def test_spaces_around_a_text_are_removed_and_said(tmp_path):
    sheets = model_sheets()
    sheets["Items"][1][1] = "  Sätter mål \n"
    sheets["Levels"][1][1] = "\u00a0Chef"
    pack, notes = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert pack.areas[0].items[0].title == "Sätter mål"
    assert pack.levels[0].name == "Chef"
    assert [n.describe() for n in notes] == [
        "Levels!B2: spaces at the start or end of the text were removed",
        "Items!B2: spaces at the start or end of the text were removed",
    ]


def test_a_carriage_return_from_excel_is_a_line_break(tmp_path):
    sheets = model_sheets()
    sheets["Items"][2][2] = "Rad ett_x000D_\nrad två\r\nrad tre"
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert pack.areas[0].items[1].text == "Rad ett\nrad två\nrad tre"


def test_numbers_typed_in_text_cells_are_taken_as_text(tmp_path):
    sheets = model_sheets()
    sheets["Model"][5][1] = 2024  # Excel makes a typed year a number
    sheets["Model"][7][1] = 2024.5
    sheets["Scale"][1][0] = 1
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert (pack.source.year, pack.version, pack.scale[0].value) == (2024, "2024.5", 1)


def test_a_danish_template_filled_in_with_mixed_names_reads_the_same(tmp_path):
    sheets = model_sheets()
    renamed = {
        "Instructions": "Vejledning",
        "Model": "Model",
        "Levels": "Niveauer",
        "Areas": "Områder",
        "Items": "Punkter",
        "Expectations": "Forventninger",
        "Sections": "Avsnitt",  # Swedish
        "Entries": "ENTRIES",  # case does not matter
        "Talk questions": "Samtalsspørgsmål",
        "Development activities": "Udviklingsaktiviteter",
        "Scale": "Skala",
    }
    danish = {renamed[name]: rows for name, rows in sheets.items()}
    danish["Model"][0] = ["Felt", "Værdi", "Forklaring"]
    danish["Model"][1][0] = "Navn"
    danish["Model"][4][0] = "Kildedokument"
    danish["Model"][6] = ["Sprog", "svenska"]
    danish["Punkter"][0] = ["Område", "Punkt", "Beskrivelse", "Id"]
    danish["Forventninger"][0][:2] = ["område", "  Punkt "]
    english, _ = read_workbook(build(tmp_path / "en.xlsx", model_sheets()))
    mixed, _ = read_workbook(build(tmp_path / "da.xlsx", danish))
    assert mixed == english


def test_columns_may_come_in_any_order_and_optional_ones_may_go(tmp_path):
    sheets = model_sheets()
    sheets["Items"] = [[row[2], row[1], row[0]] for row in sheets["Items"]]  # no Id column
    sheets["Levels"] = [[row[1], row[0]] for row in sheets["Levels"]]
    del sheets["Development activities"], sheets["Instructions"]
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert [i.title for i in pack.areas[0].items] == ["Sätter mål", "Följer upp"]
    assert pack.areas[0].items[1].text == "Följer upp målen\nvarje månad."


def test_a_model_without_levels_and_items_without_names(tmp_path):
    sheets = model_sheets()
    sheets["Levels"] = [["Id", "Name"]]
    sheets["Expectations"] = [["Area", "Item"]]
    sheets["Items"].append(["Leda medarbetare", None, "Lyssnar på alla och tar in deras idéer."])
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert pack.levels == []
    item = pack.areas[1].items[1]
    assert (item.id, item.title, item.text) == (
        "lyssnar-pa-alla-och-tar-in",
        None,
        "Lyssnar på alla och tar in deras idéer.",
    )


def test_ids_are_made_from_names_the_builtin_packs_way():
    assert make_id("Sætter fokus på kerneopgaven") == "saetter-fokus-pa-kerneopgaven"
    assert make_id("Leder af ledere") == "leder-af-ledere"
    assert make_id("Förväntningar på chefer för chefer") == "forvantningar-pa-chefer-for-chefer"
    assert make_id("Ŋuđđu ŧ Þór ß") == "nuddu-t-thor-ss"
    assert make_id("“Vi – Vi”!") == "vi-vi"
    assert make_id("???") == ""
    assert len(make_id("ord " * 40)) <= 64


def test_names_that_make_the_same_id_get_numbered_ids(tmp_path):
    sheets = model_sheets()
    sheets["Items"].append(["Leda medarbetare", "Ger återkoppling!", None])
    pack, _ = read_workbook(build(tmp_path / "m.xlsx", sheets))
    assert [i.id for i in pack.areas[1].items] == ["ger-aterkoppling", "ger-aterkoppling-2"]


# --- every model into the template and back --------------------------------------------------


@pytest.mark.parametrize("file", BUILTIN, ids=lambda p: p.stem)
def test_every_builtin_model_comes_back_from_its_spreadsheet_equal(tmp_path, file):
    pack = load_pack_file(file)
    workbook = tmp_path / f"{pack.id}.xlsx"
    write_pack_workbook(pack, workbook)
    converted = convert_workbook(workbook)
    assert converted.notes == []
    assert converted.pack == pack
    assert converted.pack.model_dump() == pack.model_dump()  # every text byte for byte
    assert load_pack_bytes(converted.text.encode("utf-8")) == pack
    assert converted.text.split("\n", 3)[3] == pack_to_yaml(pack)


@pytest.mark.parametrize("language", ["sv", "da", "en"])
def test_the_template_language_does_not_change_the_model(tmp_path, language):
    pack = load_pack_file(builtin_frameworks_dir() / "kalix.yaml")
    write_pack_workbook(pack, tmp_path / "k.xlsx", language)
    names = load_workbook(tmp_path / "k.xlsx").sheetnames
    assert names == [s.names.in_language(language) for s in SHEETS]
    assert read_workbook(tmp_path / "k.xlsx")[0] == pack


def test_kalix_keeps_its_talk_questions_and_activities_on_their_own_sheets(tmp_path):
    pack = load_pack_file(builtin_frameworks_dir() / "kalix.yaml")
    write_pack_workbook(pack, tmp_path / "k.xlsx", "en")
    book = load_workbook(tmp_path / "k.xlsx")
    questions = [row[0] for row in book["Talk questions"].iter_rows(min_row=2, values_only=True)]
    assert [q for q in questions if q] == [
        "Vad ska göras?",
        "Hur ska det göras?",
        "Varför är det viktigt?",
        "Vem ska göra vad?",
        "När ska det göras?",
        "Hur följer vi upp?",
    ]
    activities = [
        r[0] for r in book["Development activities"].iter_rows(min_row=2, values_only=True)
    ]
    assert "Coachande Ledarskap" in activities


def test_holstebro_has_its_closing_tables_shape(tmp_path):
    pack = load_pack_file(builtin_frameworks_dir() / "holstebro.yaml")
    write_pack_workbook(pack, tmp_path / "h.xlsx")
    sheet = load_workbook(tmp_path / "h.xlsx")["Forventninger"]
    assert [c.value for c in sheet[1]] == [
        "Område",
        "Punkt",
        "direktor",
        "chef",
        "leder-af-ledere",
        "leder-af-medarbejdere",
    ]
    assert [c.value for c in sheet[2]][:3] == [
        "Driftsledelse",
        "Sætter fokus på kerneopgaven",
        pack.areas[0].items[0].expectations["direktor"],
    ]


def test_a_new_template_has_every_sheet_and_heading_and_its_levels(tmp_path):
    write_template(tmp_path / "t.xlsx", 4, "sv")
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == [s.names.sv for s in SHEETS]
    assert [c.value for c in book["Förväntningar"][1]] == [
        "Område",
        "Punkt",
        "Nivå 1",
        "Nivå 2",
        "Nivå 3",
        "Nivå 4",
    ]
    assert [r[1] for r in book["Nivåer"].iter_rows(min_row=2, max_row=5, values_only=True)] == [
        "Nivå 1",
        "Nivå 2",
        "Nivå 3",
        "Nivå 4",
    ]
    instructions = [row[0] for row in book["Anvisningar"].iter_rows(values_only=True)]
    assert any("kalkylark" in (text or "") for text in instructions)
    assert book["Punkter"]["B40"].number_format == "@"  # typed years stay text
