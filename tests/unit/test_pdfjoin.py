"""A wave's parts joined into one PDF, streamed part by part: every page, in order, with its
own fonts, readable by any PDF reader — and a part that is not a finished PDF is named."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts import text
from packstation.inserts.pdf.pdfjoin import JoinError, join_parts


def _part(path: Path, words: list[str], font: str) -> Path:
    canvas = Canvas(str(path))
    for word in words:
        canvas.setFont(font, 18)
        canvas.drawString(72, 700, word)
        canvas.showPage()
    canvas.save()
    return path


def test_parts_are_joined_in_order_with_their_own_fonts(tmp_path: Path) -> None:
    text.register_fonts()
    parts = [
        _part(tmp_path / "a.pdf", ["Děkujeme", "Mulțumim"], "PS-Sans"),
        _part(tmp_path / "b.pdf", ["Дякуємо"], "PS-Serif-Bold"),
        _part(tmp_path / "c.pdf", ["Terima kasih", "Thank you", "Řeřicha"], "PS-Sans"),
    ]
    out = tmp_path / "wave.pdf"

    assert join_parts(parts, out) == 6

    document = pdfium.PdfDocument(str(out))
    read = [document[i].get_textpage().get_text_range().strip() for i in range(len(document))]
    assert read == ["Děkujeme", "Mulțumim", "Дякуємо", "Terima kasih", "Thank you", "Řeřicha"]
    assert out.read_bytes().count(b"/Type /Catalog") == 1


def test_a_part_that_is_not_a_finished_pdf_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    with pytest.raises(JoinError, match=r"broken\.pdf: no cross-reference table"):
        join_parts([broken], tmp_path / "out.pdf")
