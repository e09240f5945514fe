"""Completing an order requests its follow-ups; they are queued just after, off the packer's
path — and a station that dies in between loses none of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.settings import save_setting
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.queue import queue_requested
from packstation.stats.summary import summary
from packstation.storage.models import (
    Customer,
    MessageStatus,
    Order,
    OrderLine,
    OrderStatus,
    PackSession,
    Product,
    ReturnLabel,
    SessionStatus,
)
from tests.integration.test_followups import PACKED_AT, outbox, pack
from tests.support.demo import demo_shop
from tests.support.smtp import SmtpServer


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 40)
    return app


def test_a_station_that_dies_after_completing_loses_no_follow_up(shop: App) -> None:
    handed_over: list[str] = []
    order = pack(shop, language="ro", queue=handed_over.append)  # the worker never ran: the station died

    assert handed_over == [order.number]
    assert outbox(shop) == {}  # nothing queued yet, but the request is stored with the packed order
    with shop.sessions() as session:
        pack_session = session.scalars(select(PackSession).where(PackSession.order_id == order.id)).one()
        assert pack_session.status is SessionStatus.COMPLETED and not pack_session.followups_queued

    server = SmtpServer().start()
    try:  # the next dispatcher round queues what the station could not, then sends what is due
        report = dispatch_once(shop.sessions, smtp_config(server.url), now=PACKED_AT + timedelta(minutes=1))
    finally:
        server.stop()
    assert report.queued >= 3 and report.sent == 1
    assert {"thank_you", "review_request"} <= set(outbox(shop))
    assert outbox(shop)["thank_you"].scheduled_at == PACKED_AT  # due from the packing, not the sweep
    assert queue_requested(shop.sessions, now=PACKED_AT).orders == 0  # the request is answered once


def test_a_broken_order_is_reported_and_kept_for_the_next_sweep(shop: App) -> None:
    order = pack(shop, queue=lambda number: None)
    with shop.sessions.begin() as session:  # the shop mistyped its review page's link
        save_setting(session, "review_url", "https://shop.example/review?order={ordr}")

    report = queue_requested(shop.sessions, now=PACKED_AT)
    assert report.orders == 0 and report.problems[0][0] == order.number
    assert "ordr" in report.problems[0][1]
    assert outbox(shop) == {}  # nothing half-queued

    with shop.sessions.begin() as session:
        save_setting(session, "review_url", "https://shop.example/review?order={order}")
    assert queue_requested(shop.sessions, now=PACKED_AT).orders == 1
    assert "thank_you" in outbox(shop)


def test_care_tips_for_the_durables_in_the_parcel_three_days_after_delivery(shop: App) -> None:
    with shop.sessions.begin() as session:  # a Czech customer's parcel with a wooden comb and a linen towel
        order = session.scalars(
            select(Order).join(Customer).where(Order.status == OrderStatus.READY, Order.notes.is_(None),
                                               Order.is_gift.is_(False), Customer.language == "cs")
            .order_by(Order.id)
        ).first()  # fmt: skip
        assert order is not None
        order.customer.marketing_consent = True
        order.shipping_method = "Zásilkovna"
        products = session.scalars(select(Product).where(Product.sku.in_(["ACC-COMB", "TXT-TOWEL"]))).all()
        order.lines[:] = [
            OrderLine(position=i, sku=p.sku, name=p.name, quantity=1, barcode=p.barcode, unit_price=Decimal("12.00"),
                      currency=order.currency)
            for i, p in enumerate(products, 1)
        ]  # fmt: skip
        number = order.number
    pack(shop, language="cs")

    care = outbox(shop)["care_tips"]
    # packed on Wednesday 25 November, delivered in two working days (Friday), tips on Monday
    assert care.scheduled_at == datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Europe/Prague"))  # her morning
    assert care.marketing and care.subject == "Terezo, tipy na péči"  # called in the vocative
    # named as the catalogue names them in Czech
    assert "Hřeben z hruškového dřeva: Opláchněte, otřete a nechte oschnout na vzduchu" in care.body_text
    assert "Ručník z praného lnu: Perte na 40 °C" in care.body_text
    assert number in {m.key.split(":")[0] for m in outbox(shop).values()}


def test_a_parcel_that_comes_back_gets_no_review_request(
    shop: App, capsys: pytest.CaptureFixture[str]
) -> None:
    order = pack(shop, language="en")
    with shop.sessions() as session:
        rma = session.scalars(select(ReturnLabel.rma).where(ReturnLabel.order_id == order.id)).one()

    assert (
        main(["--db", shop.db_url, "returned", rma.lower(), "RMA-NOPE-1"]) == 1
    )  # scanned, and one mistyped
    out, err = capsys.readouterr()
    assert f"{rma}  order {order.number}: recorded" in out and "'RMA-NOPE-1': no return label" in err

    queued = outbox(shop)
    assert queued["review_request"].status is MessageStatus.CANCELLED
    assert queued["review_request"].last_error == "the parcel came back"
    assert queued["thank_you"].status is MessageStatus.QUEUED  # transactional: it still goes
    assert main(["--db", shop.db_url, "returned", rma]) == 0 and "already recorded" in capsys.readouterr().out


def test_returns_reported_by_the_carrier_are_imported_line_by_line(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order = pack(shop, language="en")
    with shop.sessions() as session:
        rma = session.scalars(select(ReturnLabel.rma).where(ReturnLabel.order_id == order.id)).one()
    report = tmp_path / "returns.csv"
    report.write_text(
        "RMA number,Received at\n"
        f"{rma},2026-12-04 10:15:00 +0100\n"
        "RMA-NOPE-1,2026-12-04 11:00:00\n"
        f"{rma},last Tuesday\n"
        ",2026-12-05 09:00:00\n"
        f"{rma},2026-12-06 09:00:00\n",
        encoding="utf-8",
    )

    assert main(["--db", shop.db_url, "returned", "--file", str(report)]) == 1
    out, err = capsys.readouterr()
    assert "1 returns recorded" in out and "1 already recorded" in out and "3 rows refused" in out
    assert "returns.csv, line 3: 'RMA-NOPE-1': no return label" in err
    assert "returns.csv, line 4: the date received 'last Tuesday' is not a date" in err
    assert "returns.csv, line 5: the RMA number is empty" in err
    with shop.sessions() as session:
        label = session.scalars(select(ReturnLabel).where(ReturnLabel.order_id == order.id)).one()
        assert label.received_at == datetime(2026, 12, 4, 9, 15, tzinfo=UTC)  # the first date is kept
        got = summary(session, datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    assert got.returns_received == 1
    assert outbox(shop)["review_request"].status is MessageStatus.CANCELLED


def test_marketing_already_claimed_is_skipped_at_send_time_once_the_parcel_is_back(shop: App) -> None:
    order = pack(shop, language="en")
    with shop.sessions.begin() as session:  # the return is recorded while a dispatcher holds the message
        label = session.scalars(select(ReturnLabel).where(ReturnLabel.order_id == order.id)).one()
        label.received_at = PACKED_AT + timedelta(days=10)
    server = SmtpServer().start()
    try:
        report = dispatch_once(shop.sessions, smtp_config(server.url), now=PACKED_AT + timedelta(days=15))
    finally:
        server.stop()
    assert any("review_request: the parcel came back" in line for line in report.skipped)
    assert outbox(shop)["review_request"].status is MessageStatus.SKIPPED
