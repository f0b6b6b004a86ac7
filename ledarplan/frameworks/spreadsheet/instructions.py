"""The template's own words, in the language it is written in: the Instructions sheet, the
Model sheet's explanations, the names of placeholder levels.

These are the program's texts in a file HR edits outside the program, so they live here as
data (not in Qt's translations, which the command line and this Qt-free module do not use).
"""

from __future__ import annotations

# {sheet name} placeholders are filled with the sheet names of the template's language.
INSTRUCTIONS: dict[str, list[str]] = {
    "en": [
        "# Your leadership model as a spreadsheet",
        "Fill in the sheets of this workbook with your organisation's leadership model, then "
        "convert it into a model file for ledarplan: in the program File → New model from a "
        "spreadsheet…, or on the command line `ledarplan frameworks from-spreadsheet "
        "THIS.xlsx --out model.yaml`. Every problem is named with its sheet and cell, and "
        "nothing is written until all of them are solved.",
        "# The sheets",
        "{model}: the model's name, your organisation, the document the texts come from, its "
        "year, and the language the texts are written in (sv, da, nb, nn, fi or en).",
        "{levels}: the role levels, one per row, top to bottom (e.g. Director, Manager, "
        "Leader of leaders). Leave the sheet empty if your model has no levels.",
        "{areas}: the model's areas (competencies), one per row, in order, with a description "
        "if the model has one.",
        "{items}: what a leader is assessed against, one per row: its area (exactly as in the "
        "{areas} sheet; an empty Area cell means the same area as the row above), its name, "
        "and its description. An item needs a name, a description, or both.",
        "{expectations}: what is expected of each item at each role level: one row per item "
        "(area and item named as in the {items} sheet), one column per role level (its "
        "heading is the level's name or id as in the {levels} sheet), one text per cell.",
        "{sections}, {entries}: optional context of the model (introduction, vision, values, "
        "cornerstones …): one row per section with its kind, and its entries (values, "
        "questions …) in the {entries} sheet, naming their section.",
        "{talk_questions}: the questions every development talk should answer. "
        "{development_activities}: ready activities a leader may plan. Both are optional.",
        "{scale}: optional: what the points of your rating scale mean (at least the lowest "
        "and the highest). Without it, ratings use ledarplan's own 1–5 scale.",
        "# Good to know",
        "Texts are taken exactly as typed, with their line breaks (Alt+Enter in a cell); only "
        "spaces at the start or end of a cell are removed (and you are told). Do not merge "
        "cells; write each value in its own cell. Formulas are allowed: their value is taken.",
        "The Id columns may stay empty: ids are made from the names. Once leaders use the "
        "model, keep the ids as they are, since plans refer to them (`ledarplan frameworks "
        "to-spreadsheet` writes them out).",
        "Keep the sheets' names and the headings of row 1 (in English, Swedish or Danish). "
        "Optional sheets you do not need may be deleted.",
        "# Kinds of sections",
    ],
    "sv": [
        "# Er ledarskapsmodell som kalkylark",
        "Fyll i den här arbetsbokens blad med organisationens ledarskapsmodell och gör sedan "
        "om den till en modellfil för ledarplan: i programmet Arkiv → Ny modell från ett "
        "kalkylark…, eller på kommandoraden `ledarplan frameworks from-spreadsheet "
        "DENNA.xlsx --out modell.yaml`. Varje problem anges med blad och cell, och ingenting "
        "skrivs förrän alla är lösta.",
        "# Bladen",
        "{model}: modellens namn, er organisation, dokumentet som texterna kommer från, dess "
        "år och språket som texterna är skrivna på (sv, da, nb, nn, fi eller en).",
        "{levels}: rollnivåerna, en per rad, uppifrån och ned (t.ex. Direktör, Chef, Chef för "
        "chefer). Lämna bladet tomt om modellen inte har några nivåer.",
        "{areas}: modellens områden (kompetenser), ett per rad, i ordning, med en beskrivning "
        "om modellen har en.",
        "{items}: det som en ledare bedöms mot, en punkt per rad: dess område (exakt som i "
        "bladet {areas}; en tom cell under Område betyder samma område som raden ovanför), "
        "dess namn och dess beskrivning. En punkt behöver ett namn, en beskrivning eller båda.",
        "{expectations}: vad som förväntas av varje punkt på varje rollnivå: en rad per punkt "
        "(område och punkt som i bladet {items}), en kolumn per rollnivå (rubriken är nivåns "
        "namn eller id som i bladet {levels}), en text per cell.",
        "{sections}, {entries}: modellens sammanhang, om ni vill (inledning, vision, "
        "värderingar, hörnstenar …): en rad per avsnitt med dess slag, och dess poster "
        "(värderingar, frågor …) i bladet {entries}, med avsnittet angivet.",
        "{talk_questions}: frågorna som varje utvecklingssamtal ska besvara. "
        "{development_activities}: färdiga aktiviteter som en ledare kan planera in. Båda är "
        "frivilliga.",
        "{scale}: frivilligt: vad poängen på er bedömningsskala betyder (minst den lägsta och "
        "den högsta). Utan den används ledarplans egen skala 1–5.",
        "# Bra att veta",
        "Texterna tas exakt som de är skrivna, med sina radbrytningar (Alt+Enter i en cell); "
        "bara mellanslag i början eller slutet av en cell tas bort (och det sägs). Slå inte "
        "ihop celler; skriv varje värde i en egen cell. Formler går bra: deras värde tas.",
        "Kolumnerna Id får vara tomma: id:n görs av namnen. När ledare väl använder modellen "
        "ska id:n behållas som de är, eftersom planerna hänvisar till dem (`ledarplan "
        "frameworks to-spreadsheet` skriver ut dem).",
        "Behåll bladens namn och rubrikerna på rad 1 (på svenska, danska eller engelska). "
        "Frivilliga blad som ni inte behöver får tas bort.",
        "# Slag av avsnitt",
    ],
    "da": [
        "# Jeres ledelsesgrundlag som regneark",
        "Udfyld denne projektmappes ark med organisationens ledelsesgrundlag, og lav det "
        "derefter om til en modelfil til ledarplan: i programmet Filer → Ny model fra et "
        "regneark…, eller på kommandolinjen `ledarplan frameworks from-spreadsheet "
        "DENNE.xlsx --out model.yaml`. Hvert problem angives med ark og celle, og intet "
        "skrives, før de alle er løst.",
        "# Arkene",
        "{model}: modellens navn, jeres organisation, dokumentet som teksterne kommer fra, "
        "dets år og det sprog teksterne er skrevet på (sv, da, nb, nn, fi eller en).",
        "{levels}: ledelsesniveauerne, ét pr. række, oppefra og ned (fx Direktør, Chef, Leder "
        "af ledere). Lad arket være tomt, hvis modellen ikke har niveauer.",
        "{areas}: modellens områder (kompetencer), ét pr. række, i rækkefølge, med en "
        "beskrivelse hvis modellen har en.",
        "{items}: det en leder vurderes ud fra, ét punkt pr. række: dets område (nøjagtigt som "
        "i arket {areas}; en tom celle under Område betyder samme område som rækken ovenfor), "
        "dets navn og dets beskrivelse. Et punkt skal have et navn, en beskrivelse eller begge.",
        "{expectations}: hvad der forventes af hvert punkt på hvert ledelsesniveau: én række "
        "pr. punkt (område og punkt som i arket {items}), én kolonne pr. niveau (overskriften "
        "er niveauets navn eller id som i arket {levels}), én tekst pr. celle.",
        "{sections}, {entries}: modellens sammenhæng, hvis I vil (forord, vision, værdier, "
        "hjørneflag …): én række pr. afsnit med dets type, og dets poster (værdier, "
        "spørgsmål …) i arket {entries}, med afsnittet angivet.",
        "{talk_questions}: de spørgsmål hver udviklingssamtale skal besvare. "
        "{development_activities}: færdige aktiviteter som en leder kan planlægge. Begge er "
        "valgfrie.",
        "{scale}: valgfrit: hvad pointene på jeres vurderingsskala betyder (mindst det laveste "
        "og det højeste). Uden den bruges ledarplans egen skala 1–5.",
        "# Godt at vide",
        "Teksterne tages nøjagtigt som de er skrevet, med deres linjeskift (Alt+Enter i en "
        "celle); kun mellemrum i starten eller slutningen af en celle fjernes (og det "
        "siges). Flet ikke celler; skriv hver værdi i sin egen celle. Formler er tilladt: "
        "deres værdi tages.",
        "Kolonnerne Id må være tomme: id'er laves af navnene. Når ledere først bruger "
        "modellen, skal id'erne beholdes som de er, for planerne henviser til dem (`ledarplan "
        "frameworks to-spreadsheet` skriver dem ud).",
        "Behold arkenes navne og overskrifterne i række 1 (på dansk, svensk eller engelsk). "
        "Valgfrie ark, som I ikke har brug for, må slettes.",
        "# Typer af afsnit",
    ],
}

#: What each kind of section is for, in the template's language.
KIND_EXPLANATIONS: dict[str, dict[str, str]] = {
    "en": {
        "introduction": "framing text of the model",
        "vision": "the organisation's vision",
        "values": "the values",
        "cornerstones": "cornerstones or core components",
        "intentions": "intentions, guiding stars",
        "general-expectations": "what is expected of every leader, whatever the level",
        "reflection-factors": "questions or factors to reflect on",
        "talk-questions": "questions every development talk should answer",
        "conversation-topics": "topics for conversations",
        "conversation-cards": "themes for the talk that each party picks from (cards)",
        "common-themes": "themes discussed in every talk, in both preparations",
        "agreement-content": "what a joint agreement should contain",
        "development-activities": "ready development activities",
        "learning-cycle": "a learning cycle (e.g. Kolb's)",
        "other": "anything else",
    },
    "sv": {
        "introduction": "modellens inledande text",
        "vision": "organisationens vision",
        "values": "värderingarna",
        "cornerstones": "hörnstenar eller kärnkomponenter",
        "intentions": "intentioner, ledstjärnor",
        "general-expectations": "det som förväntas av alla ledare, oavsett nivå",
        "reflection-factors": "frågor eller faktorer att reflektera kring",
        "talk-questions": "frågor som varje utvecklingssamtal ska besvara",
        "conversation-topics": "ämnen för samtal",
        "conversation-cards": "teman för samtalet som var och en väljer bland (samtalskort)",
        "common-themes": "teman som tas upp i varje samtal, i bådas förberedelser",
        "agreement-content": "vad en gemensam överenskommelse ska innehålla",
        "development-activities": "färdiga utvecklingsaktiviteter",
        "learning-cycle": "en lärcykel (t.ex. Kolbs)",
        "other": "annat",
    },
    "da": {
        "introduction": "modellens indledende tekst",
        "vision": "organisationens vision",
        "values": "værdierne",
        "cornerstones": "hjørnesten eller kernekomponenter",
        "intentions": "intentioner, ledestjerner",
        "general-expectations": "det der forventes af alle ledere, uanset niveau",
        "reflection-factors": "spørgsmål eller faktorer at reflektere over",
        "talk-questions": "spørgsmål hver udviklingssamtale skal besvare",
        "conversation-topics": "emner for samtaler",
        "conversation-cards": "temaer til samtalen, som hver part vælger imellem (samtalekort)",
        "common-themes": "temaer, der drøftes i hver samtale, i begge parters forberedelse",
        "agreement-content": "hvad en fælles aftale skal indeholde",
        "development-activities": "færdige udviklingsaktiviteter",
        "learning-cycle": "en læringscyklus (fx Kolbs)",
        "other": "andet",
    },
}

#: The Model sheet's Explanation column, by field.
FIELD_EXPLANATIONS: dict[str, dict[str, str]] = {
    "en": {
        "name": "Required. The model's name as leaders know it.",
        "short_name": "A short name for lists, e.g. the municipality's.",
        "source.organisation": "Required. The organisation whose model it is.",
        "source.title": "Required. The title of the document the texts come from.",
        "source.year": "The document's year (four digits).",
        "language": "Required. The language of the model's texts: sv, da, nb, nn, fi or en.",
        "version": "Required. Your version of the model, e.g. 2025.1; raise it when you "
        "change the model.",
        "id": "May stay empty (made from the short name). Lower-case letters, digits and "
        "hyphens; keep it once the model is in use.",
        "source.url": "Where the document can be read.",
        "source.pages": "The pages of the document the texts come from.",
        "source.note": "Anything else about the source.",
    },
    "sv": {
        "name": "Krävs. Modellens namn som ledarna känner det.",
        "short_name": "Ett kort namn för listor, t.ex. kommunens.",
        "source.organisation": "Krävs. Organisationen som modellen tillhör.",
        "source.title": "Krävs. Titeln på dokumentet som texterna kommer från.",
        "source.year": "Dokumentets år (fyra siffror).",
        "language": "Krävs. Språket i modellens texter: sv, da, nb, nn, fi eller en.",
        "version": "Krävs. Er version av modellen, t.ex. 2025.1; höj den när ni ändrar modellen.",
        "id": "Får vara tomt (görs av kortnamnet). Små bokstäver a–z, siffror och "
        "bindestreck; behåll det när modellen används.",
        "source.url": "Var dokumentet kan läsas.",
        "source.pages": "Sidorna i dokumentet som texterna kommer från.",
        "source.note": "Annat om källan.",
    },
    "da": {
        "name": "Skal udfyldes. Modellens navn som lederne kender det.",
        "short_name": "Et kort navn til lister, fx kommunens.",
        "source.organisation": "Skal udfyldes. Organisationen som modellen tilhører.",
        "source.title": "Skal udfyldes. Titlen på dokumentet som teksterne kommer fra.",
        "source.year": "Dokumentets år (fire cifre).",
        "language": "Skal udfyldes. Sproget i modellens tekster: sv, da, nb, nn, fi eller en.",
        "version": "Skal udfyldes. Jeres version af modellen, fx 2025.1; hæv den, når I "
        "ændrer modellen.",
        "id": "Må være tomt (laves af det korte navn). Små bogstaver a–z, cifre og "
        "bindestreger; behold det, når modellen er i brug.",
        "source.url": "Hvor dokumentet kan læses.",
        "source.pages": "Siderne i dokumentet som teksterne kommer fra.",
        "source.note": "Andet om kilden.",
    },
}

#: A placeholder role level of a new template ("Level 1" …).
LEVEL_PLACEHOLDER = {"en": "Level {n}", "sv": "Nivå {n}", "da": "Niveau {n}"}
