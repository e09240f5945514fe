"""Importing a Shopify orders export of 100,000 line rows, whole command included, against
csv.DictReader merely reading the same file (the floor: no parsing rules, no database)."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.measure import compile_like_an_install, python, run
from packstation.demo.exports import write_shopify_orders_export

DICTREADER = """
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = sum(1 for _ in csv.DictReader(f))
print(rows)
"""


def station_waits(db_file: Path, command: list[str]) -> tuple[list[float], list[float]]:
    """How long a station waits for SQLite's write lock (what storing a scan takes), probed
    every 50 ms: first for two seconds with nothing else running (the baseline), then while
    `command` runs."""
    station = sqlite3.connect(db_file, timeout=60, isolation_level=None)

    def probe(until: Callable[[], bool]) -> list[float]:
        waits = []
        while not until():
            started = time.perf_counter()
            station.execute("BEGIN IMMEDIATE")
            waits.append(time.perf_counter() - started)
            station.execute("COMMIT")
            time.sleep(0.05)
        return waits

    quiet_until = time.monotonic() + 2
    quiet = probe(lambda: time.monotonic() > quiet_until)
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    busy = probe(lambda: child.poll() is not None)
    station.close()
    return quiet, busy


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    args = parser.parse_args(argv)
    compile_like_an_install()
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "orders_export.csv"
        orders = write_shopify_orders_export(export, args.lines)
        db = args.db or f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        floor = run(python(DICTREADER, str(export)))
        first = run([sys.executable, "-m", "packstation", "--db", db, "import", str(export)])
        again = run([sys.executable, "-m", "packstation", "--db", db, "import", str(export)])
        waits = None
        if not args.db:  # a station storing scans while a fresh database imports the file
            beside = Path(folder) / "beside.sqlite3"
            run([sys.executable, "-m", "packstation", "--db", f"sqlite:///{beside}", "migrate"])
            waits = station_waits(beside, [sys.executable, "-m", "packstation", "--db", f"sqlite:///{beside}",
                                           "import", str(export)])  # fmt: skip
        size = export.stat().st_size
    print(
        f"import: {args.lines:,} line rows, {orders:,} orders ({size / 1e6:.1f} MB) into {db.split(':')[0]}"
    )
    print(f"  csv.DictReader read only   {floor.seconds:7.2f} s  {floor.peak_mb:7.0f} MB peak")
    print(
        f"  packstation import (new)   {first.seconds:7.2f} s  {first.peak_mb:7.0f} MB peak"
        f"  {args.lines / first.seconds:9,.0f} rows/s  ratio {first.seconds / floor.seconds:5.1f}x time,"
        f" {first.peak_mb / floor.peak_mb:4.1f}x memory"
    )
    print(
        f"  packstation import (again) {again.seconds:7.2f} s  {again.peak_mb:7.0f} MB peak"
        f"  {args.lines / again.seconds:9,.0f} rows/s  ratio {again.seconds / floor.seconds:5.1f}x time"
    )
    if waits:
        quiet, busy = waits
        q99, b99 = (statistics.quantiles(w, n=100, method="inclusive")[98] * 1000 for w in (quiet, busy))
        print(
            f"  a station's wait for the write lock, nothing else running: median "
            f"{statistics.median(quiet) * 1000:.2f} ms, p99 {q99:.2f} ms, longest {max(quiet) * 1000:.1f} ms"
        )
        print(f"  the same during the import ({len(busy)} probes): median {statistics.median(busy) * 1000:.2f} ms,"
              f" p99 {b99:.1f} ms, longest {max(busy) * 1000:.0f} ms, ratio of the longest"
              f" {max(busy) / max(quiet):,.0f}x")  # fmt: skip


if __name__ == "__main__":
    main()
