"""The SKR pack ("Stöd - för att styra och leda bättre tillsammans") against its source.

The expected texts below are copied from the source document, and the bullet lists are in
addition parsed out of the source text, so a wrong copy here fails as well as a wrong pack.
"""

from __future__ import annotations

import pytest

from .sourcetext import in_source, normalize, source

MODEL = "skr"

#: "Förhållningssätt som bygger samarbete och förtroende": approach -> its explanation.
APPROACHES = [
    (
        "Transparens",
        "att snabbt informera varandra om sådant som kan förväntas vara relevant för den andre.",
    ),
    ("Lyssnande", "att anstränga sig för att förstå hur den andre ser på viktiga frågor."),
    ("Tydlighet", "att vara ärliga mot varandra om hur, vad man tycker och tänker."),
    ("Tillförlitlighet", "att hålla vad man lovat eller berätta om man inte kan hålla det."),
    ("Positiv återkoppling", "att visa uppskattning för den andres kvaliteter och prestationer."),
]

#: The four factors of "resilience" ("Lyssnade" is the document's spelling).
RESILIENCE_FACTORS = ["Improvisation", "Rolltydlighet", "Lyssnade", "Respekt"]

#: "Förslag på områden att tillsammans prata om;"
CONVERSATION_TOPICS = [
    "Förtroendevaldas ansvar och uppdrag – hur ser det ut och vad ingår?",
    "Chefers ansvar och uppdrag – hur ser det ut och vad ingår?",
    "Vad är svårt?",
    "Vad behöver förtroendevalda av cheferna för att samarbetet ska fungera bra?",
    "Vad behöver cheferna av förtroendevalda för att samarbetet ska fungera bra?",
    "Vad behöver förbättras?",
    "Hur ska vårt samarbete se ut?",
]

#: "Gemensam överenskommelse": "Förslag på vad som kan ingå och formaliseras;"
AGREEMENT_CONTENT = [
    "Vilka mål som är viktigast att fokusera på, under året och på längre sikt.",
    "Hur ni ska styra och leda tillsammans.",
    "Hur arbetsfördelning ska vara mellan er.",
    "Hur ni ska samarbeta.",
]

#: Section titles that are labels of the pack, not quotes of the document.
OWN_SECTION_TITLES = {"Inledning"}


def _bullets(after: str, before: str) -> list[str]:
    """The bullet items of the source between the text `after` and the text `before`."""
    text = source(MODEL)
    start = text.index(after) + len(after)
    end = text.index(before, start)
    parts = text[start:end].split("•")
    return [p.strip() for p in parts[1:]]


@pytest.fixture(scope="module")
def pack(builtin_pack):
    return builtin_pack(MODEL)


def _section(pack, kind: str):
    sections = [s for s in pack.context if s.kind == kind]
    assert len(sections) == 1, f"expected one section of kind {kind}"
    return sections[0]


# --- the expectations themselves come from the source -----------------------------------


def test_expected_lists_match_the_source_bullets():
    approaches = _bullets(
        "Förhållningssätt som bygger samarbete och förtroende",
        "Förtroendebaserad samspelsrelation",
    )
    assert approaches == [f"{title} - {text}" for title, text in APPROACHES]

    factors = _bullets("pressad situation eller relation;", "Ärendehanteringen Politikens")
    assert [f.rstrip(".") for f in factors] == RESILIENCE_FACTORS

    topics = _bullets("Förslag på områden att tillsammans prata om;", "Gemensam överenskommelse")
    assert topics == CONVERSATION_TOPICS

    agreement = _bullets("kan ingå och formaliseras;", "Den bör omprövas")
    assert agreement == AGREEMENT_CONTENT


# --- every pack text is a quote ------------------------------------------------------------


def _pack_texts(pack) -> list[str]:
    texts = [pack.name, pack.source.title]
    for section in pack.context:
        if section.title not in OWN_SECTION_TITLES:
            texts.append(section.title)
        if section.text:
            texts.append(section.text)
        for entry in section.entries:
            texts += [t for t in (entry.title, entry.text) if t]
    for area in pack.areas:
        texts.append(area.title)
        if area.description:
            texts.append(area.description)
        for item in area.items:
            texts += [t for t in (item.title, item.text) if t]
            texts += list(item.expectations.values())
    return texts


def test_every_text_is_in_the_source(pack):
    missing = [t for t in _pack_texts(pack) if not in_source(MODEL, t)]
    assert missing == []


def test_paragraphs_are_separated_by_blank_lines_only(pack):
    for text in _pack_texts(pack):
        for paragraph in text.split("\n\n"):
            assert "\n" not in paragraph.strip(), f"line break inside a paragraph: {paragraph!r}"


# --- completeness, in the right places --------------------------------------------------


def test_areas_are_the_five_approaches_each_with_its_explanation(pack):
    assert [a.title for a in pack.areas] == [title for title, _ in APPROACHES]
    for area, (_, explanation) in zip(pack.areas, APPROACHES, strict=True):
        assert [normalize(i.text or "") for i in area.items] == [explanation], area.title


def test_resilience_factors(pack):
    section = _section(pack, "other")
    assert [e.title for e in section.entries] == RESILIENCE_FACTORS
    assert section.text is not None
    assert "resilience" in section.text
    assert normalize(section.text).endswith(
        "kan hjälpa berörda i en pressad situation eller relation;"
    )


def test_conversation_topics(pack):
    section = _section(pack, "conversation-topics")
    assert [e.text for e in section.entries] == CONVERSATION_TOPICS


def test_agreement_content(pack):
    section = _section(pack, "agreement-content")
    assert section.title == "Gemensam överenskommelse"
    assert [e.text for e in section.entries] == AGREEMENT_CONTENT
    assert section.text is not None
    assert "överenskommelse mellan ordförande och ledande chef" in normalize(section.text)


def test_introduction_is_the_opening_text(pack):
    section = _section(pack, "introduction")
    assert section.text is not None
    paragraphs = section.text.split("\n\n")
    assert paragraphs[0].startswith("Kommuner och regioner står inför strategiska framtidsval.")
    assert paragraphs[-1].endswith(
        "Vår förhoppning är den ska inspirera till samtal och vara ett stöd i ert arbete."
    )
    # The introduction is the document's opening text, directly after its title.
    title = "Stöd - för att styra och leda bättre tillsammans"
    assert source(MODEL).startswith(f"{title} {normalize(section.text)}")


def test_no_source_text_is_used_twice(pack):
    texts = [normalize(t) for t in _pack_texts(pack) if t not in (pack.name, pack.source.title)]
    assert len(texts) == len(set(texts))


# --- metadata ---------------------------------------------------------------------------


def test_metadata(pack):
    assert pack.id == MODEL
    assert pack.language == "sv"
    assert "SKR" in pack.source.organisation
    assert "Sveriges Kommuner och Regioner" in pack.source.organisation
    assert pack.source.title == "Stöd - för att styra och leda bättre tillsammans"
    assert source(MODEL).startswith(pack.source.title)
