"""Conversation cards for the talk: the model's own texts, picked at each desk, in the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from ledarplan.domain.entities import Side
from ledarplan.domain.errors import InvalidInputError
from ledarplan.frameworks.cards import CARD_KEY, cards_for
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
