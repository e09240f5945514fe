"""Forgetting old customers: `packstation purge --older-than 180d` anonymises the personal data
of customers whose last order is older than that (and who have no order still on its way
through the warehouse), while every figure the manager reads stays exactly as it was — orders,
lines, pack sessions, vouchers and follow-up counts are kept, only who and where goes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from packstation.core.staff import audit, require
from packstation.storage.models import (
    Customer,
    MessageStatus,
    Order,
    OrderStatus,
    OutboxMessage,
    Packer,
    PrintJob,
    Role,
)

ANONYMISED = "(anonymised)"
OPEN_STATUSES = (OrderStatus.NEW, OrderStatus.READY, OrderStatus.PACKING, OrderStatus.HELD)
SHORTEST = timedelta(days=30)  # a slip of the finger (--older-than 1d) would wipe this week's customers


@dataclass
class PurgeReport:
    customers: int = 0
    orders: int = 0
    messages: int = 0
    documents: int = 0  # spooled print files deleted


def parse_age(text: str) -> timedelta:
    """`180d`, `26w` or `6m` (months of 30 days) as a timedelta; ValueError says what is wrong."""
    value, unit = text.strip()[:-1], text.strip()[-1:].lower()
    days = {"d": 1, "w": 7, "m": 30}.get(unit)
    if days is None or not value.isdigit():
        raise ValueError(f"{text!r} is not an age like 180d, 26w or 6m")
    return timedelta(days=int(value) * days)


def purge_personal_data(
    session: Session, actor: Packer, older_than: timedelta, now: datetime | None = None
) -> PurgeReport:
    """Anonymise the customers last seen before `now - older_than`, in the caller's
    transaction (all of it or nothing), and write who did it to the audit log."""
    require(actor, Role.ADMIN, "purge personal data")
    if older_than < SHORTEST:
        raise ValueError(
            f"at least {SHORTEST.days} days: customers of the last weeks may still write or return"
        )
    cutoff = (now or datetime.now(UTC)) - older_than
    recent = select(Order.customer_id).where((Order.created_at >= cutoff) | Order.status.in_(OPEN_STATUSES))
    customers = list(
        session.scalars(
            select(Customer.id).where(
                Customer.id.not_in(recent), Customer.created_at < cutoff, Customer.full_name != ANONYMISED
            )
        )
    )
    report = PurgeReport(customers=len(customers))
    if not customers:
        audit(session, actor, "personal data purged", "no customer", older_than_days=older_than.days)
        return report
    orders = list(session.scalars(select(Order.id).where(Order.customer_id.in_(customers))))
    report.orders = len(orders)
    session.execute(
        update(Customer).where(Customer.id.in_(customers))
        .values(email=None, full_name=ANONYMISED, first_name="", phone=None, marketing_consent=False)
    )  # fmt: skip
    session.execute(
        update(Order).where(Order.id.in_(orders))
        .values(ship_name="", ship_company=None, ship_address1="", ship_address2=None, ship_city="",
                ship_zip="", ship_province=None, ship_phone=None, gift_message=None, notes=None,
                search_key=func.lower(Order.number))
    )  # fmt: skip
    session.execute(
        update(OutboxMessage).where(OutboxMessage.order_id.in_(orders),
                                    OutboxMessage.status.in_([MessageStatus.QUEUED, MessageStatus.FAILED]))
        .values(status=MessageStatus.CANCELLED, last_error="personal data purged")
    )  # fmt: skip
    report.messages = int(
        session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.order_id.in_(orders))
        )
        or 0
    )
    session.execute(
        update(OutboxMessage).where(OutboxMessage.order_id.in_(orders))
        .values(recipient="", subject="", body_text="", body_html="")
    )  # fmt: skip
    numbers = list(session.scalars(select(Order.number).where(Order.id.in_(orders))))
    for job in session.scalars(
        select(PrintJob).where(PrintJob.order_number.in_(numbers), PrintJob.document != "")
    ):
        document = Path(job.document)
        if document.is_file():
            document.unlink()
            report.documents += 1
        job.document = ""
    audit(session, actor, "personal data purged", f"{report.customers} customers", older_than_days=older_than.days,
          orders=report.orders, messages=report.messages)  # fmt: skip
    return report
