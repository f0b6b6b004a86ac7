"""Conversation cards for the talk: the model's own texts, picked at each desk, in the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ledarplan.domain.entities import PrepAnswer, Side
from ledarplan.domain.errors import InvalidInputError
from ledarplan.frameworks.cards import (
    CARD_KEY,
    cards_for,
    common_themes,
    is_common_theme,
    is_own_card,
    own_card_key,
)
from ledarplan.frameworks.loader import load_pack_file
from tests.frameworks.test_loader_errors import VALID, problems_of, write
from tests.pdf.pdftext import pdf_text

EXPECTED_DECKS = {"kalix": 6, "holstebro": 8, "huddinge": 6, "hjo": 4, "skr": 5}


@pytest.mark.parametrize(("model", "size"), EXPECTED_DECKS.items())
def test_every_model_offers_its_own_texts_as_cards(catalog, model, size):
    pack = catalog.get(model)
    deck = cards_for(pack)
    assert len(deck) == size
    texts = [e.text for s in pack.context for e in s.entries] + [a.title for a in pack.areas]
    assert all(card.title in texts or card.text in texts for card in deck)  # verbatim
    assert len({card.id for card in deck}) == size


def test_kalix_six_questions_are_its_common_themes_and_its_factors_the_cards(catalog):
    pack = catalog.get("kalix")
    themes = common_themes(pack)
    assert [c.text for c in themes] == [
        "Vad ska göras?",
        "Hur ska det göras?",
        "Varför är det viktigt?",
        "Vem ska göra vad?",
        "När ska det göras?",
        "Hur följer vi upp?",
    ]
    assert all(is_common_theme(c.key) and c.common for c in themes)
    deck = cards_for(pack)
    assert {c.id.split("/")[0] for c in deck} == {"framgangsfaktorer"}  # reflection factors
    assert not any(is_common_theme(c.key) for c in deck)
    # The other models have no common themes of their own.
    assert [m for m in EXPECTED_DECKS if common_themes(catalog.get(m))] == ["kalix"]


def test_an_organisation_pack_may_bring_its_own_cards_checked_like_the_rest(tmp_path):
    entry = "        title: Trivsel\n        text: Hvad giver dig energi?\n"
    cards = (
        "context:\n  - id: kort\n    kind: conversation-cards\n    title: Samtalskort\n"
        "    entries:\n      - id: trivsel\n" + entry
    )
    pack = load_pack_file(write(tmp_path, VALID.replace("levels:", cards + "levels:")))
    assert [(c.id, c.question) for c in cards_for(pack)] == [
        ("kort/trivsel", "Trivsel\nHvad giver dig energi?")
    ]
    broken = cards.replace(
        "        title: Trivsel\n        text: Hvad giver dig energi?\n", "        id2: x\n"
    )
    [message] = problems_of(write(tmp_path, VALID.replace("levels:", broken + "levels:"), "b.yaml"))
    assert "b.yaml:" in message and "context" in message


def test_picked_cards_become_questions_of_this_desks_preparation_and_a_pdf_section(
    services, catalog, tmp_path
):
    bundle = services.samples.create("holstebro", "chef", date(2026, 11, 23))
    [talk] = services.talks.list(bundle.plan.id)
    deck = services.talks.cards("holstebro")
    picked = services.talks.pick_cards(talk.id, [deck[2].id, deck[0].id, deck[2].id])
    cards = [a for a in picked.leader_prep if a.question_key.startswith(CARD_KEY)]
    assert [a.question for a in cards] == [deck[2].question, deck[0].question]  # once, in order
    assert picked.manager_prep == talk.manager_prep  # the other desk's part is untouched
    with pytest.raises(InvalidInputError, match="not a card of the plan's model"):
        services.talks.pick_cards(talk.id, ["area/no-such-area"])

    answered = [
        replace(a, answer="Vi øver os i at give feedback.") if a.question_key == deck[0].key else a
        for a in picked.leader_prep
    ]
    services.talks.prepare(replace(picked, leader_prep=answered))
    services.plans.set_desk(bundle.plan.id, Side.MANAGER)
    services.talks.pick_cards(talk.id, [deck[0].id])
    out = tmp_path / "plan.pdf"
    from ledarplan.pdf import PdfOptions  # noqa: PLC0415
    from ledarplan.pdf.labels import PdfLabels  # noqa: PLC0415

    services.pdf.export(bundle.plan.id, out, PdfLabels(), PdfOptions(sections=frozenset({"talk"})))
    text = pdf_text(out.read_bytes())
    assert "Themes we chose" in text
    assert f"{deck[2].title} (chosen by the leader)" in " ".join(text.split())
    assert "(chosen by the leader and the manager)" in text  # the first card, by both
    assert "The themes' texts: Holstebro Kommune" in text
    # In the preparation's table the answered card is named by its title; its text is in the
    # themes above, once.
    preparation = text[text.index("Preparation") :]
    assert f"{deck[0].title} Vi øver os i at give feedback." in preparation
    assert text.count(deck[0].text[:40]) == 1


def test_choosing_again_keeps_the_answers_of_cards_still_chosen_and_drops_the_others(services):
    bundle = services.samples.create("hjo", None, date(2026, 11, 23))
    [talk] = services.talks.list(bundle.plan.id)
    deck = services.talks.cards("hjo")
    talk = services.talks.choose_cards(talk.id, [deck[0].id, deck[1].id])
    prep = talk.leader_prep
    answered = [
        replace(a, answer="Vi talar om det.") if a.question_key == deck[1].key else a for a in prep
    ]
    own = PrepAnswer("Arbetsglädje i gruppen", "Mer tid för oss", own_card_key())
    talk = services.talks.prepare(replace(talk, leader_prep=[*answered, own]))

    talk = services.talks.choose_cards(talk.id, [deck[3].id, deck[1].id])
    keys = [a.question_key for a in talk.leader_prep]
    questions = [a for a in talk.leader_prep if not a.question_key.startswith(CARD_KEY)]
    assert questions == bundle.talks[0].leader_prep  # the model's questions stay
    cards = [k for k in keys if k.startswith(CARD_KEY)]
    assert cards == [deck[1].key, own.question_key, deck[3].key]
    kept = next(a for a in talk.leader_prep if a.question_key == deck[1].key)
    assert kept.answer == "Vi talar om det."
    assert is_own_card(own.question_key) and not is_own_card(deck[1].key)
    with pytest.raises(InvalidInputError, match="not a card"):
        services.talks.choose_cards(talk.id, [own.question_key.removeprefix(CARD_KEY)])


def test_an_own_theme_is_in_the_pdf_marked_as_written_by_its_side(services, tmp_path):
    from ledarplan.pdf import PdfOptions  # noqa: PLC0415
    from ledarplan.pdf.labels import PdfLabels  # noqa: PLC0415

    bundle = services.samples.create("skr", None, date(2026, 11, 23))
    [talk] = services.talks.list(bundle.plan.id)
    own = PrepAnswer("Hur vi delar på ansvaret i ledningsgruppen", "", own_card_key())
    services.talks.prepare(replace(talk, leader_prep=[*talk.leader_prep, own]))
    out = tmp_path / "plan.pdf"
    services.pdf.export(bundle.plan.id, out, PdfLabels(), PdfOptions(sections=frozenset({"talk"})))
    text = pdf_text(out.read_bytes())
    assert "Themes we chose" in text
    assert "Hur vi delar på ansvaret i ledningsgruppen (own theme, written by the leader)" in text
    assert "The themes' texts" not in text  # no card of the model's: no source to name


COMMON = (
    "  - id: faelles\n    kind: common-themes\n    title: Fælles temaer\n    entries:\n"
    "      - id: trivsel\n        title: Trivsel\n        text: Hvordan trives du?\n"
    "      - title: Samarbejdet med mig\n"
)
CARDS = (
    "  - id: kort\n    kind: conversation-cards\n    title: Samtalekort\n    entries:\n"
    "      - id: mod\n        title: Mod\n      - id: tillid\n        title: Tillid\n"
)


def test_an_organisation_pack_names_its_common_themes_checked_like_the_rest(tmp_path):
    pack = load_pack_file(
        write(tmp_path, VALID.replace("levels:", "context:\n" + COMMON + CARDS + "levels:"))
    )
    assert [(c.key, c.question) for c in common_themes(pack)] == [
        ("common:faelles/trivsel", "Trivsel\nHvordan trives du?"),
        ("common:faelles/2", "Samarbejdet med mig"),
    ]
    assert [c.id for c in cards_for(pack)] == ["kort/mod", "kort/tillid"]
    broken = COMMON.replace("kind: common-themes", "kind: common-theme")
    [message] = problems_of(
        write(tmp_path, VALID.replace("levels:", "context:\n" + broken + "levels:"), "b.yaml")
    )
    assert "b.yaml:" in message and "common-themes" in message  # the kinds are named


def test_a_new_talk_starts_with_the_common_themes_at_both_desks_and_they_stay(services):
    from ledarplan.domain.entities import DevelopmentTalk  # noqa: PLC0415

    standard = [PrepAnswer("Hvad gik godt?")]
    kalix = services.talks.opening_questions("kalix", standard)
    assert [a.question for a in kalix] == [
        c.question for c in services.talks.common_themes("kalix")
    ]
    assert all(is_common_theme(a.question_key) for a in kalix)  # no standard questions
    assert services.talks.opening_questions("holstebro", standard) == standard
    skr = services.talks.opening_questions("skr", standard)
    assert skr == services.talks.model_questions("skr") and skr  # its conversation topics

    plan = services.samples.create("holstebro", "chef", date(2026, 11, 23)).plan
    talk = services.talks.prepare(
        DevelopmentTalk(plan.id, leader_prep=list(kalix), manager_prep=list(kalix))
    )
    # Moved or answered, a common theme stays; taken out, it is refused, and nothing changes.
    moved = [replace(kalix[1], answer="Vi planerar"), kalix[0], *kalix[2:]]
    talk = services.talks.prepare(replace(talk, leader_prep=moved))
    assert talk.leader_prep[0].answer == "Vi planerar"
    with pytest.raises(InvalidInputError, match="“Vem ska göra vad\\?” is a common theme"):
        services.talks.prepare(replace(talk, manager_prep=kalix[:3] + kalix[4:]))
    assert len(next(t for t in services.talks.list(plan.id) if t.id == talk.id).manager_prep) == 6
    # Picking cards leaves them where they are.
    deck = services.talks.cards("holstebro")
    talk = services.talks.choose_cards(talk.id, [deck[0].id])
    assert [a.question_key for a in talk.leader_prep][:6] == [a.question_key for a in moved]
    with pytest.raises(InvalidInputError, match="not a card"):
        services.talks.choose_cards(talk.id, [kalix[0].question_key.removeprefix("common:")])


def test_the_pdf_lists_the_common_themes_first_then_the_chosen_ones(services, tmp_path):
    from ledarplan.i18n.pdf_labels import pdf_labels  # noqa: PLC0415
    from ledarplan.pdf import PdfOptions  # noqa: PLC0415

    bundle = services.samples.create("kalix", None, date(2026, 11, 23))
    [talk] = services.talks.list(bundle.plan.id)
    deck = services.talks.cards("kalix")
    services.talks.choose_cards(talk.id, [deck[2].id])
    expected = {
        "en": (
            "Themes we chose",
            "Common themes, discussed in every talk:",
            "Chosen for",
            "chosen by the leader",
        ),
        "sv": (
            "Teman vi valde",
            "Gemensamma teman, som tas upp i varje samtal:",
            "Valda för",
            "valt av ledaren",
        ),
        "da": (
            "Temaer vi valgte",
            "Fælles temaer, som drøftes i hver samtale:",
            "Valgt til",
            "valgt af lederen",
        ),
    }
    for language, (heading, common, chosen, by) in expected.items():
        out = tmp_path / f"plan-{language}.pdf"
        options = PdfOptions(sections=frozenset({"talk"}))
        services.pdf.export(bundle.plan.id, out, pdf_labels(language), options)
        text = " ".join(pdf_text(out.read_bytes()).split())
        themes = text[text.index(heading) :]
        six = " ".join(f"• {c.text}" for c in services.talks.common_themes("kalix"))
        assert themes.startswith(f"{heading} {common} {six} {chosen}"), language
        assert f"• {deck[2].title} ({by}) " in themes, language
        assert text.count("Vad ska göras?") == 2  # in the themes, and named in the preparation
