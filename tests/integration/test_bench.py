"""A packer at the bench: scan the order, verify every item, log the packaging, complete —
and every mistake caught, every scan kept, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from packstation.bench.rules import BenchError
from packstation.bench.service import Bench
from packstation.bench.view import Tone
from packstation.bootstrap import App
from packstation.storage.models import (
    Order,
    OrderLine,
    OrderStatus,
    PackScan,
    PackSession,
    Product,
    ScanResult,
    SessionStatus,
)
from tests.support.demo import demo_shop


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 40)
    return app


def order_with(app: App, *, lines: int = 1, notes: bool = False, quantity: int | None = None) -> Order:
    """A ready demo order with that many lines (and a note, if asked)."""
    with app.sessions() as session:
        for order in session.scalars(
            select(Order).where(Order.status == OrderStatus.READY).order_by(Order.id)
        ):
            wanted_quantity = quantity is None or order.lines[0].quantity == quantity
            if len(order.lines) == lines and bool(order.notes) == notes and wanted_quantity:
                return order
    raise LookupError("no such demo order")


def barcode_of(app: App, sku: str) -> str:
    with app.sessions() as session:
        return str(session.scalar(select(Product.barcode).where(Product.sku == sku)))


@pytest.fixture
def bench(shop: App) -> Iterator[Bench]:
    station = Bench(shop.sessions, "Bench 1")
    assert station.scan("P-1001").message.startswith("Hello Jana")
    yield station


def test_happy_path_items_the_whole_parcel_then_the_carrier_label_completes_it(
    shop: App, bench: Bench
) -> None:
    order = order_with(shop, lines=2)

    opened = bench.scan(order.number)
    assert opened.tone is Tone.INFO and order.number in opened.message
    for line in order.lines:
        for _ in range(line.quantity):
            outcome = bench.scan(line.barcode)
            assert outcome.tone is Tone.OK
    assert "scan the packaging" in outcome.message
    for material in ("BOX-M", "FILL-PAPER", "FILL-PAPER", "TAPE-KRAFT"):  # the whole parcel, none closes it
        added = bench.scan(material)
        assert added.tone is Tone.OK and not added.completed
    assert "scan the carrier label or the next order" in added.message
    assert bench.order is not None and [(p.code, p.count) for p in bench.order.packaging] == [
        ("BOX-M", 1), ("FILL-PAPER", 2), ("TAPE-KRAFT", 1)
    ]  # fmt: skip
    done = bench.scan("1Z999AA10123456784")  # the carrier label

    assert done.completed and done.tone is Tone.DONE
    with shop.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == order.id)) is OrderStatus.PACKED
        pack = session.scalars(select(PackSession).where(PackSession.order_id == order.id)).one()
        assert pack.status is SessionStatus.COMPLETED and pack.ended_at is not None
        assert pack.scans[0].kind.value == "order" and pack.scans[-1].code == "CMD-COMPLETE"
        assert pack.packaging_grams > 0 and pack.tracking_number == "1Z999AA10123456784"


def test_the_next_orders_scan_closes_a_ready_parcel_and_opens_the_next(shop: App, bench: Bench) -> None:
    first, second = order_with(shop, lines=1), order_with(shop, lines=2)
    bench.scan(first.number)
    refused = bench.scan(second.number)  # not ready yet: finish this one first
    assert refused.tone is Tone.REFUSED and "before opening another order" in refused.message
    for _ in range(first.lines[0].quantity):
        bench.scan(first.lines[0].barcode)
    bench.scan("MAILER-COMPOST")

    moved_on = bench.scan(second.number)

    assert moved_on.completed and moved_on.order is not None and moved_on.order.number == first.number
    assert f"{first.number} packed" in moved_on.message and second.number in moved_on.message
    assert bench.order is not None and bench.order.number == second.number


def test_a_shop_that_closes_parcels_by_command_only(shop: App) -> None:
    station = Bench(shop.sessions, "Bench 1", completes_on="command")
    station.scan("P-1001")
    order = order_with(shop, lines=1)
    station.scan(order.number)
    for _ in range(order.lines[0].quantity):
        station.scan(order.lines[0].barcode)
    station.scan("BOX-S")
    assert not station.scan("1Z999AA10123456784").completed
    assert "scan COMPLETE" in station.scan("TAPE-KRAFT").message
    assert station.scan("CMD-COMPLETE").completed


def test_wrong_item_keeps_the_error_until_acknowledged(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    not_in_order = barcode_of(shop, "FIT-MAT" if order.lines[0].sku != "FIT-MAT" else "KIT-MUG")

    wrong = bench.scan(not_in_order)
    assert wrong.tone is Tone.WRONG and "Wrong item" in wrong.message
    refused = bench.scan(order.lines[0].barcode)
    assert refused.tone is Tone.REFUSED and "Acknowledge the error first" in refused.message
    assert bench.order is not None and bench.order.lines[0].scanned == 0
    assert bench.acknowledge().message == "Error acknowledged"
    assert bench.scan(order.lines[0].barcode).tone is Tone.OK


def test_an_over_scan_and_an_unknown_code_each_have_their_own_tone(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1, quantity=1)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)

    over = bench.scan(order.lines[0].barcode)
    assert over.tone is Tone.OVER and "the order has 1" in over.message
    bench.scan("CMD-OK")
    unknown = bench.scan("NOT-A-THING-42")
    assert unknown.tone is Tone.UNKNOWN and "Unknown code NOT-A-THING-42" in unknown.message
    with shop.sessions() as session:
        results = [s.result for s in session.scalars(select(PackScan).order_by(PackScan.id))]
    assert ScanResult.OVER_SCAN in results and ScanResult.UNKNOWN_CODE in results


def test_the_note_must_be_acknowledged_before_the_order_completes(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1, notes=True)
    opened = bench.scan(order.number)
    assert "NOTE" in opened.message
    for _ in range(order.lines[0].quantity):
        bench.scan(order.lines[0].barcode)

    waiting = bench.scan("MAILER-COMPOST")
    assert not waiting.completed and "read the note, then scan OK" in waiting.message
    assert bench.scan("CMD-COMPLETE").tone is Tone.REFUSED
    assert "Note acknowledged" in bench.scan("CMD-OK").message
    assert bench.scan("CMD-COMPLETE").completed


def test_hold_with_a_reason_and_open_it_again_later(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=2)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)

    held = bench.scan("CMD-HOLD-MISSING")
    assert held.message == f"{order.number} held: missing item"
    with shop.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.id == order.id)) is OrderStatus.HELD
    other = Bench(shop.sessions, "Bench 2")  # another packer picks it up later
    other.scan("P-1002")
    reopened = other.scan(order.number)
    assert reopened.tone is Tone.INFO and "Held: missing item (Jana Veselá" in reopened.message
    assert other.order is not None and other.order.items_done == 1  # where it stopped, not from zero
    assert other.order.lines[0].scanned == 1


def test_short_ship_needs_a_managers_badge_and_pin(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=2)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)
    bench.scan("BOX-S")

    assert "Not complete" in bench.scan("CMD-COMPLETE").message
    assert "needs a manager" in bench.scan("CMD-SHORT").message
    with pytest.raises(BenchError, match="not a manager"):
        bench.approve_short_ship("P-1002", "4321")
    with pytest.raises(BenchError, match="Wrong PIN"):
        bench.approve_short_ship("M-2001", "0000")
    done = bench.approve_short_ship("M-2001", "4321")

    assert done.completed
    with shop.sessions() as session:
        pack = session.scalars(select(PackSession).where(PackSession.order_id == order.id)).one()
        assert pack.short_ship_approved_by is not None and pack.status is SessionStatus.COMPLETED


def test_undo_takes_back_the_last_scan(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)
    bench.scan("BOX-S")

    assert bench.scan("CMD-UNDO").message == "Undone: packaging BOX-S — 0 left in the parcel"
    line = order.lines[0]
    assert bench.scan("CMD-UNDO").message == f"Undone: {line.name} — now 0/{line.quantity}"
    assert bench.order is not None and bench.order.items_done == 0 and bench.order.packaging == []


def test_a_restart_mid_order_resumes_exactly_where_it_was(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=2)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)
    bench.scan("FILL-PAPER")
    del bench  # the station's power goes off

    restarted = Bench(shop.sessions, "Bench 1")
    resumed = restarted.scan("P-1001")

    assert resumed.message.startswith(f"Resumed {order.number}")
    assert restarted.order is not None
    assert restarted.order.lines[0].scanned == 1
    assert [p.code for p in restarted.order.packaging] == ["FILL-PAPER"]


def test_a_second_station_sees_who_has_the_order(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    other = Bench(shop.sessions, "Bench 2")
    other.scan("P-1002")

    refused = other.scan(order.number)

    assert refused.tone is Tone.REFUSED
    assert f"{order.number} is being packed by Jana Veselá at Bench 1 since" in refused.message
    assert other.order is None


def test_two_stations_racing_for_one_order_only_one_packs_it(shop: App) -> None:
    order = order_with(shop, lines=1)
    stations = [Bench(shop.sessions, f"Bench {i}") for i in (1, 2, 3)]
    for station, badge in zip(stations, ("P-1001", "P-1002", "P-1003"), strict=True):
        station.scan(badge)
    start = threading.Barrier(len(stations))
    outcomes = []

    def race(station: Bench) -> None:
        start.wait()
        outcomes.append(station.scan(order.number))

    threads = [threading.Thread(target=race, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(o.tone.value for o in outcomes) == ["info", "refused", "refused"]
    with shop.sessions() as session:
        assert len(list(session.scalars(select(PackSession).where(PackSession.order_id == order.id)))) == 1


def test_a_manager_takes_over_a_stale_session(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=2)
    bench.scan(order.number)
    bench.scan(order.lines[0].barcode)
    with shop.sessions.begin() as session:  # the station died an hour ago
        session.execute(update(PackSession).values(lease_until=datetime.now(UTC) - timedelta(hours=1)))
    other = Bench(shop.sessions, "Bench 2")
    other.scan("P-1002")
    assert "stale: a manager can take it over" in other.scan(order.number).message

    taken = other.take_over(order.number, "M-2001", "4321")

    assert "taken over" in taken.message
    assert other.order is not None and other.order.lines[0].scanned == 1
    with shop.sessions() as session:
        statuses = sorted(
            s.value
            for s in session.scalars(select(PackSession.status).where(PackSession.order_id == order.id))
        )
    assert statuses == ["open", "taken_over"]


def test_tracking_numbers_weight_and_samples_are_logged(shop: App, bench: Bench) -> None:
    with shop.sessions.begin() as session:  # a skincare order whose customer never had the serum sample
        order = session.scalars(
            select(Order).join(OrderLine).where(OrderLine.sku.like("SKN-%"), Order.status == OrderStatus.READY)
        ).first()  # fmt: skip
        assert order is not None
        number = order.number
    bench.scan(number)
    assert bench.order is not None and bench.order.suggested_sample == (
        "SKN-SAMPLE-SERUM",
        "Sample: rosehip serum 3 ml",
    )

    assert bench.scan("SKN-SAMPLE-SERUM").message == "Sample added: Sample: rosehip serum 3 ml"
    assert bench.scan("1Z999AA10123456784").message == "Tracking 1Z999AA10123456784 (UPS)"
    assert bench.set_weight(850).message == "Weight 0.85 kg"
    assert bench.set_weight(0).tone is Tone.REFUSED
    with shop.sessions() as session:
        pack = session.scalars(select(PackSession).where(PackSession.status == SessionStatus.OPEN)).one()
        assert (pack.tracking_number, pack.carrier, pack.weight_grams) == ("1Z999AA10123456784", "UPS", 850)


@pytest.mark.parametrize(
    ("status", "message"), [(OrderStatus.NEW, "not paid yet"), (OrderStatus.CANCELLED, "was cancelled")]
)
def test_orders_that_must_not_be_packed_are_refused(
    shop: App, bench: Bench, status: OrderStatus, message: str
) -> None:
    order = order_with(shop, lines=1)
    with shop.sessions.begin() as session:
        session.execute(update(Order).where(Order.id == order.id).values(status=status))
    outcome = bench.scan(order.number)
    assert outcome.tone is Tone.REFUSED and message in outcome.message


def test_a_packed_order_says_where_and_when(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    for _ in range(order.lines[0].quantity):
        bench.scan(order.lines[0].barcode)
    bench.scan("BOX-S")
    assert bench.scan("CMD-COMPLETE").completed

    again = bench.scan(order.number)
    assert again.tone is Tone.REFUSED and f"{order.number} is already packed at Bench 1 on" in again.message


def test_a_managers_badge_alone_does_not_sign_in(shop: App) -> None:
    station = Bench(shop.sessions, "Bench 1")
    unknown = station.scan("NOBODY")
    assert unknown.tone is Tone.UNKNOWN and "Nobody has the badge 'NOBODY'" in unknown.message
    assert "needs the PIN" in station.scan("M-2001").message and station.packer is None
    assert station.sign_in("M-2001", "4321").message == "Hello Marek — scan an order"


def test_any_insert_can_be_reprinted_even_after_the_order_is_packed(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    assert bench.scan("CMD-REPRINT").reprint == ("note", "voucher", "return", "slip")
    for _ in range(order.lines[0].quantity):
        bench.scan(order.lines[0].barcode)
    bench.scan("BOX-S")
    assert bench.scan("CMD-COMPLETE").completed

    again = bench.scan("CMD-REPRINT-RETURN")
    assert again.reprint == ("return",) and again.reprint_order is not None
    assert again.reprint_order.number == order.number
    assert again.message == f"Reprinting the return label of {order.number}"


def test_a_scan_holding_two_codes_is_refused_never_one_long_code(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    for joined in (f"{order.lines[0].barcode}\t1Z999AA10123456784", "1Z999AA1012\r\n3456784"):
        outcome = bench.scan(joined)
        assert outcome.tone is Tone.REFUSED and "Two codes in one scan" in outcome.message
    assert bench.order is not None and bench.order.items_done == 0 and not bench.order.tracking_number


def test_hold_asked_and_then_not_wanted_carries_on(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=1)
    bench.scan(order.number)
    assert "or OK to carry on" in bench.scan("CMD-HOLD").message
    assert bench.scan("CMD-OK").message == "Not held: carry on packing"
    assert bench.scan(order.lines[0].barcode).tone is Tone.OK


def test_short_ship_scanned_asks_for_a_manager(shop: App, bench: Bench) -> None:
    order = order_with(shop, lines=2)
    bench.scan(order.number)
    asked = bench.scan("CMD-SHORT")
    assert asked.needs_manager and asked.tone is Tone.REFUSED
