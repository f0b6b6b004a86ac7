"""What reading a plan file gives: the read file, or an error naming every problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ledarplan.domain.entities import PlanBundle, Side
from ledarplan.domain.errors import DomainError


class ExchangeError(DomainError):
    """A plan file cannot be read; `problems` says every reason found ("path: what")."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__("\n".join(f"{source}: {problem}" for problem in self.problems))


@dataclass(frozen=True)
class PlanFile:
    """A read plan file: the plan and what the file says about itself."""

    bundle: PlanBundle
    format_version: int
    exported_at: datetime
    app_version: str
    includes_private_notes: bool
    #: The desk the file was written for, when it says (format 2).
    for_desk: Side | None = None
