"""The Huddinge pack against its source: "Att vara ledare i Huddinge kommun".

The expected areas and behaviours are copied by hand from the document (below) and are
also parsed from the raw extraction, so the pack is checked against two independent
readings of the source.
"""

from __future__ import annotations

import pytest

from .sourcetext import in_source, normalize, raw_source

MODEL = "huddinge"

# Copied from the source: each behaviour area and the behaviours under its "Genom att:".
EXPECTED_AREAS: dict[str, list[str]] = {
    "Tydliggöra mål och förväntningar": [
        "sätta tydliga mål åt eller tillsammans med sina medarbetare",
        "tydliggöra vilka belöningar som är att vänta om målen uppnås",
        "efterfråga och föreslå tillvägagångssätt för hur gruppen och varje individ ska "
        "kunna leva upp till förväntningarna",
        "aktivt följa upp framsteg mot målen och tillhandahålla stödjande feedback",
        "belöna enligt överenskommelse när mål har uppnåtts.",
    ],
    "Vara en förebild": [
        "stå för sitt ord – ”walk the talk”",
        "berätta om sina viktigaste värderingar och stå för dem i vått och torrt",
        "fråga andra om deras viktigaste värderingar och söka efter gemensamma värderingar "
        "– därefter agera för dessa gemensamma värderingar",
        "beakta de moraliska konsekvenserna av de beslut som fattas",
        "inte ge sig själv fördelar som andra inte får",
    ],
    "Skapa gemensamma visioner": [
        "tala optimistiskt om framtiden och formulera tilltalande framtidsvisioner",
        "använda ett kraftfullt och målande språk",
        "uttrycka förtroende för andras möjligheter och förmåga att nå visioner och mål",
        "prata om det högre syftet med verksamheten, visionen och målen",
        "knyta individuella mål till organisationens övergripande vision",
    ],
    "Utmana och ifrågasätta": [
        "utmana gamla sätt att göra saker",
        "söka olika perspektiv vid problemlösning",
        "utmana sådant som tas för givet",
        "ge feedback",
        "komma med nya idéer",
        "lägga tid på att brainstorma kreativa idéer och lösningar",
        "ständigt försöka utveckla nya och bättre sätt att utföra arbetet i form av många "
        "små steg snarare än i enstaka kvantsprång",
    ],
    "Frigöra handlingskraft": [
        "utgå ifrån att människor har olika behov, förmågor och mål",
        "behandla andra som individer och inte bara som medlemmar av en grupp eller organisation",
        "lyssna aktivt till andras idéer och funderingar",
        "hjälpa andra att identifiera och utveckla sina styrkor",
        "coacha andra aktivt och regelbundet",
        "stödja och uppmuntra personlig utveckling",
        "bry sig genuint om andra och visa denna omtanke i handling",
        "identifiera hinder som individer upplever i gruppen, organisationen, hos ledaren "
        "och sig själva och hjälpa till att överbrygga dessa",
    ],
    "Uppmuntra och synliggöra": [
        "berömma människor för väl utförda insatser",
        "visa genuin tacksamhet för medarbetarnas engagemang",
        "lägga personlig information på minnet",
        "uppmuntra individer offentligt",
        "fira tillsammans vid uppnådda mål, lyckade insatser etc.",
        "berätta historier och anekdoter om medarbetare som efterlevt viktiga värderingar",
    ],
}

# Names of the people whose testimonials fill the other pages: not part of the model.
TESTIMONIALS = ["Maria Klasson", "Anders Lindelöf", "Karin Davidson"]


def parse_behaviours() -> dict[str, list[str]]:
    """Reads the areas and their bullet lists straight from the raw extraction.

    A bullet ("•") runs on over following lines (even across a blank line) until the next
    bullet, the next area heading, or a page note ("fortsättning på sidan", "Källa:").
    """
    areas: dict[str, list[str]] = {}
    current: str | None = None
    bullet: list[str] | None = None

    def close() -> None:
        nonlocal bullet
        if bullet is not None and current is not None:
            areas[current].append(normalize("\n".join(bullet)))
        bullet = None

    for line in raw_source(MODEL).splitlines():
        stripped = line.strip()
        if stripped in EXPECTED_AREAS:
            close()
            current = stripped
            areas[current] = []
        elif stripped.startswith("•"):
            close()
            bullet = [stripped.removeprefix("•").strip()]
        elif stripped.startswith(("fortsättning på sidan", "Källa:")):
            close()
            current = None
        elif stripped and bullet is not None:
            bullet.append(stripped)
    close()
    return areas


def pack_texts(pack) -> list[str]:
    texts = [pack.name, pack.source.title, pack.source.organisation]
    if pack.source.note:
        texts.append(pack.source.note)
    for section in pack.context:
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


@pytest.fixture(scope="module")
def pack(builtin_pack):
    return builtin_pack(MODEL)


def test_expected_lists_are_word_for_word_from_the_source():
    for title, behaviours in EXPECTED_AREAS.items():
        assert in_source(MODEL, title), title
        for text in behaviours:
            assert in_source(MODEL, text), text


def test_parsed_source_agrees_with_the_hand_copied_lists():
    assert parse_behaviours() == EXPECTED_AREAS


def test_every_text_in_the_pack_is_in_the_source(pack):
    missing = [t for t in pack_texts(pack) if not in_source(MODEL, t)]
    assert missing == []


def test_the_six_areas_in_order(pack):
    assert [a.title for a in pack.areas] == list(EXPECTED_AREAS)


@pytest.mark.parametrize("title", list(EXPECTED_AREAS))
def test_each_area_has_exactly_its_behaviours(pack, title):
    area = next(a for a in pack.areas if a.title == title)
    assert [normalize(i.text or "") for i in area.items] == EXPECTED_AREAS[title]


def test_behaviours_are_not_bulleted_or_broken(pack):
    for area in pack.areas:
        for item in area.items:
            assert item.text and item.text == item.text.strip()
            assert not item.text.startswith(("•", "-", "*")), item.text
            assert "\n" not in item.text, item.text


def test_introduction_holds_the_framing_text(pack):
    intro = " ".join(normalize(s.text or "") for s in pack.context if s.kind == "introduction")
    for passage in [
        "Huddinge kommuns syn på ledarskap bygger på det som kallas för transformerande ledarskap.",
        "Ledarskap och medarbetarskap förutsätter varandra.",
        "visar uppskattning för deras arbete.",
        "Transformerande ledarskap baseras på ett antal ledaraskapsbeteenden som i "
        "kombination har visat sig ha en positiv effekt på organisationers resultat.",
    ]:
        assert passage in intro, passage


def test_testimonials_are_not_model_content(pack):
    everything = " ".join(pack_texts(pack))
    for name in TESTIMONIALS:
        assert name not in everything
    for quote in [
        "En gemensam syn på ledarskap är avgörande",
        "Jag är fostrad inom lagidrotten",
        "Ett engagerat och målinriktat ledarskap",
    ]:
        assert quote not in everything


def test_source_names_the_organisation(pack):
    assert pack.source.organisation == "Huddinge kommun"
    assert pack.source.title == "Att vara ledare i Huddinge kommun"
    assert pack.language == "sv"
