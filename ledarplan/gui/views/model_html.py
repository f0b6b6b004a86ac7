"""Renders a `ModelView` as the rich text the model browser shows.

Every text from a pack is escaped: an organisation pack is user input and must never
inject markup or links.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ledarplan.frameworks.presentation import ModelView, source_line

STYLE = """
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 14pt; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
.source { color: #555555; }
.level { color: #1f5f8b; font-weight: 600; }
.description { font-style: italic; }
.expectation-label { color: #1f5f8b; font-weight: 600; }
td.expectation { background-color: #eef4f9; padding: 6px; }
"""


@dataclass(frozen=True)
class HtmlLabels:
    """The few words around a model's own texts, in the UI language."""

    source: str
    role_level: str
    all_levels: str
    expectation_at: str  # e.g. "Expectation – {level}"


def anchor_for_section(section_id: str) -> str:
    return f"section-{section_id}"


def anchor_for_area(area_id: str) -> str:
    return f"area-{area_id}"


def _paragraphs(text: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return "".join(
        f"<p{klass}>{escape(' '.join(p.split()))}</p>" for p in text.split("\n\n") if p.strip()
    )


def render_expectations(view: ModelView, labels: HtmlLabels, lang: str) -> str:
    """The areas and items with what is expected at the chosen level."""
    return _document(view, labels, lang, _render_areas(view, labels), with_level=True)


def render_context(view: ModelView, labels: HtmlLabels, lang: str) -> str:
    """The model's own framing: vision, values, cornerstones, questions, activities …"""
    return _document(view, labels, lang, _render_sections(view), with_level=False)


def _document(
    view: ModelView, labels: HtmlLabels, lang: str, body: list[str], *, with_level: bool
) -> str:
    pack = view.pack
    parts = [f'<html lang="{escape(lang)}"><head><style>{STYLE}</style></head><body>']
    parts.append(f"<h1>{escape(pack.name)}</h1>")
    parts.append(f'<p class="source">{escape(labels.source)}: {escape(source_line(pack))}</p>')
    if not with_level:
        pass
    elif view.level is not None:
        parts.append(
            f'<p>{escape(labels.role_level)}: <span class="level">'
            f"{escape(view.level.name)}</span></p>"
        )
    elif pack.levels:
        parts.append(f"<p>{escape(labels.all_levels)}</p>")
    parts.extend(body)
    parts.append("</body></html>")
    return "".join(parts)


def _render_sections(view: ModelView) -> list[str]:
    parts: list[str] = []
    for section in view.sections:
        parts.append(f'<a name="{anchor_for_section(section.id)}"></a>')
        parts.append(f"<h2>{escape(section.title)}</h2>")
        if section.text:
            parts.append(_paragraphs(section.text))
        if section.entries:
            parts.append("<ul>")
            for entry in section.entries:
                title = f"<b>{escape(entry.title)}</b>" if entry.title else ""
                text = escape(" ".join((entry.text or "").split()))
                joiner = "<br/>" if title and text else ""
                parts.append(f"<li>{title}{joiner}{text}</li>")
            parts.append("</ul>")
    return parts


def _render_areas(view: ModelView, labels: HtmlLabels) -> list[str]:
    parts: list[str] = []
    for number, area_view in enumerate(view.areas, start=1):
        area = area_view.area
        parts.append(f'<a name="{anchor_for_area(area.id)}"></a>')
        parts.append(f"<h2>{number}. {escape(area.title)}</h2>")
        if area.description:
            parts.append(_paragraphs(area.description, "description"))
        for item_view in area_view.items:
            item = item_view.item
            if item.title:
                parts.append(f"<h3>{escape(item.title)}</h3>")
                if item.text:
                    parts.append(_paragraphs(item.text))
            elif item.text:
                parts.append(f"<ul><li>{escape(' '.join(item.text.split()))}</li></ul>")
            for level, expectation in item_view.expectations:
                label = labels.expectation_at.format(level=level.name)
                parts.append(
                    '<table width="100%" cellspacing="0"><tr><td class="expectation">'
                    f'<span class="expectation-label">{escape(label)}</span><br/>'
                    f"{escape(' '.join(expectation.split()))}</td></tr></table>"
                )
    return parts
