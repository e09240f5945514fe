"""The bench sheet: command barcodes and every packaging material, printed once and taped to
the bench, so nobody reaches for the mouse — and the staff's badge cards, laid out the same."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.bench.codes import COMMAND_LABELS
from packstation.inserts import text
from packstation.inserts.barcodes import Code128, draw_code128
from packstation.storage.models import Brand, Packaging, Packer

mm: float = float(_mm)
PAGE_W, PAGE_H = 210 * mm, 297 * mm
CELL_W, CELL_H = 92 * mm, 25.5 * mm


def sheet_entries(session: Session) -> list[tuple[str, str]]:
    """(label, code) for every command, then every packaging material."""
    entries = [(label, command.value) for command, label in COMMAND_LABELS.items()]
    for material in session.scalars(select(Packaging).order_by(Packaging.kind, Packaging.code)):
        plastic = f", {material.plastic_grams} g plastic" if material.plastic_grams else ", plastic-free"
        entries.append((f"{material.name}{plastic}", material.code))
    return entries


def write_bench_sheet(session: Session, out: Path) -> int:
    """Write the sheet as PDF (as many A4 pages as it takes); returns the number of codes."""
    brand = session.get(Brand, 1)
    title = f"Bench sheet — {brand.name if brand else 'packstation'}"
    return _write_codes(
        out, title, "Scan a code instead of reaching for the mouse.", sheet_entries(session), brand
    )


def write_badge_cards(session: Session, out: Path) -> int:
    """Every active person's badge as a card to cut out (name, role and a barcode to scan at
    sign-in); returns the number of cards."""
    people = session.scalars(select(Packer).where(Packer.active).order_by(Packer.role, Packer.name))
    entries = [(f"{person.name} — {person.role.value}", person.badge) for person in people]
    brand = session.get(Brand, 1)
    title = f"Badges — {brand.name if brand else 'packstation'}"
    return _write_codes(
        out, title, "Cut along the cells; a manager's badge still needs the PIN.", entries, brand
    )


def _write_codes(
    out: Path, title: str, subtitle: str, entries: list[tuple[str, str]], brand: Brand | None
) -> int:
    """(label, code) cells, two columns of ten to an A4 page, each code as a scannable barcode."""
    canvas = Canvas(str(out), pagesize=(PAGE_W, PAGE_H))
    canvas.setTitle(f"packstation — {title}")
    per_page = 2 * 10
    for start in range(0, len(entries), per_page):
        canvas.setFillColor(HexColor(brand.primary_color if brand else "#263238"))
        text.draw_line(canvas, 13 * mm, PAGE_H - 16 * mm, title, "sans-bold", 15)
        canvas.setFillColor(HexColor("#5F6B6E"))
        text.draw_line(canvas, 13 * mm, PAGE_H - 22 * mm, subtitle, "sans", 9)
        for index, (label, code) in enumerate(entries[start : start + per_page]):
            column, row = index % 2, index // 2
            x = 13 * mm + column * (CELL_W + 10 * mm)
            top = PAGE_H - 30 * mm - row * CELL_H
            canvas.setFillColor(HexColor("#1F2A2E"))
            text.draw_line(canvas, x, top - 4 * mm, label, "sans-bold", 9.5)
            symbol = Code128.of(code)
            draw_code128(
                canvas, symbol, x - 2 * mm, top - 18 * mm, symbol.module_to_fit(CELL_W, 0.4 * mm), 12 * mm
            )
            canvas.setFillColor(HexColor("#5F6B6E"))
            text.draw_line(canvas, x, top - 21.5 * mm, code, "sans", 7)
        canvas.showPage()
    canvas.save()
    return len(entries)
