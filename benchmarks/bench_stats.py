"""The manager's dashboard numbers for a 30-day period with N pack events in the database
(default 1,000,000, from `packstation demo --events`), on SQLite and on PostgreSQL (a throwaway
server started from Debian's binaries, as the tests do; or `--db URL`), against a plain
`SELECT COUNT(*)` over the same rows measured in the same run.

The dashboard's numbers are what the Manager screen shows (stats/dashboard.py): the period's
figures in total and by packer with median and 90th-percentile pack times, orders by hour of
the day and by day for the charts, and the summary (inserts, vouchers, returns, follow-ups).
The period ends mid-hour, as "the last 30 days" does, so both partial hours are read from the
sessions. Each is timed five times; the median counts."""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from packstation.bootstrap import bootstrap
from packstation.demo.events import create_events
from packstation.demo.shop import create_demo
from packstation.stats.dashboard import load_dashboard
from packstation.storage.models import PackSession


def timed(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(url: str, events: int) -> None:
    app = bootstrap(url)
    now = datetime.now(UTC)
    start = time.perf_counter()
    create_demo(app.sessions, orders=200)
    create_events(app.sessions, events, now=now)
    made = time.perf_counter() - start
    since, until = now - timedelta(days=30), now
    with app.sessions() as session:
        in_period = session.scalar(
            select(func.count()).where(PackSession.ended_at >= since, PackSession.ended_at < until)
        )
        ours = timed(lambda: load_dashboard(session, since, until, "packer"))
        base = timed(
            lambda: session.scalar(
                select(func.count()).where(PackSession.ended_at >= since, PackSession.ended_at < until)
            )
        )
    print(f"stats: {events:,} pack events ({made:.0f} s to make), {app.engine.dialect.name}, "
          f"30 days = {in_period:,} events")  # fmt: skip
    print(f"  dashboard numbers (the Manager screen's)  {ours:8.1f} ms   (target: at most 300 ms)")
    print(f"  floor: COUNT(*) over the same rows        {base:8.1f} ms   ratio {ours / base:.1f}x")
    app.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--db", help="one database URL to measure (default: a new SQLite file and PostgreSQL)"
    )
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="measure one of the two")
    args = parser.parse_args(argv)
    if args.db:
        measure(args.db, args.events)
        return
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory() as folder:
            measure(f"sqlite:///{Path(folder) / 'stats.sqlite3'}", args.events)
    if args.only != "sqlite":
        from tests.support.postgres import PostgresServer

        server = PostgresServer.start()
        try:
            measure(server.url("postgres"), args.events)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
