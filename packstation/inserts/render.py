"""Drawing one insert onto a reportlab canvas, straight from its layout and texts.

Every insert is designed on an A6 card (105 × 148 mm) and scaled uniformly into whatever cell
a page format gives it, so A6, four-up A4 and Letter, and the 4×6 inch label share one design.
Each insert carries a small Code128 of its order number in its bottom corner, so a pre-printed
insert scanned at the bench opens its order.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm as _mm
from reportlab.pdfgen.canvas import Canvas

from packstation.config import cache_folder
from packstation.inserts import text
from packstation.inserts.barcodes import Code128, QrCode, draw_code128, draw_qr
from packstation.inserts.facts import InsertFacts
from packstation.inserts.templates import InsertTemplates, Slot, TemplateProblem

mm: float = float(_mm)

DESIGN_W, DESIGN_H = 105 * mm, 148 * mm
ORDER_CODE_W, ORDER_CODE_H = 30 * mm, 7 * mm
INK, MUTED = HexColor("#1F2A2E"), HexColor("#5F6B6E")


@dataclass
class DrawContext:
    canvas: Canvas
    facts: InsertFacts
    blocks: dict[str, str]
    rtl: bool
    left: float
    width: float
    colors: dict[str, Color]
    problems: list[TemplateProblem] = field(default_factory=list)
    floor: float = 0.0  # the lowest y the flow may reach

    def color(self, name: str) -> Color:
        if name in self.colors:
            return self.colors[name]
        try:
            return HexColor(name)
        except ValueError:
            return INK

    def fact(self, name: str) -> Any:
        return getattr(self.facts, name, "")

    def shows(self, slot: Slot) -> bool:
        if not slot.when:
            return True
        negate = slot.when.startswith("!")
        value = bool(self.fact(slot.when.lstrip("!")))
        return value != negate


@lru_cache(maxsize=16)
def _print_ready(logo: Path) -> tuple[str, tuple[float, float]]:
    """The logo as a JPEG on white, at most 1200 px wide, made once (kept in the user's cache
    folder) and looked up once per process.

    reportlab embeds a JPEG file as it is, while a PNG is decoded, hashed and recompressed
    into every document — that alone was a third of an insert set's render time.
    """
    folder = cache_folder("logos") or Path(tempfile.gettempdir())
    # named after the logo file and its change time, the same in every process and run, so a
    # process that finds it made skips decoding the logo; written under a name of its own, then
    # renamed, so that a batch's helper drawing at the same moment never reads a half-written one
    made = hashlib.sha256(f"{logo.resolve()}|{logo.stat().st_mtime_ns}".encode()).hexdigest()[:20]
    target = folder / f"packstation-logo-{made}.jpg"
    if target.is_file():
        with Image.open(target) as ready:
            return str(target), (float(ready.width), float(ready.height))
    with Image.open(logo) as source:
        picture = source.convert("RGBA")
    if picture.width > 1200:
        picture = picture.resize(
            (1200, round(picture.height * 1200 / picture.width)), Image.Resampling.LANCZOS
        )
    flat = Image.new("RGB", picture.size, "white")
    flat.paste(picture, mask=picture.getchannel("A"))
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        flat.save(out, "JPEG", quality=92)
    os.replace(temporary, target)
    return str(target), (float(flat.width), float(flat.height))


def draw_insert(
    canvas: Canvas,
    kind: str,
    facts: InsertFacts,
    templates: InsertTemplates,
    x: float,
    y: float,
    w: float,
    h: float,
) -> list[TemplateProblem]:
    """Draw the `kind` insert of `facts` into the cell (x, y, w, h); returns the template
    problems that made it fall back to a shipped default."""
    layout, problems = templates.layout(kind)
    rendered = templates.texts(kind, facts.language, facts.context())
    problems = problems + rendered.problems
    scale = min(w / DESIGN_W, h / DESIGN_H)
    canvas.saveState()
    canvas.translate(x + (w - DESIGN_W * scale) / 2, y + (h - DESIGN_H * scale) / 2)
    canvas.scale(scale, scale)
    margin = layout.margin * mm
    ctx = DrawContext(
        canvas=canvas,
        facts=facts,
        blocks=rendered.blocks,
        rtl=facts.language == "ar",
        left=margin,
        width=DESIGN_W - 2 * margin,
        colors={
            "primary": HexColor(facts.primary_color),
            "accent": HexColor(facts.accent_color),
            "ink": INK,
            "muted": MUTED,
        },
    )
    canvas.setFillColor(ctx.colors["primary"])
    canvas.rect(0, DESIGN_H - 3 * mm, DESIGN_W, 3 * mm, stroke=0, fill=1)  # the brand's band
    _order_code(ctx, margin)
    bottom = margin + ORDER_CODE_H + 2.5 * mm
    for slot in reversed(layout.footer):
        if ctx.shows(slot):
            bottom = _draw_slot(ctx, slot, bottom, from_bottom=True)
    cursor = DESIGN_H - margin
    ctx.floor = bottom + 1 * mm  # the flow never runs into the footer
    for slot in layout.flow:
        if ctx.shows(slot):
            cursor = _draw_slot(ctx, slot, cursor, from_bottom=False)
    canvas.restoreState()
    return problems


def _order_code(ctx: DrawContext, margin: float) -> None:
    code = Code128.of(ctx.facts.order_number)
    module = code.module_to_fit(ORDER_CODE_W, largest=0.33 * mm)
    x = ctx.left if ctx.rtl else DESIGN_W - margin - code.width(module)
    draw_code128(ctx.canvas, code, x, margin + 2.6 * mm, module, ORDER_CODE_H - 2.6 * mm)
    ctx.canvas.setFillColor(MUTED)
    label = text.shape(ctx.facts.order_number)
    label_w = text.width(label, "sans", 6.5)
    text.draw_line(ctx.canvas, x + (code.width(module) - label_w) / 2, margin, label, "sans", 6.5)


def _draw_slot(ctx: DrawContext, slot: Slot, edge: float, *, from_bottom: bool) -> float:
    """Draw `slot` below `edge` (or above it, for the footer); return the next free edge."""
    width = ctx.width - (ORDER_CODE_W + 3 * mm if from_bottom else 0)
    left = ctx.left + (ORDER_CODE_W + 3 * mm if from_bottom and ctx.rtl else 0)
    gap = slot.space_after * mm
    if slot.kind == "text":
        content = ctx.blocks.get(slot.block, "")
        if not content:
            return edge
        room = slot.max_height * mm if from_bottom else max(0.0, min(slot.max_height * mm, edge - ctx.floor))
        side = slot.width * mm if slot.qr else 0.0
        if side:
            width -= side + 3 * mm
            left += 0 if not ctx.rtl else side + 3 * mm
        fitted = text.fit(content, slot.style, slot.size, width, room, slot.min_size or None, rtl=ctx.rtl)
        height = len(fitted.lines) * fitted.leading
        top = edge + height if from_bottom else edge
        ctx.canvas.setFillColor(ctx.color(slot.color))
        text.draw_fitted(ctx.canvas, fitted, slot.style, left, top, width, _align(slot.align, ctx.rtl))
        if side:
            qr_x = ctx.left if ctx.rtl else ctx.left + ctx.width - side
            draw_qr(ctx.canvas, QrCode.of(str(ctx.fact(slot.qr))), qr_x, top - side, side)
            height = max(height, side)
        return edge + height + gap if from_bottom else edge - height - gap
    if from_bottom:
        raise ValueError(f"footer slot {slot.name!r} must be text")
    if slot.kind == "logo":
        return _logo(ctx, slot, edge) - gap
    if slot.kind == "rule":
        ctx.canvas.setStrokeColor(ctx.color(slot.color))
        ctx.canvas.setLineWidth(1.2)
        span = (slot.width or 18) * mm
        x = _aligned_x(ctx, slot.align, span)
        ctx.canvas.line(x, edge, x + span, edge)
        return edge - gap
    if slot.kind == "barcode":
        return _barcode(ctx, slot, edge) - gap
    if slot.kind == "qr":
        side = min((slot.width or 24) * mm, edge - ctx.floor)
        if side < 14 * mm:  # too small to scan: leave it out rather than print a dud
            return edge
        draw_qr(
            ctx.canvas,
            QrCode.of(str(ctx.fact(slot.value))),
            _aligned_x(ctx, slot.align, side),
            edge - side,
            side,
        )
        return edge - side - gap
    if slot.kind in ("box", "panel"):
        return _box(ctx, slot, edge) - gap
    if slot.kind == "table":
        return _table(ctx, slot, edge) - gap
    raise ValueError(f"slot {slot.name!r} has an unknown kind {slot.kind!r}")


def _align(align: str, rtl: bool) -> str:
    return align if align in ("center", "start", "end") else "start"


def _aligned_x(ctx: DrawContext, align: str, span: float) -> float:
    if align == "center":
        return ctx.left + (ctx.width - span) / 2
    if (align == "start") == ctx.rtl:
        return ctx.left + ctx.width - span
    return ctx.left


def _logo(ctx: DrawContext, slot: Slot, top: float) -> float:
    height = slot.height * mm
    max_width = (slot.width * mm) or ctx.width
    logo = ctx.facts.logo
    if logo is None:  # a wordmark in the brand's colour instead
        fitted = text.fit(ctx.facts.brand_name, "serif-bold", 16, max_width, height, 9)
        ctx.canvas.setFillColor(ctx.colors["primary"])
        text.draw_fitted(
            ctx.canvas, fitted, "serif-bold", _aligned_x(ctx, slot.align, max_width), top, max_width, "center"
        )
        return top - height
    image, (iw, ih) = _print_ready(logo)
    draw_w = min(max_width, height * iw / ih)
    draw_h = draw_w * ih / iw
    ctx.canvas.drawImage(image, _aligned_x(ctx, slot.align, draw_w), top - draw_h, draw_w, draw_h)
    return top - draw_h


def _barcode(ctx: DrawContext, slot: Slot, top: float) -> float:
    value = str(ctx.fact(slot.value))
    code = Code128.of(value)
    span = (slot.width * mm) or ctx.width
    module = code.module_to_fit(span)
    width = code.width(module)
    height = slot.height * mm
    draw_code128(ctx.canvas, code, _aligned_x(ctx, slot.align, width), top - height, module, height)
    return top - height


def _box(ctx: DrawContext, slot: Slot, top: float) -> float:
    content = ctx.blocks.get(slot.block, "")
    if not content:
        return top + slot.space_after * mm
    pad = 3.5 * mm
    inner = ctx.width - 2 * pad
    fitted = text.fit(
        content, slot.style, slot.size, inner, slot.max_height * mm, slot.min_size or None, rtl=ctx.rtl
    )
    height = len(fitted.lines) * fitted.leading + 2 * pad - fitted.size * 0.25
    canvas = ctx.canvas
    if slot.kind == "box":
        tint = ctx.color(slot.color)
        canvas.setFillColor(Color(tint.red, tint.green, tint.blue, alpha=0.12))
        canvas.roundRect(ctx.left, top - height, ctx.width, height, 2.5 * mm, stroke=0, fill=1)
        canvas.setFillColor(INK)
    else:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.4)
        canvas.roundRect(ctx.left, top - height, ctx.width, height, 1.5 * mm, stroke=1, fill=0)
        canvas.setFillColor(INK)
    text.draw_fitted(
        canvas, fitted, slot.style, ctx.left + pad, top - pad, inner, _align(slot.align, ctx.rtl)
    )
    return top - height


def _table(ctx: DrawContext, slot: Slot, top: float) -> float:
    """The packing slip's lines: quantity, item and — unless the order is a gift — prices."""
    canvas, size = ctx.canvas, slot.size
    prices = not ctx.facts.is_gift
    qty_w, price_w = 10 * mm, (20 * mm if prices else 0)
    name_w = ctx.width - qty_w - 2 * price_w
    header = [ctx.blocks.get("col_qty", "#"), ctx.blocks.get("col_item", "")]
    if prices:
        header += [ctx.blocks.get("col_price", ""), ctx.blocks.get("col_total", "")]
    rows = [
        [str(item.quantity), item.name] + ([item.unit_price, item.line_total] if prices else [])
        for item in ctx.facts.items
    ]
    widths = [qty_w, name_w] + ([price_w, price_w] if prices else [])
    y = top
    for index, row in enumerate([header, *rows]):
        style = "sans-bold" if index == 0 else "sans"
        cells = [
            text.fit(cell, style, size, w - 1.5 * mm, slot.max_height * mm, size * 0.8, rtl=ctx.rtl)
            for cell, w in zip(row, widths, strict=True)
        ]
        height = max(len(c.lines) * c.leading for c in cells)
        x = ctx.left + ctx.width if ctx.rtl else ctx.left
        canvas.setFillColor(MUTED if index == 0 else INK)
        for column, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            x = x - w if ctx.rtl else x
            align = "end" if column != 1 else "start"
            text.draw_fitted(canvas, cell, style, x, y, w - 1.5 * mm, align)
            x = x if ctx.rtl else x + w
        y -= height + 1.2 * mm
        canvas.setStrokeColor(HexColor("#CFD8DC"))
        canvas.setLineWidth(0.5)
        canvas.line(ctx.left, y + 0.6 * mm, ctx.left + ctx.width, y + 0.6 * mm)
    if prices:
        total = f"{ctx.blocks.get('total_label', '')} {ctx.facts.total}".strip()
        fitted = text.fit(total, "sans-bold", size, ctx.width, 10 * mm, rtl=ctx.rtl)
        canvas.setFillColor(INK)
        y = text.draw_fitted(canvas, fitted, "sans-bold", ctx.left, y - 1 * mm, ctx.width, "end")
    return y
