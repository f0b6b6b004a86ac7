"""A plan's summary: the facts HR may see, taken from the plan and nothing else.

Built field by field from what the document allows (`document.PlanFacts`): no text of the plan
is ever copied, so nothing the leader or manager typed can reach the file. The plan's id is
not written either, only a one-way key made from it (`plan_key`), so that two summaries of
the same plan — the leader's and the manager's, or one sent twice — are counted once without
saying which plan it was.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from datetime import date

from ledarplan.domain.entities import (
    Agreement,
    AssessmentRound,
    AssessorKind,
    DevelopmentTalk,
    Plan,
    PlanBundle,
    PlanStatus,
)
from ledarplan.summary.document import (
    ActionFacts,
    AgreementCounts,
    GoalFacts,
    PlanFacts,
    Ratings,
    SummaryDocument,
    TalkFacts,
)

#: The same at every installation, so that the leader's and the manager's copies of one plan
#: give the same key. Not a secret (the program is open): what keeps the key from leading
#: back to a plan is that the plan's id is a random UUID known only to those who hold the
#: plan. docs/hr-summary.md says what that does and does not protect.
PEPPER = b"ledarplan: one-way keys of plans in summary files, version 1"
_CONTEXT = b"ledarplan-summary/plan/"
_VERSION_CHARS = frozenset("0123456789.")


def plan_key(plan_id: str) -> str:
    """The one-way key of a plan: HMAC-SHA256 of its id under the program's pepper."""
    message = _CONTEXT + plan_id.strip().lower().encode("ascii")
    return hmac.new(PEPPER, message, hashlib.sha256).hexdigest()


def plan_year(plan: Plan) -> int | None:
    """The year of the plan's period (its start, else its end, else when it was made)."""
    for day in (plan.period_start, plan.period_end, plan.created_at):
        if day is not None:
            return day.year
    return None


def _version(text: str) -> str | None:
    """The model's version when it is a plain number ("2021.1"); anything else is left out."""
    parts = text.split(".")
    plain = 0 < len(parts) <= 4 and all(p.isdigit() and len(p) <= 8 for p in parts)
    return text if plain and set(text) <= _VERSION_CHARS else None


def _latest(rounds: list[AssessmentRound], kind: AssessorKind) -> Ratings | None:
    chosen = [r for r in rounds if r.assessor_kind is kind]
    if not chosen:
        return None
    latest = max(chosen, key=lambda r: r.date)
    values = {r.item_id: r.value for r in latest.ratings if r.value is not None}
    return Ratings(low=latest.scale_min, high=latest.scale_max, ratings=values)


def _agreements(bundle: PlanBundle) -> AgreementCounts:
    """The sessions' and the talks' agreements; one carried over to a later session is
    counted once, where it was carried to."""
    every: list[Agreement] = [a for s in bundle.sessions for a in s.agreements]
    every += [a for t in bundle.talks for a in t.agreements]
    carried = {a.carried_from for a in every if a.carried_from}
    counted = [a for a in every if a.id not in carried]
    done = sum(1 for a in counted if a.done)
    return AgreementCounts(open=len(counted) - done, done=done)


def _held(talk: DevelopmentTalk, today: date) -> bool:
    """As the plan's overview says: signed by both, or its date has passed."""
    return talk.signed_off or (talk.date is not None and talk.date < today)


def _talk(bundle: PlanBundle, today: date) -> TalkFacts:
    talks = bundle.talks
    return TalkFacts(
        held=any(_held(t, today) for t in talks),
        signed=any(t.signed_off for t in talks),
        followed_up=bundle.plan.status is PlanStatus.FOLLOWED_UP,
    )


def plan_facts(bundle: PlanBundle, today: date) -> PlanFacts:
    """The summary of one plan, as of `today` (which decides whether a talk has been held)."""
    plan = bundle.plan
    known = set(plan.snapshot.item_ids)
    goals = [
        GoalFacts(
            items=[i for i in goal.item_ids if i in known],
            status=goal.status,
            progress=goal.progress,
            actions=[ActionFacts(kind=a.kind, status=a.status) for a in goal.actions],
        )
        for goal in bundle.goals
    ]
    return PlanFacts(
        key=plan_key(plan.id),
        model=plan.framework_id,
        model_version=_version(plan.framework_version),
        level=plan.level_id,
        year=plan_year(plan),
        self_assessment=_latest(bundle.rounds, AssessorKind.SELF),
        manager_assessment=_latest(bundle.rounds, AssessorKind.MANAGER),
        goals=goals,
        sessions=len(bundle.sessions),
        agreements=_agreements(bundle),
        talk=_talk(bundle, today),
    )


def summary_of(bundles: Iterable[PlanBundle], today: date) -> SummaryDocument:
    """One file of the plans."""
    return summary_document([plan_facts(b, today) for b in bundles], today)


def summary_document(plans: Iterable[PlanFacts], today: date) -> SummaryDocument:
    """One file of the plans' summaries: in the order of their keys, which says nothing about
    whose they are (a list by name would), each plan once."""
    unique = {plan.key: plan for plan in plans}
    ordered = sorted(unique.values(), key=lambda p: p.key)
    return SummaryDocument(written=f"{today.year:04d}-{today.month:02d}", plans=ordered)
