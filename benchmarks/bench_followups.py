"""Follow-ups: how much queueing adds to completing an order, and how fast the dispatcher
sends to a local SMTP server (aiosmtpd), against smtplib sending the same messages over one
connection with no database at all (the floor)."""

from __future__ import annotations

import argparse
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.mime.text import MIMEText
from pathlib import Path

from sqlalchemy import select, update

from packstation.bench.service import Bench
from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.mail_html import mail_logo
from packstation.followups.mime import follow_up_mail
from packstation.followups.queue import queue_requested
from packstation.inserts.facts import logo_of
from packstation.storage.models import Brand, Customer, MessageStatus, Order, OrderStatus, OutboxMessage


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        return "250 OK"


def summary(name: str, ms: list[float]) -> None:
    ordered = sorted(ms)
    print(f"  {name:<38} median {statistics.median(ordered):6.2f} ms   "
          f"p99 {ordered[round(0.99 * (len(ordered) - 1))]:6.2f} ms   ({len(ms)} orders)")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args(argv)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # the SMTP server in a process of its own, as a real one would be: in this process it
    # would compete with the dispatcher for the interpreter
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    for _ in range(100):
        with socket.socket() as knock:
            if knock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        create_demo(app.sessions, orders=args.orders)
        with app.sessions.begin() as session:  # everyone agrees to hear from us, to have much to send
            session.execute(update(Customer).values(marketing_consent=True))
            ready = list(
                session.scalars(select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_(None)))
            )
            numbers = [order.number for order in ready]
            codes = {order.number: [line.barcode or "" for line in order.lines for _ in range(line.quantity)]
                     for order in ready}  # fmt: skip
        # every order packed at a real bench; completing is timed alone, alternately without
        # follow-ups (the baseline) and with them requested as the Pack screen does: handed to a
        # worker thread, which is given time to finish before the next order, as a packer's
        # next scans give it
        now = datetime.now(UTC)
        worker = ThreadPoolExecutor(max_workers=1)
        plain, requested, background = [], [], []

        def queue_now(number: str) -> float:
            start = time.perf_counter()
            queue_requested(app.sessions, number, now)
            return (time.perf_counter() - start) * 1000

        pending: list[Future[float]] = []
        for index, number in enumerate(numbers):
            with_followups = index % 2 == 1
            bench = Bench(app.sessions, "Bench 1", auto_complete=False, clock=lambda: now,
                          queue_followups=(lambda n: pending.append(worker.submit(queue_now, n))) if with_followups
                          else (lambda n: None))  # fmt: skip
            for code in ["P-1001", number, *codes[number], "BOX-M"]:
                bench.scan(code)
            start = time.perf_counter()
            assert bench.scan("CMD-COMPLETE").completed
            (requested if with_followups else plain).append((time.perf_counter() - start) * 1000)
            if pending:
                background.append(pending.pop().result())
        worker.shutdown()
        queue_requested(app.sessions, now=now, limit=len(numbers))  # the baseline's orders get theirs too
        with app.sessions.begin() as session:  # make every message due now
            session.execute(
                update(OutboxMessage).values(scheduled_at=now, expires_at=now + timedelta(days=1))
            )
            total = session.query(OutboxMessage).count()
            sample = list(session.scalars(select(OutboxMessage).limit(total)))
            logo = mail_logo(logo_of(session.get(Brand, 1)))
            start = time.perf_counter()  # each mail's MIME alone: the part of sending it that is ours
            for message in sample:
                follow_up_mail(message, "shop@localhost", "Shop", "https://shop.example/u", to_name="Jana Nováková",
                               logo=logo, now=now)  # fmt: skip
            mime_ms = (time.perf_counter() - start) / len(sample) * 1000
        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as floor:
            for message in sample:  # the text part alone, as MIME (base64: no line over SMTP's 998)
                body = MIMEText(message.body_text, "plain", "utf-8").as_string()
                floor.sendmail("bench@localhost", [message.recipient], body)
        floor_seconds = time.perf_counter() - start
        config = smtp_config(f"smtp://127.0.0.1:{port}")
        start = time.perf_counter()
        while dispatch_once(app.sessions, config, batch=args.batch, now=now + timedelta(minutes=1)).sent:
            pass
        seconds = time.perf_counter() - start
        with app.sessions() as session:
            sent = session.query(OutboxMessage).filter(OutboxMessage.status == MessageStatus.SENT).count()
        app.close()
    server.terminate()
    server.wait()
    print(f"follow-ups: {len(numbers):,} packed orders, {total:,} messages, SQLite, aiosmtpd on 127.0.0.1")
    summary("completing, no follow-ups (baseline)", plain)
    summary("completing, follow-ups requested", requested)
    added = statistics.median(requested) - statistics.median(plain)
    print(f"  follow-ups add {added:+.2f} ms to completing (median; target: at most 5 ms)")
    summary("the worker queueing them, per order", background)
    print(f"  dispatcher                         {sent / seconds:8.0f} messages/s  ({sent:,} sent, batch {args.batch})"
          "   (target: at least 200)")  # fmt: skip
    print(f"  floor: smtplib, one connection     {total / floor_seconds:8.0f} messages/s   "
          f"ratio {(total / floor_seconds) / (sent / seconds):.1f}x")  # fmt: skip
    print(f"  one mail's MIME built and written  {mime_ms:8.2f} ms   "
          f"({mime_ms / (seconds / sent * 1000):.0%} of the dispatcher's time a message)")  # fmt: skip


if __name__ == "__main__":
    main()
