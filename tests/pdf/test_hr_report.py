"""HR's report as a PDF: the organisation's name and logo, the picture's figures as text and
vector charts, nothing of a group smaller than the threshold, what was left out and why, in
English, Swedish and Danish; written whole or not at all."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PIL import Image

from ledarplan.domain.entities import ActionKind, ActionStatus, GoalStatus
from ledarplan.i18n.hr_labels import hr_labels
from ledarplan.pdf.hr_report import render_hr_report, render_hr_report_bytes
from ledarplan.pdf.options import HrReportOptions
from ledarplan.summary.aggregate import picture
from ledarplan.summary.document import ActionFacts, GoalFacts
from ledarplan.summary.labels import HrLabels
from tests.pdf.pdftext import normalise, page_texts, pdf_text, reader
from tests.summary.factories import facts, shows, with_small_groups

MADE = date(2026, 11, 23)


@pytest.fixture(scope="module")
def packs(catalog):
    return {pack.id: pack for pack in catalog.packs}


@pytest.fixture(scope="module")
def shown(packs):
    """Holstebro: 7 chefs and 2 directors in 2025, 6 chefs and 6 leaders of leaders in 2026;
    Hjo: 3 plans (too few)."""
    pack = packs["holstebro"]
    items = [item.id for area in pack.areas for item in area.items]
    goal = GoalFacts(
        items=[items[3]],
        status=GoalStatus.IN_PROGRESS,
        progress=50,
        actions=[ActionFacts(kind=ActionKind.WITH_OTHERS, status=ActionStatus.PLANNED)],
    )

    def plan(level, year, number):
        own = {item: 1 + (number + k) % 5 for k, item in enumerate(items)}
        theirs = {item: 1 + (number + k + 1) % 5 for k, item in enumerate(items[:10])}
        return facts(level, year, own=own, theirs=theirs, goals=[goal], held=number % 2 == 0)

    plans = [plan("chef", 2025, n) for n in range(7)] + [
        plan("direktor", 2025, n) for n in range(2)
    ]
    plans += [plan("chef", 2026, n) for n in range(6)]
    plans += [plan("leder-af-ledere", 2026, n) for n in range(6)]
    plans += [facts(None, 2026, model="hjo") for _ in range(3)]
    return picture(plans, packs, 5, files=4, duplicates=2)


def _render(shown, labels=None, **options) -> bytes:
    options.setdefault("generated_on", MADE)
    return render_hr_report_bytes(shown, labels or HrLabels(), HrReportOptions(**options))


def test_the_cover_names_the_organisation_with_its_logo_and_the_threshold(shown, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 78, 121)).save(logo)
    data = _render(shown, organisation="Holstebro Kommune", logo=logo)
    cover = page_texts(data)[0]
    assert cover.startswith("Holstebro Kommune Leader development across the organisation")
    assert "Years 2025–2026 Plans counted 24 Summary files read 4 Smallest group shown 5 plans" in (
        cover
    )
    assert "Made 2026-11-23" in cover
    assert "No group in this report has fewer than 5 plans" in cover
    xobjects = reader(data).pages[0]["/Resources"].get("/XObject") or {}
    assert sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image") == 1
    meta = reader(data).metadata
    assert meta.title == "Leader development across the organisation"
    assert meta.author == "Holstebro Kommune"


def test_the_picture_is_there_per_model_year_and_level(shown, packs):
    text = pdf_text(_render(shown))
    name = packs["holstebro"].name
    assert normalise(f"{name} 21 plans · 2025–2026 · Model version(s): 2021.1") in text
    assert "Year over year" in text
    # In detail, the latest year: its levels shown on their own, then all levels.
    for title in (
        "2026 · Chef 6 plans",
        "2026 · Leder af ledere 6 plans",
        "2026 · All levels 12 plans",
    ):
        assert title in text
    assert "Self and manager ratings per area" in text and "How the items were rated" in text
    assert "The items most often chosen for goals" in text
    assert "100 % of the plans" in text  # each plan's goal is linked to the same item
    assert "12 goals: 0 % reached, 50 % done on average" in text
    assert "How leaders learn (70-20-10)" in text and "With others 100 %" in text
    assert "Talk held 50 %" in text
    # The year over year table: all levels per year and all years; the chefs of 2025 are not
    # shown on their own (the two directors would be the difference), so no table of chefs.
    # "All years" over its span on a line of its own (the narrow column broke it at "(").
    assert re.search(r"All levels 2025 2026 All years 2025–2026 Plans 9 12 21", text)
    assert not re.search(r"Chef 2025 2026 Plans", text)


def test_no_group_smaller_than_the_threshold_is_shown_and_each_is_said(shown, packs):
    data = _render(shown)
    pages = page_texts(data)
    # (the contents on the cover name the section too)
    left_out = max(i for i, page in enumerate(pages) if "What was left out, and why" in page)
    # The directors (2 in 2025) and Hjo (3 plans) appear only where the report says why.
    before = " ".join(pages[1:left_out])
    assert "Direktør" not in before
    assert packs["hjo"].name not in " ".join(pages[:left_out])
    rest = normalise(" ".join(pages[left_out:]))
    holstebro = packs["holstebro"].name
    assert (
        normalise(
            f"{holstebro}, Direktør (2025): fewer than 5 plans; counted in all levels of the "
            "same year."
        )
        in rest
    )
    assert normalise(f"{holstebro}, Chef (2025): not shown on its own") in rest
    assert (
        normalise(f"{packs['hjo'].name}: fewer than 5 plans in all; left out of the report.")
        in rest
    )
    assert "2 summaries of plans already counted" in rest
    # Every count of plans the report prints is at least the threshold.
    counts = [int(n) for n in re.findall(r"(\d+) plans\b", normalise(" ".join(pages[1:left_out])))]
    assert counts and min(counts) >= 5


def test_the_charts_are_vector_graphics(shown):
    data = _render(shown)
    for page in reader(data).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    text = pdf_text(data)
    assert "Self-assessments (average)" in text and "Managers' assessments (average)" in text
    assert "1. Driftsledelse" in text  # the radar chart's axis, as text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        # The items' table heads, each word on one line.
        ("sv", ("Ledarutveckling i hela organisationen", "År för år", "Samtal hållet",
                "Själv Medel Chef Medel Skillnad")),
        ("da", ("Lederudvikling i hele organisationen", "År for år", "Samtale holdt",
                "Selv Gns. Chef Gns. Forskel")),
    ],
)  # fmt: skip
def test_the_report_in_swedish_and_danish(shown, language, words):
    text = pdf_text(_render(shown, hr_labels(language)))
    for word in words:
        assert word in text
    assert re.search(r"\d,\d", text)  # a decimal comma
    assert "23.11.2026" in text or "2026-11-23" in text


def test_the_report_is_written_whole_or_not_at_all(shown, tmp_path, monkeypatch):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"earlier")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ledarplan.pdf.document.os.fsync", broken)
    with pytest.raises(OSError):
        render_hr_report(shown, HrLabels(), HrReportOptions(), out)
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_small_year_and_a_small_level_appear_nowhere_but_in_why(packs):
    """2024 (2 plans) and 2026's directors (2 plans) are under 5: no figure of theirs is in
    any table, chart or sentence of the report, in English or Danish; only why they are not."""
    plans, small = with_small_groups(packs["holstebro"])
    shown = picture(plans, packs, 5)
    (model,) = shown.models
    assert model.shown_years == (2025, 2026)  # 2023 is folded too: 2024 would be the rest
    for labels in (HrLabels(), hr_labels("da")):
        pages = page_texts(_render(shown, labels))
        left_out = max(i for i, page in enumerate(pages) if labels.left_out in page)
        body = normalise(" ".join(pages[1:left_out]))
        for figure in small:
            assert not shows(figure, body), figure
        assert "2024" not in body and "Direktør" not in body
        assert "2024" in pages[left_out] and "Direktør" in pages[left_out]
    # The year over year table shows only groups of at least 5 plans, with their own figures.
    text = pdf_text(_render(shown))
    assert re.search(r"Plans 6 10 24", text)
    assert re.search(r"Self-assessments \(average\) 3\.0 4\.1 3\.6", text)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("1 goal: 100 % reached", "1 action.", "1 coaching session (", "5 plans",
                "1 summary of a plan already counted", "1 file not read (damaged)")),
        ("sv", ("1 mål: 100 % nått", "1 aktivitet.", "1 coachningssamtal (", "5 planer",
                "1 sammanställning av en plan som redan räknats", "1 fil lästes inte (skadad)")),
        ("da", ("1 mål: 100 % nået", "1 handling.", "1 coachingsession (", "5 planer",
                "1 opsamling af en plan, der allerede", "1 fil blev ikke læst (beskadiget)")),
    ],
)  # fmt: skip
def test_counts_of_one_are_said_in_the_singular(packs, language, words):
    item = packs["hjo"].areas[0].items[0].id
    goal = GoalFacts(
        items=[item],
        status=GoalStatus.DONE,
        progress=100,
        actions=[ActionFacts(kind=ActionKind.COURSE, status=ActionStatus.DONE)],
    )
    plans = [facts(None, 2026, model="hjo", goals=[goal] if k == 0 else []) for k in range(5)]
    plans = [p.model_copy(update={"sessions": int(k == 0)}) for k, p in enumerate(plans)]
    shown = picture(plans, packs, 5, duplicates=1, refused={"damaged": 1})
    labels = hr_labels(language) if language != "en" else HrLabels()
    text = normalise(pdf_text(_render(shown, labels)))
    for word in words:
        assert normalise(word) in text, word
    assert not re.search(r"\b1 (plans|goals|actions|files|summaries|planer|filer)\b", text)
