"""The quicker page writer changes how a PDF is written, never what it shows."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts import text
from packstation.inserts.pdf.pagefile import finish_page
from packstation.inserts.render import _print_ready
from packstation.paths import resource


def _wave(path: Path, quick: bool) -> None:
    """Pages alike and unlike: text only, with the logo, with a see-through tint (a graphics
    state), then text only again and a larger page."""
    text.register_fonts()
    logo, _ = _print_ready(resource("brand", "logo.png"))
    canvas = Canvas(str(path), pagesize=(298, 420))
    for page in range(6):
        if page == 5:
            canvas.setPageSize((420, 595))
        text.draw_line(canvas, 30, 380, f"Děkujeme — page {page + 1}", "sans", 14)
        if page in (1, 4):
            canvas.drawImage(logo, 30, 250, 120, 60)
        if page == 2:
            canvas.setFillColor(Color(0.2, 0.5, 0.3, alpha=0.12))
            canvas.roundRect(30, 200, 200, 80, 8, stroke=0, fill=1)
        canvas.showPage()
        if quick:
            finish_page(canvas)
    canvas.save()


def _pixels(path: Path) -> list[tuple[tuple[int, int], bytes]]:
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            image = page.render(scale=1).to_pil()
            pages.append((image.size, image.tobytes()))
        return pages
    finally:
        document.close()


def test_a_wave_written_the_quick_way_shows_exactly_what_reportlab_would(tmp_path: Path) -> None:
    _wave(tmp_path / "reportlab.pdf", quick=False)
    _wave(tmp_path / "quick.pdf", quick=True)

    assert _pixels(tmp_path / "quick.pdf") == _pixels(tmp_path / "reportlab.pdf")
    written = (tmp_path / "quick.pdf").read_bytes()
    assert written.count(b"/ExtGState") >= 1 and written.count(b"/XObject") >= 2  # kept where used


def test_every_page_of_an_insert_wave_is_written_the_quick_way(tmp_path: Path) -> None:
    _wave(tmp_path / "quick.pdf", quick=True)
    _wave(tmp_path / "reportlab.pdf", quick=False)

    assert (tmp_path / "quick.pdf").read_bytes().count(b"/Rotate 0 /Type /Page\n>>") == 6
    assert (tmp_path / "reportlab.pdf").read_bytes().count(b"/Rotate 0 /Type /Page\n>>") == 0
