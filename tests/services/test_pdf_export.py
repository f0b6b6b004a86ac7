"""Writing several plans' PDFs into a folder: a plan that fails is named and the rest go on."""

from __future__ import annotations

from datetime import date

from ledarplan.pdf import PdfLabels, PdfOptions
from ledarplan.services.pdf_export import plan_file_stem
from tests.pdf.pdftext import pdf_text

OPTIONS = PdfOptions(sections=frozenset({"cover", "talk"}))


def test_one_plan_that_cannot_be_written_is_named_and_the_others_are_written(services, tmp_path):
    first = services.samples.create("kalix", None, date(2026, 11, 23))
    second = services.samples.create("hjo", None, date(2026, 11, 23))
    services.people.rename(second.person.id, "Bo Ek")
    out = tmp_path / "PDF"
    blocked = out / f"{plan_file_stem(first.person.name, first.plan)}.pdf"
    blocked.mkdir(parents=True)  # a folder where the first file should go: it cannot be written

    outcomes = list(
        services.pdf.export_many([first.plan.id, second.plan.id], out, PdfLabels(), OPTIONS)
    )
    assert [(o.plan_id, o.written) for o in outcomes] == [
        (first.plan.id, False),
        (second.plan.id, True),
    ]
    failed, written = outcomes
    assert failed.person == first.person.name and failed.title == first.plan.title
    assert str(blocked) in failed.problem and "could not be written" in failed.problem
    assert "Bo Ek" in pdf_text(written.path.read_bytes())


def test_only_the_chosen_plans_and_a_plan_deleted_meanwhile_is_named(services, tmp_path):
    kept = services.samples.create("skr", None, date(2026, 11, 23))
    services.samples.create("hjo", None, date(2026, 11, 23))
    gone = services.samples.create("kalix", None, date(2026, 11, 23))
    services.plans.delete(gone.plan.id)
    outcomes = list(
        services.pdf.export_many([kept.plan.id, gone.plan.id], tmp_path, PdfLabels(), OPTIONS)
    )
    assert [o.written for o in outcomes] == [True, False]
    assert f"no plan with the id '{gone.plan.id}'" in outcomes[1].problem
    assert [p.name for p in tmp_path.glob("*.pdf")] == [outcomes[0].path.name]
