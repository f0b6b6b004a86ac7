"""The feedback form as other tools see it: pdftk (Debian's pdftk-java) lists and fills its
fields, and what it fills is read back; poppler prints its pages and their words, in the three
languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from ledarplan.domain.entities import FeedbackRound, Person, Plan, RespondentGroup
from ledarplan.domain.feedback import FormSpec, aggregate
from ledarplan.exchange.feedback_forms import read_form
from ledarplan.i18n.pdf_labels import feedback_form_labels
from ledarplan.services.snapshots import snapshot_for
from tests.feedback_filling import form_of

STAFF, PEERS, MANAGER, OTHER = RespondentGroup
needs_pdftk = pytest.mark.skipif(shutil.which("pdftk") is None, reason="pdftk-java is needed")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils is needed",
)


@pytest.fixture(scope="module")
def holstebro_round(catalog):
    snapshot = snapshot_for(catalog.get("holstebro"), "leder-af-ledere")
    person = Person("Mette Kjær Sørensen")
    plan = Plan(person.id, "holstebro", "1", snapshot, level_id="leder-af-ledere")
    round_ = FeedbackRound(
        plan.id,
        date(2027, 3, 1),
        list(snapshot.item_ids),
        questions=["Hvad skal Mette blive ved med?"],
        groups=[STAFF, PEERS, MANAGER],
    )
    return round_, plan, person


def pdftk(*args: str | Path, stdin: bytes | None = None) -> bytes:
    done = subprocess.run(
        ["pdftk", *map(str, args)], input=stdin, capture_output=True, check=True, timeout=120
    )
    return done.stdout


def dump_fields(path: Path) -> list[dict[str, list[str]]]:
    fields: list[dict[str, list[str]]] = []
    for line in pdftk(path, "dump_data_fields_utf8").decode("utf-8").splitlines():
        if line == "---":
            fields.append({})
        elif ": " in line:
            key, value = line.split(": ", 1)
            fields[-1].setdefault(key, []).append(value)
    return fields


@needs_pdftk
def test_pdftk_sees_every_field_with_its_options(holstebro_round, tmp_path):
    round_, plan, person = holstebro_round
    path = tmp_path / "form.pdf"
    path.write_bytes(form_of(round_, plan, person))
    fields = {f["FieldName"][0]: f for f in dump_fields(path)}
    spec = FormSpec.of(round_, plan.snapshot)
    expected = {
        "ledarplan_form",
        "group",
        *(f"rating__{i}" for i in spec.item_ids),
        *spec.text_fields(),
    }
    assert set(fields) == expected
    hidden = fields["ledarplan_form"]
    assert hidden["FieldType"] == ["Text"] and int(hidden["FieldFlags"][0]) & 1  # read-only
    assert FormSpec.of(round_, plan.snapshot).to_text() == hidden["FieldValue"][0]
    group = fields["group"]
    assert group["FieldType"] == ["Choice"]
    assert group["FieldStateOption"] == ["choose", "staff", "peers", "manager"]
    rating = fields[f"rating__{spec.item_ids[0]}"]
    assert rating["FieldType"] == ["Button"]
    assert set(rating["FieldStateOption"]) == {"1", "2", "3", "4", "5", "cannot-say", "Off"}
    assert fields["comment__" + spec.area_ids[0]]["FieldType"] == ["Text"]


def xfdf(values: dict[str, str]) -> bytes:
    fields = "".join(
        f'<field name="{escape(k)}"><value>{escape(v)}</value></field>' for k, v in values.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">'
        f"<fields>{fields}</fields></xfdf>"
    ).encode()


@needs_pdftk
def test_forms_filled_with_pdftk_are_read_and_counted(holstebro_round, tmp_path):
    round_, plan, person = holstebro_round
    form = tmp_path / "form.pdf"
    form.write_bytes(form_of(round_, plan, person))
    first, second = round_.item_ids[:2]
    area = plan.snapshot.items[0].area_id
    respondents = [
        (STAFF, "4", "Æble og ø – tydelig leder"),
        (STAFF, "5", ""),
        (STAFF, "cannot-say", "Ser hende sjældent"),
        (PEERS, "2", "For få svar til at blive vist"),
    ]
    read = []
    for n, (group, rating, comment) in enumerate(respondents):
        values = {"group": group.value, f"rating__{first}": rating, f"rating__{second}": "3"}
        if comment:
            values[f"comment__{area}"] = comment
        data_file = tmp_path / f"{n}.xfdf"
        data_file.write_bytes(xfdf(values))
        out = tmp_path / f"filled-{n}.pdf"
        pdftk(form, "fill_form", data_file, "output", out)
        read.append(read_form(out.read_bytes(), str(out)).answers)
    assert read[0].comments == {area: "Æble og ø – tydelig leder"}
    batch = aggregate(FormSpec.of(round_, plan.snapshot), read)
    assert [(r.group, r.respondents) for r in batch.results] == [(STAFF, 3)]
    staff = batch.results[0]
    assert (staff.item(first).counts, staff.item(first).cannot_say) == ([0, 0, 0, 1, 1], 1)
    assert staff.item(second).counts == [0, 0, 3, 0, 0]
    assert batch.left_out == [PEERS]


@needs_poppler
@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_the_form_prints_readably_in_the_leaders_language(holstebro_round, tmp_path, lang):
    round_, plan, person = holstebro_round
    labels = feedback_form_labels(lang)
    path = tmp_path / "form.pdf"
    path.write_bytes(form_of(round_, plan, person, labels))
    subprocess.run(["pdftoppm", "-r", "40", "-png", path, tmp_path / "page"], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3 and all(p.stat().st_size > 5_000 for p in pages)
    text = subprocess.run(
        ["pdftotext", "-layout", path, "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    flat = " ".join(text.split())
    for item in plan.snapshot.items:  # the model's own words, verbatim
        assert " ".join(item.label.split()) in flat
    assert " ".join(plan.snapshot.source.split()) in flat
    assert labels.title.replace("{name}", person.name) in flat
    assert labels.cannot_say in flat
    for value, anchor in labels.scale_anchors:
        assert f"{value} {anchor}" in flat
    if lang != "en":
        assert labels.cannot_say != "Cannot say"  # translated
