"""The bench with 100,000 orders in the database, through the real Pack screen (offscreen):

* order scan → the order on screen;
* item scan → the screen updated;
* complete → the first insert (the thank-you note) handed to the printer;

each against a bare indexed look-up of an order by its number, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PACKSTATION_MUTE"] = "1"

from PySide6.QtWidgets import QApplication
from sqlalchemy import select, text

from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.printing.service import print_order_inserts
from packstation.storage.models import Order, OrderStatus
from packstation.ui.pack_view import PackView


def stats(name: str, ms: list[float], baseline: float) -> None:
    ordered = sorted(ms)
    median = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    print(f"  {name:<40} median {median:7.2f} ms   p99 {p99:7.2f} ms   {median / baseline:7.1f}x the look-up")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args(argv)
    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        started = time.perf_counter()
        create_demo(app.sessions, orders=args.orders)
        print(
            f"bench: {args.orders:,} orders in SQLite (made in {time.perf_counter() - started:.0f} s), one station"
        )
        with app.sessions() as session:
            orders = [
                (o.number, [line.barcode or "" for line in o.lines for _ in range(line.quantity)])
                for o in session.scalars(
                    select(Order)
                    .where(Order.status == OrderStatus.READY, Order.notes.is_(None))
                    .limit(args.samples)
                )
            ]
        lookups = []
        with app.engine.connect() as connection:
            statement = text("SELECT id FROM shop_order WHERE number = :number")
            for number, _ in orders:
                start = time.perf_counter()
                connection.execute(statement, {"number": number}).scalar()
                lookups.append((time.perf_counter() - start) * 1000)
        baseline = statistics.median(lookups)
        print(f"  {'baseline: indexed look-up by number':<40} median {baseline:7.3f} ms")

        view = PackView(app.sessions, "Bench 1")
        view.resize(1280, 800)
        view.show()
        view.handle("P-1001")
        opening: list[float] = []
        items: list[float] = []
        completing: list[float] = []
        for index, (number, barcodes) in enumerate(orders):
            if index == 5:  # the first orders load fonts and warm caches: not measured
                for figures in (opening, items, completing):
                    figures.clear()
            start = time.perf_counter()
            view.handle(number)
            qt.processEvents()
            opening.append((time.perf_counter() - start) * 1000)
            for barcode in barcodes:
                start = time.perf_counter()
                view.handle(barcode)
                qt.processEvents()
                items.append((time.perf_counter() - start) * 1000)
            view.handle("BOX-M")  # the parcel's packaging
            start = time.perf_counter()
            outcome = view.handle("1Z999AA10123456784")  # the carrier label: completes the order
            assert outcome.completed, outcome.message
            print_order_inserts(app.sessions, number, ["note"], station="Bench 1", spool_dir=Path(folder) / "spool",
                                default_folder=Path(folder) / "printed", packaging=["BOX-M"])  # fmt: skip
            completing.append((time.perf_counter() - start) * 1000)
        view.close()
        app.close()
    stats("order scan → order on screen", opening, baseline)
    stats("item scan → screen updated", items, baseline)
    stats("complete → first insert at the printer", completing, baseline)


if __name__ == "__main__":
    main()
