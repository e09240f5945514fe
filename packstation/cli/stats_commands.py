"""The manager's numbers without a window: `packstation stats`, and the import of the shop's
discount-code usage (`packstation vouchers redeemed FILE.csv`)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from packstation.cli.commands import EXIT_OK, EXIT_UNUSABLE, CommandError, guarded, open_app, run_import
from packstation.cli.table import table
from packstation.stats.export import figures_row, write_figures_csv


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
        from packstation.core.outputs import write_atomically
        from packstation.stats.report import write_report
        from packstation.storage.models import Brand

        try:
            with app.sessions() as session:
                brand = session.get(Brand, 1)
                name = brand.name if brand else ""
                write_atomically(Path(args.pdf), lambda path: write_report(session, since, until, path, name))
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
    print(_as_tables(since, until, total, rows if args.by else [], args.by, rest))
    return EXIT_OK


def _counts(counts: dict[str, int]) -> str:
    """{'address problem': 2, 'damaged': 1} -> 'address problem 2, damaged 1'."""
    return ", ".join(f"{name} {n:,}" for name, n in counts.items() if n) or "none"


def _as_tables(
    since: datetime, until: datetime, total: Any, groups: list[Any], by: str | None, rest: Any
) -> str:
    """The period's figures as a manager reads them: a table per subject. Percentages are
    written one way throughout: 90%."""
    figures = [
        ("packing", "orders packed", f"{total.orders:,}"),
        ("", "items packed", f"{total.items:,}"),
        ("", "orders per packing hour", f"{total.orders_per_hour:.1f}"),
        ("", "pack time, median / 90th percentile", f"{total.median_seconds:.0f} s / {total.p90_seconds:.0f} s"),
        ("", "single-item orders (median)", f"{total.single_item_orders:,} ({total.single_item_median_seconds:.0f} s)"),
        ("", "multi-item orders (median)", f"{total.multi_item_orders:,} ({total.multi_item_median_seconds:.0f} s)"),
        ("accuracy", "wrong scans per 100 items", f"{total.wrong_per_100_items:.2f}"),
        ("", "over-scans", f"{total.over_scans:,}"),
        ("", "manual confirmations", f"{total.manual_confirmations:,}"),
        ("", "short ships", f"{total.short_ships:,}"),
        ("", "holds", _counts(total.holds)),
        ("eco", "plastic-free parcels", f"{total.plastic_free_share:.0%}"),
        ("", "recycled content", f"{total.recycled_pct:.0f}%"),
        ("", "plastic avoided", f"{total.plastic_avoided_grams / 1000:.1f} kg"),
        ("", "packaging CO2e", f"{total.co2e_grams / 1000:.1f} kg"),
        ("inserts", "printed at the bench", _counts(rest.inserts_at_bench)),
        ("", "printed in batches", _counts(rest.inserts_in_batches)),
        ("vouchers", "issued / redeemed", f"{rest.vouchers_issued:,} / {rest.vouchers_redeemed:,} ({rest.redemption_rate:.1%})"),
        ("", "revenue of redeeming orders", _counts(rest.redeemed_revenue) if rest.redeemed_revenue else "none"),
        ("returns", "labels issued / parcels back", f"{rest.return_labels:,} / {rest.returns_received:,}"),
    ]  # fmt: skip
    out = [
        f"{since:%Y-%m-%d} – {until - timedelta(days=1):%Y-%m-%d}",
        "",
        table(("", "figure", "value"), figures),
    ]
    if rest.followups:
        statuses = sorted({status for counts in rest.followups.values() for status in counts})
        follow = [
            [rule, *(counts.get(status, 0) for status in statuses)] for rule, counts in rest.followups.items()
        ]
        out += ["", table(("follow-up", *statuses), follow, numeric=range(1, len(statuses) + 1))]
    if by:
        split = [(r.group, f"{r.orders:,}", f"{r.orders_per_hour:.1f}", f"{r.median_seconds:.0f} s",
                  f"{r.wrong_per_100_items:.2f}", f"{r.plastic_free_share:.0%}") for r in groups]  # fmt: skip
        heads = (by, "orders", "per hour", "median", "wrong/100", "plastic-free")
        out += ["", table(heads, split, numeric=range(1, 6))]
    return "\n".join(out)


@guarded
def cmd_vouchers_redeemed(args: argparse.Namespace) -> int:
    from packstation.importers.redemptions import import_redemptions

    return run_import(args, "vouchers redeemed", import_redemptions,
                      lambda report: f"{report.redeemed} vouchers redeemed, {report.already} already recorded, "
                                     f"{report.not_ours} other discount codes")  # fmt: skip


@guarded
def cmd_vouchers(args: argparse.Namespace) -> int:
    from packstation.inserts.export import export_vouchers

    if args.vouchers_command == "redeemed":
        return cmd_vouchers_redeemed(args)
    app = open_app(args)
    try:
        count = export_vouchers(app.sessions, Path(args.out))
    except OSError as exc:
        raise CommandError(f"{args.out}: cannot be written ({exc.strerror or exc})", EXIT_UNUSABLE) from exc
    finally:
        app.close()
    print(f"{args.out}: {count} voucher code{'s' if count != 1 else ''}")
    return EXIT_OK


HANDLERS = {"stats": cmd_stats, "vouchers": cmd_vouchers}
