"""Reading back what packstation printed: text, glyph positions and barcodes, from the PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


@dataclass(frozen=True)
class Glyph:
    char: str
    left: float
    bottom: float
    right: float
    top: float


def page_count(path: Path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def page_text(path: Path, index: int) -> str:
    page = pdfium.PdfDocument(str(path))[index]
    return str(page.get_textpage().get_text_range())


def glyphs(path: Path, index: int) -> tuple[list[Glyph], float, float]:
    """Every character drawn on the page with its box, and the page's width and height."""
    page = pdfium.PdfDocument(str(path))[index]
    textpage = page.get_textpage()
    found = []
    for i in range(textpage.count_chars()):
        char = textpage.get_text_range(i, 1)
        if char.strip():
            left, bottom, right, top = textpage.get_charbox(i)
            found.append(Glyph(char, left, bottom, right, top))
    width, height = page.get_size()
    return found, width, height


def barcodes(path: Path, index: int, dpi: int) -> list[tuple[str, str]]:
    """(format, value) of every barcode zxing-cpp reads on the page rasterised at `dpi`.

    Read at that resolution only, as a scanner reads the printed dots: zxing-cpp otherwise also
    tries the page shrunk to a fraction of its size, where a Code128's narrowest bar is a pixel
    or two, and from that it now and then reads a wrong value whose checksum happens to agree
    (about one page in forty) — an artefact of that retry, not of the print."""
    page = pdfium.PdfDocument(str(path))[index]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    found = zxingcpp.read_barcodes(image, try_downscale=False)
    return sorted((result.format.name, result.text) for result in found)
