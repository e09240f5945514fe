"""Voucher codes a customer can type, and words that reach the paper whole, in any script."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.core.codes import ALPHABET, CodeError, check_character, new_code, parse_code
from packstation.inserts import text
from tests.support.pdf import glyphs, page_count


def test_codes_are_unique_readable_and_grouped() -> None:
    codes = {new_code("VA") for _ in range(10_000)}

    assert len(codes) == 10_000
    for code in list(codes)[:200]:
        prefix, first, second, check = code.split("-")
        assert (prefix, len(first), len(second), len(check)) == ("VA", 4, 4, 1)
        assert parse_code(code, "VA") == code
    assert not set("01OILU") & set(ALPHABET)


def test_a_typed_code_is_forgiven_its_case_and_spacing() -> None:
    code = new_code("VA")
    assert parse_code(code.lower().replace("-", " "), "VA") == code


def test_every_single_mistyped_character_is_caught() -> None:
    body = "K7QM3XPA"
    good = body + check_character(body)
    for position in range(len(good)):
        for wrong in ALPHABET:
            if wrong != good[position]:
                typo = good[:position] + wrong + good[position + 1 :]
                with pytest.raises(CodeError):
                    parse_code("VA-" + typo, "VA")


def test_swapped_neighbours_are_caught() -> None:
    body = "K7QM3XPA"
    good = body + check_character(body)
    for position in range(len(good) - 1):
        swapped = good[:position] + good[position + 1] + good[position] + good[position + 2 :]
        if swapped != good:
            with pytest.raises(CodeError, match="wrong or two are swapped"):
                parse_code("VA" + swapped, "VA")


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("XX-K7QM-3XPA-R", "does not start with VA"),
        ("VA-K7QM-3XP", "has 7 characters"),
        ("VA-K7QM-3XP0-R", "contains 0"),
    ],
)
def test_what_cannot_be_a_code_says_why(typed: str, reason: str) -> None:
    with pytest.raises(CodeError, match=reason):
        parse_code(typed, "VA")


def test_each_character_is_drawn_with_a_font_that_has_it() -> None:
    pieces = text.runs("Ціна 1 755 ₴ ♻ شكرًا", "sans")
    fonts = {piece.strip(): font for piece, font in pieces if piece.strip()}
    assert fonts["Ціна 1 755 ₴"] == "PS-Sans"
    assert fonts["♻"] == "PS-Fallback"  # Noto Sans has no recycling symbol; DejaVu Sans has
    assert fonts["شكرًا"] == "PS-Arabic"


def draw(tmp_path: Path, line: str, *, rtl: bool) -> Path:
    path = tmp_path / "line.pdf"
    canvas = Canvas(str(path), pagesize=(105 * mm, 148 * mm))
    fitted = text.fit(line, "sans", 12, 87 * mm, 40 * mm, 7, rtl=rtl)
    text.draw_fitted(canvas, fitted, "sans", 9 * mm, 140 * mm, 87 * mm)
    canvas.save()
    return path


def test_arabic_is_joined_and_runs_right_to_left_with_numbers_and_latin_in_order(tmp_path: Path) -> None:
    path = draw(tmp_path, "شكرًا يا سارة على الطلب 1042 من Verde", rtl=True)

    # the letters are joined before drawing: ش takes its initial form, U+FEB7
    assert "\ufeb7" in text.to_visual(text.shape("شكرًا"), rtl=True)
    drawn, _, _ = glyphs(path, 0)
    left_to_right = "".join(g.char for g in sorted(drawn, key=lambda g: g.left))
    # read back from the PDF (the reader maps joined forms back to letters): the first word
    # stands at the right edge, and the number and the Latin word still read left to right
    assert left_to_right.endswith("ارًكش")  # شكرًا, drawn from right to left
    assert left_to_right.startswith("Verde")
    assert "1042" in left_to_right


def test_a_czech_note_shows_an_arabic_name_in_its_own_direction(tmp_path: Path) -> None:
    path = draw(tmp_path, "Děkujeme, سارة!", rtl=False)

    drawn, _, _ = glyphs(path, 0)
    ordered = sorted(drawn, key=lambda g: g.left)
    assert "".join(g.char for g in ordered).startswith("Děkujeme,")
    assert ordered[-1].char == "!"


def test_a_shop_name_with_a_character_unicode_has_not_assigned_still_prints(tmp_path: Path) -> None:
    """U+1089F lies in a right-to-left block but is not a letter yet (a name from a newer
    system, or a broken export): the note prints, the character kept where it stood."""
    for line, rtl in [
        ("Dárky \U0001089f Praha", False),
        ("سارة \U0001089f", False),
        ("سارة \U0001089f", True),
    ]:
        path = draw(tmp_path, line, rtl=rtl)
        assert page_count(path) == 1
        visual = text.to_visual(text.shape(line), rtl)
        assert sorted(visual) == sorted(text.shape(line)) and "\U0001089f" in visual
    assert text.to_visual("Dárky \U0001089f Praha", rtl=False) == "Dárky \U0001089f Praha"


def test_a_very_long_name_shrinks_and_wraps_but_nothing_is_cut(tmp_path: Path) -> None:
    name = "Charlotte Fairweather-Montgomery " * 6 + "Supercalifragilisticexpialidocious" * 3
    fitted = text.fit(name, "serif-bold", 19, 87 * mm, 20 * mm, 12)

    assert fitted.size == 12
    assert "".join(fitted.lines).replace(" ", "") == text.shape(name).replace(" ", "")
    assert all(text.width(line, "serif-bold", 12) <= 87 * mm + 0.01 for line in fitted.lines)
