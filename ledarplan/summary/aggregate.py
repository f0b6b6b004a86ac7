"""The organisation's picture: summaries counted per model, year and level, never fewer than N.

Plans are grouped per model into *cells*: a year and a role level, a year with all its levels,
and all years together. A cell is shown only for at least N plans (the threshold). A smaller
group is folded into the wider cell above it — a level into its year's "all levels", a year
into "all years" — and a model with fewer than N plans in all is left out. Folding alone is not
enough: with "2026 · all levels" (12 plans) and "2026 · level A" (9 plans) both shown, level B's
3 plans would be the difference. So a wider cell is shown beside its narrower ones only when
what it holds beyond them is nothing or at least N plans; otherwise the smallest narrower cell
is folded too, until it is (`fold`). The cells then nest (a level in a year in all years), and
every part of a cell that no narrower cell shows holds nothing or at least N plans: no sum or
difference of shown figures describes fewer than N plans. Each folded group is noted with why.

Inside a shown cell, a figure of ratings (a distribution, an average, a gap) is made of the plans
that gave those ratings, which may be fewer than the cell's: one is shown only when at least N
plans gave it, and — as for the cells — when what it holds beyond the same figure of the
narrower cells shown is nothing or at least N plans (`_guarded`); else it is *withheld* (a dash).
What is counted of all a cell's plans (talks held, items chosen for goals, kinds of actions) is
shown as shares of the cell, which holds at least N plans.

Records from the organisation's database come folded already (storage.hr_picture): a level
shared by fewer than N plans of its year is given as no level (None: all levels), a year shared
by fewer than N plans of its model as `ALL_YEARS`, and a model of fewer than N plans is not
given at all, by the same rules as here. Neither "all levels" nor "all years" is ever a group
of its own: both are counted in the wider cell only, as a plan without a level is, so the
picture of the folded records is the picture of the plans themselves (`fold` shows the same
groups of them).

Pure and Qt-free: the service reads the files, the PDF and the window show the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TypeVar

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.frameworks.schema import FrameworkPack
from ledarplan.summary import DEFAULT_THRESHOLD, MIN_THRESHOLD
from ledarplan.summary.document import ALL_YEARS, PlanFacts, Ratings

#: A radar chart needs three spokes; a model with fewer areas is charted by its items.
MIN_AREA_AXES = 3
#: Plans whose period has no year are shown as a year of their own.
NO_YEAR = 0

K = TypeVar("K", bound=Hashable)
#: Groups never shown on their own, only in the total: plans without a level (or whose level
#: the database folded), and plans whose year the database folded.
_NEVER_ALONE = (None, ALL_YEARS)


def fold(counts: Mapping[K, int], threshold: int) -> list[K]:
    """The groups that may be shown beside their total: each of at least `threshold` plans,
    and the total minus them nothing or at least `threshold` (the smallest are folded into the
    total until it is; of two as small, the first by name or year, whatever order the plans
    came in). Returned smallest first. No level or all years (`_NEVER_ALONE`) is never shown:
    it is part of what the total holds beyond the groups shown.

    Each group shown holds at least `threshold` plans, so folding the smallest one is always
    enough; storage.hr_picture does the same in SQL (ties by the key's text in byte order)."""
    shown = sorted(
        (k for k, c in counts.items() if c >= threshold and k not in _NEVER_ALONE),
        key=lambda k: (counts[k], str(k)),
    )
    rest = sum(counts.values()) - sum(counts[k] for k in shown)
    while 0 < rest < threshold and shown:
        rest += counts[shown.pop(0)]
    return shown


@dataclass(frozen=True)
class Scope:
    """Which plans a cell holds: a year (None: every year) and a level (None: every level)."""

    year: int | None
    level: str | None


@dataclass(frozen=True)
class Distribution:
    """One side's ratings of an item (or an area): how many of each point, and the average."""

    counts: tuple[int, ...]  # per point of the cell's scale, lowest first
    average: float | None
    plans: int = 0  # how many plans gave these ratings
    #: Given by fewer than N plans (or giving such a group away): counts and average not shown.
    withheld: bool = False

    @property
    def rated(self) -> int:
        return sum(self.counts)

    def shares(self) -> tuple[float, ...]:
        """Each point's share of the ratings (0–1): what is shown of a distribution."""
        total = self.rated
        return tuple(c / total if total else 0.0 for c in self.counts)

    def hidden(self) -> Distribution:
        return Distribution((0,) * len(self.counts), None, self.plans, withheld=True)


@dataclass(frozen=True)
class Rated:
    """An item or an area: self and manager ratings and the gap between them."""

    id: str
    title: str
    self_view: Distribution
    manager_view: Distribution
    #: The manager's rating minus the self-rating, on average, where both rated it.
    gap: float | None
    pairs: int  # how many ratings had both
    gap_plans: int = 0  # how many plans rated it on both sides
    gap_withheld: bool = False


@dataclass(frozen=True)
class ItemRow(Rated):
    area_id: str = ""


@dataclass(frozen=True)
class GoalItem:
    """An item of the model chosen for goals: in how many goals, and of how many plans."""

    id: str
    title: str
    goals: int
    plans: int


@dataclass(frozen=True)
class Cell:
    scope: Scope
    plans: int
    low: int
    high: int
    areas: tuple[Rated, ...]
    items: tuple[ItemRow, ...]
    goal_items: tuple[GoalItem, ...]  # most chosen first; only items chosen at all
    goals: int
    goal_statuses: Mapping[GoalStatus, int]
    progress: float | None  # average progress of goals not dropped
    actions: Mapping[ActionKind, int]
    action_statuses: Mapping[ActionStatus, int]
    sessions: int
    agreements_open: int
    agreements_done: int
    self_assessed: int  # plans with a self-assessment
    manager_assessed: int
    held: int
    signed: int
    followed_up: int
    #: Every rated item of the cell together: the averages and gap year over year.
    overall: Rated | None = None

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.low, self.high + 1))

    @property
    def action_total(self) -> int:
        return sum(self.actions.values())

    def share(self, count: int) -> float:
        """`count` as a share of the cell's plans (0–1)."""
        return count / self.plans if self.plans else 0.0

    def kind_share(self, kind: ActionKind) -> float:
        total = self.action_total
        return self.actions.get(kind, 0) / total if total else 0.0

    def chart_axes(self) -> tuple[Rated, ...]:
        """The spokes of its radar chart: the areas, or the items when there are few areas."""
        return self.areas if len(self.areas) >= MIN_AREA_AXES else self.items

    def averages(self) -> tuple[float | None, float | None, float | None]:
        """Self and manager averages and the gap over every rated item of the cell (None
        where withheld)."""
        if self.overall is None:
            return None, None, None
        overall = self.overall
        return overall.self_view.average, overall.manager_view.average, overall.gap

    @property
    def withheld(self) -> bool:
        """Whether any figure of ratings of the cell is withheld (given by too few plans)."""
        rows = (*self.areas, *self.items, *((self.overall,) if self.overall else ()))
        return any(r.self_view.withheld or r.manager_view.withheld or r.gap_withheld for r in rows)


class FoldReason(str, Enum):
    FEW = "few"  # fewer plans than the threshold
    #: At least the threshold, but shown alone it would let a smaller group be worked out.
    PROTECT = "protect"


@dataclass(frozen=True)
class Folded:
    """A group not shown on its own, and the cell it is counted in instead."""

    scope: Scope
    reason: FoldReason
    into: Scope


@dataclass(frozen=True)
class ModelPicture:
    model_id: str
    name: str
    pack: FrameworkPack
    plans: int
    #: The model versions at least N plans were made with (a version of fewer could single
    #: them out; the organisation's database does not give it).
    versions: tuple[str, ...]
    years: tuple[int, ...]  # every year the plans are of, shown or not (as far as known)
    cells: tuple[Cell, ...]  # years in order, each year's levels then its all-levels cell
    folded: tuple[Folded, ...]
    #: Plans whose year the organisation's database gave as all years (`ALL_YEARS`).
    unknown_years: int = 0

    @property
    def shown_years(self) -> tuple[int, ...]:
        return tuple(
            c.scope.year for c in self.cells if c.scope.level is None and c.scope.year is not None
        )

    def cell(self, scope: Scope) -> Cell | None:
        return next((c for c in self.cells if c.scope == scope), None)

    def year_cells(self, year: int | None) -> tuple[Cell, ...]:
        """The cells of one year (None: of all years): its levels, then all levels."""
        return tuple(c for c in self.cells if c.scope.year == year)

    def detail_year(self) -> int | None:
        """The year a report shows in detail: the latest one shown, else all years."""
        years = [y for y in self.shown_years if y != NO_YEAR]
        return max(years) if years else (NO_YEAR if self.shown_years else None)

    def level_name(self, level_id: str | None) -> str:
        for level in self.pack.levels:
            if level.id == level_id:
                return level.name
        return level_id or ""


@dataclass(frozen=True)
class Picture:
    threshold: int
    models: tuple[ModelPicture, ...]
    #: Models with fewer plans in all than the threshold: left out, by name.
    too_few: tuple[str, ...] = ()
    plans: int = 0  # plans counted (each once)
    duplicates: int = 0  # further summaries of plans already counted
    files: int = 0  # files read
    #: Files not read (each named where the report was made), counted by why (a `Refusal`).
    refused: Mapping[str, int] = field(default_factory=dict)
    plans_left_out: int = 0  # plans of a model, level or item not installed here
    #: Read from the organisation's database, which folded small groups itself.
    from_database: bool = False

    @property
    def refused_files(self) -> int:
        return sum(self.refused.values())

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({y for m in self.models for y in m.years if y != NO_YEAR}))


# --- building the picture ------------------------------------------------------------------


def picture(
    plans: Sequence[PlanFacts],
    packs: Mapping[str, FrameworkPack],
    threshold: int = DEFAULT_THRESHOLD,
    **counts: int,
) -> Picture:
    """The picture of `plans` (each plan once, of the installed models in `packs`)."""
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"the threshold must be at least {MIN_THRESHOLD}")
    by_model: dict[str, list[PlanFacts]] = defaultdict(list)
    for plan in plans:
        by_model[plan.model].append(plan)
    models, too_few = [], []
    for model_id, entries in by_model.items():
        pack = packs[model_id]
        if len(entries) < threshold:
            too_few.append(pack.name)
            continue
        models.append(_model_picture(pack, entries, threshold))
    models.sort(key=lambda m: m.name.casefold())
    return Picture(
        threshold=threshold,
        models=tuple(models),
        too_few=tuple(sorted(too_few, key=str.casefold)),
        plans=len(plans),
        **counts,
    )


def _year(plan: PlanFacts) -> int | str:
    """The plan's year, NO_YEAR when it has none, or ALL_YEARS when the database folded it."""
    return plan.year if plan.year is not None else NO_YEAR


def _model_picture(pack: FrameworkPack, entries: list[PlanFacts], n: int) -> ModelPicture:
    by_year = _grouped(entries, _year)
    shown_years = sorted(fold({y: len(e) for y, e in by_year.items()}, n), key=_year_order)
    cells: list[Cell] = []
    folded: list[Folded] = []
    everything = Scope(None, None)
    years = sorted((y for y in by_year if y != ALL_YEARS), key=_year_order)
    for year in years:
        if year not in shown_years:
            reason = FoldReason.FEW if len(by_year[year]) < n else FoldReason.PROTECT
            folded.append(Folded(Scope(year, None), reason, everything))
    for year in shown_years:
        cells += _levels_and_all(pack, by_year[year], year, n, folded)
    if not shown_years:  # every year too small: the whole model is the cell, by level
        cells += _levels_and_all(pack, entries, None, n, folded)
    elif len(shown_years) > 1 or len(shown_years) < len(by_year):
        below = [c for c in cells if c.scope.level is None]
        cells.append(_cell(pack, Scope(None, None), entries, n, below))
    used = _grouped((e for e in entries if e.model_version), lambda e: e.model_version)
    versions = sorted((v for v, e in used.items() if len(e) >= n), key=_version_order)
    return ModelPicture(
        model_id=pack.id,
        name=pack.name,
        pack=pack,
        plans=len(entries),
        versions=tuple(versions),
        years=tuple(years),
        unknown_years=len(by_year.get(ALL_YEARS, ())),
        cells=tuple(cells),
        folded=tuple(folded),
    )


def _levels_and_all(
    pack: FrameworkPack,
    entries: list[PlanFacts],
    year: int | None,
    n: int,
    folded: list[Folded],
) -> list[Cell]:
    """A year's (or all years') cells: each level that may be shown, then all levels."""
    by_level = _grouped(entries, lambda p: p.level)
    whole = Scope(year, None)
    cells: list[Cell] = []
    if len(by_level) > 1 or None not in by_level:
        shown = set(fold({lv: len(e) for lv, e in by_level.items()}, n))
        order = [level.id for level in pack.levels]
        for level in sorted(by_level, key=lambda lv: order.index(lv) if lv in order else -1):
            if level is None:
                continue  # plans without a level (or folded) are counted in all levels only
            if level in shown and (len(shown) > 1 or len(by_level[level]) < len(entries)):
                cells.append(_cell(pack, Scope(year, level), by_level[level], n))
            elif level not in shown:
                reason = FoldReason.FEW if len(by_level[level]) < n else FoldReason.PROTECT
                folded.append(Folded(Scope(year, level), reason, whole))
    cells.append(_cell(pack, whole, entries, n, list(cells)))
    return cells


def _grouped(entries: Iterable[PlanFacts], key) -> dict:
    groups: dict = defaultdict(list)
    for entry in entries:
        groups[key(entry)].append(entry)
    return dict(groups)


def _year_order(year: int) -> tuple[bool, int]:
    return (year == NO_YEAR, year)


def _version_order(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


# --- one cell's figures --------------------------------------------------------------------


def _cell(
    pack: FrameworkPack,
    scope: Scope,
    entries: list[PlanFacts],
    n: int,
    below: Sequence[Cell] = (),
) -> Cell:
    """A cell's figures; `below` are the narrower cells shown within it (see `_guarded`)."""
    sides = [(e.self_assessment, e.manager_assessment) for e in entries]
    scales = [r for pair in sides for r in pair if r is not None]
    low = min((r.low for r in scales), default=pack.scale[0].value if pack.scale else 1)
    high = max((r.high for r in scales), default=pack.scale[-1].value if pack.scale else 5)

    def guarded(rated: Rated, rows_below: Callable[[Cell], Iterable[Rated]]) -> Rated:
        same = [r for c in below for r in rows_below(c) if r.id == rated.id]
        return _guarded(rated, n, same)

    items = tuple(
        ItemRow(
            **vars(guarded(_rated(item.id, item.label, [item.id], sides, (low, high)), _items_of)),
            area_id=a.id,
        )
        for a in pack.areas
        for item in a.items
    )
    areas = tuple(
        guarded(_rated(a.id, a.title, [item.id for item in a.items], sides, (low, high)), _areas_of)
        for a in pack.areas
    )
    every_item = [item.id for area in pack.areas for item in area.items]
    overall = guarded(_rated("", "", every_item, sides, (low, high)), _overall_of)
    goals = [g for e in entries for g in e.goals]
    actions = [a for g in goals for a in g.actions]
    active = [g.progress for g in goals if g.status is not GoalStatus.DROPPED]
    return Cell(
        scope=scope,
        plans=len(entries),
        low=low,
        high=high,
        areas=areas,
        items=items,
        goal_items=_goal_items(pack, entries),
        goals=len(goals),
        goal_statuses=_counted(g.status for g in goals),
        progress=sum(active) / len(active) if active else None,
        actions=_counted(a.kind for a in actions),
        action_statuses=_counted(a.status for a in actions),
        sessions=sum(e.sessions for e in entries),
        agreements_open=sum(e.agreements.open for e in entries),
        agreements_done=sum(e.agreements.done for e in entries),
        self_assessed=sum(1 for s, _ in sides if s is not None and s.ratings),
        manager_assessed=sum(1 for _, m in sides if m is not None and m.ratings),
        held=sum(e.talk.held for e in entries),
        signed=sum(e.talk.signed for e in entries),
        followed_up=sum(e.talk.followed_up for e in entries),
        overall=overall,
    )


def _items_of(cell: Cell) -> Iterable[Rated]:
    return cell.items


def _areas_of(cell: Cell) -> Iterable[Rated]:
    return cell.areas


def _overall_of(cell: Cell) -> Iterable[Rated]:
    return (cell.overall,) if cell.overall is not None else ()


def _guarded(rated: Rated, n: int, below: Sequence[Rated]) -> Rated:
    """`rated` with each figure withheld that fewer than `n` plans gave, or whose plans beyond
    those of the same figure shown in the narrower cells (`below`) are fewer than `n` but
    more than none: no figure, nor a difference of two, describes fewer than `n` plans."""

    def safe(plans: int, shown_below: int) -> bool:
        rest = plans - shown_below
        return plans >= n and (rest == 0 or rest >= n)

    own, theirs = rated.self_view, rated.manager_view
    if not safe(own.plans, sum(r.self_view.plans for r in below if not r.self_view.withheld)):
        own = own.hidden()
    if not safe(
        theirs.plans, sum(r.manager_view.plans for r in below if not r.manager_view.withheld)
    ):
        theirs = theirs.hidden()
    gap, gap_withheld = rated.gap, rated.gap_withheld
    if not safe(rated.gap_plans, sum(r.gap_plans for r in below if not r.gap_withheld)):
        gap, gap_withheld = None, True
    return replace(rated, self_view=own, manager_view=theirs, gap=gap, gap_withheld=gap_withheld)


def _counted(values: Iterable[Enum]) -> dict:
    counts: dict = defaultdict(int)
    for value in values:
        counts[value] += 1
    return dict(counts)


def _distribution(values: list[int], low: int, high: int, plans: int) -> Distribution:
    counts = [0] * (high - low + 1)
    for value in values:
        counts[value - low] += 1
    return Distribution(tuple(counts), sum(values) / len(values) if values else None, plans)


def _rated(
    rated_id: str,
    title: str,
    item_ids: list[str],
    sides: list[tuple[Ratings | None, Ratings | None]],
    scale: tuple[int, int],
) -> Rated:
    low, high = scale
    own, theirs, gaps = [], [], []
    own_plans = their_plans = pair_plans = 0
    for self_view, manager_view in sides:
        mine = self_view.ratings if self_view else {}
        other = manager_view.ratings if manager_view else {}
        counted = (len(own), len(theirs), len(gaps))
        for item_id in item_ids:
            if item_id in mine:
                own.append(mine[item_id])
            if item_id in other:
                theirs.append(other[item_id])
            if item_id in mine and item_id in other:
                gaps.append(other[item_id] - mine[item_id])
        own_plans += len(own) > counted[0]
        their_plans += len(theirs) > counted[1]
        pair_plans += len(gaps) > counted[2]
    return Rated(
        id=rated_id,
        title=title,
        self_view=_distribution(own, low, high, own_plans),
        manager_view=_distribution(theirs, low, high, their_plans),
        gap=sum(gaps) / len(gaps) if gaps else None,
        pairs=len(gaps),
        gap_plans=pair_plans,
    )


def _goal_items(pack: FrameworkPack, entries: list[PlanFacts]) -> tuple[GoalItem, ...]:
    goals: dict[str, int] = defaultdict(int)
    plans: dict[str, int] = defaultdict(int)
    for entry in entries:
        chosen = set()
        for goal in entry.goals:
            for item_id in set(goal.items):
                goals[item_id] += 1
                chosen.add(item_id)
        for item_id in chosen:
            plans[item_id] += 1
    order = [item for area in pack.areas for item in area.items]
    found = [GoalItem(i.id, i.label, goals[i.id], plans[i.id]) for i in order if goals[i.id]]
    position = {item.id: n for n, item in enumerate(order)}
    found.sort(key=lambda g: (-g.plans, -g.goals, position[g.id]))
    return tuple(found)
