"""What the user chose to put in the PDF: sections, private content, paper, organisation, logo."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

#: Every section of the document, in the order they are printed.
ALL_SECTIONS: tuple[str, ...] = (
    "cover",
    "model",
    "expectations",
    "assessment",
    "chart",
    "feedback",
    "goals",
    "coaching",
    "talk",
    "signatures",
)

PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")


@dataclass(frozen=True)
class PdfOptions:
    sections: frozenset[str] = field(default_factory=lambda: frozenset(ALL_SECTIONS))
    #: Private coaching notes and private talk preparation answers are left out unless this is
    #: set: the document goes to the personnel record, the notes are the leader's own.
    include_private: bool = False
    page_size: str = "A4"  # "A4" or "Letter"
    organisation: str = ""
    logo: Path | None = None  # a picture file; a missing or broken file is left out silently
    generated_on: date | None = None  # None: today

    def __post_init__(self) -> None:
        unknown = set(self.sections) - set(ALL_SECTIONS)
        if unknown:
            raise ValueError(
                f"unknown PDF sections: {', '.join(sorted(unknown))} "
                f"(known: {', '.join(ALL_SECTIONS)})"
            )
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
        object.__setattr__(self, "sections", frozenset(self.sections))

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def ordered_sections(self) -> tuple[str, ...]:
        return tuple(s for s in ALL_SECTIONS if s in self.sections)


@dataclass(frozen=True)
class HrReportOptions:
    """HR's report: the organisation's name and logo (from its presets), paper, date."""

    organisation: str = ""
    logo: Path | None = None  # a picture file; a missing or broken file is left out silently
    page_size: str = "A4"
    generated_on: date | None = None  # None: today

    def __post_init__(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
