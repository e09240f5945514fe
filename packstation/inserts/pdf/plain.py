"""Inserts drawn through reportlab's documented API only: fonts registered as plain `TTFont`s
(reportlab makes and writes their subsets), text through a text object, pages written by
reportlab. What a page shows is the same as the quick way's (a test compares the pixels);
drawing takes longer (docs/benchmarks.md has the figures).
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts.pdf import Placed


def load_font(name: str, filename: str) -> TTFont:
    font = TTFont(name, filename)
    pdfmetrics.registerFont(font)
    return font


def show(canvas: Canvas, lines: Placed, size: float) -> None:
    """Lines at their (x, baseline), each as (piece, font name) runs in visual order."""
    text = canvas.beginText()
    for x, y, pieces in lines:
        text.setTextOrigin(x, y)
        for piece, name in pieces:
            text.setFont(name, size)
            text.textOut(piece)
    canvas.drawText(text)


def finish_page(canvas: Canvas) -> None:
    """Nothing to do: reportlab writes the page when the document is saved."""
