"""Errors of pack loading: each names the file, where in it, and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack file."""

    message: str
    path: str = ""  # where in the document, e.g. "areas[2].items[0].expectations.chef"
    line: int | None = None  # 1-based line in the file, when known

    def describe(self, file: Path | str | None = None) -> str:
        where = str(file) if file is not None else ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        parts = [p for p in (where, self.path) if p]
        return f"{': '.join(parts)}: {self.message}" if parts else self.message


class PackError(Exception):
    """A pack file could not be loaded; `problems` says every reason found."""

    def __init__(self, file: Path | str, problems: list[Problem]):
        self.file = Path(file)
        self.problems = problems
        super().__init__(self.describe())

    def describe(self) -> str:
        return "\n".join(p.describe(self.file) for p in self.problems)
