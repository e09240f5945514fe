"""Page formats and whole documents: A6 one insert per page, A4 and US Letter four-up with cut
marks, and the 4×6 inch thermal label."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import inch as _inch
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.facts import InsertFacts
from packstation.inserts.pagefile import finish_page
from packstation.inserts.render import draw_insert
from packstation.inserts.templates import InsertTemplates, TemplateProblem

mm: float = float(_mm)
inch: float = float(_inch)


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


def cut_marks(canvas: Canvas, page: PageFormat) -> None:
    """Short marks where the sheet is cut, kept inside the printable area (4 mm from the edge)
    and outside the inserts' 9 mm margins."""
    canvas.saveState()
    canvas.setStrokeColor(HexColor("#9E9E9E"))
    canvas.setLineWidth(0.4)
    for column in range(1, page.columns):
        x = page.width * column / page.columns
        canvas.line(x, 4 * mm, x, 8 * mm)
        canvas.line(x, page.height - 8 * mm, x, page.height - 4 * mm)
    for row in range(1, page.rows):
        y = page.height * row / page.rows
        canvas.line(4 * mm, y, 8 * mm, y)
        canvas.line(page.width - 8 * mm, y, page.width - 4 * mm, y)
    for column in range(1, page.columns):
        for row in range(1, page.rows):
            x, y = page.width * column / page.columns, page.height * row / page.rows
            canvas.line(x - 3 * mm, y, x + 3 * mm, y)
            canvas.line(x, y - 3 * mm, x, y + 3 * mm)
    canvas.restoreState()


class DocumentWriter:
    """Inserts drawn into one PDF as they come, cell by cell and page by page; `finish`
    completes the last page and writes the file. A batch keeps one open while it draws one
    chunk of orders after another into the same part."""

    def __init__(
        self,
        out: str | Path | BinaryIO,
        page: PageFormat,
        templates: InsertTemplates,
        title: str = "packstation inserts",
    ) -> None:
        self.canvas = Canvas(
            out if isinstance(out, str) else str(out) if isinstance(out, Path) else out,
            pagesize=(page.width, page.height),
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator("packstation")
        self.page, self.templates = page, templates
        self.report = RenderReport()
        self.cells = list(page.cells())
        self.slot = 0  # the next cell on the current sheet

    def draw(self, inserts: Iterable[tuple[str, InsertFacts]]) -> None:
        """Draw each (kind, facts) in turn into the next cell."""
        canvas, report = self.canvas, self.report
        for kind, facts in inserts:
            x, y, w, h = self.cells[self.slot]
            report.add_problems(draw_insert(canvas, kind, facts, self.templates, x, y, w, h))
            for notice in facts.notices:
                if notice not in report.notices:
                    report.notices.append(notice)
            report.inserts += 1
            self.slot += 1
            if self.slot == self.page.per_page:
                self._end_sheet()

    def finish(self) -> RenderReport:
        if self.slot:
            self._end_sheet()
        self.canvas.save()
        return self.report

    def _end_sheet(self) -> None:
        if self.page.per_page > 1:
            cut_marks(self.canvas, self.page)
        self.canvas.showPage()
        finish_page(self.canvas)
        self.report.pages += 1
        self.slot = 0


def render_document(
    inserts: Iterable[tuple[str, InsertFacts]],
    out: str | Path | BinaryIO,
    page: PageFormat,
    templates: InsertTemplates,
    title: str = "packstation inserts",
) -> RenderReport:
    """Draw each (kind, facts) in turn into the page format's cells; write the PDF to `out`."""
    writer = DocumentWriter(out, page, templates, title)
    writer.draw(inserts)
    return writer.finish()
