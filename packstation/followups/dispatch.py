"""Sending what is due: claim a batch, re-check each message, send over one SMTP connection.

A claim marks messages `sending` until a deadline (FOR UPDATE SKIP LOCKED on PostgreSQL; on
SQLite the single UPDATE is atomic, SQLite having one writer), so several dispatchers never
take the same message. A dispatcher killed mid-batch leaves claims that expire and are picked
up again; the Message-ID was fixed when the message was queued, so a receiver can drop a copy.
"""

from __future__ import annotations

import os
import random
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlparse

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.settings import load_settings
from packstation.storage.models import (
    Brand,
    Customer,
    MessageStatus,
    Order,
    OrderStatus,
    OutboxMessage,
    UtcDateTime,
    Voucher,
)

CLAIM = timedelta(minutes=5)
SMTP_ENV, PASSWORD_ENV = "PACKSTATION_SMTP_URL", "PACKSTATION_SMTP_PASSWORD"


class DispatchError(Exception):
    """The dispatcher cannot run as configured; the message says why."""


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    user: str | None
    password: str | None
    starttls: bool
    tls: bool


def smtp_config(url: str) -> SmtpConfig:
    """`smtp://user@host:587?starttls=1` or `smtps://host:465`; the password comes from the
    environment or the OS keyring, never from the URL or the database."""
    parsed = urlparse(url)
    if parsed.scheme not in ("smtp", "smtps") or not parsed.hostname:
        raise DispatchError(f"{url!r} is not an SMTP URL like smtp://user@host:587?starttls=1")
    if parsed.password:
        raise DispatchError(f"put the SMTP password in {PASSWORD_ENV} or the OS keyring, not in the URL")
    user = unquote(parsed.username) if parsed.username else None
    password = os.environ.get(PASSWORD_ENV) or (_keyring_password(parsed.hostname, user) if user else None)
    query = parse_qs(parsed.query)
    tls = parsed.scheme == "smtps"
    return SmtpConfig(parsed.hostname, parsed.port or (465 if tls else 25), user, password,
                      query.get("starttls", ["0"])[0] in ("1", "true", "yes"), tls)  # fmt: skip


def _keyring_password(host: str, user: str) -> str | None:
    try:
        import keyring
    except ImportError:
        return None
    try:
        found = keyring.get_password(f"packstation-smtp-{host}", user)
    except Exception:  # no keyring backend on this machine
        return None
    return str(found) if found else None


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: list[str] = field(default_factory=list)


def claim(sessions: sessionmaker[Session], batch: int, now: datetime) -> list[int]:
    with sessions.begin() as session:
        lock = " FOR UPDATE SKIP LOCKED" if session.bind and session.bind.dialect.name == "postgresql" else ""
        rows = session.execute(
            text(
                "UPDATE outbox_message SET status = 'sending', claimed_until = :until, attempts = attempts + 1 "
                "WHERE id IN (SELECT id FROM outbox_message WHERE (status = 'queued' AND scheduled_at <= :now) "
                "OR (status = 'sending' AND claimed_until < :now) ORDER BY scheduled_at LIMIT :batch"
                + lock
                + ") "
                "RETURNING id"
            ).bindparams(bindparam("until", type_=UtcDateTime()), bindparam("now", type_=UtcDateTime())),
            {"until": now + CLAIM, "now": now, "batch": batch},
        )
        return sorted(row[0] for row in rows)


def _skip_reason(session: Session, message: OutboxMessage, now: datetime) -> str | None:
    order = session.get(Order, message.order_id)
    customer = session.get(Customer, order.customer_id) if order else None
    if order is None or customer is None:
        return "the order is gone"
    if order.status is OrderStatus.CANCELLED:
        return "the order was cancelled"
    if message.expires_at and now > message.expires_at:
        return "too late: it expired before it could be sent"
    if message.marketing and not customer.marketing_consent:
        return "the customer no longer agrees to marketing"
    if message.rule == "voucher_reminder":
        voucher = session.scalar(select(Voucher).where(Voucher.order_id == order.id))
        if voucher is None or voucher.redeemed_at is not None:
            return "the voucher was redeemed"
    return None


def _too_soon(session: Session, message: OutboxMessage, now: datetime, gap_hours: int) -> datetime | None:
    """When a marketing message must wait: one per customer per `gap_hours`."""
    if not message.marketing:
        return None
    last = session.scalar(
        select(OutboxMessage.sent_at).where(OutboxMessage.recipient == message.recipient, OutboxMessage.marketing,
                                            OutboxMessage.status == MessageStatus.SENT)
        .order_by(OutboxMessage.sent_at.desc())
    )  # fmt: skip
    if last is not None and now - last < timedelta(hours=gap_hours):
        return last + timedelta(hours=gap_hours)
    return None


def _email(message: OutboxMessage, sender: str, brand: str, unsubscribe: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"{brand} <{sender}>"
    mail["To"] = message.recipient
    mail["Subject"] = message.subject
    mail["Message-ID"] = message.message_id
    if message.marketing:
        mail["List-Unsubscribe"] = f"<{unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail.set_content(message.body_text)
    mail.add_alternative(message.body_html, subtype="html")
    return mail


def dispatch_once(
    sessions: sessionmaker[Session], config: SmtpConfig, batch: int = 50, now: datetime | None = None
) -> DispatchReport:
    """Send one batch of due messages over one SMTP connection."""
    moment = now or datetime.now(UTC)
    report = DispatchReport()
    ids = claim(sessions, batch, moment)
    if not ids:
        return report
    with sessions() as session:
        settings = load_settings(session)
        brand = session.get(Brand, 1)
    sender = (brand.support_email if brand else None) or "packstation@localhost"
    brand_name = brand.name if brand else "packstation"
    try:
        connection = _connect(config)
    except (OSError, smtplib.SMTPException) as exc:
        _back_off(
            sessions, ids, moment, f"SMTP server {config.host}:{config.port} unreachable: {exc}", report
        )
        return report
    with connection:
        for message_id in ids:
            _send_one(sessions, connection, message_id, moment, sender, brand_name, settings.marketing_gap_hours,
                      settings.unsubscribe_url, report)  # fmt: skip
    return report


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    if config.tls:
        connection: smtplib.SMTP = smtplib.SMTP_SSL(
            config.host, config.port, timeout=20, context=ssl.create_default_context()
        )
    else:
        connection = smtplib.SMTP(config.host, config.port, timeout=20)
        if config.starttls:
            connection.starttls(context=ssl.create_default_context())
    if config.user:
        connection.login(config.user, config.password or "")
    return connection


def _send_one(sessions: sessionmaker[Session], connection: smtplib.SMTP, message_id: int, now: datetime, sender: str,
              brand: str, gap_hours: int, unsubscribe_template: str, report: DispatchReport) -> None:  # fmt: skip
    with sessions.begin() as session:
        message = session.get(OutboxMessage, message_id)
        assert message is not None
        reason = _skip_reason(session, message, now)
        if reason is not None:
            message.status, message.last_error, message.claimed_until = MessageStatus.SKIPPED, reason, None
            report.skipped.append(f"{message.key}: {reason}")
            return
        later = _too_soon(session, message, now, gap_hours)
        if later is not None:
            message.status, message.scheduled_at, message.claimed_until = MessageStatus.QUEUED, later, None
            message.attempts -= 1
            return
        order = session.get(Order, message.order_id)
        unsubscribe = unsubscribe_template.format(customer=order.customer_id if order else "")
        mail = _email(message, sender, brand, unsubscribe)
    try:
        connection.send_message(mail)
    except smtplib.SMTPException as exc:
        _back_off(sessions, [message_id], now, f"the SMTP server refused it: {exc}", report)
        return
    with sessions.begin() as session:
        session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id).values(
            status=MessageStatus.SENT, sent_at=now, claimed_until=None, last_error=None))  # fmt: skip
    report.sent += 1


def _back_off(
    sessions: sessionmaker[Session], ids: list[int], now: datetime, error: str, report: DispatchReport
) -> None:
    """Try again later — 2, 4, 8 … minutes with jitter — or give up after the rule's attempts."""
    with sessions.begin() as session:
        for message in session.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))):
            message.last_error, message.claimed_until = error, None
            if message.attempts >= message.max_attempts:
                message.status = MessageStatus.FAILED
                report.failed += 1
            else:
                delay = timedelta(minutes=2**message.attempts) * (0.8 + 0.4 * random.random())
                message.status, message.scheduled_at = MessageStatus.QUEUED, now + delay
                report.retried += 1
