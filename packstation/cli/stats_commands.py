"""The manager's numbers without a window: `packstation stats`, and the import of the shop's
discount-code usage (`packstation vouchers redeemed FILE.csv`)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from packstation.cli.commands import EXIT_OK, EXIT_UNUSABLE, CommandError, guarded, open_app, run_import
from packstation.stats.export import figures_row, write_figures_csv


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help="packing, eco, inserts, vouchers and follow-ups for a period")
    p.add_argument("--since", type=date.fromisoformat, help="from this day (default: 30 days ago)")
    p.add_argument("--until", type=date.fromisoformat, help="to this day, inclusive (default: today)")
    p.add_argument("--by", choices=["packer", "station", "day", "hour"], help="split the packing figures")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true")
    shape.add_argument("--csv", action="store_true", help="the packing figures as CSV, one row per group")
    shape.add_argument("--pdf", metavar="FILE", help="a one-page PDF report with charts")


def period(since: date | None, until: date | None) -> tuple[datetime, datetime]:
    end = until or datetime.now(UTC).date()
    start = since or end - timedelta(days=29)
    if start > end:
        raise CommandError(f"--since {start} is after --until {end}", EXIT_UNUSABLE)
    return datetime.combine(start, time(0), UTC), datetime.combine(end + timedelta(days=1), time(0), UTC)


@guarded
def cmd_stats(args: argparse.Namespace) -> int:
    from packstation.stats.packing import pack_figures
    from packstation.stats.summary import summary

    since, until = period(args.since, args.until)
    app = open_app(args)
    if args.pdf:
        from packstation.stats.report import write_report
        from packstation.storage.models import Brand

        try:
            with app.sessions() as session:
                brand = session.get(Brand, 1)
                write_report(session, since, until, Path(args.pdf), brand.name if brand else "")
        except OSError as exc:
            raise CommandError(
                f"{args.pdf}: cannot be written ({exc.strerror or exc})", EXIT_UNUSABLE
            ) from exc
        finally:
            app.close()
        print(f"{args.pdf}: packing report {since:%Y-%m-%d} – {until - timedelta(days=1):%Y-%m-%d}")
        return EXIT_OK
    try:
        with app.sessions() as session:
            rows = pack_figures(session, since, until, args.by)
            total = pack_figures(session, since, until)[0] if args.by else rows[0]
            rest = summary(session, since, until)
    finally:
        app.close()
    if args.csv:
        write_figures_csv(rows, sys.stdout)
        return EXIT_OK
    if args.json:
        out = {"since": since.isoformat(), "until": until.isoformat(), "total": figures_row(total) | {"holds": total.holds},
               "groups": [figures_row(r) | {"holds": r.holds} for r in rows] if args.by else [],
               **asdict(rest), "redemption_rate": round(rest.redemption_rate, 4)}  # fmt: skip
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    print(f"{since:%Y-%m-%d} – {until - timedelta(days=1):%Y-%m-%d}")
    print(f"  packed {total.orders:,} orders, {total.items:,} items, {total.orders_per_hour:.1f} orders an hour; "
          f"pack time median {total.median_seconds:.0f} s, 90th percentile {total.p90_seconds:.0f} s")  # fmt: skip
    print(f"  single-item {total.single_item_orders:,} (median {total.single_item_median_seconds:.0f} s), "
          f"multi-item {total.multi_item_orders:,} (median {total.multi_item_median_seconds:.0f} s)")  # fmt: skip
    print(f"  accuracy: {total.wrong_per_100_items:.2f} wrong scans per 100 items, {total.over_scans} over-scans, "
          f"{total.short_ships} short ships, {total.manual_confirmations} manual confirmations, holds {total.holds or 'none'}")  # fmt: skip
    print(f"  eco: {total.plastic_free_share:.0%} plastic-free, {total.recycled_pct:.0f} % recycled content, "
          f"{total.plastic_avoided_grams / 1000:.1f} kg plastic avoided, {total.co2e_grams / 1000:.1f} kg CO2e")  # fmt: skip
    print(
        f"  inserts at the bench {rest.inserts_at_bench or 'none'}, in batches {rest.inserts_in_batches or 'none'}"
    )
    print(f"  vouchers: {rest.vouchers_issued:,} issued, {rest.vouchers_redeemed:,} redeemed "
          f"({rest.redemption_rate:.1%}), revenue {rest.redeemed_revenue or 'none'}")  # fmt: skip
    print(f"  returns: {rest.return_labels:,} labels issued, {rest.returns_received:,} parcels back")
    for rule, statuses in rest.followups.items():
        counts = ", ".join(f"{n} {s}" for s, n in statuses.items() if n)
        print(f"  follow-up {rule}: {counts}")
    if args.by:
        print(f"  by {args.by}:")
        for r in rows:
            print(f"    {r.group:<24} {r.orders:>6,} orders  {r.orders_per_hour:5.1f}/h  median {r.median_seconds:5.0f} s"
                  f"  wrong {r.wrong_per_100_items:5.2f}/100  plastic-free {r.plastic_free_share:4.0%}")  # fmt: skip
    return EXIT_OK


@guarded
def cmd_vouchers_redeemed(args: argparse.Namespace) -> int:
    from packstation.importers.redemptions import import_redemptions

    return run_import(args, "vouchers redeemed", import_redemptions,
                      lambda report: f"{report.redeemed} vouchers redeemed, {report.already} already recorded, "
                                     f"{report.not_ours} other discount codes")  # fmt: skip


HANDLERS = {"stats": cmd_stats}
