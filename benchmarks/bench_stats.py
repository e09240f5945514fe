"""The manager's dashboard numbers for a 30-day period with N pack events in the database
(default 1,000,000, from `packstation demo --events`), on SQLite (and on PostgreSQL with
`--db URL`), against a plain `SELECT COUNT(*)` over the same rows measured in the same run.

The dashboard's numbers are the packing figures for the whole period and split by packer, plus
the summary (inserts, vouchers, returns, follow-ups). Each is timed five times; the median
counts."""

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
from packstation.stats.packing import pack_figures
from packstation.stats.summary import summary
from packstation.storage.models import PackSession


def timed(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="a database URL (default: a new SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(args.db or f"sqlite:///{Path(folder) / 'stats.sqlite3'}")
        now = datetime.now(UTC)
        start = time.perf_counter()
        create_demo(app.sessions, orders=200)
        create_events(app.sessions, args.events, now=now)
        made = time.perf_counter() - start
        since, until = now - timedelta(days=30), now
        with app.sessions() as session:
            in_period = session.scalar(
                select(func.count()).where(PackSession.ended_at >= since, PackSession.ended_at < until)
            )

            def dashboard() -> None:
                pack_figures(session, since, until)
                pack_figures(session, since, until, "packer")
                summary(session, since, until)

            def floor() -> None:
                session.scalar(
                    select(func.count()).where(PackSession.ended_at >= since, PackSession.ended_at < until)
                )

            ours = timed(dashboard)
            base = timed(floor)
        print(f"stats: {args.events:,} pack events ({made:.0f} s to make), {app.engine.dialect.name}, "
              f"30 days = {in_period:,} events")  # fmt: skip
        print(f"  dashboard numbers (totals, by packer, summary)  {ours:8.1f} ms   (target: at most 300 ms)")
        print(f"  floor: COUNT(*) over the same rows             {base:8.1f} ms   ratio {ours / base:.1f}x")
        app.close()


if __name__ == "__main__":
    main()
