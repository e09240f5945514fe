"""One order's insert set (note, voucher, return label, packing slip) as PDF bytes, on one
core with the fonts loaded, against two baselines measured in the same run:

* the floor: a bare reportlab loop drawing the same text lines and the same barcodes at fixed
  positions — no templates, no fitting, no bidi, no layout files;
* the peer: WeasyPrint rendering equivalent HTML (same texts, fonts and vector barcodes).

Every order is rendered once (no cache can help), after a warm-up on other orders.
"""

from __future__ import annotations

import argparse
import copy
import gc
import io
import os
import statistics
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.inserts import text
from packstation.inserts.barcodes import Code128, QrCode, draw_code128, draw_qr
from packstation.inserts.facts import InsertFacts
from packstation.inserts.formats import PAGE_FORMATS
from packstation.inserts.gathering import gather
from packstation.inserts.pages import render_document
from packstation.inserts.pdf import PLAIN_ENV
from packstation.inserts.pdf.writer import PLAIN
from packstation.inserts.templates import InsertTemplates
from packstation.paths import resource
from packstation.storage.models import Order
from packstation.vocabulary import INSERT_KINDS

A6 = PAGE_FORMATS["a6"]


STYLE_FONT = {"sans": "RL-Sans", "sans-bold": "RL-Sans-Bold", "serif": "RL-Serif", "serif-bold": "RL-Serif-Bold",
              "serif-italic": "RL-Serif-Italic"}  # fmt: skip


def register_floor_fonts() -> None:
    """The same fonts as reportlab's own TTFont, so the floor writes them as bare reportlab
    does (packstation's PrintFont writes subsets faster: see inserts/pdf/fontfile.py).

    reportlab registers one font object per typeface, so the plain twins are put into its
    font registry directly."""
    for name in text.FONT_FILES:
        plain = copy.copy(pdfmetrics.getFont(name))
        plain.__class__ = TTFont
        plain.fontName, plain.state = name.replace("PS-", "RL-"), {}
        plain.face = copy.copy(plain.face)
        plain.face.__dict__.pop("makeSubset", None)  # reportlab's own: every subset made afresh
        pdfmetrics._fonts[plain.fontName] = plain


def blocks_of(facts: InsertFacts, templates: InsertTemplates) -> dict[str, list[tuple[str, str]]]:
    """The lines each insert shows, already wrapped, with the font its layout gives them, as
    the floor and the peer draw them: prepared before timing, since the floor does no
    templating and no layout."""
    out = {}
    for kind in INSERT_KINDS:
        layout, _ = templates.layout(kind)
        fonts = {slot.block: STYLE_FONT.get(slot.style, "RL-Sans") for slot in (*layout.flow, *layout.footer)}
        blocks = templates.texts(kind, facts.language, facts.context()).blocks
        out[kind] = [
            (line, fonts.get(name, "RL-Sans"))
            for name, block in blocks.items()
            for line in textwrap.wrap(text.shape(block), 52)
        ]
    return out


def packstation_render(facts: InsertFacts, templates: InsertTemplates) -> bytes:
    out = io.BytesIO()
    render_document([(kind, facts) for kind in INSERT_KINDS], out, A6, templates)
    return out.getvalue()


def floor_render(
    facts: InsertFacts, blocks: dict[str, list[tuple[str, str]]], logo: str, fonts: str = "RL-"
) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(A6.width, A6.height))
    floor_pages(canvas, facts, blocks, logo, INSERT_KINDS, fonts)
    canvas.save()
    return out.getvalue()


def floor_pages(
    canvas: Canvas,
    facts: InsertFacts,
    blocks: dict[str, list[tuple[str, str]]],
    logo: str,
    kinds: tuple[str, ...] | list[str],
    fonts: str = "RL-",
) -> None:
    """The floor's pages for one order: the same lines, fonts, logo and barcodes at fixed
    places, drawn with nothing but reportlab."""
    for kind in kinds:
        canvas.drawImage(logo, 30 * mm, 130 * mm, 45 * mm, 11 * mm)
        writer = canvas.beginText(9 * mm, 120 * mm)
        for line, font in blocks[kind]:
            writer.setFont(font if fonts == "RL-" else font.replace("RL-", fonts), 8, 10)
            writer.textLine(line)
        canvas.drawText(writer)
        y = writer.getY()
        for value in (
            [facts.order_number]
            + ([facts.voucher_code] if kind == "voucher" else [])
            + ([facts.rma] if kind == "return" else [])
        ):
            code = Code128.of(value)
            draw_code128(canvas, code, 9 * mm, y - 12 * mm, code.module_to_fit(80 * mm), 10 * mm)
            y -= 14 * mm
        if kind in ("voucher", "return"):
            draw_qr(
                canvas,
                QrCode.of(facts.redeem_url if kind == "voucher" else facts.returns_url),
                40 * mm,
                10 * mm,
                24 * mm,
            )
        canvas.showPage()


def _svg_code128(value: str) -> str:
    code = Code128.of(value)
    x, rects = 10, []
    for bit in code.modules:
        if bit == "1":
            rects.append(f'<rect x="{x}" y="0" width="1" height="40"/>')
        x += 1
    return f'<svg viewBox="0 0 {x + 10} 40" width="80mm" height="10mm">{"".join(rects)}</svg>'


def _svg_qr(value: str) -> str:
    qr = QrCode.of(value)
    n = len(qr.rows)
    rects = [
        f'<rect x="{c + 4}" y="{r + 4}" width="1" height="1"/>'
        for r, row in enumerate(qr.rows)
        for c, dark in enumerate(row)
        if dark
    ]
    return f'<svg viewBox="0 0 {n + 8} {n + 8}" width="24mm" height="24mm">{"".join(rects)}</svg>'


def peer_html(facts: InsertFacts, blocks: dict[str, list[tuple[str, str]]]) -> str:
    fonts = "".join(
        f'@font-face {{ font-family: "{family}"; src: url("{resource("fonts", file).as_uri()}"); }}'
        for family, file in (
            ("Noto Sans", "NotoSans-Regular.ttf"),
            ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf"),
        )
    )
    pages = []
    for kind in INSERT_KINDS:
        codes = (
            [facts.order_number]
            + ([facts.voucher_code] if kind == "voucher" else [])
            + ([facts.rma] if kind == "return" else [])
        )
        qr = (
            _svg_qr(facts.redeem_url if kind == "voucher" else facts.returns_url)
            if kind in ("voucher", "return")
            else ""
        )
        paragraphs = "".join(f"<p>{line}</p>" for line, _ in blocks[kind])
        pages.append(
            f'<section><img src="{resource("brand", "logo.png").as_uri()}" style="height:11mm">{paragraphs}'
            f"{''.join(_svg_code128(c) for c in codes)}{qr}</section>"
        )
    direction = "rtl" if facts.language == "ar" else "ltr"
    return (
        f"<html dir='{direction}'><head><style>{fonts} @page {{ size: 105mm 148mm; margin: 9mm }}"
        " body { font-family: 'Noto Sans', 'Noto Sans Arabic'; font-size: 8pt } section { break-after: page }"
        f"</style></head><body>{''.join(pages)}</body></html>"
    )


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def summary(name: str, ms: list[float]) -> tuple[float, float]:
    ordered = sorted(ms)
    median = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"  {name:<34} median {median:7.2f} ms   p99 {p99:7.2f} ms   ({len(ms)} orders)")
    return median, p99


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--peer-orders", type=int, default=20, help="WeasyPrint is slow: fewer orders for it")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the issue asks
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        create_demo(app.sessions, orders=args.orders + 20)
        with app.sessions.begin() as session:
            numbers = list(session.scalars(select(Order.number).order_by(Order.id)))
            all_facts = [gather(session, n, ["BOX-M", "FILL-PAPER", "TAPE-KRAFT"]) for n in numbers]
        app.close()
    templates = InsertTemplates()
    text.register_fonts()
    register_floor_fonts()
    warmup, measured = all_facts[:20], all_facts[20 : 20 + args.orders]
    for facts in warmup:
        packstation_render(facts, templates)
    prepared = [(facts, blocks_of(facts, templates)) for facts in measured]
    from packstation.inserts.render import _print_ready

    logo_jpeg = _print_ready(resource("brand", "logo.png"))[0]
    for facts, blocks in prepared[:5]:
        floor_render(facts, blocks, logo_jpeg)
        floor_render(facts, blocks, logo_jpeg, "PS-")

    # the prepared facts of hundreds of orders are this harness's, not the bench's: keep the
    # garbage collector from walking them during every measurement
    gc.collect()
    gc.freeze()
    way = f"the plain way ({PLAIN_ENV} is set)" if PLAIN else "the quick way"
    print(
        f"inserts: one order's note, voucher, return label and slip as PDF bytes, one core, {len(measured)} orders,"
        f" written {way}"
    )
    # the two are timed order by order, alternately, so that a machine that speeds up or slows
    # down during the run affects both alike
    from packstation.inserts.barcodes import _code128, _qr

    def fresh() -> None:  # each gets to encode the order's barcodes afresh
        _qr.cache_clear()
        _code128.cache_clear()

    ours, floors, floors_ps = [], [], []
    for facts, blocks in prepared:
        fresh()
        ours.append(timed(lambda f=facts: packstation_render(f, templates)))
        fresh()
        floors.append(timed(lambda f=facts, b=blocks: floor_render(f, b, logo_jpeg)))
        fresh()
        floors_ps.append(timed(lambda f=facts, b=blocks: floor_render(f, b, logo_jpeg, "PS-")))
    our_median, _ = summary("packstation", ours)
    for language in sorted({f.language for f in measured}):
        summary(
            f"  of which {language}",
            [ms for ms, f in zip(ours, measured, strict=True) if f.language == language],
        )
    floor_median, _ = summary("floor: bare reportlab loop", floors)
    print(f"  ratio to the floor: {our_median / floor_median:.2f}x (target: at most 1.3x)")
    same_fonts, _ = summary("floor with packstation's font writer", floors_ps)
    print(f"  of which templating and layout: {our_median / same_fonts:.2f}x the floor in the same fonts")
    try:
        from weasyprint import HTML
    except ImportError:
        print("  peer: WeasyPrint is not installed (pip install -e '.[bench]'); no peer ratio")
        return
    peer_cases = prepared[: args.peer_orders]
    HTML(string=peer_html(*peer_cases[0])).write_pdf()
    peers = [
        timed(lambda f=facts, b=blocks: HTML(string=peer_html(f, b)).write_pdf())
        for facts, blocks in peer_cases
    ]
    peer_median, _ = summary("peer: WeasyPrint from HTML", peers)
    print(f"  packstation is {peer_median / our_median:.1f}x faster than WeasyPrint (target: at least 12x)")


if __name__ == "__main__":
    main()
