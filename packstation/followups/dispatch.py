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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlparse
from weakref import WeakKeyDictionary

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.customer_links import customer_link
from packstation.core.secrets import secrets_in
from packstation.core.settings import load_settings
from packstation.core.working_days import zone_for_country
from packstation.followups.mail_html import mail_logo
from packstation.followups.mime import follow_up_mail
from packstation.followups.sms import (
    WEBHOOK_ENV,
    QuietHours,
    SmsError,
    send_sms,
    sms_payload,
    webhook,
)
from packstation.inserts.facts import logo_of
from packstation.storage.base import UtcDateTime
from packstation.storage.models import (
    Brand,
    Customer,
    MessageStatus,
    Order,
    OrderStatus,
    OutboxMessage,
    ReturnLabel,
    Voucher,
)

CLAIM = timedelta(minutes=5)
SMTP_ENV, PASSWORD_ENV = "PACKSTATION_SMTP_URL", "PACKSTATION_SMTP_PASSWORD"
#: the UTC day each database's occasions were last swept in this process: the sweep reads every
#: customer (0.15 s on 5,000 orders), so a dispatcher runs it in its first round of a day, not
#: in each 30-second one; the rules' `expires_days` windows catch what arrives later that day
_SWEPT: WeakKeyDictionary[Engine, date] = WeakKeyDictionary()


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
    if secrets_in(url):
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
    queued: int = 0  # messages queued this round for parcels packed since the last one
    problems: list[str] = field(default_factory=list)


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


def _skip_reason(message: OutboxMessage, order: Order | None, customer: Customer | None,
                 voucher: Voucher | None, returned: bool, now: datetime) -> str | None:  # fmt: skip
    """Why a due message must not go out after all, re-checked at the moment of sending."""
    if order is None or customer is None:
        return "the order is gone"
    if order.status is OrderStatus.CANCELLED:
        return "the order was cancelled"
    if message.expires_at and now > message.expires_at:
        return "too late: it expired before it could be sent"
    if message.marketing and not customer.marketing_consent:
        return "the customer no longer agrees to marketing"
    if message.marketing and returned:
        return "the parcel came back"
    if message.rule == "voucher_reminder" and (voucher is None or voucher.redeemed_at is not None):
        return "the voucher was redeemed"
    return None


class Planned(NamedTuple):
    """A claimed message ready to go: an e-mail's MIME text or a text message's payload."""

    message_id: int
    recipient: str
    sender: str
    body: str
    channel: str  # email or sms


def dispatch_once(
    sessions: sessionmaker[Session], config: SmtpConfig, batch: int = 50, now: datetime | None = None
) -> DispatchReport:
    """Queue what packed parcels still wait for, then send one batch of due messages over one
    SMTP connection."""
    from packstation.followups.occasions import queue_occasions
    from packstation.followups.queue import queue_requested

    moment = now or datetime.now(UTC)
    report = DispatchReport()
    swept = queue_requested(sessions, now=moment)
    report.queued = swept.messages
    report.problems = [f"{number}: follow-ups not queued: {problem}" for number, problem in swept.problems]
    if _SWEPT.get(sessions.kw["bind"]) != moment.date():  # anniversaries and birthdays: once a day
        occasions = queue_occasions(sessions, now=moment)
        report.queued += occasions.messages
        report.problems += occasions.problems
        if not occasions.problems:  # else the next round sweeps again
            _SWEPT[sessions.kw["bind"]] = moment.date()
    ids = claim(sessions, batch, moment)
    if not ids:
        return report
    entries = _plan(sessions, ids, moment, report)
    texts = [entry for entry in entries if entry.channel == "sms"]
    if texts:
        _send_texts(sessions, texts, moment, report)
    plan = [entry for entry in entries if entry.channel == "email"]
    if not plan:
        return report
    try:
        connection = _connect(config)
    except (OSError, smtplib.SMTPException) as exc:
        _back_off(
            sessions,
            [entry.message_id for entry in plan],
            moment,
            f"SMTP server {config.host}:{config.port} unreachable: {exc}",
            report,
        )
        return report
    with connection:
        for entry in plan:
            try:
                connection.sendmail(entry.sender, [entry.recipient], entry.body)
            except smtplib.SMTPException as exc:
                _back_off(sessions, [entry.message_id], moment, f"the SMTP server refused it: {exc}", report)
                continue
            _mark_sent(sessions, entry.message_id, moment, report)
    return report


_MARK_SENT = (
    update(OutboxMessage)
    .where(OutboxMessage.id == bindparam("message"))
    .values(status=MessageStatus.SENT, sent_at=bindparam("moment"), claimed_until=None, last_error=None)
)


def _mark_sent(
    sessions: sessionmaker[Session], message_id: int, moment: datetime, report: DispatchReport
) -> None:
    """One message sent, one short transaction: a crash right after loses at most this mark."""
    with sessions.kw["bind"].begin() as connection:
        connection.execute(_MARK_SENT, {"message": message_id, "moment": moment})
    report.sent += 1


def _send_texts(
    sessions: sessionmaker[Session], texts: list[Planned], now: datetime, report: DispatchReport
) -> None:
    """Text messages, one POST each to the shop's webhook."""
    with sessions() as session:
        url = os.environ.get(WEBHOOK_ENV) or load_settings(session).sms_webhook_url
    try:
        hook = webhook(url)
    except SmsError as exc:
        _back_off(sessions, [entry.message_id for entry in texts], now, str(exc), report)
        return
    for entry in texts:
        try:
            send_sms(hook, entry.body)
        except OSError as exc:
            _back_off(sessions, [entry.message_id], now, str(exc), report)
            continue
        _mark_sent(sessions, entry.message_id, now, report)


def _plan(
    sessions: sessionmaker[Session], ids: list[int], now: datetime, report: DispatchReport
) -> list[Planned]:
    """Re-check the claimed batch with a handful of queries; skip, postpone or prepare each."""
    with sessions.begin() as session:
        settings = load_settings(session)
        brand = session.get(Brand, 1)
        sender = (brand.support_email if brand else None) or "packstation@localhost"
        brand_name = brand.name if brand else "packstation"
        logo = mail_logo(logo_of(brand)) if brand else None
        messages = list(
            session.scalars(
                select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.scheduled_at)
            )
        )
        orders = {
            o.id: o
            for o in session.scalars(select(Order).where(Order.id.in_({m.order_id for m in messages})))
        }
        customers = {
            c.id: c
            for c in session.scalars(
                select(Customer).where(Customer.id.in_({o.customer_id for o in orders.values()}))
            )
        }
        vouchers = {
            v.order_id: v for v in session.scalars(select(Voucher).where(Voucher.order_id.in_(list(orders))))
        }
        returned = set(
            session.scalars(
                select(ReturnLabel.order_id).where(
                    ReturnLabel.order_id.in_(list(orders)), ReturnLabel.received_at.is_not(None)
                )
            )
        )
        recipients = {m.recipient for m in messages if m.marketing}
        last_sent: dict[str, datetime] = {
            recipient: sent for recipient, sent in session.execute(
                select(OutboxMessage.recipient, func.max(OutboxMessage.sent_at))
                .where(OutboxMessage.recipient.in_(recipients), OutboxMessage.marketing, OutboxMessage.status == MessageStatus.SENT)
                .group_by(OutboxMessage.recipient)
            ) if sent is not None
        }  # fmt: skip
        gap = timedelta(hours=settings.marketing_gap_hours)
        quiet = QuietHours.parse(settings.sms_quiet_hours)
        plan: list[Planned] = []
        for message in messages:
            order = orders.get(message.order_id)
            customer = customers.get(order.customer_id) if order else None
            reason = _skip_reason(
                message, order, customer, vouchers.get(message.order_id), message.order_id in returned, now
            )
            if reason is not None:
                message.status, message.last_error, message.claimed_until = (
                    MessageStatus.SKIPPED,
                    reason,
                    None,
                )
                report.skipped.append(f"{message.key}: {reason}")
                continue
            if message.marketing:
                last = last_sent.get(message.recipient)
                if last is not None and now - last < gap:  # one marketing message per customer per gap
                    message.status, message.scheduled_at, message.claimed_until = (
                        MessageStatus.QUEUED,
                        last + gap,
                        None,
                    )
                    message.attempts -= 1
                    continue
                last_sent[message.recipient] = now
            if message.channel == "sms":
                zone = zone_for_country(order.ship_country if order else "")
                allowed = quiet.next_allowed(now, zone)
                if allowed is not None:  # the recipient's night: wait, without spending an attempt
                    message.status, message.scheduled_at, message.claimed_until = (
                        MessageStatus.QUEUED,
                        allowed,
                        None,
                    )
                    message.last_error = (
                        f"quiet hours in {zone.key}: waits until {allowed:%Y-%m-%d %H:%M} UTC"
                    )
                    message.attempts -= 1
                    continue
                payload = sms_payload(message.recipient, message.body_text, message.message_id,
                                      message.language, order.number if order else "")  # fmt: skip
                plan.append(Planned(message.id, message.recipient, sender, payload, "sms"))
                continue
            unsubscribe = customer_link(settings.unsubscribe_url, customer.link_token if customer else "")
            mail = follow_up_mail(message, sender, brand_name, unsubscribe,
                                  to_name=customer.full_name if customer else "", logo=logo, now=now)  # fmt: skip
            plan.append(Planned(message.id, message.recipient, sender, mail, "email"))
    return plan


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


def send_test_email(smtp_url: str, sender: str, to: str, password: str | None = None) -> str:
    """One short message through the SMTP server as the dispatcher connects to it (the Settings
    screen's test); the server's answer, or OSError/SMTPException saying what went wrong."""
    config = smtp_config(smtp_url)
    if password is not None:  # typed into the screen for this test only, never stored
        config = replace(config, password=password)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "packstation test message"
    message.set_content("This is a test from packstation's Settings screen: the follow-ups can be sent.")
    with _connect(config) as connection:
        refused = connection.send_message(message)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)
    return f"sent to {to} through {config.host}:{config.port}"
