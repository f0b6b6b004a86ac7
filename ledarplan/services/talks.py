"""The development talk: preparation by leader and manager, summary, agreements, sign-off."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from datetime import datetime, timezone

from ledarplan.domain.entities import DevelopmentTalk, PrepAnswer, Side, Signature
from ledarplan.domain.errors import InvalidInputError
from ledarplan.domain.rules import normalise_talk
from ledarplan.frameworks.cards import (
    Card,
    card_id_of,
    cards_for,
    common_themes,
    is_common_theme,
    is_own_card,
    title_and_text,
)
from ledarplan.frameworks.catalog import FrameworkCatalog
from ledarplan.services.meanwhile import on_top
from ledarplan.storage.store import Store

#: Where a model's own questions for the talk come from (its talk questions are its common
#: themes: see frameworks.cards).
QUESTION_SECTION_KINDS = ("conversation-topics",)


class TalkService:
    def __init__(self, store: Store, catalog: FrameworkCatalog):
        self._store = store
        self._catalog = catalog

    def model_questions(self, framework_id: str) -> list[PrepAnswer]:
        """Empty answers to the model's own questions besides its common themes (SKR: the
        conversation topics)."""
        pack = self._catalog.get(framework_id)
        if pack is None:
            return []
        for kind in QUESTION_SECTION_KINDS:
            for section in pack.context:
                if section.kind == kind and section.entries:
                    return [
                        PrepAnswer(
                            question=" ".join(part for part in (entry.title, entry.text) if part),
                            question_key=entry.id or "",
                        )
                        for entry in section.entries
                    ]
        return []

    def model_language(self, framework_id: str) -> str | None:
        """The language of the model's texts, which is the plan's language (None: the model is
        not installed here)."""
        pack = self._catalog.get(framework_id)
        return pack.language if pack is not None else None

    def cards(self, framework_id: str) -> list[Card]:
        """The model's conversation cards to pick from (see frameworks.cards)."""
        pack = self._catalog.get(framework_id)
        return cards_for(pack) if pack is not None else []

    def common_themes(self, framework_id: str) -> list[Card]:
        """The themes every talk discusses (Kalix: the six questions every talk must answer;
        an organisation pack's common themes)."""
        pack = self._catalog.get(framework_id)
        return common_themes(pack) if pack is not None else []

    def opening_questions(self, framework_id: str, standard: list[PrepAnswer]) -> list[PrepAnswer]:
        """What each side's preparation of a new talk starts with: the common themes, then the
        model's own questions; the `standard` questions when the model asks none of its own
        (neither questions every talk must answer nor conversation topics)."""
        pack = self._catalog.get(framework_id)
        themes = [
            PrepAnswer(card.question, question_key=card.key)
            for card in self.common_themes(framework_id)
        ]
        own = self.model_questions(framework_id)
        asks = own or any(
            s.kind == "talk-questions" and s.entries for s in (pack.context if pack else ())
        )
        return [*themes, *(own if asks else [replace(q) for q in standard])]

    def pick_cards(self, talk_id: str, card_ids: list[str]) -> DevelopmentTalk:
        """The cards this desk picked become questions of its own preparation, in the order
        picked (a card already there is not added twice)."""
        talk, side = self._talk_and_side(talk_id)
        present = [card_id_of(a.question_key) for a in talk.prep(side)]
        return self.choose_cards(talk_id, [c for c in present if c] + list(card_ids))

    def choose_cards(self, talk_id: str, card_ids: list[str]) -> DevelopmentTalk:
        """This desk's picks from the model's deck become exactly `card_ids`: a card still
        chosen keeps its place and answer, one no longer chosen leaves the preparation with
        its answer, a new one is added at the end in the order given. The desk's own cards
        and other questions stay as they are; the other desk's preparation is not touched."""
        talk, side = self._talk_and_side(talk_id)
        with self._store.transaction() as repo:
            plan = repo.get_plan(talk.plan_id)
        deck = {card.id: card for card in self.cards(plan.framework_id)}
        unknown = [c for c in card_ids if c not in deck]
        if unknown:
            raise InvalidInputError("cards", f"'{unknown[0]}' is not a card of the plan's model")
        wanted = {deck[c].key for c in card_ids}
        prep = [
            answer
            for answer in talk.prep(side)
            if answer.question_key in wanted
            or card_id_of(answer.question_key) is None
            or is_own_card(answer.question_key)
        ]
        present = {answer.question_key for answer in prep}
        prep += [
            PrepAnswer(deck[c].question, question_key=deck[c].key)
            for c in dict.fromkeys(card_ids)
            if deck[c].key not in present
        ]
        field = "leader_prep" if side is Side.LEADER else "manager_prep"
        return self.prepare(replace(talk, **{field: prep}))

    def _talk_and_side(self, talk_id: str) -> tuple[DevelopmentTalk, Side]:
        with self._store.transaction() as repo:
            talk = repo.get_talk(talk_id)
            return talk, repo.get_desk(talk.plan_id).side

    def prepare(
        self, talk: DevelopmentTalk, read: DevelopmentTalk | None = None
    ) -> DevelopmentTalk:
        """Creates or updates a talk; a talk signed by both can no longer be changed, a common
        theme stays in the preparation it is in, and a signature is made with `sign` only.

        `read`: the talk as it was read before it was edited into `talk`. What someone else
        saved since then (their preparation, an agreement they added) is kept where this edit
        changed nothing; a value both changed raises ChangedMeanwhileError with both sides to
        choose from, and nothing is written."""
        talk = deepcopy(talk)  # normalised here, not in the caller's hands
        with self._store.transaction() as repo:
            repo.get_plan(talk.plan_id)
            old = next((t for t in repo.list_talks(talk.plan_id) if t.id == talk.id), None)
            if old is not None and read is not None:
                talk = on_top(old, read, talk)
            normalise_talk(talk)
            if old is not None and old.signed_off:
                raise InvalidInputError("talk", "the talk is signed by both and final")
            if old is not None:
                _keep_common_themes(old, talk)
            talk.leader_signature = old.leader_signature if old else None
            talk.manager_signature = old.manager_signature if old else None
            return repo.save_talk(talk)

    def sign(
        self, talk_id: str, name: str, role: str = "", at: datetime | None = None
    ) -> DevelopmentTalk:
        """Signs the talk's record at this desk (the leader's or the manager's signature).
        Once both desks have signed, the record is final at both."""
        with self._store.transaction() as repo:
            talk = repo.get_talk(talk_id)
            side = repo.get_desk(talk.plan_id).side
            signed = talk.signature(side)
            if signed is not None:
                raise InvalidInputError("talk", f"already signed by {signed.name}")
            signature = Signature(
                name, role, at or datetime.now(timezone.utc).replace(microsecond=0)
            )
            if side is Side.LEADER:
                talk.leader_signature = signature
            else:
                talk.manager_signature = signature
            normalise_talk(talk)
            return repo.save_talk(talk)

    def list(self, plan_id: str) -> list[DevelopmentTalk]:
        with self._store.transaction() as repo:
            return repo.list_talks(plan_id)


def _keep_common_themes(old: DevelopmentTalk, new: DevelopmentTalk) -> None:
    """Refuses a preparation that has lost a common theme it had."""
    for field in ("leader_prep", "manager_prep"):
        kept = {answer.question_key for answer in getattr(new, field)}
        for answer in getattr(old, field):
            if is_common_theme(answer.question_key) and answer.question_key not in kept:
                title = title_and_text(answer.question)[0]
                raise InvalidInputError(
                    field,
                    f"“{title}” is a common theme, discussed in every talk: it stays in the "
                    "preparation",
                )
