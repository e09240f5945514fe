"""Finding orders: the list the order screen and `packstation orders` show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from packstation.storage.models import Customer, MessageStatus, Order, OrderLine, OrderStatus, OutboxMessage


def order_number(typed: str) -> str:
    """The order number for what was typed or scanned: `1042` and `#1042` are both `#1042`;
    a number of another shape (`W-2001`) stays as it is."""
    code = typed.strip()
    return f"#{code}" if code.isdigit() else code


@dataclass(frozen=True)
class OrderSummary:
    number: str
    status: OrderStatus
    created_at: datetime
    customer: str
    language: str
    country: str
    items: int
    is_gift: bool
    shipping_method: str
    has_notes: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "status": self.status.value,
            "created_at": self.created_at.isoformat(),
            "customer": self.customer,
            "language": self.language,
            "country": self.country,
            "items": self.items,
            "gift": self.is_gift,
            "shipping_method": self.shipping_method,
            "notes": self.has_notes,
        }


@dataclass(frozen=True)
class OrderQuery:
    status: OrderStatus | None = None
    search: str = ""

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.status is not None:
            statement = statement.where(Order.status == self.status)
        term = self.search.strip().casefold()
        if term:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            number = term if term.startswith("#") else f"#{term}"
            statement = statement.where(
                or_(Order.number == number, Order.search_key.like(f"%{escaped}%", escape="\\"))
            )
        return statement


def list_orders(
    session: Session, query: OrderQuery, limit: int | None = None, offset: int = 0
) -> list[OrderSummary]:
    """Orders newest first, with their item counts."""
    items = (
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .where(OrderLine.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )
    statement: Select[Any] = (
        select(
            Order.number,
            Order.status,
            Order.created_at,
            Customer.full_name,
            Customer.language,
            Order.ship_country,
            items,
            Order.is_gift,
            Order.shipping_method,
            Order.notes,
        )
        .join(Customer, Customer.id == Order.customer_id)
        .order_by(Order.created_at.desc(), Order.id.desc())
    )
    statement = query.apply(statement).offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [
        OrderSummary(
            number=row[0],
            status=row[1],
            created_at=row[2],
            customer=row[3],
            language=row[4],
            country=row[5],
            items=int(row[6]),
            is_gift=row[7],
            shipping_method=row[8],
            has_notes=bool(row[9]),
        )
        for row in session.execute(statement)
    ]


def count_orders(session: Session, query: OrderQuery) -> int:
    statement: Select[Any] = query.apply(select(func.count(Order.id)))
    return int(session.scalar(statement) or 0)


def counts_by_status(session: Session) -> dict[OrderStatus, int]:
    rows = session.execute(select(Order.status, func.count(Order.id)).group_by(Order.status))
    counts = {status: 0 for status in OrderStatus}
    counts.update({status: int(n) for status, n in rows})
    return counts


def cancel_pending_marketing(
    session: Session, order_ids: list[int], reason: str = "the order was cancelled"
) -> None:
    """A cancelled or returned order's review requests and offers are not sent."""
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.order_id.in_(order_ids), OutboxMessage.marketing,
               OutboxMessage.status.in_([MessageStatus.QUEUED, MessageStatus.SENDING]))
        .values(status=MessageStatus.CANCELLED, last_error=reason)
    )  # fmt: skip
