"""Assessment rounds: self, manager or other, rating the plan's model items."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass
from datetime import date

from ledarplan.domain.entities import AssessmentRound, AssessorKind, Rating
from ledarplan.domain.rules import normalise_round
from ledarplan.services.meanwhile import on_top
from ledarplan.storage.store import Store


@dataclass(frozen=True)
class RatingComparison:
    item_id: str
    first: int | None
    second: int | None

    @property
    def difference(self) -> int | None:
        if self.first is None or self.second is None:
            return None
        return self.second - self.first


class AssessmentService:
    def __init__(self, store: Store):
        self._store = store

    def record(
        self,
        plan_id: str,
        on: date,
        ratings: list[Rating],
        *,
        assessor_kind: AssessorKind = AssessorKind.SELF,
        assessor_name: str = "",
        scale: tuple[int, int] = (1, 5),
        note: str = "",
    ) -> AssessmentRound:
        round_ = AssessmentRound(
            plan_id=plan_id,
            date=on,
            assessor_kind=assessor_kind,
            assessor_name=assessor_name,
            scale_min=scale[0],
            scale_max=scale[1],
            note=note,
            ratings=list(ratings),
        )
        return self.save(round_)

    def save(self, round_: AssessmentRound, read: AssessmentRound | None = None) -> AssessmentRound:
        """Creates or replaces a round (all its ratings) in one transaction.

        `read`: the round as it was read before it was edited into `round_`. What someone else
        saved since then is kept where this edit changed nothing; a value both changed raises
        ChangedMeanwhileError with both sides to choose from, and nothing is written."""
        round_ = deepcopy(round_)  # normalised here, not in the caller's hands
        with self._store.transaction() as repo:
            plan = repo.get_plan(round_.plan_id)
            if read is not None:
                stored = next(r for r in repo.list_rounds(round_.plan_id) if r.id == round_.id)
                round_ = on_top(stored, read, round_)
            normalise_round(round_, plan.snapshot.item_ids)
            return repo.save_round(round_)

    def list(self, plan_id: str) -> list[AssessmentRound]:
        with self._store.transaction() as repo:
            return repo.list_rounds(plan_id)

    def delete(self, round_id: str) -> None:
        with self._store.transaction() as repo:
            repo.delete_round(round_id)

    @staticmethod
    def compare(first: AssessmentRound, second: AssessmentRound) -> list[RatingComparison]:
        """Item by item, e.g. self vs manager or last year vs this year."""
        ids = [r.item_id for r in first.ratings]
        ids += [r.item_id for r in second.ratings if r.item_id not in ids]
        return [
            RatingComparison(
                item_id,
                getattr(first.rating_for(item_id), "value", None),
                getattr(second.rating_for(item_id), "value", None),
            )
            for item_id in ids
        ]
