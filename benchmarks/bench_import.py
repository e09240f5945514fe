"""Importing a Shopify orders export of 100,000 line rows, whole command included, against
csv.DictReader merely reading the same file (the floor: no parsing rules, no database)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import compile_like_an_install, python, run
from packstation.demo.exports import write_shopify_orders_export

DICTREADER = """
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = sum(1 for _ in csv.DictReader(f))
print(rows)
"""


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


if __name__ == "__main__":
    main()
