"""`ledarplan export-person`: everything stored about one person, as one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.domain.entities import Person
from ledarplan.services.person_export import PERSON_EXPORT_SUFFIX

#: How many people an error message lists at most.
MAX_LISTED = 20


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = verbs.add_parser(
        "export-person",
        help="write everything stored about one person (all their plans, private notes "
        f"included) to one file (*{PERSON_EXPORT_SUFFIX})",
        parents=[common],
    )
    export.add_argument(
        "person",
        metavar="PERSON",
        help="person id (or a unique beginning of it), or the person's full name",
    )
    export.add_argument("--out", metavar="FILE", required=True, type=Path)
    export.set_defaults(handler=_export_person)


def _normalised(name: str) -> str:
    return " ".join(name.split()).casefold()


def matching_people(people: list[Person], given: str) -> list[Person]:
    """The person with exactly this id; else those whose id starts with it (4 characters at
    least, as `git` takes short hashes) or whose full name it is (case and spacing aside)."""
    given = given.strip()
    exact = [p for p in people if p.id == given.lower()]
    if exact:
        return exact
    prefix = given.lower() if len(given) >= 4 else None
    name = _normalised(given)
    return [
        p
        for p in people
        if (prefix is not None and p.id.startswith(prefix)) or _normalised(p.name) == name
    ]


def _listing(people: list[Person]) -> str:
    lines = [f"  {p.id}  {p.name}" for p in people[:MAX_LISTED]]
    if len(people) > MAX_LISTED:
        lines.append(f"  … and {len(people) - MAX_LISTED} more")
    return "\n".join(lines) + "\n"


def resolve_person_id(ctx: CliContext, given: str) -> str | None:
    people = ctx.services().people.list(include_archived=True)
    matches = matching_people(people, given)
    if len(matches) == 1:
        return matches[0].id
    if matches:
        ctx.err.write(
            f"ledarplan: '{given}' matches {len(matches)} people; give the id of one:\n"
            + _listing(matches)
        )
    elif people:
        ctx.err.write(
            f"ledarplan: '{given}' is neither the id nor the full name of a stored person; "
            "the people are:\n" + _listing(people)
        )
    else:
        ctx.err.write(f"ledarplan: '{given}' is not a stored person (no people are stored)\n")
    return None


def _export_person(args: argparse.Namespace, ctx: CliContext) -> int:
    person_id = resolve_person_id(ctx, args.person)
    if person_id is None:
        return EXIT_USAGE
    try:
        result = ctx.services().person_export.export(person_id, args.out)
    except OSError as exc:
        ctx.err.write(f"ledarplan: cannot write {args.out} ({exc.strerror}); nothing was written\n")
        return EXIT_INVALID
    plans = "1 plan" if result.plans == 1 else f"{result.plans} plans"
    ctx.out.write(
        f"Wrote everything stored about {result.person_name} ({plans}, private notes "
        f"included) to {result.path}.\n"
    )
    return EXIT_OK
