"""HR's report as a PDF: the organisation's picture per model, year and level.

A cover with the organisation's name and logo (from its presets), then per model: year over
year (when several years are shown), and the latest year in detail — ratings per area (the
plan's own radar chart) and per item (distributions), the items most chosen for goals, the
70-20-10 mix and the talks held, signed and followed up. Last, what was left out and why.
Every figure comes from `summary.aggregate`'s cells, none of which holds fewer than the
threshold's plans (a count inside a cell, such as the plans that chose an item for a goal, may
be smaller); every word is ours or the installed model's, never a summary file's.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from ledarplan.domain.entities import ActionKind
from ledarplan.pdf.blocks import column_width, data_table
from ledarplan.pdf.chart import Series, radar_drawing
from ledarplan.pdf.document import _meta, write_atomically
from ledarplan.pdf.flowables import Heading, Rule, TocSlot
from ledarplan.pdf.fonts import register_fonts
from ledarplan.pdf.hr_charts import bar, distribution_bar, mix_bar, scale_key
from ledarplan.pdf.labels import PdfLabels
from ledarplan.pdf.markup import Paragraph, markup, para
from ledarplan.pdf.options import HrReportOptions
from ledarplan.pdf.sections.cover import LOGO_WIDTH, logo
from ledarplan.pdf.styles import (
    ACCENT,
    MARGIN_X,
    PAGE_SIZES,
    SHADE_AREA,
    Styles,
    make_styles,
    table_style,
)
from ledarplan.pdf.template import PageDecor, PlanDocTemplate
from ledarplan.summary.aggregate import Cell, ModelPicture, Picture, Rated
from ledarplan.summary.labels import (
    HrLabels,
    assessed_text,
    coaching_text,
    fill,
    goal_item_text,
    goals_text,
    top_goal_items,
    years_span,
)

SECTION_ROOM = 6 * cm
CHART_HEIGHT = 10.5 * cm
BAR_COLUMN = 2.6 * cm
NUMBER_COLUMN = 1.1 * cm
_KINDS = (ActionKind.ON_THE_JOB, ActionKind.WITH_OTHERS, ActionKind.COURSE)


def render_hr_report(shown: Picture, labels: HrLabels, options: HrReportOptions, out: Path) -> Path:
    """Writes the report to `out` (atomically) and returns `out`."""
    return write_atomically(out, lambda handle: _render(shown, labels, options, handle))


def render_hr_report_bytes(
    shown: Picture, labels: HrLabels | None = None, options: HrReportOptions | None = None
) -> bytes:
    buffer = io.BytesIO()
    _render(shown, labels or HrLabels(), options or HrReportOptions(), buffer)
    return buffer.getvalue()


class _Report:
    """What every part of the report needs while it lays itself out."""

    def __init__(self, shown: Picture, labels: HrLabels, options: HrReportOptions, width: float):
        self.shown = shown
        self.labels = labels
        self.options = options
        self.styles: Styles = make_styles()
        self.width = width
        self.today = options.generated_on or date.today()
        self.keys = 0

    def key(self) -> str:
        self.keys += 1
        return f"hr-{self.keys}"

    def heading(self, title: str, level: int = 0) -> list[Flowable]:
        style = self.styles.h1 if level == 0 else self.styles.h2
        room = SECTION_ROOM if level == 0 else SECTION_ROOM * 0.8
        return [CondPageBreak(room), Heading.of(title, style, level, self.key())]

    def minor(self, title: str) -> Paragraph:
        return Paragraph(markup(title), self.styles.h3)

    def muted(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.styles.muted)


def _render(shown: Picture, labels: HrLabels, options: HrReportOptions, target: BinaryIO) -> None:
    register_fonts()
    page_size = PAGE_SIZES[options.page_size]
    report = _Report(shown, labels, options, page_size[0] - 2 * MARGIN_X)
    body: list[Flowable] = []
    for model in shown.models:
        body += _model_section(report, model)
    if not shown.models:
        body.append(report.muted(labels.no_models))
    body += _left_out_section(report)
    story = _cover(report, entries=len(shown.models) + 1) + body
    doc = PlanDocTemplate(
        target,
        page_size,
        title=_meta(labels.report_title),
        author=_meta(options.organisation),
        subject=_meta(labels.report_subtitle),
        keywords=[_meta(labels.report_title)],
        lang=labels.lang,
    )
    words = replace(
        PdfLabels(),
        page_of=labels.page_of,
        contents=labels.contents,
        confidential=labels.footer(shown.threshold),
        lang=labels.lang,
    )
    decor = PageDecor(
        labels=words,
        header_left=labels.report_title,
        header_right=options.organisation.strip(),
        cover=True,
    )
    doc.build_with(story, decor)


# --- the cover ------------------------------------------------------------------------------


def _cover(report: _Report, entries: int) -> list[Flowable]:
    labels, styles, shown = report.labels, report.styles, report.shown
    story: list[Flowable] = []
    picture = logo(report.options.logo)
    organisation = Paragraph(markup(report.options.organisation), styles.cover_org)
    if picture is not None or report.options.organisation:
        top = Table(
            [[organisation, picture or ""]],
            colWidths=[report.width - LOGO_WIDTH, LOGO_WIDTH],
            hAlign="LEFT",
        )
        top.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [top, Spacer(0, 1.2 * cm)]
    else:
        story.append(Spacer(0, 2.0 * cm))
    story += [
        Paragraph(markup(labels.report_title), styles.cover_title),
        Paragraph(markup(labels.report_subtitle), styles.cover_subtitle),
        Rule(ACCENT, 1.2, 2),
        Spacer(0, 0.4 * cm),
    ]
    facts = [
        (labels.report_years, years_span(shown.years) or labels.not_given),
        (labels.report_plans, str(shown.plans)),
        (labels.report_files, str(shown.files)),
        (labels.report_threshold, labels.plans(shown.threshold)),
        (labels.generated_on, labels.date(report.today)),
    ]
    rows = [[para(k, styles.label), para(v, styles.cell)] for k, v in facts]
    table = Table(rows, colWidths=[5 * cm, report.width - 5 * cm], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [
        table,
        Spacer(0, 0.4 * cm),
        Paragraph(markup(labels.threshold_note(shown.threshold)), styles.body),
        Spacer(0, 0.6 * cm),
        TocSlot(entries),
        PageBreak(),
    ]
    return story


# --- a model --------------------------------------------------------------------------------


def _model_section(report: _Report, model: ModelPicture) -> list[Flowable]:
    labels = report.labels
    story = report.heading(model.name)
    facts = f"{labels.plans(model.plans)} · {years_span(model.years) or '–'}"
    if model.versions:
        facts += " · " + fill(labels.versions, versions=", ".join(model.versions))
    story.append(report.muted(facts))
    if len(model.shown_years) > 1:
        story += _year_over_year(report, model)
    detail = model.detail_year()
    cells = model.year_cells(detail)
    if len(model.shown_years) > 1 and cells:
        story.append(report.muted(fill(labels.details_of, years=labels.years_text(model, detail))))
    for cell in cells:
        story += _cell_section(report, model, cell)
    return story


def _year_over_year(report: _Report, model: ModelPicture) -> list[Flowable]:
    """The shown years side by side: all levels, then each level shown in several years."""
    labels = report.labels
    story = report.heading(labels.year_over_year, 1)
    story.append(report.muted(labels.year_over_year_note))
    whole = [c for y in model.shown_years for c in model.year_cells(y) if c.scope.level is None]
    whole += [c for c in model.year_cells(None) if c.scope.level is None]
    story.append(_year_table(report, model, labels.all_levels, whole))
    levels = [level.id for level in model.pack.levels]
    for level in levels:
        cells = [
            c for y in model.shown_years for c in model.year_cells(y) if c.scope.level == level
        ]
        if len(cells) > 1:
            story += [
                Spacer(0, 0.2 * cm),
                _year_table(report, model, model.level_name(level), cells),
            ]
    return [*story, Spacer(0, 0.3 * cm)]


def _year_table(report: _Report, model: ModelPicture, title: str, cells: list[Cell]) -> Table:
    """Measures down, years across: a column per year."""
    labels, styles = report.labels, report.styles
    measures: list[tuple[str, Callable[[Cell], str]]] = [
        (labels.plans_column, lambda c: str(c.plans)),
        (labels.self_series, lambda c: labels.number(c.averages()[0])),
        (labels.manager_series, lambda c: labels.number(c.averages()[1])),
        (labels.gap, lambda c: labels.signed_number(c.averages()[2])),
        (labels.talk_held, lambda c: labels.share(c.share(c.held))),
        (labels.talk_signed, lambda c: labels.share(c.share(c.signed))),
        (labels.talk_followed_up, lambda c: labels.share(c.share(c.followed_up))),
        *(
            (labels.action_kind(kind), lambda c, k=kind: labels.share(c.kind_share(k)))
            for kind in _KINDS
        ),
    ]
    header = [para(title, styles.cell_bold)]
    header += [_year_head(report, model, c.scope.year) for c in cells]
    rows: list[list[object]] = [header]
    for name, value in measures:
        rows.append([para(name, styles.cell)] + [para(value(c), styles.cell_center) for c in cells])
    first = max(4.5 * cm, report.width - len(cells) * 2.2 * cm)
    widths = [first] + [(report.width - first) / len(cells)] * len(cells)
    shade = [("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA)]
    return data_table(rows, widths, style_commands=shade, accent=False)


def _year_head(report: _Report, model: ModelPicture, year: int | None) -> object:
    """A year's column heading; "All years" over its span on a line of its own, so that a
    narrow column does not break the span at its brackets."""
    labels, style = report.labels, report.styles.cell_head_center
    if year is None and not model.unknown_years and years_span(model.years):
        return [para(labels.all_years, style), para(years_span(model.years), style)]
    return para(labels.years_text(model, year), style)


# --- a cell ---------------------------------------------------------------------------------


def _cell_section(report: _Report, model: ModelPicture, cell: Cell) -> list[Flowable]:
    labels = report.labels
    story = report.heading(labels.cell_title(model, cell.scope), 1)
    story.append(report.muted(labels.plans(cell.plans)))
    story += _ratings(report, cell)
    story += _goal_items(report, cell)
    story += _mix(report, cell)
    story += _talks(report, cell)
    return story


def _ratings(report: _Report, cell: Cell) -> list[Flowable]:
    labels = report.labels
    assessed = assessed_text(cell, labels)
    axes = cell.chart_axes()
    story: list[Flowable] = []
    if axes and (cell.self_assessed or cell.manager_assessed):
        series = [
            Series(labels.self_series, tuple(a.self_view.average for a in axes)),
            Series(labels.manager_series, tuple(a.manager_view.average for a in axes)),
        ]
        chart = radar_drawing(
            [a.title for a in axes], series, (cell.low, cell.high), report.width, CHART_HEIGHT
        )
        story.append(KeepTogether([report.minor(labels.ratings_per_area), chart]))
    story.append(report.muted(assessed))
    story += [CondPageBreak(4 * cm), report.minor(labels.ratings_per_item)]
    story.append(report.muted(fill(labels.distribution_note, low=cell.low, high=cell.high)))
    story.append(_key_row(report, cell))
    by_area = len(cell.areas) >= 3
    for number, area in enumerate(cell.areas, 1):
        story.append(CondPageBreak(3.5 * cm))  # an area's heading never alone at a page's foot
        story.append(_area_table(report, cell, area, number if by_area else None))
        story.append(Spacer(0, 0.15 * cm))
    story.append(report.muted(labels.gap_long))
    if cell.withheld:
        story.append(report.muted(labels.withheld(report.shown.threshold)))
    return story


def _key_row(report: _Report, cell: Cell) -> Table:
    labels, styles = report.labels, report.styles
    width = min(report.width / 3, 22.0 * len(cell.points))
    row = [
        para(labels.self_short, styles.label),
        scale_key(cell.points, 0, width),
        para(labels.manager_short, styles.label),
        scale_key(cell.points, 1, width),
    ]
    label = (report.width - 2 * width) / 2
    table = Table([row], colWidths=[label * 0.5, width + 8, label * 0.5, width + 8], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _rated_row(report: _Report, row: Rated, title: str, style) -> list[object]:
    labels, styles = report.labels, report.styles
    return [
        para(title, style),
        distribution_bar(row.self_view.counts, 0, BAR_COLUMN - 8),
        para(labels.number(row.self_view.average), styles.cell_center),
        distribution_bar(row.manager_view.counts, 1, BAR_COLUMN - 8),
        para(labels.number(row.manager_view.average), styles.cell_center),
        para(labels.signed_number(row.gap), styles.cell_center),
    ]


def _area_table(report: _Report, cell: Cell, area: Rated, number: int | None) -> Table:
    labels, styles = report.labels, report.styles
    title = f"{number}. {area.title}" if number is not None else area.title
    header = [
        para(title, styles.cell_bold),
        para(labels.self_short, styles.cell_head_center),
        para(labels.average, styles.cell_head_center),
        para(labels.manager_short, styles.cell_head_center),
        para(labels.average, styles.cell_head_center),
        para(labels.gap, styles.cell_head_center),
    ]
    rows: list[list[object]] = [header, _rated_row(report, area, labels.area, styles.cell_bold)]
    for item in cell.items:
        if item.area_id == area.id:
            rows.append(_rated_row(report, item, item.title, styles.cell))
    # Wide enough for "Skillnad" or "Forskel" on one line.
    number = column_width([labels.average, labels.gap], NUMBER_COLUMN)
    item_width = report.width - 2 * BAR_COLUMN - 3 * number
    widths = [item_width, BAR_COLUMN, number, BAR_COLUMN, number, number]
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE_AREA),
        ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
    ]
    return data_table(rows, widths, style_commands=commands, accent=False)


def _goal_items(report: _Report, cell: Cell) -> list[Flowable]:
    labels = report.labels
    title = report.minor(labels.goal_items)
    facts = report.muted(goals_text(cell, labels))
    if not cell.goal_items:
        return [KeepTogether([title, report.muted(labels.no_goal_items)]), facts]
    rows = [(g.title, g.plans, goal_item_text(cell, g, labels)) for g in top_goal_items(cell)]
    chart = _bars(report, rows, cell.plans, series=2)
    return [CondPageBreak(4 * cm), title, chart, facts]


def _bars(
    report: _Report, rows: list[tuple[str, float, str]], maximum: float, series: int
) -> Table:
    """A bar per row beside its label, with its figure: labels wrap, so none is cut."""
    styles = report.styles
    label_width, figure_width = 0.46 * report.width, 3.9 * cm
    bar_width = report.width - label_width - figure_width
    table = Table(
        [
            [
                para(label, styles.cell),
                bar(value, maximum, bar_width - 8, series),
                para(text, styles.cell),
            ]
            for label, value, text in rows
        ],
        colWidths=[label_width, bar_width, figure_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _mix(report: _Report, cell: Cell) -> list[Flowable]:
    labels = report.labels
    title = report.minor(labels.mix)
    if not cell.action_total:
        return [KeepTogether([title, report.muted(labels.no_actions)])]
    parts = [
        (f"{labels.action_kind(k)} {labels.share(cell.kind_share(k))}", cell.kind_share(k))
        for k in _KINDS
    ]
    note = report.muted(labels.mix_note(cell.action_total))
    return [KeepTogether([title, mix_bar(parts, report.width), note])]


def _talks(report: _Report, cell: Cell) -> list[Flowable]:
    labels = report.labels
    rows = [
        (name, cell.share(count), labels.share(cell.share(count)))
        for name, count in (
            (labels.talk_held, cell.held),
            (labels.talk_signed, cell.signed),
            (labels.talk_followed_up, cell.followed_up),
        )
    ]
    chart = _bars(report, rows, 1.0, series=0)
    coaching = coaching_text(cell, labels)
    return [KeepTogether([report.minor(labels.talks), chart, report.muted(coaching)])]


# --- what was left out ----------------------------------------------------------------------


def _left_out_section(report: _Report) -> list[Flowable]:
    labels, styles = report.labels, report.styles
    story = report.heading(labels.left_out)
    lines = labels.left_out_lines(report.shown)
    if not lines:
        return [*story, report.muted(labels.nothing_left_out(report.shown.threshold))]
    story += [Paragraph(markup(line), styles.bullet, bulletText="•") for line in lines]
    return story
