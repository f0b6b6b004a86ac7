"""Conversation cards for the development talk, from the model's own texts.

In Danish LUS practice a few common themes are always discussed and each party picks two or
three more from a deck of cards.

The **common themes** are in every talk's preparation, at both desks, and stay there: the
questions every talk must answer (a `talk-questions` section: Kalix's six) and the entries of
an organisation pack's `common-themes` sections. Their question keys start with `common:`.

Every model offers its own **deck** to pick from, verbatim: an organisation pack's own
`conversation-cards` section if it has one; else its reflection factors (Kalix); else the
model's areas, each with its description (Holstebro's competencies, Huddinge's areas, Hjo's
cornerstones, SKR's approaches). A picked card's question key starts with `card:`.

Besides the model's cards, each side may write cards of its own (a theme in its own words):
their ids start with `own/`, so they are told apart from the model's everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ledarplan.frameworks.schema import FrameworkPack, Section

#: A picked card becomes a preparation question with this key prefix (and the card's id).
CARD_KEY = "card:"
#: A common theme is a preparation question with this key prefix (and the theme's id).
COMMON_KEY = "common:"
#: The kinds of section whose entries are the common themes.
COMMON_KINDS = ("talk-questions", "common-themes")
#: The id of a card a side wrote itself starts with this.
OWN_CARD = "own/"


@dataclass(frozen=True)
class Card:
    id: str  # unique within the model: "<section id>/<entry id or number>" or "area/<id>"
    title: str
    text: str = ""
    common: bool = False  # a common theme: in every preparation, not picked

    @property
    def question(self) -> str:
        """The card as a question of the talk's preparation: its words, as the model has them."""
        return "\n".join(part for part in (self.title, self.text) if part)

    @property
    def key(self) -> str:
        return f"{COMMON_KEY if self.common else CARD_KEY}{self.id}"


def cards_for(pack: FrameworkPack) -> list[Card]:
    """The deck each side picks from (not the common themes)."""
    own = [s for s in pack.context if s.kind == "conversation-cards"]
    if not own:
        own = [s for s in pack.context if s.kind == "reflection-factors"]
    if own:
        return _cards(own)
    return [Card(f"area/{area.id}", area.title, area.description or "") for area in pack.areas]


def common_themes(pack: FrameworkPack) -> list[Card]:
    """The themes every talk discusses, in the pack's order."""
    return _cards([s for s in pack.context if s.kind in COMMON_KINDS], common=True)


def _cards(sections: list[Section], common: bool = False) -> list[Card]:
    return [
        Card(f"{section.id}/{entry.id or number}", entry.title or "", entry.text or "", common)
        for section in sections
        for number, entry in enumerate(section.entries, 1)
    ]


def title_and_text(question: str) -> tuple[str, str]:
    """A card's question split again into its title (the first line) and its text (the rest);
    a card of one line is all title."""
    title, _, text = question.strip().partition("\n")
    return title.strip(), text.strip()


def card_id_of(question_key: str) -> str | None:
    """The card a preparation question came from, if it came from one."""
    return question_key[len(CARD_KEY) :] if question_key.startswith(CARD_KEY) else None


def own_card_key() -> str:
    """The question key of a new card of one's own (unique, so the two desks' never mix)."""
    return f"{CARD_KEY}{OWN_CARD}{uuid.uuid4().hex[:12]}"


def is_own_card(question_key: str) -> bool:
    card = card_id_of(question_key)
    return card is not None and card.startswith(OWN_CARD)


def is_common_theme(question_key: str) -> bool:
    return question_key.startswith(COMMON_KEY)


def is_theme(question_key: str) -> bool:
    """A card picked or written by a side, or a common theme: named by its title in lists."""
    return card_id_of(question_key) is not None or is_common_theme(question_key)
