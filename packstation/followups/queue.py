"""Queueing the follow-ups a packed parcel earns, from the facts of the bench: the packaging
that went in, the tracking number, the voucher in the box. Each message's key (order and rule)
is unique in the outbox, so packing, reprinting or re-importing never queues one twice."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from packstation.core.settings import ShopSettings, load_settings
from packstation.followups.messages import MessageTemplates, Rule, shipped_playbook, shipped_templates
from packstation.inserts.facts import gather
from packstation.storage.models import (
    Customer,
    MessageStatus,
    Order,
    OutboxMessage,
    PackScan,
    PackSession,
    ScanKind,
    ScanResult,
    SessionStatus,
    Voucher,
)


def delivery_date(packed: date, shipping_method: str, settings: ShopSettings) -> date:
    """Pack date plus the method's transit days, counting only working days."""
    table = settings.transit_days or {}
    method = shipping_method.casefold()
    days = next(
        (d for word, d in table.items() if word != "default" and word in method), table.get("default", 3)
    )
    holidays = {date.fromisoformat(d) for d in settings.holidays or []}
    day = packed
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            days -= 1
    return day


def queue_followups(
    session: Session,
    order_number: str,
    now: datetime | None = None,
    playbook: list[Rule] | None = None,
    templates: MessageTemplates | None = None,
) -> list[OutboxMessage]:
    """Queue the order's follow-ups (in the caller's transaction); returns those added now."""
    when = now or datetime.now(UTC)
    order = session.scalars(select(Order).where(Order.number == order_number)).one()
    customer = session.get(Customer, order.customer_id)
    assert customer is not None
    if not customer.email:
        return []
    settings = load_settings(session)
    pack = session.scalars(
        select(PackSession).where(PackSession.order_id == order.id, PackSession.status == SessionStatus.COMPLETED)
        .order_by(PackSession.ended_at.desc())
    ).first()  # fmt: skip
    packaging = [] if pack is None else list(session.scalars(
        select(PackScan.packaging_code).where(PackScan.session_id == pack.id, PackScan.kind == ScanKind.PACKAGING,
                                              PackScan.result == ScanResult.OK, PackScan.undone.is_(False))
    ))  # fmt: skip
    facts = gather(session, order_number, [code for code in packaging if code], settings, when)
    context: dict[str, Any] = dict(facts.context())
    tracking = (pack.tracking_number if pack else None) or ""
    carrier = (pack.carrier if pack else None) or ""
    url_template = (settings.tracking_urls or {}).get(carrier, "")
    packed_on = (pack.ended_at if pack and pack.ended_at else when).date()
    context |= {
        "tracking_number": tracking,
        "carrier": carrier,
        "tracking_url": url_template.format(number=tracking) if tracking and url_template else "",
        "delivery_date": str(
            format_date(
                delivery_date(packed_on, order.shipping_method, settings), "long", locale=facts.locale
            )
        ),
        "review_url": settings.review_url.format(order=order.number.lstrip("#")),
        "has_voucher": bool(facts.voucher_code),
    }
    voucher = session.scalar(select(Voucher).where(Voucher.order_id == order.id))
    unsubscribe = settings.unsubscribe_url.format(customer=customer.id)
    chosen = shipped_templates() if templates is None else templates
    existing = set(session.scalars(select(OutboxMessage.key).where(OutboxMessage.order_id == order.id)))
    added = []
    for rule in playbook or shipped_playbook():
        if not rule.applies(context) or (rule.marketing and not customer.marketing_consent):
            continue
        key = f"{order.number}:{rule.name}"
        if key in existing:
            continue
        if rule.relative_to == "voucher_expiry" and voucher is not None:
            due = voucher.expires_at + timedelta(days=rule.delay_days)
        else:
            due = (
                datetime.combine(packed_on + timedelta(days=rule.delay_days), time(9, 0), UTC)
                if rule.delay_days
                else when
            )
        rendered = chosen.render(rule, facts.language, context, unsubscribe)
        message = OutboxMessage(
            key=key, order_id=order.id, rule=rule.name, marketing=rule.marketing, channel="email",
            recipient=customer.email, language=facts.language, subject=rendered.subject, body_text=rendered.text,
            body_html=rendered.html, message_id=f"<{uuid.uuid4().hex}@packstation>", created_at=when,
            scheduled_at=due, expires_at=due + timedelta(days=rule.expires_days), status=MessageStatus.QUEUED,
            attempts=0, max_attempts=rule.attempts,
        )  # fmt: skip
        try:
            with session.begin_nested():  # another station may queue the same key at this moment
                session.add(message)
        except IntegrityError:
            continue
        added.append(message)
    return added
