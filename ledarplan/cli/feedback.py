"""`ledarplan feedback form|collect|import`: feedback from others (360°) with PDF forms.

`form` makes a round in a plan and writes its fillable form; `collect` is for a collector (HR,
a trusted colleague) without the plan and without a database: it reads the filled forms and
writes only their aggregate; `import` takes filled forms or a summary into the plan.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ledarplan.cli.context import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliContext
from ledarplan.cli.plans import resolve_plan_id
from ledarplan.domain.entities import RespondentGroup
from ledarplan.domain.rules import DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD
from ledarplan.services.feedback import BatchReport, FileProblem, collect

GROUPS = ",".join(g.value for g in RespondentGroup)


def add_parsers(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    feedback = verbs.add_parser(
        "feedback",
        help="feedback from others (360°): fillable PDF forms out, answers back in, anonymous",
        parents=[common],
    )
    actions = feedback.add_subparsers(dest="action", metavar="ACTION", required=True)

    form = actions.add_parser(
        "form",
        help="make a feedback round in a plan and write its fillable PDF form",
        parents=[common],
    )
    form.add_argument("plan", metavar="PLAN", help="plan id (or a unique beginning of it)")
    form.add_argument("--out", metavar="FORM.pdf", type=Path, required=True)
    form.add_argument(
        "--items",
        metavar="all|AREA",
        nargs="+",
        default=["all"],
        help="the model's areas to ask about (area ids; default all the plan's items)",
    )
    form.add_argument(
        "--groups",
        metavar="LIST",
        default=GROUPS,
        help=f"comma-separated respondent groups to ask (default {GROUPS})",
    )
    form.add_argument(
        "--threshold",
        metavar="N",
        type=int,
        default=DEFAULT_THRESHOLD,
        help="a group's answers are shown only when at least N have answered "
        f"(default {DEFAULT_THRESHOLD}, {MIN_THRESHOLD}–{MAX_THRESHOLD})",
    )
    form.add_argument(
        "--lang", choices=["sv", "da", "en"], help="the form's language (default: the app's)"
    )
    form.set_defaults(handler=_form)

    gather = actions.add_parser(
        "collect",
        help="read filled forms of one round and write only their aggregate (no plan and no "
        "database needed): what a collector sends the leader",
        parents=[common],
    )
    gather.add_argument("files", metavar="FILE", nargs="+", type=Path)
    gather.add_argument("--out", metavar="SUMMARY.json", type=Path, required=True)
    gather.set_defaults(handler=_collect)

    take = actions.add_parser(
        "import",
        help="take filled forms or a collector's summary into the plan (aggregates only)",
        parents=[common],
    )
    take.add_argument("plan", metavar="PLAN", help="plan id (or a unique beginning of it)")
    take.add_argument("files", metavar="FILE", nargs="+", type=Path)
    take.set_defaults(handler=_import)


def _groups(text: str) -> list[RespondentGroup] | None:
    names = [n.strip() for n in text.split(",") if n.strip()]
    known = {g.value: g for g in RespondentGroup}
    if not names or any(n not in known for n in names) or len(set(names)) != len(names):
        return None
    return [known[n] for n in names]


def _form(args: argparse.Namespace, ctx: CliContext) -> int:
    from ledarplan.i18n.pdf_labels import feedback_form_labels  # noqa: PLC0415 - QtCore

    groups = _groups(args.groups)
    if groups is None:
        ctx.err.write(f"ledarplan: --groups takes some of {GROUPS}, each once\n")
        return EXIT_USAGE
    if not MIN_THRESHOLD <= args.threshold <= MAX_THRESHOLD:
        ctx.err.write(f"ledarplan: --threshold must be {MIN_THRESHOLD}–{MAX_THRESHOLD}\n")
        return EXIT_USAGE
    plan_id = resolve_plan_id(ctx, args.plan)
    if plan_id is None:
        return EXIT_USAGE
    services = ctx.services()
    plan = services.plans.get(plan_id)
    areas = [] if args.items == ["all"] else list(args.items)
    known = list(dict.fromkeys(i.area_id for i in plan.snapshot.items))
    unknown = [a for a in areas if a not in known]
    if unknown or "all" in areas:
        ctx.err.write(
            f"ledarplan: --items takes all, or areas of the plan's model: {' '.join(known)}\n"
        )
        return EXIT_USAGE
    labels = feedback_form_labels(args.lang or ctx.language())
    person = services.people.get(plan.person_id)
    round_ = services.feedback.create(
        plan_id,
        areas=areas or None,
        groups=groups,
        threshold=args.threshold,
        questions=labels.default_questions(person.name),
    )
    out = services.feedback.write_form(round_.id, args.out, labels)
    ctx.out.write(
        f"Made feedback round {round_.id} ({len(round_.item_ids)} items; groups "
        f"{', '.join(g.value for g in round_.groups)}; threshold {round_.threshold}).\n"
        f"Wrote its form to {out}: send it to the respondents, who fill it in, save it and "
        "send it back (to you, or to a collector who runs `ledarplan feedback collect`).\n"
    )
    return EXIT_OK


def _problems(ctx: CliContext, problems: list[FileProblem], duplicates: list[FileProblem]) -> None:
    for problem in problems:
        ctx.err.write(f"ledarplan: {problem}\n")
    for duplicate in duplicates:
        ctx.err.write(f"note: {duplicate}; counted once\n")


def _collect(args: argparse.Namespace, ctx: CliContext) -> int:
    report = collect(args.files, args.out)  # no services: a collector has no database
    _problems(ctx, report.problems, report.duplicates)
    if report.summary is None:
        ctx.err.write("ledarplan: no filled form could be counted; nothing was written\n")
        return EXIT_INVALID
    batch = report.summary.batch
    shown = ", ".join(f"{r.group.value} {r.respondents}" for r in batch.results) or "none"
    ctx.out.write(
        f"Read {report.forms} forms of feedback round {report.summary.spec.round_id}. "
        f"Groups shown: {shown}.\n"
    )
    _threshold_note(ctx, batch.folded, batch.left_out, report.summary.spec.threshold)
    ctx.out.write(
        f"Wrote the summary to {args.out}: send the leader this file only; it holds the "
        "aggregate, no answer of one person and no file names.\n"
    )
    return EXIT_INVALID if report.problems else EXIT_OK


def _threshold_note(
    ctx: CliContext,
    folded: list[RespondentGroup],
    left_out: list[RespondentGroup],
    threshold: int,
) -> None:
    """Which groups were too small to be shown on their own: the user is always told."""
    if folded:
        names = ", ".join(dict.fromkeys(g.value for g in folded))
        ctx.out.write(f"Fewer than {threshold} answered as {names}: counted with other.\n")
    if left_out:
        names = ", ".join(dict.fromkeys(g.value for g in left_out))
        ctx.out.write(f"Fewer than {threshold} answered as {names}, even with other: left out.\n")


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    plan_id = resolve_plan_id(ctx, args.plan)
    if plan_id is None:
        return EXIT_USAGE
    report: BatchReport = ctx.services().feedback.import_files(plan_id, args.files)
    _problems(ctx, report.problems, report.duplicates)
    for taken in report.taken:
        round_ = taken.round_
        shown = ", ".join(f"{r.group.value} {r.respondents}" for r in round_.results) or "none"
        ctx.out.write(
            f"Feedback round {round_.id}: took {taken.forms} forms and {taken.summaries} "
            f"summaries. Groups shown now: {shown}.\n"
        )
        _threshold_note(ctx, taken.folded, taken.left_out, round_.threshold)
    if not report.taken:
        ctx.err.write("ledarplan: nothing was taken in\n")
    return EXIT_INVALID if report.problems or not report.taken else EXIT_OK
