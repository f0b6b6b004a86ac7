"""Conversation cards for the talk: the model's own texts, picked at each desk, in the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ledarplan.domain.entities import PrepAnswer, Side
from ledarplan.domain.errors import InvalidInputError
from ledarplan.frameworks.cards import CARD_KEY, cards_for, is_own_card, own_card_key
from ledarplan.frameworks.loader import load_pack_file
from tests.frameworks.test_loader_errors import VALID, problems_of, write
from tests.pdf.pdftext import pdf_text

EXPECTED_DECKS = {"kalix": 12, "holstebro": 8, "huddinge": 6, "hjo": 4, "skr": 5}


@pytest.mark.parametrize(("model", "size"), EXPECTED_DECKS.items())
def test_every_model_offers_its_own_texts_as_cards(catalog, model, size):
    pack = catalog.get(model)
    deck = cards_for(pack)
    assert len(deck) == size
    texts = [e.text for s in pack.context for e in s.entries] + [a.title for a in pack.areas]
    assert all(card.title in texts or card.text in texts for card in deck)  # verbatim
    assert len({card.id for card in deck}) == size


def test_kalix_offers_the_six_questions_and_the_reflection_factors(catalog):
    deck = cards_for(catalog.get("kalix"))
    assert [c.text for c in deck if c.id.startswith("samtalsfragor/")][:2] == [
        "Vad ska göras?",
        "Hur ska det göras?",
    ]


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
    assert f"{deck[2].title}" in text and "(chosen by Leader)" in text
    assert "(chosen by Leader + Manager)" in text  # the first card, picked by both
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
    assert "Hur vi delar på ansvaret i ledningsgruppen (own theme, written by Leader)" in text
    assert "The themes' texts" not in text  # no card of the model's: no source to name
