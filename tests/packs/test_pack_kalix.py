"""The Kalix pack against its source, "Kalixmodellens handbok" (Kalix kommun, 2026).

The expected texts below are copied from the source document independently of the pack, and
where the document's structure allows it they are also parsed out of the raw source.
"""

from __future__ import annotations

import pytest

from .sourcetext import in_source, normalize, raw_source

MODEL = "kalix"

#: Section titles that are our own labels (the document has no heading for them).
OWN_SECTION_TITLES = {
    "vision": "Kommunens vision",
    "karnkomponenter": "Trygghet, tillit och tydlighet",
}

CHECKLIST_TITLE = "Checklista för ledarskap"
CHECKLIST = [
    "Jag sätter mål och fattar beslut som ger tydlig riktning.",
    "Jag leder arbetet och skapar delaktighet i teamet.",
    "Jag informerar tydligt och förankrar syfte, roller och prioriteringar.",
    "Jag motiverar och engagerar genom dialog och ansvar.",
    "Jag delegerar mandat nära uppgiften och stöttar vid behov.",
    "Jag översätter mål till konkreta aktiviteter och nästa steg.",
    "Jag identifierar rädslor och hinder, och coachar medarbetare.",
    "Jag följer upp löften och resultat med enkla mått.",
    "Jag ger tydlig, omtänksam feedback och säkerställer lärande.",
    "Jag justerar kurs när läget förändras, utan att tappa tempo.",
]

#: "Säkerställ att medarbetare vet följande efter samtal:" – ids are a contract of the UI.
TALK_QUESTIONS = {
    "what": "Vad ska göras?",
    "how": "Hur ska det göras?",
    "why": "Varför är det viktigt?",
    "who": "Vem ska göra vad?",
    "when": "När ska det göras?",
    "follow-up": "Hur följer vi upp?",
}

CORNERSTONES = {
    "Trygghet": "Innebär psykologiskt trygga möten, tydliga ramar och en lärandekultur där "
    "misstag används för utveckling.",
    "Tillit": "Skapas genom mandat nära verksamheten, öppen information och uppföljning som "
    "primärt syftar till lärande snarare än kontroll.",
    "Tydlighet": "Handlar om en gemensam målbild, klara roller, kända beslutsvägar och tydliga "
    "prioriteringar.",
}

#: "Några viktiga framgångsfaktorer att reflektera kring:" (1–6).
REFLECTION_FACTORS = [
    "“Vem är jag?” – självkänedom",
    "Kunskap om människors behov och beteenden",
    "Skillnaden mellan chefskap och ledarskap",
    "Målbild för mitt ledarskap",
    "En känslomässigt mogen chef",
    "Självledarskapet",
]

#: Headings of the chapter "Byggklossar i ledarskapet" (as in the table of contents).
LEADERSHIP_BLOCKS = [
    "Coachande Ledarskap",
    "Samtalsutbildning: Svåra samtal",
    "Teambuilding: Goda relationer",
    "Ledarstöd – individuell handledning",
    "Förändringsledning",
]
#: Headings of the chapter "Övriga byggklossar".
OTHER_BLOCKS = [
    "Gruppledarskap: Leda trygga kreativa möten",
    "Reflektionstid: Struktur för reflektion",
    "UGL: Ledarskapsutbildning",
    "Deltagarformulerad utvärdering",
    "MI: Motiverande samtal",
    "Genomlysning av verksamheten",
    "Tillitsbaserat ledarskap: Föreläsningar med Louise Bringselius",
]
#: "De största byggklossarna" (list in "Våra byggklossar") -> the heading describing each.
LARGEST_BLOCKS = {
    "Coachande ledarskap": "Coachande Ledarskap",
    "Samtalsutbildning – svåra samtal": "Samtalsutbildning: Svåra samtal",
    "Teambuilding – goda relationer": "Teambuilding: Goda relationer",
    "Ledarstöd – individuell handledning": "Ledarstöd – individuell handledning",
    "Förändringsledning": "Förändringsledning",
    "Gruppleaderskap – leda trygga kreativa möten": "Gruppledarskap: Leda trygga kreativa möten",
}
#: The areas of building blocks in "Våra byggklossar".
BLOCK_AREAS = ["Ledarskap", "Organisation", "Kompetensförsörjning", "Strategi för kommunikation"]

#: Kolb: "växla mellan att göra, tänka, förstå och testa på nytt" and the four steps.
KOLB_STAGES = [
    ("göra", "först gör man något konkret"),
    ("tänka", "sedan reflekterar man över vad som hände"),
    ("förstå", "därefter drar man slutsatser eller formar en förståelse"),
    ("testa på nytt", "till sist provar man det nya i praktiken igen"),
]


# --- reading the raw source --------------------------------------------------------------


def _lines() -> list[str]:
    return raw_source(MODEL).splitlines()


def _heading_text(line: str) -> str:
    return normalize(line.lstrip("#"))


def paragraph_after(heading: str, after: str | None = None) -> str:
    """The first paragraph below the heading line `heading` (after the line `after`)."""
    lines = _lines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if _heading_text(line) == after)
    at = next(
        i
        for i, line in enumerate(lines[start:], start)
        if line.startswith("#") and _heading_text(line) == heading
    )
    i = at + 1
    while not lines[i].strip():
        i += 1
    block = []
    while i < len(lines) and lines[i].strip() and not lines[i].startswith("#"):
        block.append(lines[i])
        i += 1
    # "håller.\*" – a footnote mark escaped for markdown, not part of the sentence
    return normalize("\n".join(block)).removesuffix("\\")


def list_after(marker: str) -> list[str]:
    """The "- " list items that follow the line whose text is `marker`."""
    lines = _lines()
    at = next(i for i, line in enumerate(lines) if _heading_text(line) == marker)
    items: list[str] = []
    for line in lines[at + 1 :]:
        if line.startswith("- "):
            items.append(normalize(line[2:]))
        elif line.strip() and items:
            break
    return items


def headings_between(start: str, end: str, level: str = "## ") -> list[str]:
    lines = _lines()
    a = next(
        i for i, line in enumerate(lines) if line.startswith("#") and _heading_text(line) == start
    )
    b = next(
        i for i, line in enumerate(lines) if line.startswith("#") and _heading_text(line) == end
    )
    return [_heading_text(line) for line in lines[a + 1 : b] if line.startswith(level)]


# --- the pack ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack(builtin_pack):
    return builtin_pack(MODEL)


def section_of_kind(pack, kind):
    found = [s for s in pack.context if s.kind == kind]
    assert len(found) == 1, f"expected exactly one '{kind}' section, found {len(found)}"
    return found[0]


def all_texts(pack):
    """(where, text) for every text of the pack, except our own section labels."""
    out = [("source.title", pack.source.title)]
    if pack.source.note:
        out.append(("source.note", pack.source.note))
    for s in pack.context:
        if OWN_SECTION_TITLES.get(s.id) != s.title:
            out.append((f"{s.id}.title", s.title))
        if s.text:
            out.append((f"{s.id}.text", s.text))
        for n, e in enumerate(s.entries):
            for field in ("title", "text"):
                value = getattr(e, field)
                if value:
                    out.append((f"{s.id}.entries[{n}].{field}", value))
    for a in pack.areas:
        out.append((f"{a.id}.title", a.title))
        if a.description:
            out.append((f"{a.id}.description", a.description))
        for item in a.items:
            for value in (item.title, item.text, *item.expectations.values()):
                if value:
                    out.append((f"{a.id}.{item.id}", value))
    return out


def where(pack, text):
    """The sections/areas in which `text` occurs as a whole text."""
    wanted = normalize(text)
    return {loc.split(".")[0] for loc, value in all_texts(pack) if normalize(value) == wanted}


# --- tests -------------------------------------------------------------------------------


def test_every_text_is_in_the_source(pack):
    missing = [(loc, text[:70]) for loc, text in all_texts(pack) if not in_source(MODEL, text)]
    assert not missing, missing


def test_own_labels_are_only_section_titles(pack):
    titles = {s.id: s.title for s in pack.context}
    for section_id, label in OWN_SECTION_TITLES.items():
        assert titles.get(section_id) == label


def test_source_metadata(pack):
    assert pack.id == MODEL
    assert pack.language == "sv"
    assert "Kalix kommun" in pack.source.organisation
    assert "socialförvaltningen" in pack.source.organisation.casefold()
    assert pack.source.title == "Kalixmodellens handbok"
    assert pack.source.year == 2026
    assert "Kalix, april 2026" in normalize(raw_source(MODEL))
    assert pack.version == "2026.1"


def test_checklist_copied_matches_source():
    assert list_after("Checklista för ledarskap") == CHECKLIST


def test_checklist_is_the_only_area(pack):
    assert [a.title for a in pack.areas] == [CHECKLIST_TITLE]
    area = pack.areas[0]
    assert area.id == "checklista"
    assert [normalize(i.text) for i in area.items] == CHECKLIST
    assert all(i.text.startswith("Jag ") for i in area.items)
    for text in CHECKLIST:
        assert where(pack, text) == {"checklista"}, text


def test_talk_questions(pack):
    assert list_after("Säkerställ att medarbetare vet följande efter samtal:") == list(
        TALK_QUESTIONS.values()
    )
    section = section_of_kind(pack, "talk-questions")
    got = {e.id: normalize(e.title or e.text) for e in section.entries}
    assert got == TALK_QUESTIONS
    assert [e.id for e in section.entries] == list(TALK_QUESTIONS)
    for text in TALK_QUESTIONS.values():
        assert where(pack, text) == {section.id}, text


def test_cornerstones(pack):
    section = section_of_kind(pack, "cornerstones")
    assert {e.id for e in section.entries} == {"trygghet", "tillit", "tydlighet"}
    assert {e.title: normalize(e.text) for e in section.entries} == CORNERSTONES
    for title, text in CORNERSTONES.items():
        assert normalize(text) == paragraph_after(title)
    assert "tre kärnkomponenter: trygghet, tillit och tydlighet" in normalize(section.text)


def test_reflection_factors(pack):
    section = section_of_kind(pack, "reflection-factors")
    assert [e.title for e in section.entries] == REFLECTION_FACTORS
    for entry in section.entries:
        heading = entry.title
        # the document's numbering: "## **1** “Vem är jag?” – självkänedom"
        expected = paragraph_after(
            next(
                _heading_text(line)
                for line in _lines()
                if line.startswith("#") and _heading_text(line).endswith(heading)
            )
        )
        assert normalize(entry.text) == expected, heading


def test_development_activities_are_the_building_blocks(pack):
    assert headings_between("Övriga byggklossar", "Medverkande") == OTHER_BLOCKS
    section = section_of_kind(pack, "development-activities")
    titles = [e.title for e in section.entries]
    assert titles == LEADERSHIP_BLOCKS + OTHER_BLOCKS
    assert set(LARGEST_BLOCKS.values()) <= set(titles)
    assert list_after("De största byggklossarna") == list(LARGEST_BLOCKS)
    for entry in section.entries:
        assert normalize(entry.text) == paragraph_after(entry.title), entry.title
        assert where(pack, entry.title) == {section.id}, entry.title


def test_building_block_areas(pack):
    assert headings_between("Våra byggklossar", "Kolbs lärcirkel - erfarenhetsbaserat lärande") == (
        BLOCK_AREAS
    )
    section = next(s for s in pack.context if s.id == "vara-byggklossar")
    assert [e.title for e in section.entries] == BLOCK_AREAS
    for entry in section.entries:
        assert normalize(entry.text) == paragraph_after(entry.title, after="Våra byggklossar")
    assert normalize(section.text) == paragraph_after("Våra byggklossar")


def test_learning_cycle(pack):
    section = section_of_kind(pack, "learning-cycle")
    assert "Kolb" in section.title
    assert [(e.title, normalize(e.text)) for e in section.entries] == KOLB_STAGES
    kolb = normalize(section.text)
    assert kolb.startswith("I många aktiviteter har vi utgått från Kolbs lärcirkel")
    positions = [kolb.index(text) for _, text in KOLB_STAGES]
    assert positions == sorted(positions)
    assert "växla mellan att göra, tänka, förstå och testa på nytt" in kolb


def test_entry_ids_are_unique_per_section(pack):
    for section in pack.context:
        ids = [e.id for e in section.entries if e.id]
        assert len(ids) == len(set(ids)), section.id
