"""Whole documents in a page format (formats.py): inserts drawn cell by cell, with cut marks
where a sheet holds several."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.facts import InsertFacts
from packstation.inserts.formats import PageFormat, RenderReport
from packstation.inserts.pdf.writer import finish_page
from packstation.inserts.render import draw_insert
from packstation.inserts.templates import InsertTemplates

mm: float = float(_mm)


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
