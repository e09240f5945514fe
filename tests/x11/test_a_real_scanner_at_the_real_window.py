"""A packer at a real bench: the real window on a real X server, and a keyboard-wedge scanner
typing into it key by key — Shift for every capital — as xdotool types (see tests/support/xserver.py).
What reached the bench is read back from the database, never from inside the app."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from packstation.bench.codes import Command
from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.storage.models import (
    Order,
    OrderStatus,
    Packaging,
    PackScan,
    PackSession,
    Product,
    ScanKind,
    SessionStatus,
)
from tests.support.xserver import RealApp, wait_until

pytestmark = pytest.mark.x11


def ready(shop: App, lines: int) -> Order:
    with shop.sessions() as session:
        for order in session.scalars(
            select(Order).where(Order.status == OrderStatus.READY).order_by(Order.id)
        ):
            if (
                len(order.lines) == lines
                and not order.notes
                and all(line.quantity == 1 for line in order.lines)
            ):
                return order
    raise LookupError(lines)


def stored_codes(shop: App, station: str = "Bench 1") -> list[str]:
    with shop.sessions() as session:
        return list(
            session.scalars(
                select(PackScan.code)
                .join(PackSession)
                .where(PackSession.station == station)
                .order_by(PackScan.id)
            )
        )


def a_thousand_codes(shop: App, order: Order, rng: random.Random) -> list[str]:
    """What a day throws at a scanner: SKUs in either case, EAN-13s of other products, order
    numbers, every packaging code and every command of the bench sheet that leaves the order
    open (the rest are in the story below), and codes nobody knows, with # - . / _ + in them."""
    with shop.sessions() as session:
        own = {line.sku for line in order.lines} | {line.barcode for line in order.lines}
        products = [p for p in session.scalars(select(Product)) if p.sku not in own and not p.is_sample]
        packaging = list(session.scalars(select(Packaging.code)))
        others = list(session.scalars(select(Order.number).where(Order.id != order.id).limit(20)))
    commands = [c.value for c in Command if c not in (Command.SHORT, Command.HOLD_MISSING, Command.HOLD_DAMAGED,
                                                       Command.HOLD_ADDRESS, Command.CANCEL)]  # fmt: skip
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    pools = [
        lambda: rng.choice(products).sku,
        lambda: rng.choice(products).sku.lower(),
        lambda: rng.choice(products).barcode or "",
        lambda: rng.choice(others),
        lambda: rng.choice(packaging),
        lambda: rng.choice(commands),
        lambda: "".join(rng.choice(alphabet + "#-./_+") for _ in range(rng.randint(4, 14))).strip("#") + "Z",
    ]
    codes: list[str] = []
    while len(codes) < 1000:
        code = rng.choice(pools)()
        codes.append(code)
        if code == Command.HOLD.value:
            codes.append(Command.OK.value)  # "or OK to carry on": the hold question answered
    codes = codes[:1000]
    codes[500:502] = [Command.CANCEL.value, order.number]  # put back and opened again, mid-way
    return codes


def test_a_thousand_mixed_case_codes_typed_by_a_scanner_are_stored_exactly(
    shop: App, window: RealApp
) -> None:
    order = ready(shop, lines=2)
    codes = a_thousand_codes(shop, order, random.Random(1000))
    assert len(codes) == 1000 and any(c != c.upper() for c in codes) and any("+" in c for c in codes)

    window.scan("P-1002", order.number)
    wait_until(lambda: len(stored_codes(shop)) == 1, timeout=60)
    for start in range(0, 1000, 100):  # ten bursts of a hundred codes, 3 ms between keys
        window.scan(*codes[start : start + 100], delay_ms=3)
    wait_until(lambda: len(stored_codes(shop)) >= 1001, timeout=180)

    assert stored_codes(shop) == [order.number, *codes]  # every one, once, in order, unchanged


def test_a_whole_day_without_the_mouse_pack_hold_short_ship_take_over(
    shop: App, window: RealApp, tmp_path: Path
) -> None:
    held, short, taken = ready(shop, lines=2), ready(shop, lines=3), ready(shop, lines=1)
    window.scan("P-1002")

    # an order held half-way (F4, the first reason with Enter) and opened again where it stopped
    window.scan(held.number, held.lines[0].barcode or "")
    wait_until(lambda: len(stored_codes(shop)) == 2)
    window.key("F4")
    window.wait_for_dialog("Hold the order")
    window.key("Return")
    wait_until(lambda: order_status(shop, held.number) is OrderStatus.HELD)
    window.scan(
        held.number, held.lines[1].barcode or "", "BOX-S", "FILL-PAPER", "TAPE-KRAFT", "1Z999AA10123456784"
    )
    wait_until(lambda: order_status(shop, held.number) is OrderStatus.PACKED)
    with shop.sessions() as session:
        last = session.scalars(select(PackSession).join(Order).where(Order.number == held.number)
                               .order_by(PackSession.id.desc())).first()  # fmt: skip
        assert last is not None and last.items == 2 and last.tracking_number == "1Z999AA10123456784"
        materials = sorted(s.code for s in last.scans if s.kind is ScanKind.PACKAGING)
    assert materials == ["BOX-S", "FILL-PAPER", "TAPE-KRAFT"]  # the whole parcel, not the first scan

    # a short ship: F6, the manager's badge scanned into the dialog, the PIN typed
    window.scan(short.number, short.lines[0].barcode or "", "MAILER-COMPOST")
    wait_until(lambda: len(stored_codes(shop)) >= 14)
    window.key("F6")
    window.wait_for_dialog("Manager approval")
    window.scan("M-2001")  # the scanner, into the dialog's field — not into the bench behind
    window.scan("4321", delay_ms=120)  # the PIN, typed by a person
    wait_until(lambda: order_status(shop, short.number) is OrderStatus.PACKED)
    assert "M-2001" not in stored_codes(shop) and "4321" not in stored_codes(shop)

    # a stale session of a bench that died, taken over with F7
    other = Bench(shop.sessions, "Bench 2", queue_followups=lambda number: None)
    other.scan("P-1003")
    other.scan(taken.number)
    with shop.sessions.begin() as session:
        session.execute(update(PackSession).where(PackSession.station == "Bench 2")
                        .values(lease_until=datetime.now(UTC) - timedelta(hours=1)))  # fmt: skip
    window.key("F7")
    window.wait_for_dialog("Take over an order")
    window.scan(taken.number)
    window.wait_for_dialog("Manager approval")
    window.scan("M-2001")
    window.scan("4321", delay_ms=120)
    wait_until(lambda: session_at(shop, taken.number, "Bench 1") is not None)
    window.scan(taken.lines[0].barcode or "", "BOX-S", Command.COMPLETE.value)
    wait_until(lambda: order_status(shop, taken.number) is OrderStatus.PACKED)
    window.x.screenshot(tmp_path / "after-the-day.png")


def order_status(shop: App, number: str) -> OrderStatus | None:
    with shop.sessions() as session:
        return session.scalar(select(Order.status).where(Order.number == number))


def session_at(shop: App, number: str, station: str) -> SessionStatus | None:
    with shop.sessions() as session:
        return session.scalar(
            select(PackSession.status)
            .join(Order)
            .where(Order.number == number, PackSession.station == station)
        )
