"""`ledarplan merge FILE…`: bring what the other desk did into the plan here.

Each file is previewed and applied on its own: what the other desk added, changed and
removed, and any conflicts (values both desks changed since the copies last met). With
conflicts and no `--keep`, nothing of that file is written and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, CliContext
from ledarplan.cli.plans import PASSPHRASE_ENV, passphrase_for
from ledarplan.domain.records import to_plain
from ledarplan.domain.sync import Choice, Conflict, RefusalReason
from ledarplan.services.errors import DomainError
from ledarplan.services.merging import MergePreview, UndecidedConflictsError

T = TypeVar("T")

KIND_NAMES = {
    None: "plan",
    "round": "assessment round",
    "goal": "goal",
    "checkin": "check-in",
    "action": "action",
    "session": "coaching session",
    "agreement": "agreement",
    "talk": "development talk",
    "feedback": "feedback round",
}


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    merge = verbs.add_parser(
        "merge",
        help="update plans here from the other desk's plan files (a plan not here is imported)",
        parents=[common],
    )
    merge.add_argument("files", metavar="FILE", nargs="+", type=Path)
    merge.add_argument(
        "--preview", action="store_true", help="write nothing; say what would change"
    )
    merge.add_argument("--json", action="store_true", help="print the result as JSON")
    merge.add_argument(
        "--keep",
        choices=[Choice.MINE.value, Choice.THEIRS.value],
        help="decide every conflict: keep what is here (mine) or take the file's (theirs)",
    )
    merge.add_argument(
        "--take-person",
        action="store_true",
        help="also take the person's details (name, unit …) from the file where they differ",
    )
    merge.set_defaults(handler=_merge)


def _merge(args: argparse.Namespace, ctx: CliContext) -> int:
    merging = ctx.services().merging
    default = Choice(args.keep) if args.keep else None
    reports: list[dict[str, Any]] = []
    status = EXIT_OK
    for file in args.files:
        options = {"default": default, "take_person": args.take_person}
        try:
            asked = _Passphrase(ctx, file)
            preview = asked.call(merging.preview, options)
            if preview is None:
                return EXIT_INVALID
            report = _report(preview)
            if args.preview:
                report["written"] = False
            elif preview.outcome is not None and preview.outcome.undecided:
                report["written"] = False
                status = EXIT_INVALID
            else:
                result = asked.call(merging.merge, options)
                report["written"] = result is not None and result.written
                report["backup"] = str(result.backup) if result and result.backup else None
        except UndecidedConflictsError:  # changed between preview and merge: said as such
            report["written"] = False
            status = EXIT_INVALID
        except DomainError as exc:
            reports.append({"file": str(file), "error": str(exc), "written": False})
            ctx.err.write(f"ledarplan: {exc}\n")
            status = EXIT_INVALID
            continue
        reports.append(report)
        if not args.json:
            _print(ctx, report, preview=args.preview)
    if args.json:
        json.dump(reports, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    return status


class _Passphrase:
    """A file's passphrase: from $LEDARPLAN_PASSPHRASE, else asked once when it is needed."""

    def __init__(self, ctx: CliContext, file: Path):
        self._ctx = ctx
        self._file = file
        self._given = os.environ.get(PASSPHRASE_ENV)

    def call(self, service: Callable[..., T], options: dict[str, Any]) -> T | None:
        from ledarplan.exchange.crypto import PassphraseRequiredError  # noqa: PLC0415

        try:
            return service(self._file, self._given, **options)
        except PassphraseRequiredError:
            self._given = passphrase_for(self._ctx, f"{self._file} is encrypted", confirm=False)
            if self._given is None:
                return None
            return service(self._file, self._given, **options)


def _report(preview: MergePreview) -> dict[str, Any]:
    outcome = preview.outcome
    report: dict[str, Any] = {
        "file": str(preview.file),
        "plan_id": preview.plan_id,
        "person": preview.person_name,
        "format_version": preview.format_version,
        "new_plan": outcome is None,
    }
    if outcome is None:
        return report
    for change in ("added", "changed", "removed"):
        report[change] = [
            {
                "kind": KIND_NAMES[c.kind.value if c.kind else None],
                "id": c.record_id,
                "title": c.title,
                **({"fields": list(c.fields)} if c.fields else {}),
            }
            for c in outcome.changes
            if c.change.value == change
        ]
    report["conflicts"] = [_conflict(c, c in outcome.undecided) for c in outcome.conflicts]
    report["refused"] = [
        {
            "kind": KIND_NAMES[r.kind.value if r.kind else None],
            "id": r.record_id,
            "title": r.title,
            "field": r.field,
            "reason": _REFUSED[r.reason],
        }
        for r in outcome.refused
    ]
    report["person_differs"] = {
        name: {"here": here, "in_file": there} for name, (here, there) in outcome.person.items()
    }
    return report


_REFUSED = {
    RefusalReason.OWN_PART: "this desk's own part; the file may not change it",
    RefusalReason.SIGNED: "signed at both desks and final; the file may not change it",
}


def _conflict(conflict: Conflict, undecided: bool) -> dict[str, Any]:
    def stamp(s: Any) -> Any:
        return {"side": s.side.value, "at": s.at.isoformat()} if s else None

    return {
        "kind": KIND_NAMES[conflict.kind.value if conflict.kind else None],
        "id": conflict.record_id,
        "title": conflict.title,
        "field": conflict.field or None,
        "here": to_plain(conflict.mine),
        "in_file": to_plain(conflict.theirs),
        "changed_here": stamp(conflict.my_stamp),
        "changed_in_file": stamp(conflict.their_stamp),
        "decided": not undecided,
    }


def _short(value: Any) -> str:
    if value is None:
        return "(deleted)"
    if isinstance(value, dict):
        value = value.get("title") or value.get("what") or value.get("text") or "(a record)"
    text = " ".join(str(value).split())
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


def _print(ctx: CliContext, report: dict[str, Any], *, preview: bool) -> None:
    out = ctx.out
    out.write(f"{report['file']}: the plan of {report['person']}\n")
    if report["new_plan"]:
        verb = "would be imported" if preview else "imported"
        out.write(f"  not here yet: {verb} as a new plan\n")
        return
    for change in ("added", "changed", "removed"):
        for item in report[change]:
            fields = f" ({', '.join(item['fields'])})" if item.get("fields") else ""
            out.write(f"  {change + ':':9} {item['kind']} {_short(item['title'])}{fields}\n")
    for c in report["conflicts"]:
        here = c["changed_here"]
        there = c["changed_in_file"]
        what = c["field"] or "deleted at one desk, changed at the other"
        out.write(
            f"  conflict: {c['kind']} {_short(c['title'])}: {what}: here {_short(c['here'])}"
            + (f" ({here['side']}, {here['at'][:10]})" if here else "")
            + f", in the file {_short(c['in_file'])}"
            + (f" ({there['side']}, {there['at'][:10]})" if there else "")
            + ("" if c["decided"] else " — undecided")
            + "\n"
        )
    for r in report["refused"]:
        out.write(f"  refused:  {r['kind']} {_short(r['title'])} {r['field']}: {r['reason']}\n")
    for name, values in report["person_differs"].items():
        out.write(
            f"  person:   {name}: here {_short(values['here'])}, in the file "
            f"{_short(values['in_file'])} (kept; --take-person takes it)\n"
        )
    counts = {k: len(report[k]) for k in ("added", "changed", "removed")}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    undecided = sum(1 for c in report["conflicts"] if not c["decided"])
    if undecided:
        out.write(
            f"Not merged: {undecided} conflict(s) to decide (in the window, or with "
            "--keep mine|theirs). Nothing of this file was written.\n"
        )
    elif preview:
        out.write(f"Would merge: {summary}. Nothing was written (--preview).\n")
    elif report.get("written"):
        out.write(f"Merged: {summary}. A backup was made first: {report.get('backup')}\n")
    else:
        out.write("Nothing new in this file.\n")
