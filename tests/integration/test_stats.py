"""A manager reviews a morning at the benches: known pack events in, hand-computed figures out."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.stats.export import safe_cell
from packstation.stats.packing import pack_figures
from packstation.stats.summary import summary
from packstation.storage.models import Order, OrderStatus, Packer, Product, Voucher
from tests.support.demo import demo_shop

MORNING = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = MORNING

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 40)
    return app


def ready_orders(app: App, items: int, count: int) -> list[tuple[str, list[str]]]:
    with app.sessions() as session:
        found = []
        for order in session.scalars(select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_(None))
                                     .order_by(Order.id)):  # fmt: skip
            codes = [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
            if len(codes) == items:
                found.append((order.number, codes))
            if len(found) == count:
                return found
    raise LookupError


def a_morning(app: App) -> dict[str, str]:
    """Jana packs a one-item order in 60 s (one wrong scan, confirmed), Ion a two-item order in
    180 s (one over-scan) with plastic bubble wrap, and Jana holds a third order as damaged."""
    (single, [item]), (held, _) = ready_orders(app, 1, 2)
    ((multi, [first, second]),) = ready_orders(app, 2, 1)
    with app.sessions() as session:
        stranger = session.scalars(
            select(Product.barcode).where(Product.barcode.not_in([item, first, second]))
        ).first()
    clock = Clock()
    jana = Bench(app.sessions, "Bench 1", auto_complete=False, clock=clock)
    for code in ["P-1001", single, str(stranger), "CMD-OK", item, "BOX-S"]:
        jana.scan(code)
    clock.now = MORNING + timedelta(seconds=60)
    assert jana.scan("CMD-COMPLETE").completed
    ion = Bench(app.sessions, "Bench 2", auto_complete=False, clock=clock)
    clock.now = MORNING + timedelta(minutes=5)
    for code in ["P-1002", multi, first, first, "CMD-OK", second, "BOX-M", "BUBBLE-WRAP"]:
        ion.scan(code)
    clock.now = MORNING + timedelta(minutes=8)
    assert ion.scan("CMD-COMPLETE").completed
    jana.scan(held)
    jana.scan("CMD-HOLD-DAMAGED")
    return {"single": single, "multi": multi, "held": held}


def test_throughput_accuracy_and_eco_of_a_known_morning(shop: App) -> None:
    a_morning(shop)
    with shop.sessions() as session:
        [total] = pack_figures(session, MORNING, MORNING + timedelta(days=1))
        by_packer = {
            row.group: row for row in pack_figures(session, MORNING, MORNING + timedelta(days=1), "packer")
        }
        by_hour = pack_figures(session, MORNING, MORNING + timedelta(days=1), "hour")
        by_day = pack_figures(session, MORNING, MORNING + timedelta(days=1), "day")
        by_station = pack_figures(session, MORNING, MORNING + timedelta(days=1), "station")

    assert (total.orders, total.items, total.packing_hours, total.orders_per_hour) == (2, 3, 1, 2.0)
    assert (total.median_seconds, total.p90_seconds) == (120.0, 180.0)
    assert (total.single_item_orders, total.single_item_median_seconds) == (1, 60.0)
    assert (total.multi_item_orders, total.multi_item_median_seconds) == (1, 180.0)
    assert (total.wrong_scans, total.over_scans, total.manual_confirmations) == (1, 1, 2)
    assert total.wrong_per_100_items == pytest.approx(100 / 3)
    assert total.holds == {"damaged": 1} and total.short_ships == 0
    # BOX-S: 120 g, 90 % recycled, no plastic, 110 g CO2e; BOX-M 220 g, 90 %, 200 g CO2e, with
    # BUBBLE-WRAP 20 g, no recycled content, 20 g plastic, 50 g CO2e; baseline parcel 42 g plastic
    assert (total.plastic_free_parcels, total.plastic_free_share) == (1, 0.5)
    assert total.recycled_pct == pytest.approx((120 * 90 + 220 * 90) / 360)
    assert (total.plastic_avoided_grams, total.co2e_grams) == (42 + 22, 110 + 250)
    assert [(row.group, row.orders) for row in by_hour] == [("10:00", 2)]
    assert [(row.group, row.orders, row.holds) for row in by_day] == [("2026-11-25", 2, {"damaged": 1})]
    assert [(row.group, row.orders) for row in by_station] == [("Bench 1", 1), ("Bench 2", 1)]
    assert set(by_packer) == {"Jana Veselá", "Ion Popa"}
    assert (by_packer["Jana Veselá"].orders, by_packer["Jana Veselá"].holds) == (1, {"damaged": 1})
    assert (by_packer["Ion Popa"].median_seconds, by_packer["Ion Popa"].over_scans) == (180.0, 1)


def test_vouchers_redeemed_from_the_shops_usage_file(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed = a_morning(shop)
    with shop.sessions() as session:
        code = session.scalar(select(Voucher.code).join(Order).where(Order.number == packed["single"]))
    # One wrong check character: a code the shop has, but not one of ours.
    mistyped = code[:-1] + ("X" if code[-1] != "X" else "Y")
    usage = tmp_path / "discount-usage.csv"
    usage.write_text(
        "Discount Code,Name,Total,Currency,Created at\n"
        f"{code},#5001,42.50,EUR,2026-12-02 14:00:00 +0100\n"
        "SUMMER10,#5002,10.00,EUR,2026-12-02 15:00:00 +0100\n"
        f"{mistyped},#5003,12.00,EUR,2026-12-03 09:00:00 +0100\n"
        f"{code},#5004,oops,EUR,2026-12-04\n",
        encoding="utf-8",
    )
    assert main(["--db", shop.db_url, "vouchers", "redeemed", str(usage)]) == 1
    out, err = capsys.readouterr()
    assert "1 vouchers redeemed, 0 already recorded, 2 other discount codes, 1 rows refused" in out
    assert "line 5:" in err

    with shop.sessions() as session:
        found = summary(session, MORNING, MORNING + timedelta(days=1))
    assert (found.vouchers_issued, found.vouchers_redeemed, found.redemption_rate) == (2, 1, 0.5)
    assert found.redeemed_revenue == {"EUR": "42.50"}
    assert found.return_labels == 2 and found.returns_received == 0
    assert found.followups["thank_you"]["queued"] == 2


def test_the_command_gives_the_same_numbers_and_guards_the_csv(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    with shop.sessions.begin() as session:  # a packer whose name a spreadsheet would run
        session.query(Packer).filter(Packer.badge == "P-1002").update({"name": '=HYPERLINK("http://x")'})
    a_morning(shop)
    day = ["--since", str(date(2026, 11, 25)), "--until", str(date(2026, 11, 25))]

    assert main(["--db", shop.db_url, "stats", *day, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["total"]["orders"] == 2 and figures["total"]["median_seconds"] == 120.0
    assert figures["total"]["holds"] == {"damaged": 1} and figures["vouchers_issued"] == 2

    assert main(["--db", shop.db_url, "stats", *day, "--by", "packer", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(row["group"] for row in rows) == ['\'=HYPERLINK("http://x")', "Jana Veselá"]
    assert safe_cell("-2") == "'-2" and safe_cell("Jana") == "Jana" and safe_cell("@SUM(A1)") == "'@SUM(A1)"

    assert main(["--db", shop.db_url, "stats", "--since", "2026-12-01", "--until", "2026-11-01"]) == 2
    assert "is after --until" in capsys.readouterr().err


def test_sessions_closed_before_the_tallies_are_counted_from_their_scans(shop: App) -> None:
    from alembic import command
    from sqlalchemy import update

    from packstation.storage.migrate import _config, schema_change
    from packstation.storage.models import PackSession

    a_morning(shop)
    with shop.sessions.begin() as session:  # as a database upgraded from before the tallies
        session.execute(update(PackSession).values(items=0, wrong_scans=0, over_scans=0, confirmations=0,
                                                   packaging_logged=False, packaging_grams=0, recycled_grams=0,
                                                   plastic_grams=0, co2e_grams=0, pack_ms=0))  # fmt: skip
    with schema_change(shop.engine) as connection:
        command.downgrade(_config(connection), "0011")
        command.upgrade(_config(connection), "head")
    with shop.sessions() as session:
        [total] = pack_figures(session, MORNING, MORNING + timedelta(days=1))
    assert (total.orders, total.items, total.median_seconds, total.wrong_scans) == (2, 3, 120.0, 1)
    assert (total.plastic_avoided_grams, total.co2e_grams, total.manual_confirmations) == (64, 360, 2)


def test_the_pdf_report_says_the_same(shop: App, tmp_path: Path) -> None:
    from tests.support.pdf import page_count, page_text

    a_morning(shop)
    report = tmp_path / "report.pdf"
    assert (
        main(
            [
                "--db",
                shop.db_url,
                "stats",
                "--since",
                "2026-11-25",
                "--until",
                "2026-11-25",
                "--pdf",
                str(report),
            ]
        )
        == 0
    )
    words = " ".join(page_text(report, 0).split())
    assert page_count(report) == 1
    assert "2 orders and 3 items packed" in words and "pack time median 120 s, 90th percentile 180 s" in words
    assert "50% of parcels plastic-free" in words and "Jana Veselá" in words and "Orders per packer" in words


def test_the_hourly_roll_up_gives_the_same_figures_as_reading_every_session(shop: App) -> None:
    """Months of events loaded in bulk, then a morning packed at the benches on top: for
    periods that start and end mid-hour, the figures from the roll-up equal the figures read
    from every session, in every split."""
    from packstation.demo.events import create_events
    from packstation.stats.rollup import from_sessions
    from packstation.storage.models import PackHour, PackSession

    create_events(shop.sessions, 3000, days=20, now=MORNING)
    a_morning(shop)
    periods = [
        (MORNING - timedelta(days=9, minutes=17), MORNING + timedelta(minutes=7)),
        (MORNING - timedelta(days=3, hours=5, seconds=1), MORNING - timedelta(days=1, minutes=43)),
        (MORNING + timedelta(seconds=30), MORNING + timedelta(minutes=6)),  # within one hour
        (MORNING - timedelta(days=30), MORNING + timedelta(days=1)),  # whole hours only
    ]
    with shop.sessions() as session:
        for since, until in periods:
            for grouping in (None, "packer", "station", "day", "hour"):
                rolled = pack_figures(session, since, until, grouping)
                read = pack_figures(session, since, until, grouping, rolled_up=False)
                assert rolled == read, (since, until, grouping)
        [month] = pack_figures(session, *periods[-1])
        assert month.orders > 2500 and month.holds and month.wrong_scans
        # what the benches added one session at a time equals rolling everything up afresh
        kept = {(row.hour, row.packer_id, row.station): row for row in session.scalars(select(PackHour))}
        fresh = from_sessions(session, PackSession.ended_at.is_not(None), PackSession.started_at.is_not(None))
        assert set(kept) == set(fresh)
        for key, row in fresh.items():
            assert {name: getattr(kept[key], name) for name in row.named} == row.named
            assert sorted(kept[key].single_ms.split()) == sorted(row.single_ms.split())
            assert sorted(kept[key].multi_ms.split()) == sorted(row.multi_ms.split())
