"""One warehouse, many benches, one PostgreSQL server: stations, issuers, printers and
dispatchers as real processes racing for the same orders — and a database server that goes
away under a running station."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from packstation.bench.service import Bench
from packstation.bench.view import Tone
from packstation.bootstrap import App, bootstrap
from packstation.storage.models import (
    Order,
    OutboxMessage,
    PackScan,
    PackSession,
    ReturnLabel,
    SessionStatus,
    Voucher,
)
from tests.support.demo import demo_shop
from tests.support.postgres import PostgresServer
from tests.support.stations import SPAWN, issue_codes, order_codes, pack_orders, ready_orders, run_all

pytestmark = pytest.mark.postgres


@pytest.fixture
def warehouse(pg_url: str) -> Iterator[App]:
    app = bootstrap(pg_url)
    demo_shop(app, 120)
    yield app
    app.close()


def test_two_stations_racing_for_the_same_orders_pack_each_exactly_once(warehouse: App, pg_url: str) -> None:
    numbers = ready_orders(warehouse.sessions, 20)
    codes = order_codes(pg_url, numbers)
    start, results = SPAWN.Barrier(2), SPAWN.Queue()

    reports = run_all(
        [(pack_orders, (pg_url, "Bench 1", "P-1001", codes, start, results)),
         (pack_orders, (pg_url, "Bench 2", "P-1002", codes, start, results))],
        results,
    )  # fmt: skip

    outcomes = Counter((number, what) for _, number, what, _ in reports)
    for number in numbers:  # each order: one station packed it, the other was told who has it
        assert outcomes[(number, "packed")] == 1 and outcomes[(number, "refused")] == 1, number
    with warehouse.sessions() as session:
        completed = session.execute(
            select(Order.number, func.count())
            .join(PackSession, PackSession.order_id == Order.id)
            .where(PackSession.status == SessionStatus.COMPLETED, Order.number.in_(numbers))
            .group_by(Order.number)
        ).all()
    assert sorted(completed) == sorted((number, 1) for number in numbers)


#: enough orders that four processes race each other all through their shares (the race is at
#: every order, not a matter of volume: 10,000 took a minute and a half of the suite's ten)
RACED_ORDERS = 4_000


def test_four_processes_issue_four_thousand_vouchers_and_return_labels_all_unique(pg_url: str) -> None:
    app = bootstrap(pg_url)
    demo_shop(app, RACED_ORDERS)
    with app.sessions() as session:
        ids = list(session.scalars(select(Order.id).order_by(Order.id)))
    assert len(ids) == RACED_ORDERS
    shares = [ids[i::4] for i in range(4)]
    # each process issues its own quarter and races its neighbour for a tenth of the next one
    work = [shares[i] + shares[(i + 1) % 4][: len(shares[i]) // 10] for i in range(4)]
    start, results = SPAWN.Barrier(4), SPAWN.Queue()

    handed = run_all(
        [(issue_codes, (pg_url, work[i], i, start, results)) for i in range(4)], results, timeout=600
    )

    by_order: dict[int, set[tuple[str, str]]] = {}
    for report in handed:
        for order_id, code, rma in report:
            by_order.setdefault(order_id, set()).add((code, rma))
    assert len(by_order) == RACED_ORDERS
    assert all(len(codes) == 1 for codes in by_order.values())  # a raced order got one set, not two
    with app.sessions() as session:
        vouchers = session.scalar(select(func.count(func.distinct(Voucher.code))))
        labels = session.scalar(select(func.count(func.distinct(ReturnLabel.rma))))
        per_order = session.scalar(select(func.count(func.distinct(Voucher.order_id))))
    assert vouchers == labels == per_order == RACED_ORDERS
    app.close()


def test_a_batch_printed_while_stations_pack_gives_no_order_two_sets_of_codes(
    warehouse: App, pg_url: str, tmp_path: Path
) -> None:
    numbers = ready_orders(warehouse.sessions, 40)
    codes = order_codes(pg_url, numbers)
    results = SPAWN.Queue()
    batch = subprocess.Popen(
        [sys.executable, "-m", "packstation", "--db", pg_url, "print-batch", "--status", "any", "--orders",
         *numbers, "--out", str(tmp_path / "wave.pdf"), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    half = dict(list(codes.items())[:20]), dict(list(codes.items())[20:])
    reports = run_all(
        [(pack_orders, (pg_url, "Bench 1", "P-1001", half[0], None, results, str(tmp_path / "bench1"))),
         (pack_orders, (pg_url, "Bench 2", "P-1002", half[1], None, results, str(tmp_path / "bench2")))],
        results,
    )  # fmt: skip
    _, err = batch.communicate(timeout=300)

    assert batch.returncode == 0, err
    assert sum(1 for r in reports if r[2] == "packed") == 40
    with warehouse.sessions() as session:
        ids = list(session.scalars(select(Order.id).where(Order.number.in_(numbers))))
        vouchers = Counter(session.scalars(select(Voucher.order_id).where(Voucher.order_id.in_(ids))))
        labels = Counter(session.scalars(select(ReturnLabel.order_id).where(ReturnLabel.order_id.in_(ids))))
    assert set(vouchers) == set(labels) == set(ids)
    assert set(vouchers.values()) == set(labels.values()) == {1}


def test_the_database_restarted_under_a_running_station_loses_no_scan(own_server: PostgresServer) -> None:
    app = bootstrap(own_server.url("postgres"))
    demo_shop(app, 40)
    [number] = ready_orders(app.sessions, 1)
    codes = order_codes(own_server.url("postgres"), [number])[number]
    bench = Bench(app.sessions, "Bench 1", queue_followups=lambda n: None)
    bench.scan("P-1001")
    assert bench.scan(number).tone is Tone.INFO
    assert bench.scan(codes[0]).tone is Tone.OK

    own_server.halt()  # the server restarts: the station keeps scanning
    kept = [bench.scan(code) for code in [*codes[1:], "BOX-M", "CMD-COMPLETE"]]
    assert all(outcome.tone is Tone.OFFLINE for outcome in kept)
    assert (
        "Database unreachable" in kept[-1].message and f"scans waiting: {len(codes) + 1}" in kept[-1].message
    )
    assert bench.retry().tone is Tone.OFFLINE  # still down: still kept

    own_server.resume()
    done = bench.retry()

    assert done.completed and done.message.startswith("Database back, kept scans sent")
    assert bench.waiting == []
    with app.sessions() as session:
        pack = session.scalars(select(PackSession).join(Order).where(Order.number == number)).one()
        scanned = list(
            session.scalars(
                select(PackScan.code).where(PackScan.session_id == pack.id).order_by(PackScan.seq)
            )
        )
    assert pack.status is SessionStatus.COMPLETED
    assert scanned == [number, *codes, "BOX-M", "CMD-COMPLETE"]  # every scan once, in order
    app.close()


def test_two_dispatcher_processes_send_every_message_once(warehouse: App, pg_url: str) -> None:
    from tests.integration.test_followups import pack
    from tests.support.smtp import SlowInbox, SmtpServer

    for _ in range(10):
        pack(warehouse, at=datetime.now(UTC))  # the dispatcher processes read the real clock
    with warehouse.sessions() as session:
        due = set(session.scalars(select(OutboxMessage.message_id).where(OutboxMessage.rule == "thank_you")))
    server = SmtpServer()
    server.inbox = SlowInbox(0.05)  # slow enough that both are sending at once
    server.controller = Controller(server.inbox, hostname="127.0.0.1", port=server.port)
    server.start()
    command = [sys.executable, "-m", "packstation", "--db", pg_url, "dispatch", "--once", "--batch", "4",
               "--smtp", server.url]  # fmt: skip
    try:
        for _ in range(3):  # three rounds of two dispatchers racing, four messages each at most
            both = [
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)
            ]
            for dispatcher in both:
                assert dispatcher.wait(timeout=120) == 0
    finally:
        server.stop()

    received = [m["Message-ID"] for m in server.inbox.messages]
    assert len(received) == len(set(received))  # none twice
    assert due <= set(received)  # none lost
