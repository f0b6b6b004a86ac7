"""The rows and notes of a merge preview, in the user's language: what the other desk changed
per part of the plan, each conflict's cells and whole values, the refused parts, a withdrawn
signature, and the person's details that differ."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ledarplan.domain.entities import PlanBundle
from ledarplan.domain.sync import ChangeKind, Conflict, MergeOutcome, RefusalReason
from ledarplan.gui.merge_texts import (
    Part,
    field_name,
    field_names,
    part_name,
    part_of,
    record_text,
    value_text,
)
from ledarplan.gui.models.merge_preview import ChangeGroup, ConflictRow


def change_groups(outcome: MergeOutcome, talk_agreements: set[str]) -> list[ChangeGroup]:
    """What the other desk changed, per part of the plan."""
    by_part: dict[Part, list[tuple[str, str]]] = {part: [] for part in Part}
    for change in outcome.changes:
        part = part_of(change.kind, change.record_id, talk_agreements)
        if change.change is ChangeKind.ADDED:
            how = QCoreApplication.translate("MergeRows", "Added")
        elif change.change is ChangeKind.REMOVED:
            how = QCoreApplication.translate("MergeRows", "Removed")
        else:
            how = QCoreApplication.translate("MergeRows", "Changed: %1").replace(
                "%1", field_names(change.fields)
            )
        by_part[part].append((record_text(change.kind, change.title), how))
    return [
        ChangeGroup(f"{part_name(part)} ({len(rows)})", rows)
        for part, rows in by_part.items()
        if rows
    ]


def conflict_rows(conflicts: list[Conflict], labels: Mapping[str, str]) -> list[ConflictRow]:
    """Each conflict with what the table shows of it."""
    rows = []
    for conflict in conflicts:
        if conflict.field:
            what_changed = field_name(conflict.field)
        else:
            what_changed = QCoreApplication.translate(
                "MergeRows", "Deleted at one desk, changed at the other"
            )
        rows.append(
            ConflictRow(
                conflict,
                record_text(conflict.kind, conflict.title),
                what_changed,
                _value(conflict, conflict.mine, labels),
                _value(conflict, conflict.theirs, labels),
            )
        )
    return rows


def _value(conflict: Conflict, value: Any, labels: Mapping[str, str]) -> str:
    if not conflict.field:  # a whole record: there, or deleted
        if value is None:
            return QCoreApplication.translate("MergeRows", "(deleted)")
        return QCoreApplication.translate("MergeRows", "Still there, changed")
    return value_text(value, labels)


def notes_html(outcome: MergeOutcome) -> str:
    """The parts the file may not change, and a signature the merge withdraws, said plainly."""
    lines = []
    refused = outcome.refused
    if refused:
        lines.append(
            escape(
                QCoreApplication.translate(
                    "MergeRows",
                    "Left out: the file would change parts that only this desk changes, "
                    "so those changes were not taken:",
                )
            )
        )
        items = []
        for refusal in refused:
            what = record_text(refusal.kind, refusal.title)
            if refusal.reason is RefusalReason.SIGNED:
                what = QCoreApplication.translate(
                    "MergeRows", "%1: signed by both and final"
                ).replace("%1", what)
            elif refusal.field:
                what = f"{what}: {field_name(refusal.field)}"
            items.append(f"<li>{escape(what)}</li>")
        lines.append("<ul style='margin: 0'>" + "".join(items) + "</ul>")
    talks = {t.id: t for t in outcome.bundle.talks}
    for talk_id in outcome.unsigned:
        talk = talks.get(talk_id)
        when = value_text(talk.date) if talk and talk.date else ""
        lines.append(
            escape(
                QCoreApplication.translate(
                    "MergeRows",
                    "Your signature of the development talk %1 is withdrawn: the other "
                    "desk changed what you signed. Read the record again and sign it anew.",
                ).replace("%1", when)
            )
        )
    return "<br/>".join(lines)


def person_html(outcome: MergeOutcome) -> str:
    """The person's details that differ, here and in the file."""
    rows = []
    for name, (here, there) in outcome.person.items():
        rows.append(
            escape(
                QCoreApplication.translate("MergeRows", "%1: “%2” here, “%3” in the file")
                .replace("%1", field_name(name))
                .replace("%2", str(here))
                .replace("%3", str(there))
            )
        )
    note = escape(
        QCoreApplication.translate(
            "MergeRows", "The details stored here are kept unless you tick the box."
        )
    )
    return "<br/>".join([*rows, f"<i>{note}</i>"]) if rows else ""


def full_value(conflict: Conflict, value: Any, labels: Mapping[str, str]) -> str:
    """One side of a conflict in full, for the boxes side by side."""
    if conflict.field:
        return value_text(value, labels)
    if value is None:
        return QCoreApplication.translate("MergeRows", "(deleted)")
    return QCoreApplication.translate(
        "MergeRows", "%1 — still there, changed since the copies last met"
    ).replace("%1", record_text(conflict.kind, conflict.title))


def lookups(merged: PlanBundle, current: PlanBundle | None) -> tuple[dict[str, str], set[str]]:
    """Names for the ids a value may hold (model items, goals), and the talks' agreements
    (removed ones too, which only the copy as it is now still has)."""
    labels: dict[str, str] = {}
    talk_agreements: set[str] = set()
    for bundle in (current, merged):
        if bundle is None:
            continue
        labels.update({item.item_id: item.label for item in bundle.plan.snapshot.items})
        labels.update({goal.id: goal.title for goal in bundle.goals})
        for talk in bundle.talks:
            talk_agreements.update(agreement.id for agreement in talk.agreements)
    return labels, talk_agreements
