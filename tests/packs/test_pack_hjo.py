"""The Hjo pack against its source: "Ledarmodellen och vår vision".

Each cornerstone's section of the document is read from the raw extraction (from its
heading to the next heading). Below, every sentence of that section is copied by hand and
classified: a behaviour/expectation a leader can assess (ITEM) or an explanation (CONTEXT).
The tests prove that the hand copy is exactly the section, sentence by sentence (so nothing
is left out), and that the pack's area for that cornerstone has exactly the ITEM sentences
(so nothing is left out or misplaced).
"""

from __future__ import annotations

import pytest

from .sourcetext import in_source, normalize, raw_source

MODEL = "hjo"
ITEM = "item"
CONTEXT = "context"

VISION = "Tillsammans skapar vi framtidens Hjo"
VALUE = "Det goda mötet"

# (area title, heading line(s) in the extraction, framing sentence(s), sentences in order)
CORNERSTONES: list[tuple[str, list[str], str, list[tuple[str, str]]]] = [
    (
        "Uppdrag och struktur",
        ["Uppdrag och struktur"],
        "Den första hörnstenen i vår ledarmodellen handlar om vikten av att utgå ifrån "
        "uppdraget och skapa strukturer som håller oss på rätt väg i riktning mot målet.",
        [
            (
                ITEM,
                "Grunden för en framgångsrik organisation är att medarbetarna har en "
                "gemensam förståelse för uppdraget, det högre syftet.",
            ),
            (
                ITEM,
                "Utifrån uppdraget är det sedan viktigt att ha de nödvändiga "
                "stödstrukturer som behövs för att hålla riktningen.",
            ),
            (CONTEXT, "Otydlighet är ”en släckare”."),
            (
                CONTEXT,
                "Struktur ger en begriplighet och en trygghet i arbetet, vilket gör det "
                "lättare för medarbetarna att ta det egenansvar som vi eftersträvar.",
            ),
            (
                ITEM,
                "Tydliga processer och rutiner ska finnas när så krävs för att skapa flyt "
                "i arbetet.",
            ),
            (
                ITEM,
                "Medarbetarna ska förstå varför vissa strukturer finns och de ska få vara "
                "delaktiga i att arbeta fram dem.",
            ),
            (
                ITEM,
                "Samtidigt är det viktigt att inte överdriva behovet av struktur för då "
                "riskerar detta i sig att bli en släckare.",
            ),
            (
                ITEM,
                "Våra medarbetare ska utifrån uppdraget våga göra egna bedömningar och "
                "fatta egna beslut.",
            ),
        ],
    ),
    (
        "Engagemang och entusiasm",
        ["Engagemang och entusiasm (föredöme)"],
        "I den första hörnstenen betonades vikten av en gemensam mening i arbetet. För att "
        "omsätta denna tanke till handling är engagemang en stark drivkraft. Den andra "
        "hörnstenen handlar om hur vi som ledare bidrar till engagemang och entusiasm genom "
        "vårt eget beteende.",
        [
            (
                CONTEXT,
                "Hjo kommun har en vision som handlar om att vi tillsammans skapar framtidens Hjo.",
            ),
            (
                ITEM,
                "Oavsett var i kommunen vi verkar så är vi medskapare till detta och en "
                "engagerad ledare möjliggör medskapande medarbetare.",
            ),
            (ITEM, "Att vara ledare innebär att vara ett föredöme och att visa vägen."),
            (CONTEXT, "Känslor smittar, intresse och engagemang smittar."),
            (
                ITEM,
                "Om du är en engagerad ledare så väcker du och lockar fram engagemang runt "
                "omkring dig.",
            ),
            (
                CONTEXT,
                "Att vara engagerad innebär inte att man tar på sig en kostym av "
                "klämkäckhet inför varje arbetsdag.",
            ),
            (CONTEXT, "Engagerad kan man vara på många olika sätt."),
            (ITEM, "Kanske handlar det mer om att våga ta av sig kostymen och vara autentisk?"),
            (
                ITEM,
                "Vårt fokus är att bygga vidare på det som fungerar och som vi vill göra "
                "mer av, men vi är inte rädda för att se vad vi kan göra bättre och utveckla "
                "vidare.",
            ),
            (
                ITEM,
                "För att skapa engagemang hos våra medarbetare måste vi genuint lyssna på "
                "varandra, se och uppmärksamma varje medarbetare.",
            ),
            (
                ITEM,
                "En engagerad ledare är nyfiken och intresserad av vad medarbetaren gör "
                "utan att behöva ha kontroll över alla detaljer.",
            ),
            (
                ITEM,
                "Vi har som ambition att möta våra medarbetare med förväntan, nyfikenhet "
                "och uppskattning.",
            ),
        ],
    ),
    (
        "Förtroende och tillit",
        ["Förtroende och tillit"],
        "Den tredje hörnstenen i ledarmodellen handlar om vikten av att visa förtroende och "
        "tillit till varandra för att alla medarbetare ska trivas på arbetet och känna att de "
        "är medskapande individer med eget ansvar.",
        [
            (CONTEXT, "Tillit är viktigt för att medarbetarna ska må och prestera bra."),
            (
                CONTEXT,
                "Finns det tillit sjunker den självupplevda stressen, man upplever mer "
                "glädje/energi, blir mer produktiv och upplever mer mening i arbetet.",
            ),
            (CONTEXT, "Vi vill ha medskapande och ansvarstagande medarbetare i Hjo kommun."),
            (CONTEXT, "Detta händer inte av sig själv."),
            (
                ITEM,
                "Som ledare är det viktigt att se allas kompetenser och använda dem i "
                "teamet, samt uppmuntra medarbetarna till självständiga beslut.",
            ),
            (ITEM, "Det är inte jobbigt eller elakt att som ledare ställa krav."),
            (
                ITEM,
                "Positiva förväntningar – i kombination med resurser för att kunna lyckas "
                "– skapar tillit mellan ledare och medarbetare.",
            ),
            (
                ITEM,
                "Detta betyder återigen att man kommunicerar tydliga och utmanande mål, ger "
                "kontinuerlig feedback kring på förhand överenskomna förväntningar och följer "
                "upp resultatet.",
            ),
            (
                ITEM,
                "För att löpande skapa tillit, förtroende och delaktighet på en arbetsplats "
                "behöver ledaren vara transparent: dela idéer och information om pågående "
                "processer samtidigt som man värdesätter andras inspel.",
            ),
            (
                ITEM,
                "Chefer som litar på medarbetarens förmåga och som ser på misstag som en "
                "möjlighet att lära skapar både en mer framgångsrik organisation och en mer "
                "trivsam arbetsmiljö.",
            ),
            (
                ITEM,
                "För att medarbetarna ska våga göra fel måste det vara tillåtet att visa sig svag.",
            ),
            (
                ITEM,
                "Ledaren är en viktig förebild när det gäller att skapa tillitsfulla relationer.",
            ),
            (
                ITEM,
                "Ledaren är ett föredöme genom att vara ödmjuk nog att erkänna sina fel, "
                "att be om hjälp och att aktivt söka medarbetarnas bidrag.",
            ),
            (
                ITEM,
                "En ledare som visar sig mänsklig och autentisk bygger tillit och sätter "
                "standarden för hela teamet.",
            ),
            (CONTEXT, "Alla dessa beteenden driver mot samma sak – att skapa tillit i gruppen."),
        ],
    ),
    (
        "Feedback, stöd och utveckling",
        ["Feedback, stöd och", "utveckling"],
        "Den fjärde hörnstenen handlar om vikten av feedback - hur vi ger stöd och "
        "återkoppling som bidrar till utveckling.",
        [
            (
                ITEM,
                "Vi litar på individens egen förmåga och använder feedback som ett sätt "
                "att stämma av den gemensamma färden mot målet.",
            ),
            (
                CONTEXT,
                "Syftet med feedback är att stärka verksamheten och hjälpa varandra att utvecklas.",
            ),
            (ITEM, "Vi behöver veta vad vi gör bra, men också vad vi kan göra bättre."),
            (
                ITEM,
                "När en medarbetare inte agerar i enlighet med kommunens "
                "uppdrag/värdegrund är det alltid nödvändigt med feedback.",
            ),
            (
                CONTEXT,
                "Som chef kan man känna sig osäker inför att ge negativ feedback, "
                "eftersom man är rädd att det kan riskera relationen med medarbetaren.",
            ),
            (
                ITEM,
                "För att medarbetaren ska vara öppen för sådan feedback är det viktigt att "
                "ha visat tillit och investerat i positiv feedback.",
            ),
            (
                CONTEXT,
                "Om man vet vad andra gillar med en själv, skapar det en känsla av "
                "samhörighet och tillit.",
            ),
            (
                CONTEXT,
                "För att feedback ska leda till utveckling är det viktigt att tänka på "
                "hur du ger den:",
            ),
            (ITEM, "Fundera kring din intention när du vill ge feedback på ett beteende."),
            (ITEM, "Se till att intentionen är att hjälpa medarbetaren och verksamheten att växa."),
            (ITEM, "Visa tydligt din positiva intention."),
            (ITEM, "Bra feedback är konkret och specifik."),
            (ITEM, "Det räcker inte med att bara säga ”bra jobbat”."),
            (ITEM, "Tala om vad medarbetaren gjort bra/mindre bra och varför."),
            (ITEM, "Fokusera på beteenden istället för personliga egenskaper."),
            (
                ITEM,
                "En chef som visar uppskattning för en medarbetares utvecklingskurva och "
                "vilja att anstränga sig och inte enbart fokuserar på resultat motiverar till "
                "vidare utveckling.",
            ),
            (
                ITEM,
                "Under ett sådant samtal är det viktigt att utforska medarbetarens "
                "uppfattning om det som skett och att kartlägga vilka omständigheter som "
                "påverkat situationen.",
            ),
            (ITEM, "Försök hitta gemensamma förslag på lösningar och erbjud ditt stöd."),
            (ITEM, "Ett sätt att göra dina medarbetare öppna för feedback är att själv be om den."),
            (
                CONTEXT,
                "Då visar du hur viktigt det är, och att det inte behöver vara "
                "obehagligt att ta emot.",
            ),
        ],
    ),
]

#: The heading that follows the last cornerstone's section.
END_HEADING = ["Rekrytering och introduktion"]

TITLES = [c[0] for c in CORNERSTONES]


def _find_heading(lines: list[str], heading: list[str], start: int = 0) -> int:
    for i in range(start, len(lines) - len(heading) + 1):
        if [line.strip() for line in lines[i : i + len(heading)]] == heading:
            return i
    raise AssertionError(f"heading {heading} not found in the source")


def section_bodies() -> dict[str, str]:
    """Each cornerstone's section of the raw source (heading excluded), normalised."""
    lines = raw_source(MODEL).splitlines()
    headings = [c[1] for c in CORNERSTONES] + [END_HEADING]
    starts: list[int] = []
    for heading in headings:
        starts.append(_find_heading(lines, heading, starts[-1] + 1 if starts else 0))
    return {
        title: normalize("\n".join(lines[starts[i] + len(headings[i]) : starts[i + 1]]))
        for i, title in enumerate(TITLES)
    }


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


def sections_of(pack, kind: str):
    return [s for s in pack.context if s.kind == kind]


@pytest.fixture(scope="module")
def pack(builtin_pack):
    return builtin_pack(MODEL)


@pytest.mark.parametrize("title,heading,framing,sentences", CORNERSTONES, ids=TITLES)
def test_hand_copy_is_exactly_the_cornerstone_section(title, heading, framing, sentences):
    body = section_bodies()[title]
    assert body.startswith(framing + " ")
    rest = body.removeprefix(framing + " ")
    assert " ".join(text for _, text in sentences) == rest


def test_every_text_in_the_pack_is_in_the_source(pack):
    missing = [t for t in pack_texts(pack) if not in_source(MODEL, t)]
    assert missing == []


def test_the_four_cornerstone_areas(pack):
    assert [a.title for a in pack.areas] == TITLES


@pytest.mark.parametrize("title,heading,framing,sentences", CORNERSTONES, ids=TITLES)
def test_area_has_exactly_its_behaviours(pack, title, heading, framing, sentences):
    area = next(a for a in pack.areas if a.title == title)
    assert normalize(area.description or "") == framing
    expected = [text for kind, text in sentences if kind == ITEM]
    assert [normalize(i.text or "") for i in area.items] == expected


def test_no_explanatory_sentence_is_an_item(pack):
    context = {
        text for *_, sentences in CORNERSTONES for kind, text in sentences if kind == CONTEXT
    }
    items = {normalize(i.text or "") for a in pack.areas for i in a.items}
    assert items.isdisjoint(context)


def test_cornerstones_section_lists_the_four_with_their_whole_text(pack):
    (section,) = sections_of(pack, "cornerstones")
    assert [e.title for e in section.entries] == TITLES
    bodies = section_bodies()
    for entry in section.entries:
        assert normalize(entry.text or "") == bodies[entry.title]
    assert normalize(section.text or "").startswith(
        "I korthet handlar ledarmodellen om att ledarens jobb är att tillsammans med "
        "medarbetarna ha en gemensam bild av vart vi är på väg"
    )


def test_vision_and_values(pack):
    (vision,) = sections_of(pack, "vision")
    assert vision.text == VISION
    assert in_source(MODEL, f'vår vision "{VISION}"')
    (values,) = sections_of(pack, "values")
    assert [e.title for e in values.entries] == [VALUE]
    assert in_source(MODEL, f'vår värdegrund "{VALUE}"')
    assert "det goda mötet, även när det är svåra möten." in normalize(values.entries[0].text or "")


def test_source_names_the_organisation(pack):
    assert pack.source.organisation == "Hjo kommun"
    assert pack.source.title == "Ledarmodellen och vår vision"
    assert pack.language == "sv"
