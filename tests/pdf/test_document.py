"""The file itself: fonts, metadata, pages, paper size, contents, logo, and the atomic write."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PIL import Image

from ledarplan.domain.entities import Goal
from ledarplan.pdf import (
    ALL_SECTIONS,
    PdfLabels,
    PdfOptions,
    flowables,
    labels_from,
    render_plan_pdf,
)
from tests.pdf.pdftext import TODAY, page_texts, pdf_text, reader, render


def all_fonts(pdf) -> list:
    """Every font dictionary the pages (and their forms) use."""
    found = []

    def visit(resources, seen):
        if resources is None or id(resources) in seen:
            return
        seen.add(id(resources))
        resources = resources.get_object()
        for reference in (resources.get("/Font") or {}).values():
            font = reference.get_object()
            found.append(font)
            found.extend(d.get_object() for d in font.get("/DescendantFonts") or [])
        for reference in (resources.get("/XObject") or {}).values():
            visit(reference.get_object().get("/Resources"), seen)

    for page in pdf.pages:
        visit(page.get("/Resources"), set())
    return found


def test_every_font_is_embedded(holstebro, demo):
    pdf = reader(render(demo("holstebro", "chef"), holstebro))
    fonts = all_fonts(pdf)
    assert fonts
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant font is checked on its own
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded"
        assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
    names = {str(font.get("/BaseFont")) for font in fonts}
    assert not any("Helvetica" in name or "Times" in name for name in names)
    assert any("DejaVuSans-Bold" in name for name in names)


def test_metadata_names_the_plan_the_person_and_the_language(holstebro, demo):
    bundle = demo("holstebro", "chef")
    labels = PdfLabels(lang="da")
    pdf = reader(render(bundle, holstebro, labels=labels))
    meta = pdf.metadata
    assert meta.title == f"{bundle.plan.title} – {bundle.person.name}"
    assert meta.author == bundle.person.name
    assert bundle.plan.snapshot.framework_name in meta.subject
    assert "Chef" in meta.subject
    assert pdf.trailer["/Root"]["/Lang"] == "da"


def test_pages_are_numbered_page_n_of_m(holstebro, demo):
    pages = page_texts(render(demo("holstebro", "chef"), holstebro))
    assert len(pages) > 4
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Confidential: personal development plan." in text


def test_the_running_header_names_the_person_and_the_plan(holstebro, demo):
    bundle = demo("holstebro", "chef")
    pages = page_texts(render(bundle, holstebro))
    assert f"{bundle.person.name} – {bundle.plan.title}" in pages[1]


def test_a4_by_default_and_letter_when_asked(holstebro, demo):
    bundle = demo("holstebro", "chef")
    a4 = reader(render(bundle, holstebro)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = reader(render(bundle, holstebro, page_size="Letter"))
    for page in letter.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


def test_a_long_plan_has_more_pages_and_a_contents_with_page_numbers(holstebro, demo):
    bundle = demo("holstebro", "chef")
    plain = len(reader(render(bundle, holstebro)).pages)
    template = bundle.goals[0]
    for number in range(27):
        bundle.goals.append(
            Goal(
                plan_id=bundle.plan.id,
                title=f"Ekstra mål {number}",
                description=template.description,
                success_criterion=template.success_criterion,
                actions=list(template.actions),
                checkins=list(template.checkins),
            )
        )
    data = render(bundle, holstebro)
    pages = page_texts(data)
    assert len(pages) > plain + 10
    assert "Contents" in pages[0]
    goals_page = next(n for n, text in enumerate(pages, 1) if "Goal 1:" in text)
    assert f"Goals {goals_page}" in pages[0].replace(".", "")  # the entry and its page
    outline = [entry.title for entry in reader(data).outline if not isinstance(entry, list)]
    assert "Goals" in outline


def test_a_short_document_has_no_contents(holstebro, demo):
    data = render(demo("holstebro", "chef"), holstebro, sections=frozenset({"cover", "goals"}))
    assert len(reader(data).pages) <= 4
    assert "Contents" not in pdf_text(data)


def test_the_chart_is_vector_graphics_with_real_text(holstebro, demo):
    data = render(demo("holstebro", "chef"), holstebro, sections=frozenset({"chart"}))
    pdf = reader(data)
    text = pdf_text(data)
    assert "Self-assessment and manager's assessment per area" in text
    assert "1. Driftsledelse" in text  # an axis label
    for page in pdf.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def test_a_logo_is_drawn_and_a_missing_or_broken_one_is_ignored(holstebro, demo, tmp_path):
    bundle = demo("holstebro", "chef")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really a picture")

    def images(data: bytes) -> int:
        xobjects = reader(data).pages[0]["/Resources"].get("/XObject") or {}
        return sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")

    assert images(render(bundle, holstebro, logo=logo, organisation="Holstebro Kommune")) == 1
    for path in (broken, tmp_path / "missing.png", tmp_path):
        data = render(bundle, holstebro, logo=path, organisation="Holstebro Kommune")
        assert images(data) == 0
        assert "Holstebro Kommune" in pdf_text(data)


def test_labels_come_from_the_translate_function(holstebro, demo):
    labels = labels_from(
        lambda _context, text: f"«{text}»", "sv", date_format="%Y-%m-%d", decimal_point=","
    )
    assert labels.lang == "sv"
    assert labels.goals == "«Goals»"
    assert (labels.date_format, labels.decimal_point) == ("%Y-%m-%d", ",")  # formats, not words
    assert all(
        getattr(labels, f.name).startswith("«")
        for f in fields(PdfLabels)
        if f.name not in ("lang", "date_format", "decimal_point", "scale_anchors")
    )
    assert all(label.startswith("«") for _value, label in labels.scale_anchors)
    text = pdf_text(render(demo("holstebro", "chef"), holstebro, labels=labels))
    assert "«Goals»" in text
    assert "«Page 1 of" in text


def test_a_translation_with_a_broken_placeholder_does_not_fail_the_export(holstebro, demo):
    labels = PdfLabels(page_of="Sida {sida} av {pages}", date_format="%Q")
    text = pdf_text(render(demo("holstebro", "chef"), holstebro, labels=labels))
    assert "Sida {sida} av" in text


def test_options_refuse_unknown_sections_and_paper():
    assert PdfOptions().sections == frozenset(ALL_SECTIONS)
    with pytest.raises(ValueError, match="unknown PDF sections"):
        PdfOptions(sections=frozenset({"goals", "appendix"}))
    with pytest.raises(ValueError, match="page size"):
        PdfOptions(page_size="A5")


def test_writes_the_file_and_returns_its_path(holstebro, demo, tmp_path):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"an earlier export")
    result = render_plan_pdf(
        demo("holstebro", "chef"), holstebro, PdfLabels(), PdfOptions(generated_on=TODAY), out
    )
    assert result == out
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_failure_mid_render_leaves_the_earlier_file_and_no_temporary_file(
    holstebro, demo, tmp_path, monkeypatch
):
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"an earlier export")
    drawn = []

    def fail(self):
        drawn.append(self)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(flowables.ProgressBar, "draw", fail)  # the goals, after some pages
    with pytest.raises(RuntimeError, match="disk on fire"):
        render_plan_pdf(demo("holstebro", "chef"), holstebro, PdfLabels(), PdfOptions(), out)
    assert drawn  # it did fail in the middle of the layout
    assert out.read_bytes() == b"an earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


SVG_LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"
 viewBox="0 0 300 100">
<rect x="0" y="0" width="300" height="100" fill="rgb(250,10,130)"/>
<circle cx="50" cy="50" r="30" fill="#ffffff"/></svg>"""


def test_an_svg_logo_is_drawn_as_vectors_and_a_broken_one_is_ignored(holstebro, demo, tmp_path):
    bundle = demo("holstebro", "chef")
    logo = tmp_path / "logo.svg"
    logo.write_text(SVG_LOGO, encoding="utf-8")
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg><rect", encoding="utf-8")

    def logo_fills(data: bytes) -> int:
        content = reader(data).pages[0].get_contents().get_data().decode("latin-1")
        # the rectangle's colour, as reportlab writes a fill colour: one per drawing of it
        return sum(1 for line in content.splitlines() if line.startswith(".980392 .039216"))

    drawn = render(bundle, holstebro, logo=logo, organisation="Holstebro Kommune")
    assert logo_fills(drawn) == 1
    xobjects = reader(drawn).pages[0]["/Resources"].get("/XObject") or {}
    assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    data = render(bundle, holstebro, logo=broken, organisation="Holstebro Kommune")
    assert logo_fills(data) == 0
    assert "Holstebro Kommune" in pdf_text(data)


def test_paragraphs_laid_out_once_per_width_give_the_same_document(demo, holstebro, monkeypatch):
    """Our Paragraph keeps its lines for a width instead of breaking them again each time
    reportlab asks (table cells, kept blocks): the file must be byte for byte what reportlab's
    own Paragraph makes."""
    from reportlab import rl_config  # noqa: PLC0415
    from reportlab.platypus import Paragraph as ReportlabParagraph  # noqa: PLC0415

    from ledarplan.pdf import markup, render_plan_pdf_bytes  # noqa: PLC0415

    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamps or random ids
    bundle = demo("holstebro", "leder-af-ledere")
    bundle.sessions = bundle.sessions * 12  # kept blocks breaking over many pages
    options = PdfOptions(include_private=True, generated_on=TODAY)
    ours = render_plan_pdf_bytes(bundle, holstebro, PdfLabels(), options)
    monkeypatch.setattr(markup.Paragraph, "wrap", ReportlabParagraph.wrap)
    assert render_plan_pdf_bytes(bundle, holstebro, PdfLabels(), options) == ours
