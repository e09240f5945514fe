"""Many stations on one PostgreSQL: six station processes packing at once against one server on
this machine, against one station alone, measured in the same run.

Each station is a process of its own (a bench PC), signs a packer in and packs its share of the
wave as a scanner would — the order, every item, the packaging, which completes the order —
with no pause between scans, so the figures are the most the server and the machine take. The
orders and per-station shares are the same in both runs; the figures are completed orders per
second over the whole run and the 99th-percentile time of the completing scan (the one that
writes the tally, the hourly roll-up and the follow-up request).

A throwaway PostgreSQL server is started from Debian's binaries, as the tests do (`--db URL`
to measure another). Note the machine: with fewer cores than stations the processes share them.
"""

from __future__ import annotations

import argparse
import os
import time

from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from tests.support.stations import SPAWN, order_codes, pack_orders, ready_orders

PACKERS = ["P-1001", "P-1002", "P-1003", "P-1004", "P-1001", "P-1002"]


def run(url: str, wave: list[dict[str, list[str]]]) -> tuple[float, float, int]:
    """Pack each share at its own station at once; (orders/s, p99 complete ms, orders)."""
    results = SPAWN.Queue()
    start = SPAWN.Barrier(len(wave) + 1)
    targets = [(pack_orders, (url, f"Bench {i + 1}", PACKERS[i % len(PACKERS)], share, start, results))
               for i, share in enumerate(wave)]  # fmt: skip
    processes = [SPAWN.Process(target=f, args=a) for f, a in targets]
    for process in processes:
        process.start()
    start.wait()  # every station signed in and ready
    began = time.perf_counter()
    reports = []
    total = sum(len(share) for share in wave)
    while len(reports) < total:
        reports.append(results.get(timeout=300))
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join()
    packed = [r for r in reports if r[2] == "packed"]
    if len(packed) != total:
        raise RuntimeError(f"only {len(packed)} of {total} orders packed: {reports[:3]}")
    latencies = sorted(r[3] * 1000 for r in packed)
    p99 = latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))]
    return len(packed) / elapsed, p99, len(packed)


def measure(url: str, per_station: int, stations: int) -> None:
    app = bootstrap(url)
    create_demo(app.sessions, orders=per_station * (stations + 1) * 2)
    needed = per_station * (stations + 1)
    ready = ready_orders(app.sessions, needed)
    app.close()
    if len(ready) < needed:
        raise RuntimeError(f"the demo has {len(ready)} ready orders; {needed} needed")
    codes = order_codes(url, ready[:needed])
    numbers = list(codes)
    alone_share = {n: codes[n] for n in numbers[:per_station]}
    shares = [
        {n: codes[n] for n in numbers[per_station * (i + 1) : per_station * (i + 2)]} for i in range(stations)
    ]
    one_rate, one_p99, one_n = run(url, [alone_share])
    many_rate, many_p99, many_n = run(url, shares)
    print(f"stations: PostgreSQL, {os.cpu_count()} cores, {per_station} orders per station")
    print(
        f"  one station alone     {one_rate:7.1f} orders/s   p99 complete {one_p99:6.1f} ms   ({one_n} orders)"
    )
    print(f"  {stations} stations at once  {many_rate:7.1f} orders/s   p99 complete {many_p99:6.1f} ms   "
          f"({many_n} orders)")  # fmt: skip
    print(
        f"  ratio: {many_rate / one_rate:.2f}x the orders per second, {many_p99 / one_p99:.2f}x the p99 latency"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a PostgreSQL URL (default: a throwaway server)")
    parser.add_argument("--orders", type=int, default=60, help="orders per station (default 60)")
    parser.add_argument("--stations", type=int, default=6)
    args = parser.parse_args(argv)
    if args.db:
        measure(args.db, args.orders, args.stations)
        return
    from tests.support.postgres import PostgresServer

    server = PostgresServer.start(durable=True)  # as a production server: every commit flushed
    try:
        measure(server.url("postgres"), args.orders, args.stations)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
