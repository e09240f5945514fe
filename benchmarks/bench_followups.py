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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from packstation.bootstrap import bootstrap
from packstation.demo.shop import create_demo
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.queue import queue_followups
from packstation.storage.models import Customer, MessageStatus, Order, OrderStatus, OutboxMessage


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        return "250 OK"


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
            numbers = list(session.scalars(select(Order.number).where(Order.status == OrderStatus.READY)))
        queueing = []
        now = datetime.now(UTC)
        for number in numbers:
            with app.sessions.begin() as session:
                start = time.perf_counter()
                queue_followups(session, number, now)
                queueing.append((time.perf_counter() - start) * 1000)
        with app.sessions.begin() as session:  # make every message due now
            session.execute(
                update(OutboxMessage).values(scheduled_at=now, expires_at=now + timedelta(days=1))
            )
            total = session.query(OutboxMessage).count()
            sample = list(session.scalars(select(OutboxMessage).limit(total)))
        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as floor:
            for message in sample:
                floor.sendmail("bench@localhost", [message.recipient], message.body_text.encode())
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
    ordered = sorted(queueing)
    print(f"follow-ups: {len(numbers):,} packed orders, {total:,} messages, SQLite, aiosmtpd on 127.0.0.1")
    print(f"  queueing an order's follow-ups     median {statistics.median(ordered):6.2f} ms   "
          f"p99 {ordered[round(0.99 * (len(ordered) - 1))]:6.2f} ms   (target: adds at most 5 ms to completing)")  # fmt: skip
    print(f"  dispatcher                         {sent / seconds:8.0f} messages/s  ({sent:,} sent, batch {args.batch})"
          "   (target: at least 200)")  # fmt: skip
    print(f"  floor: smtplib, one connection     {total / floor_seconds:8.0f} messages/s   "
          f"ratio {(total / floor_seconds) / (sent / seconds):.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
