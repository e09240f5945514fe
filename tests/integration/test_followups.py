"""A packed parcel earns its follow-ups: queued once, sent when due over a real SMTP server,
re-checked at send time, never twice."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from packstation.bench.service import Bench
from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.names import vocative
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.messages import SUBJECT_LIMIT, MessageTemplates, load_playbook
from packstation.followups.queue import queue_followups
from packstation.importers.service import import_file
from packstation.storage.models import (
    Customer,
    MessageStatus,
    Order,
    OrderLine,
    OrderStatus,
    OutboxMessage,
    Product,
    Voucher,
)
from tests.support.demo import demo_shop
from tests.support.smtp import SlowInbox, SmtpServer

# The story's own day: what the follow-ups are checked against is handed to them as `now`.
# Anything a real process reads the clock for (a `dispatch` subprocess) is packed at the real
# now instead (`pack(..., at=datetime.now(UTC))`), so no test depends on today's date.
PACKED_AT = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 40)
    return app


def pack(
    app: App,
    *,
    gift: bool = False,
    consent: bool = True,
    language: str | None = None,
    queue: Callable[[str], None] | None = None,
    at: datetime = PACKED_AT,
) -> Order:
    """Pack a demo order at the bench at `at`: items, a box, paper fill, a tracking number; the
    bench queues the follow-ups itself unless `queue` is given."""
    with app.sessions.begin() as session:
        query = select(Order).join(Customer).where(Order.status == OrderStatus.READY, Order.is_gift == gift,
                                                   Order.notes.is_(None), Customer.marketing_consent == consent)  # fmt: skip
        if language:
            query = query.where(Customer.language == language)
        order = session.scalars(query.order_by(Order.id)).first()
        assert order is not None
        codes = [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
    bench = Bench(app.sessions, "Bench 1", auto_complete=False, clock=lambda: at, queue_followups=queue)
    bench.scan("P-1001")
    bench.scan(order.number)
    bench.scan("1Z999AA10123456784")
    bench.scan("FILL-PAPER")
    for code in codes:
        bench.scan(code)
    bench.scan("BOX-M")
    assert bench.scan("CMD-COMPLETE").completed
    return order


def outbox(app: App) -> dict[str, OutboxMessage]:
    with app.sessions() as session:
        return {m.rule: m for m in session.scalars(select(OutboxMessage))}


def body(message: Message) -> str:
    part = message.get_body(preferencelist=("plain",))  # type: ignore[attr-defined]
    return str(part.get_content())


def test_packing_queues_the_follow_ups_that_fit_the_parcel(shop: App) -> None:
    order = pack(shop, language="cs")

    queued = outbox(shop)
    assert {"thank_you", "review_request", "voucher_reminder"} <= set(queued)
    thanks = queued["thank_you"]
    assert thanks.scheduled_at == PACKED_AT and not thanks.marketing
    assert "1Z999AA10123456784" in thanks.body_text and "ups.com" in thanks.body_text
    assert "Krabici rozložte a vhoďte do tříděného papíru." in thanks.body_text  # the box that went in
    assert "VA-" in thanks.body_text
    review = queued["review_request"]
    assert review.scheduled_at == datetime(
        2026, 12, 9, 9, 0, tzinfo=ZoneInfo("Europe/Prague")
    )  # 14 days on, 09:00 at home
    assert review.marketing and "Odhlásit se: https://verde-atelier.example/unsubscribe" in review.body_text
    reminder = queued[
        "voucher_reminder"
    ]  # a week before the code ends (23:59:59 UTC): her breakfast, not 01:00
    at_home = reminder.scheduled_at.astimezone(ZoneInfo("Europe/Prague"))
    with shop.sessions() as session:
        ends = session.scalars(select(Voucher.expires_at).where(Voucher.order_id == order.id)).one()
    assert (at_home.date(), at_home.hour, at_home.minute) == ((ends - timedelta(days=7)).date(), 9, 0)
    with shop.sessions() as session:
        number = session.scalar(select(Order.number).where(Order.id == order.id))
        assert number is not None
        assert queue_followups(session, number, PACKED_AT) == []  # queued once, whatever happens again


def test_no_consent_no_marketing_and_a_gift_gets_no_review_request(shop: App) -> None:
    pack(shop, consent=False)
    assert set(outbox(shop)) == {"thank_you"}


def test_the_thank_you_arrives_now_the_review_request_two_weeks_later(shop: App, smtp: SmtpServer) -> None:
    pack(shop, language="en")
    config = smtp_config(smtp.url)

    now_report = dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(minutes=1))
    assert now_report.sent == 1
    [thanks] = smtp.inbox.messages
    assert thanks["Message-ID"] == outbox(shop)["thank_you"].message_id
    assert "List-Unsubscribe" not in thanks and len(thanks["Subject"]) <= SUBJECT_LIMIT
    assert "it is on its way with UPS" in body(thanks)

    later = dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(days=15))
    assert later.sent == 1
    review = smtp.inbox.messages[1]
    assert review["List-Unsubscribe"].startswith("<https://verde-atelier.example/unsubscribe?t=")
    assert "how do you like it?" in body(review).lower()


def test_arabic_messages_are_right_to_left(shop: App, smtp: SmtpServer) -> None:
    pack(shop, language="ar")
    dispatch_once(shop.sessions, smtp_config(smtp.url), now=PACKED_AT + timedelta(minutes=1))

    [message] = smtp.inbox.messages
    html = message.get_body(preferencelist=("html",)).get_content()  # type: ignore[attr-defined]
    assert '<html lang="ar" dir="rtl">' in html and "طردك" in message["Subject"]


def test_a_cancelled_order_is_skipped_at_send_time_with_the_reason(shop: App, smtp: SmtpServer) -> None:
    order = pack(shop)
    with shop.sessions.begin() as session:
        session.execute(update(Order).where(Order.id == order.id).values(status=OrderStatus.CANCELLED))

    report = dispatch_once(shop.sessions, smtp_config(smtp.url), now=PACKED_AT + timedelta(minutes=1))

    assert report.sent == 0 and smtp.inbox.messages == []
    assert outbox(shop)["thank_you"].status is MessageStatus.SKIPPED
    assert outbox(shop)["thank_you"].last_error == "the order was cancelled"


def test_smtp_down_means_later_not_lost(shop: App) -> None:
    pack(shop)
    down = SmtpServer()  # a port where nothing listens yet
    config = smtp_config(down.url)

    report = dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(minutes=1))
    thanks = outbox(shop)["thank_you"]
    assert report.retried == 1 and thanks.status is MessageStatus.QUEUED
    assert (
        thanks.last_error
        and "unreachable" in thanks.last_error
        and thanks.scheduled_at > PACKED_AT + timedelta(minutes=1)
    )

    down.start()
    try:
        dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(hours=1))
        dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(hours=2))
    finally:
        down.stop()
    assert len(down.inbox.messages) == 1 and outbox(shop)["thank_you"].status is MessageStatus.SENT


def test_one_marketing_message_per_customer_per_16_hours(shop: App, smtp: SmtpServer) -> None:
    pack(shop)
    config = smtp_config(smtp.url)
    dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(minutes=1))  # the thank-you
    moment = PACKED_AT + timedelta(days=15)  # the review request is due; bring the reminder forward
    with shop.sessions.begin() as session:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.rule == "voucher_reminder").values(scheduled_at=moment)
        )

    dispatch_once(shop.sessions, config, now=moment)

    # the review request, the reminder (and care tips, when the parcel had durables) are all due
    marketing = [
        m for m in outbox(shop).values() if m.marketing and m.scheduled_at <= moment + timedelta(hours=16)
    ]
    assert len(marketing) >= 3
    assert [m.status.value for m in marketing].count("sent") == 1  # one of them, the others wait
    waiting = [m for m in marketing if m.status is MessageStatus.QUEUED]
    assert (
        all(m.scheduled_at == moment + timedelta(hours=16) for m in waiting) and len(smtp.inbox.messages) == 2
    )


def test_two_dispatchers_at_once_send_every_message_once(shop: App, smtp: SmtpServer) -> None:
    for _ in range(3):
        pack(shop)
    config = smtp_config(smtp.url)
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        dispatch_once(shop.sessions, config, batch=2, now=PACKED_AT + timedelta(minutes=1))
        dispatch_once(shop.sessions, config, batch=2, now=PACKED_AT + timedelta(minutes=1))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    ids = [m["Message-ID"] for m in smtp.inbox.messages]
    assert len(ids) == 3 and len(set(ids)) == 3


@pytest.mark.parametrize("language", ["en", "cs", "ro", "uk", "ar", "id"])
def test_every_subject_is_personal_and_at_most_30_characters(language: str) -> None:
    templates = MessageTemplates()
    for written in ("Jo", "Maximiliánová-Konstantinopolská", "عبد الرحمن", "Олександра-Анастасія"):
        name = vocative(written, language)  # as the greeting calls it: Czech and Ukrainian decline it
        facts = {
            "first_name": written, "first_name_vocative": name, "is_gift": False, "order_number": "#100042", "carrier": "Nova Poshta", "tracking_number": "20450012345678",
            "tracking_url": "https://example.invalid/t", "delivery_date": "28. listopadu 2026", "packaging": [],
            "voucher_code": "VA-K7QM-3XPA-R", "voucher_discount": "15 %", "voucher_expires": "23. února 2027",
            "support_email": "hello@verde-atelier.example", "support_phone": "+420 228 881 234", "brand_name": "Verde Atelier",
            "items": [{"name": "Gentle oat face cleanser 150 ml", "quantity": 1}], "review_url": "https://x.invalid/r",
            "redeem_url": "https://x.invalid/d", "replenish_item": "Nettle shampoo bar", "suggestions": ["Beech dish brush"],
            "shop_url": "https://x.invalid", "referral_url": "https://x.invalid/r/1", "order_count": 12,
            "care": [{"item": "Pear-wood comb", "tips": "Rinse it and let it air-dry."}],
            "first_order_date": "10. prosince 2025", "has_voucher": True,  # the occasions'
        }  # fmt: skip
        for rule in load_playbook():
            rendered = templates.render(rule, language, facts, "https://x.invalid/u")
            if rule.channel == "sms":  # no subject: one personal sentence with the tracking link
                assert name in rendered.text and facts["tracking_url"] in rendered.text
                assert len(rendered.text) <= 240 and "\n" not in rendered.text
                continue
            subject = rendered.subject
            assert len(subject) <= SUBJECT_LIMIT, (language, rule.name, subject)
            assert name in subject or name[:3] not in subject, subject  # whole, or left out: never cut
            assert name != "Jo" or name in subject


def test_a_refund_after_packing_cancels_the_pending_marketing(shop: App, tmp_path: Path) -> None:
    order = pack(shop)
    with shop.sessions() as session:
        number = session.scalar(select(Order.number).where(Order.id == order.id))
    refund = tmp_path / "refunds.csv"
    refund.write_text(
        f"order_number,status,customer_name,item_name,quantity\n{number},cancelled,X,Y,1\n", encoding="utf-8"
    )

    import_file(shop.sessions, refund)

    statuses = {rule: m.status for rule, m in outbox(shop).items()}
    assert statuses.pop("thank_you") is MessageStatus.QUEUED  # about the parcel that went out
    assert statuses and set(statuses.values()) == {MessageStatus.CANCELLED}  # every marketing message


def test_a_dispatcher_killed_mid_batch_loses_nothing(shop: App) -> None:
    for _ in range(8):
        pack(shop, at=datetime.now(UTC))  # the dispatcher process reads the real clock
    server = SmtpServer()
    server.inbox = SlowInbox(0.25)
    server.controller = Controller(server.inbox, hostname="127.0.0.1", port=server.port)
    server.start()
    command = [
        sys.executable,
        "-m",
        "packstation",
        "--db",
        shop.db_url,
        "dispatch",
        "--once",
        "--batch",
        "50",
        "--smtp",
        server.url,
    ]
    try:
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while len(server.inbox.messages) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)  # the power goes off mid-batch
        first.wait()
        delivered_before = len(server.inbox.messages)
        assert 3 <= delivered_before < 8
        with shop.sessions.begin() as session:  # five minutes later its claims have run out
            session.execute(update(OutboxMessage).where(OutboxMessage.status == MessageStatus.SENDING)
                            .values(claimed_until=datetime.now(UTC) - timedelta(seconds=1)))  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    finally:
        server.stop()

    with shop.sessions() as session:
        thanks = list(session.scalars(select(OutboxMessage).where(OutboxMessage.rule == "thank_you")))
    received = [m["Message-ID"] for m in server.inbox.messages]
    assert {m.message_id for m in thanks} == set(received)  # nothing lost
    assert len(received) - len(set(received)) <= 1  # at most the one in flight again, same Message-ID
    assert all(m.status is MessageStatus.SENT for m in thanks)


def test_the_outbox_can_be_exported_for_an_external_mail_service(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack(shop, language="uk")
    out = tmp_path / "outbox.csv"

    assert main(["--db", shop.db_url, "outbox", "export", "--format", "csv", "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["key"].endswith(":thank_you") and len(rows) == len(outbox(shop))
    assert (
        rows[0]["language"] == "uk"
        and "посилка" in rows[0]["subject"]
        and rows[0]["body_html"].startswith("<!DOCTYPE html>")
    )
    assert main(["--db", shop.db_url, "outbox", "export", "--format", "json", "--status", "queued"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert {m["message_id"] for m in exported} == {r["message_id"] for r in rows}


def test_the_catalogue_decides_replenishment_suggestions_and_loyalty(shop: App) -> None:
    order = pack(shop, language="en")
    with shop.sessions() as session:
        lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)))
        products = {p.sku: p for p in session.scalars(select(Product))}
    queued = outbox(shop)
    consumables = sorted(
        (products[line.sku].days_of_use, products[line.sku].name)
        for line in lines
        if products[line.sku].days_of_use
    )
    if consumables:
        days, name = consumables[0]
        reminder = queued["replenishment"]
        assert name in reminder.body_text
        assert reminder.scheduled_at.date() == (PACKED_AT + timedelta(days=max(1, days - 5))).date()
    else:
        assert "replenishment" not in queued
    if "complementary" in queued:
        suggested = [
            line[2:] for line in queued["complementary"].body_text.splitlines() if line.startswith("- ")
        ]
        assert suggested and not {s for s in suggested} & {l.name for l in lines}  # noqa: E741
    assert "loyalty" not in queued  # a first or second order: no loyalty invitation yet
