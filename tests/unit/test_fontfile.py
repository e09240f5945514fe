"""The faster font writer (packstation/inserts/pdf/fontfile.py) changes how a PDF is written,
never what it shows."""

from __future__ import annotations

import copy
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from packstation.inserts import text
from packstation.inserts.pdf.writer import PLAIN
from tests.support.pdf import glyphs

pytestmark = pytest.mark.skipif(PLAIN, reason="this process writes the plain way: no PrintFont")

LINES = [
    "Děkujeme, Zuzano Řeháková!",
    "Mulțumim, Ștefan Țurcanu",
    "Ґанна Їжакевич, Євген",
    "Order #1042 — 25 %",
]


def _draw(path: Path, prefix: str, suffix: str = "") -> None:
    canvas = Canvas(str(path))
    for i, line in enumerate(LINES):
        canvas.setFont(f"{prefix}-Sans{suffix}" if i % 2 else f"{prefix}-Serif-Bold{suffix}", 14)
        canvas.drawString(40, 700 - 30 * i, line)
    canvas.save()


def test_a_note_written_by_packstation_fonts_reads_back_exactly_as_with_reportlabs_own(
    tmp_path: Path,
) -> None:
    text.register_fonts()
    for name in ("PS-Sans", "PS-Serif-Bold"):  # reportlab's own writer for the same fonts
        plain = copy.copy(pdfmetrics.getFont(name))
        plain.__class__ = TTFont
        plain.fontName, plain.state = name.replace("PS-", "PLAIN-"), {}
        plain.face = copy.copy(plain.face)
        plain.face.__dict__.pop("makeSubset", None)  # reportlab's own subsetting
        pdfmetrics._fonts[plain.fontName] = plain
    ours, theirs = tmp_path / "ours.pdf", tmp_path / "theirs.pdf"
    _draw(ours, "PS")
    _draw(theirs, "PLAIN")

    our_glyphs, _, _ = glyphs(ours, 0)
    their_glyphs, _, _ = glyphs(theirs, 0)
    assert "".join(g.char for g in our_glyphs) == "".join("".join(line.split()) for line in LINES)
    assert [(g.char, round(g.left, 2), round(g.right, 2)) for g in our_glyphs] == [
        (g.char, round(g.left, 2), round(g.right, 2)) for g in their_glyphs
    ]
    data = ours.read_bytes()
    assert b"/FontFile2" in data and b"/FlateDecode" in data


def test_a_fonts_objects_written_once_show_in_every_document_what_reportlabs_own_show(
    tmp_path: Path,
) -> None:
    """A subset's font, descriptor, program and character map are made once and written as
    made in each document that uses the subset (a part of a wave, an order's inserts)."""
    text.register_fonts()
    _reportlabs_own("PLAIN-Sans-3", "PS-Sans")
    _reportlabs_own("PLAIN-Serif-Bold-3", "PS-Serif-Bold")
    fonts = [pdfmetrics.getFont(name) for name in ("PS-Sans", "PS-Serif-Bold")]
    _draw(tmp_path / "first.pdf", "PS")
    written = [dict(font.written) for font in fonts]
    _draw(tmp_path / "second.pdf", "PS")
    _draw(tmp_path / "theirs.pdf", "PLAIN", suffix="-3")

    assert [dict(font.written) for font in fonts] == written  # the second wrote what the first made
    theirs = _pixels(tmp_path / "theirs.pdf")
    assert _pixels(tmp_path / "first.pdf") == _pixels(tmp_path / "second.pdf") == theirs
    assert "".join(g.char for g in glyphs(tmp_path / "second.pdf", 0)[0]) == "".join(
        "".join(line.split()) for line in LINES
    )


def _reportlabs_own(name: str, like: str) -> None:
    """A font like `like`, written by reportlab's own code."""
    plain = copy.copy(pdfmetrics.getFont(like))
    plain.__class__ = TTFont
    plain.fontName, plain.state = name, {}
    plain.face = copy.copy(plain.face)
    plain.face.__dict__.pop("makeSubset", None)
    pdfmetrics._fonts[name] = plain


def _pixels(path: Path) -> list[bytes]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.render(scale=2).to_pil().tobytes() for page in document]
    finally:
        document.close()


def test_a_subset_made_for_one_document_is_reused_for_the_next_and_reads_back_the_same(
    tmp_path: Path,
) -> None:
    text.register_fonts()
    fonts = [pdfmetrics.getFont(name) for name in ("PS-Sans", "PS-Serif-Bold")]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    _draw(first, "PS")
    made = [font.subsets_made for font in fonts]
    _draw(second, "PS")  # the same text again, as the next order in the same language mostly is

    assert [font.subsets_made for font in fonts] == made  # nothing made afresh
    one, _, _ = glyphs(first, 0)
    two, _, _ = glyphs(second, 0)
    assert [(g.char, round(g.left, 2)) for g in one] == [(g.char, round(g.left, 2)) for g in two]
    assert first.read_bytes().count(b"/FontFile2") == second.read_bytes().count(b"/FontFile2") == 2


def test_the_next_document_starts_from_the_codes_of_the_last_so_other_words_need_no_new_subset(
    tmp_path: Path,
) -> None:
    """The parts of a wave hold other orders, so other words in other orders; started from the
    codes a finished document gave its letters, they embed the subset already made."""
    text.register_fonts()
    font = pdfmetrics.getFont("PS-Sans")
    words = [
        "Děkujeme, Zuzano Řeháková!",
        "Řeháková Zuzano — děkujeme",
    ]  # the same letters, met in another order
    for index, line in enumerate(words):
        canvas = Canvas(str(tmp_path / f"{index}.pdf"))
        text.draw_line(canvas, 40, 700, line, "sans", 14)
        canvas.save()
        if index == 0:
            made = font.subsets_made

    assert font.subsets_made == made
    for index, line in enumerate(words):
        drawn, _, _ = glyphs(tmp_path / f"{index}.pdf", 0)
        assert "".join(g.char for g in drawn) == line.replace(" ", "")


def test_a_character_no_font_has_is_written_as_reportlab_writes_it(tmp_path: Path) -> None:
    """An emoji in a customer's name has no glyph in the shipped fonts: it must not come out as
    some other letter (the fast path only takes characters that already have a code)."""
    text.register_fonts()
    plain = copy.copy(pdfmetrics.getFont("PS-Sans"))
    plain.__class__ = TTFont
    plain.fontName, plain.state = "PLAIN-Sans-2", {}
    plain.face = copy.copy(plain.face)
    plain.face.__dict__.pop("makeSubset", None)
    pdfmetrics._fonts[plain.fontName] = plain
    lines = ["Děkujeme, Zuzano", "Palec \U0001f44d nahoru", "jsem \U0001f600 rád"]
    for font, path in (("PS-Sans", tmp_path / "ours.pdf"), ("PLAIN-Sans-2", tmp_path / "theirs.pdf")):
        canvas = Canvas(str(path))
        canvas.setFont(font, 14)
        for i, line in enumerate(lines):
            canvas.drawString(40, 700 - 30 * i, line)
        canvas.save()
    ours, _, _ = glyphs(tmp_path / "ours.pdf", 0)
    theirs, _, _ = glyphs(tmp_path / "theirs.pdf", 0)
    assert [(g.char, round(g.left, 2)) for g in ours] == [(g.char, round(g.left, 2)) for g in theirs]
    assert "M" not in "".join(g.char for g in ours)  # U+1F44D's low byte is an M
