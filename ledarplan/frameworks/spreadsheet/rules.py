"""What every sheet of the model workbook is read by: the problems found (each in its cell),
where each part of the pack was typed, names, ids and references between sheets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, get_args

from ledarplan.frameworks.schema import MAX_SHORT, Id, Language, SectionKind
from ledarplan.frameworks.spreadsheet.ids import make_id, unique_id
from ledarplan.frameworks.spreadsheet.layout import normalise
from ledarplan.frameworks.spreadsheet.opening import OpenedWorkbook
from ledarplan.frameworks.spreadsheet.problems import SheetProblem
from ledarplan.frameworks.spreadsheet.sheets import Findings, Row, Table

KINDS: tuple[str, ...] = get_args(SectionKind)
LANGUAGES: tuple[str, ...] = get_args(Language)

ID_PATTERN = re.compile(get_args(Id)[1].pattern)
#: Words kept of the description that names an item without a name, for its id.
ID_WORDS = 6

Place = tuple[str, str]  # (sheet, cell)


def name_list(names: list[str], most: int = 8) -> str:
    """The names a reference could have meant, for a problem's message."""
    if not names:
        return "none"
    shown = ", ".join(f"'{n}'" for n in names[:most])
    return shown + (" …" if len(names) > most else "")


@dataclass
class Thing:
    """A level, area, item or section while the sheets are read, with the row it came from."""

    name: str | None
    row: Row
    table: Table
    ident: str | None = None
    ident_given: bool = False
    data: dict[str, Any] = field(default_factory=dict)
    #: an area's items
    children: list[Thing] = field(default_factory=list)
    #: a section's entries, each with its row
    entries: list[tuple[dict[str, Any], Table, Row]] = field(default_factory=list)
    #: a section made for a kind's own sheet (not typed in the Sections sheet)
    made: bool = False
    #: stands for an area or section that was not found: the rows below it that leave the
    #: name empty belong to it, and are dropped without another problem
    stand_in: bool = False


def match_things(things: list[Thing], typed: str) -> list[Thing]:
    """What a typed reference names: the name as typed, else case and spacing aside, else the
    id; several only when the name is ambiguous."""
    for matches in (
        [t for t in things if t.name == typed],
        [t for t in things if normalise(t.name or "") == normalise(typed)],
        [t for t in things if t.ident == typed],
    ):
        if matches:
            return matches
    return []


class SheetRules:
    """The state and the shared rules of reading the sheets (`WorkbookReader` reads them)."""

    def __init__(self, workbook: OpenedWorkbook):
        self._workbook = workbook
        self._found = Findings()
        #: where each field of the pack was typed, for pydantic's errors: path -> place
        self._where: dict[tuple[Any, ...], Place] = {}

    @property
    def problems(self) -> list[SheetProblem]:
        return self._found.problems

    @property
    def notes(self) -> list[SheetProblem]:
        return self._found.notes

    def _problem(self, message: str, table: Table | str, cell: str = "") -> None:
        self._found.problem(message, table if isinstance(table, str) else table.name, cell)

    def _place(self, loc: tuple[Any, ...]) -> Place:
        while loc:
            if loc in self._where:
                return self._where[loc]
            loc = loc[:-1]
        return ("", "")

    def _record(self, loc: tuple[Any, ...], thing: Table, row: Row, columns: dict[str, str]):
        """Remembers the cells a part of the pack came from: field -> column key."""
        self._where[loc] = (thing.name, row.ref(next(iter(columns.values()))))
        for name, key in columns.items():
            self._where[(*loc, name)] = (thing.name, row.ref(key))

    # --- shared rules -------------------------------------------------------------------

    def _short(self, table: Table, row: Row, key: str, what: str) -> str | None:
        """A name: at most a short text's length (a longer one is said, and still used, so
        that what refers to it is found)."""
        text = row.text(key)
        if text is not None and len(text) > MAX_SHORT:
            self._problem(
                f"the {what} is too long ({len(text)} characters; at most {MAX_SHORT}): a "
                "longer text goes in the description",
                table,
                row.ref(key),
            )
        return text

    def _thing(self, table: Table, row: Row, name: str | None) -> Thing:
        """A row's thing, with the id typed in its Id cell (checked) if any."""
        ident = row.text("id")
        if ident is not None and not ID_PATTERN.match(ident):
            self._problem(
                f"'{ident}' is not a valid id (lower-case letters a-z, digits and single "
                "hyphens, e.g. 'leder-af-ledere'); or leave the cell empty to have one made "
                "from the name",
                table,
                row.ref("id"),
            )
            ident = None
        return Thing(name, row, table, ident, ident_given=row.text("id") is not None)

    def _give_ids(
        self,
        things: list[Thing],
        what: str,
        name_for_id: Callable[[Thing], str] = lambda t: t.name or "",
    ) -> None:
        """Each thing's id: the one typed (two alike are a problem), else one made from its
        name (made ones never clash: a number is added)."""
        first: dict[str, Thing] = {}
        for thing in things:
            if not (thing.ident_given and thing.ident is not None):
                continue
            other = first.get(thing.ident)
            if other is not None:
                self._problem(
                    f"two {what}s have the id '{thing.ident}' (also "
                    f"{other.table.name}!{other.row.ref('id')})",
                    thing.table,
                    thing.row.ref("id"),
                )
            first.setdefault(thing.ident, thing)
        taken = set(first)
        for thing in things:
            if not thing.ident_given:
                made = make_id(name_for_id(thing), words=ID_WORDS)
                thing.ident = unique_id(made or f"{what}-{thing.row.number}", taken)

    def _no_two_alike(self, things: list[Thing], what: str, key: str) -> None:
        """Two things of a kind may share a name only when both have their own id (they are
        then named by id wherever they are referred to)."""
        seen: dict[str, Thing] = {}
        for thing in things:
            if thing.name is None:
                continue
            other = seen.setdefault(normalise(thing.name), thing)
            if other is not thing and not (thing.ident_given and other.ident_given):
                self._problem(
                    f"two {what} are called '{thing.name}' (also {other.table.name}!"
                    f"{other.row.ref(key)})",
                    thing.table,
                    thing.row.ref(key),
                )

    def _too_many(self, things: list[Any], most: int, what: str, table: Table, key: str):
        if len(things) > most:
            row = things[most].row if isinstance(things[most], Thing) else things[most][2]
            self._problem(f"too many {what} ({len(things)}; at most {most})", table, row.ref(key))

    def _one(
        self, things: list[Thing], typed: str, what: str, sheet: str, at: tuple[Table, Row, str]
    ) -> Thing | None:
        """The one thing a reference names, or None with a problem."""
        table, row, key = at
        matches = match_things(things, typed)
        if len(matches) == 1:
            return matches[0]
        if matches:
            message = f"several {what}s are called '{typed}': name the {what} by its id"
        else:
            known = name_list([t.name or "" for t in things])
            message = f"the {what} '{typed}' is not in the {sheet} sheet ({what}s: {known})"
        self._problem(message, table, row.ref(key))
        return None
