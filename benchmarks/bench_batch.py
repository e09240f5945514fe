"""Batch printing: N orders × (note, voucher, return label) as A6 pages in one PDF, the whole
`packstation print-batch` command timed (start-up, choosing the orders, issuing every voucher
and RMA, rendering, joining), with one worker and with two, each on a fresh copy of the same
database. Baselines measured in the same run:

* the floor: a bare reportlab loop drawing the same text lines, fonts, logo and barcodes for
  the same orders into one PDF (facts gathered and texts wrapped beforehand, untimed);
* the peer: WeasyPrint rendering equivalent HTML, for a sample of orders (it is slow).

Peak memory is the largest process's resident set (the command, or one of its workers).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, update

from benchmarks.bench_inserts import A6, blocks_of, floor_pages, peer_html, register_floor_fonts
from benchmarks.measure import Run, compile_like_an_install, run
from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.inserts import text
from packstation.inserts.gathering import gather_many
from packstation.inserts.pdf import PLAIN_ENV
from packstation.inserts.render import _print_ready
from packstation.inserts.templates import InsertTemplates
from packstation.paths import resource
from packstation.storage.models import Order, OrderStatus

KINDS = ["note", "voucher", "return"]


def make_shop(folder: Path, orders: int) -> Path:
    """A demo shop with exactly `orders` orders ready to pack."""
    path = folder / "shop.sqlite3"
    app = bootstrap(f"sqlite:///{path}")
    create_demo(app.sessions, orders=orders)
    with app.sessions.begin() as session:
        session.execute(update(Order).values(status=OrderStatus.READY))
    app.close()
    return path


def print_batch(shop: Path, folder: Path, workers: int, plain: bool = False) -> Run:
    """The whole command on a fresh copy of the shop; `plain`: writing the PDF the plain way
    (reportlab's documented API only, see packstation/inserts/pdf)."""
    way = "-plain" if plain else ""
    copy = folder / f"run-{workers}{way}.sqlite3"
    shutil.copyfile(shop, copy)
    env = dict(os.environ, PACKSTATION_DB=f"sqlite:///{copy}")
    if plain:
        env[PLAIN_ENV] = "1"
    out = folder / f"wave-{workers}{way}.pdf"
    return run([sys.executable, "-m", "packstation", "print-batch", "--quiet", "--workers", str(workers),
                "--kinds", ",".join(KINDS), "--layout", "a6", "--out", str(out)], env)  # fmt: skip


def floor_seconds(shop: Path, folder: Path) -> tuple[float, int]:
    """The bare reportlab loop over the same orders' prepared lines and codes."""
    copy = folder / "floor.sqlite3"
    shutil.copyfile(shop, copy)
    app = bootstrap(f"sqlite:///{copy}")
    with app.sessions.begin() as session:
        numbers = list(session.scalars(select(Order.number).order_by(Order.created_at, Order.id)))
        facts = [
            f
            for start in range(0, len(numbers), 200)
            for f in gather_many(session, numbers[start : start + 200])
        ]
    app.close()
    templates = InsertTemplates()
    text.register_fonts()
    register_floor_fonts()
    prepared = [(f, blocks_of(f, templates)) for f in facts]
    logo = _print_ready(resource("brand", "logo.png"))[0]
    start = time.perf_counter()
    canvas = Canvas(str(folder / "floor.pdf"), pagesize=(A6.width, A6.height))
    for order, blocks in prepared:
        floor_pages(canvas, order, blocks, logo, KINDS)
    canvas.save()
    return time.perf_counter() - start, len(prepared) * len(KINDS)


def peer_seconds_per_page(shop: Path, folder: Path, sample: int) -> float | None:
    try:
        from weasyprint import HTML
    except ImportError:
        return None
    copy = folder / "peer.sqlite3"
    shutil.copyfile(shop, copy)
    app = bootstrap(f"sqlite:///{copy}")
    with app.sessions.begin() as session:
        numbers = list(session.scalars(select(Order.number).order_by(Order.id).limit(sample)))
        facts = gather_many(session, numbers)
    app.close()
    templates = InsertTemplates()
    documents = [peer_html(f, blocks_of(f, templates)) for f in facts]  # four pages each (with the slip)
    HTML(string=documents[0]).write_pdf(io.BytesIO())  # WeasyPrint's own start-up is not counted
    start = time.perf_counter()
    for document in documents:
        HTML(string=document).write_pdf(io.BytesIO())
    return (time.perf_counter() - start) / (len(facts) * 4)


def _spin() -> None:
    total = 0
    for i in range(12_000_000):
        total += i * i


def machine_ceiling(rounds: int = 3) -> float:
    """How much faster this machine does two equal pieces of pure Python work in two processes
    than one after the other: the most any two-worker speed-up can be here (a virtual machine's
    two cores may share one physical core's time)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    found = []
    for _ in range(rounds):
        start = time.perf_counter()
        _spin()
        one = time.perf_counter() - start
        start = time.perf_counter()
        helpers = [context.Process(target=_spin) for _ in range(2)]
        for helper in helpers:
            helper.start()
        for helper in helpers:
            helper.join()
        found.append(2 * one / (time.perf_counter() - start))
    return statistics.median(found)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument(
        "--large", type=int, default=0, help="also N orders (e.g. 10000) for the memory figure"
    )
    parser.add_argument("--peer-orders", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=9, help="runs of each, alternating; the median counts")
    parser.add_argument(
        "--plain",
        action="store_true",
        help=f"also one worker writing the plain way ({PLAIN_ENV}=1), alternately",
    )
    args = parser.parse_args(argv)
    compile_like_an_install()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        shop = make_shop(folder, args.orders)
        # a first run of each, not counted, loads what the page cache and the fonts' caches hold
        # for every later one; then alternately, so that a machine that speeds up or slows down
        # affects both alike — and the speed-up is taken round by round, one worker against two
        # measured a moment apart, then its median
        for workers in (1, 2):
            print_batch(shop, folder, workers)
        if args.plain:
            print_batch(shop, folder, 1, plain=True)
        plains: list[Run] = []
        runs: dict[int, list[Run]] = {1: [], 2: []}
        floors: list[float] = []
        ceilings: list[float] = []  # measured in each round, beside that round's two runs
        for _ in range(args.rounds):
            for workers in (1, 2):
                runs[workers].append(print_batch(shop, folder, workers))
            if args.plain:
                plains.append(print_batch(shop, folder, 1, plain=True))
            ceilings.append(machine_ceiling(rounds=1))
            floor, pages = floor_seconds(shop, folder)
            floors.append(floor)
        one, two = (sorted(runs[w], key=lambda r: r.seconds)[len(runs[w]) // 2] for w in (1, 2))
        speedups = [a.seconds / b.seconds for a, b in zip(runs[1], runs[2], strict=True)]
        floor = statistics.median(floors)
        peer = peer_seconds_per_page(shop, folder, args.peer_orders)
        ceiling = statistics.median(ceilings)
        reached = [speedup / room for speedup, room in zip(speedups, ceilings, strict=True)]
        print(
            f"batch: {args.orders:,} orders × {len(KINDS)} inserts = {pages:,} A6 pages in one PDF, whole command "
            f"(median of {args.rounds} alternating runs: one worker {', '.join(f'{r.seconds:.2f}' for r in runs[1])} s;"
            f" two {', '.join(f'{r.seconds:.2f}' for r in runs[2])} s; after one uncounted run of each)"
        )
        print(f"  one worker     {one.seconds:6.2f} s  {pages / one.seconds:6.0f} pages/s  peak {one.peak_mb:5.0f} MB"
              "   (target: at most 8 s, 200 MB)")  # fmt: skip
        print(f"  two workers    {two.seconds:6.2f} s  {pages / two.seconds:6.0f} pages/s  peak {two.peak_mb:5.0f} MB"
              f"   {statistics.median(speedups):.2f}x one worker (target: at least 1.6x; round by round"
              f" {', '.join(f'{s:.2f}' for s in speedups)}; medians' ratio {one.seconds / two.seconds:.2f}x)")  # fmt: skip
        print(f"  this machine's own two-core ceiling (pure Python, one process against two at once, each round):"
              f" {', '.join(f'{c:.2f}' for c in ceilings)}x, median {ceiling:.2f}x — round by round the batch"
              f" reaches {', '.join(f'{r:.0%}' for r in reached)} of it (median {statistics.median(reached):.0%})")  # fmt: skip
        print(f"  floor: bare reportlab loop, same text and codes  {floor:6.2f} s  {pages / floor:6.0f} pages/s"
              f"   one worker is {one.seconds / floor:.2f}x the floor")  # fmt: skip
        if plains:
            plain = sorted(plains, key=lambda r: r.seconds)[len(plains) // 2]
            slower = [p.seconds / q.seconds for p, q in zip(plains, runs[1], strict=True)]
            print(f"  one worker, the plain way ({PLAIN_ENV}=1)  {plain.seconds:6.2f} s  {pages / plain.seconds:6.0f}"
                  f" pages/s  peak {plain.peak_mb:5.0f} MB   {statistics.median(slower):.2f}x the quick way (round by"
                  f" round {', '.join(f'{s:.2f}' for s in slower)}), {plain.seconds / floor:.2f}x the floor")  # fmt: skip
        if peer is None:
            print("  peer: WeasyPrint is not installed (pip install -e '.[bench]'); no peer ratio")
        else:
            print(f"  peer: WeasyPrint ({args.peer_orders} orders)  {1 / peer:6.0f} pages/s"
                  f"   one worker is {pages / one.seconds * peer:.1f}x faster")  # fmt: skip
        if args.large:
            large_shop = (
                make_shop(folder / "large", args.large) if (folder / "large").mkdir() is None else shop
            )
            large = print_batch(large_shop, folder / "large", 1)
            print(f"  {args.large:,} orders, one worker  {large.seconds:6.1f} s  peak {large.peak_mb:5.0f} MB"
                  f"   {large.peak_mb / one.peak_mb:.2f}x the peak for {args.orders:,} (target: at most 1.2x)")  # fmt: skip


if __name__ == "__main__":
    main()
