"""The spreadsheet's layout: its sheets, their columns and the Model sheet's rows, named in
English, Swedish and Danish.

The writer names them in the template's language; the reader knows a sheet, a column or a row
by its name in any of the three (case and surrounding spaces aside), so a Danish template
filled in by a Swedish HR department reads the same. The names are the contract with the
people who fill the sheets in: change them only together with docs/model-spreadsheet.md.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The languages a template can be written in (its instructions, sheet names and headers).
TEMPLATE_LANGUAGES = ("sv", "da", "en")


@dataclass(frozen=True)
class Names:
    en: str
    sv: str
    da: str

    def in_language(self, language: str) -> str:
        return getattr(self, language if language in TEMPLATE_LANGUAGES else "en")

    def all(self) -> tuple[str, str, str]:
        return (self.en, self.sv, self.da)


@dataclass(frozen=True)
class Column:
    key: str
    names: Names
    width: int = 30
    #: A sheet without this column cannot be read (an Id or a description may be left out).
    required: bool = False


@dataclass(frozen=True)
class Sheet:
    key: str
    names: Names
    columns: tuple[Column, ...] = ()
    #: A workbook without this sheet is refused; the optional ones may be deleted.
    required: bool = False

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def normalise(name: str) -> str:
    """How names are compared: case and spaces around and within do not matter."""
    return " ".join(name.split()).casefold()


_ID = Column("id", Names("Id", "Id", "Id"), 24)
_DESCRIPTION = Names("Description", "Beskrivning", "Beskrivelse")
_AREA = Names("Area", "Område", "Område")
_ITEM = Names("Item", "Punkt", "Punkt")
_SECTION = Names("Section", "Avsnitt", "Afsnit")
_TITLE = Names("Title", "Rubrik", "Overskrift")
_TEXT = Names("Text", "Text", "Tekst")

INSTRUCTIONS = Sheet("instructions", Names("Instructions", "Anvisningar", "Vejledning"))

#: The Model sheet: one row per field of the model, its value in the Value column.
MODEL = Sheet(
    "model",
    Names("Model", "Modell", "Model"),
    (
        Column("field", Names("Field", "Fält", "Felt"), 24, required=True),
        Column("value", Names("Value", "Värde", "Værdi"), 60, required=True),
        Column("explanation", Names("Explanation", "Förklaring", "Forklaring"), 70),
    ),
    required=True,
)

LEVELS = Sheet(
    "levels",
    Names("Levels", "Nivåer", "Niveauer"),
    (
        _ID,
        Column("name", Names("Name", "Namn", "Navn"), 30, required=True),
        Column("description", _DESCRIPTION, 60),
    ),
    required=True,
)

AREAS = Sheet(
    "areas",
    Names("Areas", "Områden", "Områder"),
    (
        Column("area", _AREA, 34, required=True),
        Column("description", _DESCRIPTION, 70),
        _ID,
    ),
    required=True,
)

ITEMS = Sheet(
    "items",
    Names("Items", "Punkter", "Punkter"),
    (
        Column("area", _AREA, 28, required=True),
        Column("item", _ITEM, 40, required=True),
        Column("description", _DESCRIPTION, 70),
        _ID,
    ),
    required=True,
)

#: Area and Item name the item; every further column is a role level (its id or its name).
EXPECTATIONS = Sheet(
    "expectations",
    Names("Expectations", "Förväntningar", "Forventninger"),
    (
        Column("area", _AREA, 24),
        Column("item", _ITEM, 32, required=True),
    ),
    required=True,
)

SECTIONS = Sheet(
    "sections",
    Names("Sections", "Avsnitt", "Afsnit"),
    (
        Column("section", _SECTION, 34, required=True),
        Column("kind", Names("Kind", "Slag", "Type"), 24, required=True),
        Column("text", _TEXT, 70),
        _ID,
    ),
)

ENTRIES = Sheet(
    "entries",
    Names("Entries", "Poster", "Poster"),
    (
        Column("section", _SECTION, 30, required=True),
        Column("title", _TITLE, 34),
        Column("text", _TEXT, 70),
        _ID,
    ),
)

TALK_QUESTIONS = Sheet(
    "talk_questions",
    Names("Talk questions", "Samtalsfrågor", "Samtalsspørgsmål"),
    (
        Column("text", Names("Question", "Fråga", "Spørgsmål"), 70, required=True),
        Column("title", _TITLE, 30),
        _ID,
    ),
)

DEVELOPMENT_ACTIVITIES = Sheet(
    "development_activities",
    Names("Development activities", "Utvecklingsaktiviteter", "Udviklingsaktiviteter"),
    (
        Column("title", Names("Activity", "Aktivitet", "Aktivitet"), 34, required=True),
        Column("text", _DESCRIPTION, 70),
        _ID,
    ),
)

SCALE = Sheet(
    "scale",
    Names("Scale", "Skala", "Skala"),
    (
        Column("value", Names("Value", "Värde", "Værdi"), 10, required=True),
        Column("label", Names("Meaning", "Betydelse", "Betydning"), 60, required=True),
    ),
)

#: Every sheet, in the workbook's order.
SHEETS = (
    INSTRUCTIONS,
    MODEL,
    LEVELS,
    AREAS,
    ITEMS,
    EXPECTATIONS,
    SECTIONS,
    ENTRIES,
    TALK_QUESTIONS,
    DEVELOPMENT_ACTIVITIES,
    SCALE,
)

#: The sheet that holds the entries of the one section of each of these kinds.
KIND_SHEETS = {
    "talk-questions": TALK_QUESTIONS,
    "development-activities": DEVELOPMENT_ACTIVITIES,
}

#: The title of a section made for a kind's sheet when the Sections sheet names none, in the
#: model's language (the model's texts are never in the interface's language).
KIND_SHEET_TITLES = {
    "talk-questions": {
        "sv": "Samtalsfrågor",
        "da": "Samtalsspørgsmål",
        "nb": "Samtalespørsmål",
        "nn": "Samtalespørsmål",
        "fi": "Keskustelukysymykset",
        "en": "Talk questions",
    },
    "development-activities": {
        "sv": "Utvecklingsaktiviteter",
        "da": "Udviklingsaktiviteter",
        "nb": "Utviklingsaktiviteter",
        "nn": "Utviklingsaktivitetar",
        "fi": "Kehittämistoimet",
        "en": "Development activities",
    },
}


@dataclass(frozen=True)
class ModelField:
    """A row of the Model sheet: where a field of the pack is typed."""

    key: str  # the pack's field: "name", or "source.title"
    names: Names
    required: bool = False


MODEL_FIELDS = (
    ModelField("name", Names("Name", "Namn", "Navn"), required=True),
    ModelField("short_name", Names("Short name", "Kortnamn", "Kort navn")),
    ModelField("source.organisation", Names("Organisation", "Organisation", "Organisation"), True),
    ModelField("source.title", Names("Source document", "Källdokument", "Kildedokument"), True),
    ModelField("source.year", Names("Year", "År", "År")),
    ModelField("language", Names("Language", "Språk", "Sprog"), required=True),
    ModelField("version", Names("Version", "Version", "Version"), required=True),
    ModelField("id", Names("Id", "Id", "Id")),
    ModelField("source.url", Names("Web address", "Webbadress", "Webadresse")),
    ModelField("source.pages", Names("Pages", "Sidor", "Sider")),
    ModelField("source.note", Names("Note", "Anmärkning", "Bemærkning")),
)

#: Names of the model's language a person may type in the Model sheet, beside the codes.
LANGUAGE_WORDS = {
    "sv": ("svenska", "swedish", "svensk"),
    "da": ("dansk", "danish", "danska"),
    "nb": ("norsk bokmål", "bokmål", "norwegian bokmål", "norska"),
    "nn": ("nynorsk", "norsk nynorsk", "norwegian nynorsk"),
    "fi": ("suomi", "finnish", "finska", "finsk"),
    "en": ("english", "engelska", "engelsk"),
}
