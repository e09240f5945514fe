"""Page formats — A6 one insert per page, A4 and US Letter four-up with cut marks, the 4×6 inch
thermal label — and what drawing a document reports. Plain data, apart from the drawing code
(pages.py): a batch chooses and counts with it before anything is drawn."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from packstation.inserts.templates import TemplateProblem

inch = 72.0  # points
mm = inch / 2.54 * 0.1  # as reportlab reckons it, to the last bit


@dataclass(frozen=True)
class PageFormat:
    name: str
    width: float
    height: float
    columns: int = 1
    rows: int = 1

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cells(self) -> Iterator[tuple[float, float, float, float]]:
        """Cells left to right, top to bottom, as (x, y, w, h) from the lower-left corner."""
        w, h = self.width / self.columns, self.height / self.rows
        for row in range(self.rows):
            for column in range(self.columns):
                yield column * w, self.height - (row + 1) * h, w, h


PAGE_FORMATS = {
    "a6": PageFormat("a6", 105 * mm, 148 * mm),
    "a4": PageFormat("a4", 210 * mm, 297 * mm, 2, 2),
    "letter": PageFormat("letter", 8.5 * inch, 11 * inch, 2, 2),
    "label-4x6": PageFormat("label-4x6", 4 * inch, 6 * inch),
}


@dataclass
class RenderReport:
    pages: int = 0
    inserts: int = 0
    problems: list[TemplateProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    batch_id: int | None = None  # a batch's number once it is recorded

    def add(self, other: RenderReport) -> None:
        """Count in a part of the same document."""
        self.pages += other.pages
        self.inserts += other.inserts
        self.add_problems(other.problems)
        self.notices.extend(n for n in other.notices if n not in self.notices)

    def add_problems(self, problems: list[TemplateProblem]) -> None:
        for problem in problems:
            if problem not in self.problems:
                self.problems.append(problem)
