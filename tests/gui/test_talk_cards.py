"""Conversation cards in the talk's preparation: each desk picks its own, writes its own,
puts them in order, and the PDF shows them as "Themes we chose"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ledarplan.domain.entities import Side
from ledarplan.frameworks.cards import CARD_KEY, is_own_card
from ledarplan.gui.models.prep_table import COL_QUESTION
from ledarplan.gui.views.talk_view import TalkView
from ledarplan.pdf import PdfLabels, PdfOptions
from tests.pdf.pdftext import pdf_text

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, events, prompts, demo_plan):
    view = TalkView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    view.set_plan(demo_plan.plan.id)
    return view


def questions(panel) -> list[str]:
    model = panel.model
    return [model.index(row, COL_QUESTION).data() for row in range(model.rowCount())]


def tick(*card_ids, untick=()):
    """Answers the card picker: ticks and unticks cards as a user would, then Choose."""
    seen = []

    def answer(dialog):
        seen.append(dialog)
        for card in card_ids:
            dialog.set_checked(card, True)
        for card in untick:
            dialog.set_checked(card, False)
        return dialog.chosen()

    answer.seen = seen
    return answer


def stored_prep(services, plan_id, side):
    return services.talks.list(plan_id)[-1].prep(side)


def test_a_leader_picks_cards_writes_an_own_theme_orders_them_and_sees_them_in_the_pdf(
    qtbot, page, services, demo_plan, tmp_path
):
    deck = services.talks.cards("holstebro")
    panel = page.leader_prep
    assert panel.themes_button.isEnabled() and not page.manager_prep.themes_button.isEnabled()
    before = len(demo_plan.talks[0].leader_prep)

    page.ask_cards = tick(deck[2].id, deck[0].id)
    qtbot.mouseClick(panel.themes_button, Qt.MouseButton.LeftButton)
    [dialog] = page.ask_cards.seen
    assert "Holstebro Kommune" in dialog.intro.text()  # the texts' source is named
    assert dialog.count_label.text() == "2 themes chosen"
    # The current card is shown whole below the list: its title, then its text.
    assert dialog.card_text.toPlainText().split("\n") == [deck[0].title, deck[0].text]
    assert questions(panel)[before:] == [
        f"Theme: {deck[0].title}",
        f"Theme: {deck[2].title}",
    ]  # new cards in the deck's order, after the questions; the title says which
    tip = panel.model.index(before, COL_QUESTION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Theme: {deck[0].question}"
    panel.select_row(before)  # a card is the model's words: shown, not edited
    assert panel.question_label.isVisible() and not panel.question_edit.isVisible()
    assert panel.question_label.text() == deck[0].question

    # The own theme is written in the question editor.
    qtbot.mouseClick(panel.own_theme_button, Qt.MouseButton.LeftButton)
    panel.question_edit.selectAll()
    assert panel.question_edit.isVisible()  # one's own theme is one's own to write
    qtbot.keyClicks(panel.question_edit, "Trivsel i ledergruppen")
    page.flush()
    # The agreed order: the own theme first, then the third card before the first.
    for _ in range(2):
        qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    panel.select_row(before + 2)  # deck[2] after the move
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    prep = stored_prep(services, demo_plan.plan.id, Side.LEADER)
    cards = [a for a in prep if a.question_key.startswith(CARD_KEY)]
    assert [a.question for a in cards] == [
        "Trivsel i ledergruppen",
        deck[2].question,
        deck[0].question,
    ]
    assert is_own_card(cards[0].question_key)
    assert questions(panel)[before] == "Own theme: Trivsel i ledergruppen"
    # The manager's preparation is the other desk's: untouched.
    assert stored_prep(services, demo_plan.plan.id, Side.MANAGER) == demo_plan.talks[0].manager_prep

    out = tmp_path / "talk.pdf"
    options = PdfOptions(sections=frozenset({"talk"}))
    services.pdf.export(demo_plan.plan.id, out, PdfLabels(), options)
    text = pdf_text(out.read_bytes())
    themes = text[text.index("Themes we chose") :]
    own = themes.index("Trivsel i ledergruppen (own theme, written by the leader)")
    third = themes.index(f"{deck[2].title} (chosen by the leader) {deck[2].text[:30]}")
    first = themes.index(f"{deck[0].title} (chosen by the leader) {deck[0].text[:30]}")
    assert own < third < first  # in the order agreed
    assert "The themes' texts: Holstebro Kommune" in themes


def test_unticking_an_answered_card_asks_first(qtbot, page, services, demo_plan, prompts):
    deck = services.talks.cards("holstebro")
    panel = page.leader_prep
    page.ask_cards = tick(deck[1].id)
    panel.themes_button.click()
    panel.select_row(panel.model.rowCount() - 1)
    panel.answer_edit.setPlainText("Psykologisk tryghed i teamet")
    page.flush()

    prompts.answers.append(False)  # keep it after all
    page.ask_cards = tick(deck[3].id, untick=[deck[1].id])
    panel.themes_button.click()
    assert prompts.shown[-1][0] == "confirm" and deck[1].title in prompts.shown[-1][2]
    keys = [a.question_key for a in stored_prep(services, demo_plan.plan.id, Side.LEADER)]
    assert deck[1].key in keys and deck[3].key not in keys

    prompts.answers.append(True)
    panel.themes_button.click()
    keys = [a.question_key for a in stored_prep(services, demo_plan.plan.id, Side.LEADER)]
    assert deck[1].key not in keys and deck[3].key in keys


def test_at_the_managers_desk_the_manager_picks_and_the_leaders_side_is_read_only(
    qtbot, page, services, demo_plan
):
    services.plans.set_desk(demo_plan.plan.id, Side.MANAGER)
    page.reload()
    leader, manager = page.leader_prep, page.manager_prep
    for button in (leader.themes_button, leader.own_theme_button, leader.up_button):
        assert not button.isEnabled()
    assert leader.desk_note.isVisible()
    deck = services.talks.cards("holstebro")
    page.ask_cards = tick(deck[4].id)
    qtbot.mouseClick(manager.themes_button, Qt.MouseButton.LeftButton)
    assert questions(manager)[-1].startswith(f"Theme: {deck[4].title}")
    assert deck[4].key in [
        a.question_key for a in stored_prep(services, demo_plan.plan.id, Side.MANAGER)
    ]
    assert stored_prep(services, demo_plan.plan.id, Side.LEADER) == demo_plan.talks[0].leader_prep


def test_the_common_themes_head_the_card_picker_ticked_and_cannot_be_unticked(
    qtbot, services, events, prompts
):
    bundle = services.samples.create("kalix")
    view = TalkView(services, events, prompts)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.set_plan(bundle.plan.id)
    common, deck = services.talks.common_themes("kalix"), services.talks.cards("kalix")
    panel = view.leader_prep
    themes = [f"Common theme: {c.text}" for c in common]
    assert questions(panel) == themes  # the sample's talk: the six, in both preparations
    assert questions(view.manager_prep) == themes

    refused = []

    def answer(dialog):
        refused.append(dialog.set_checked(common[0].key, False))
        dialog.set_checked(deck[1].id, True)
        return dialog.chosen()

    view.ask_cards = tick()
    qtbot.mouseClick(panel.themes_button, Qt.MouseButton.LeftButton)
    [dialog] = view.ask_cards.seen
    model = dialog.model
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert shown == [c.text for c in common] + [c.title for c in deck]
    first = model.index(0)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert first.data(Qt.ItemDataRole.FontRole).italic()
    assert "discussed in every talk" in dialog.intro.text()
    assert dialog.count_label.text() == "0 themes chosen"

    view.ask_cards = answer
    qtbot.mouseClick(panel.themes_button, Qt.MouseButton.LeftButton)
    assert refused == [False]
    assert questions(panel) == [*themes, f"Theme: {deck[1].title}"]
    assert [a.question_key for a in stored_prep(services, bundle.plan.id, Side.LEADER)] == [
        *(c.key for c in common),
        deck[1].key,
    ]
