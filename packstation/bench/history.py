"""One order whole, as the bench knows it: its lines with what was packed of each, the parcel
(packaging, weight, tracking), the codes issued for it and every pack session — for
`packstation orders show N`, so that a newcomer can see what to scan."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.bench.loading import load_order_view
from packstation.storage.models import (
    Customer,
    Order,
    OrderLine,
    Packer,
    PackSession,
    ReturnLabel,
    SessionStatus,
    Voucher,
)


@dataclass
class LineCard:
    sku: str
    barcode: str
    name: str
    quantity: int
    packed: int


@dataclass
class SessionCard:
    packer: str
    badge: str
    station: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    hold_reason: str | None


@dataclass
class OrderCard:
    number: str
    status: str
    created_at: datetime
    customer: str
    email: str | None
    language: str
    country: str
    shipping_method: str
    is_gift: bool
    notes: str
    lines: list[LineCard]
    packaging: list[tuple[str, int]] = field(default_factory=list)  # (code, how many)
    weight_grams: int | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    voucher: str | None = None
    rma: str | None = None
    sessions: list[SessionCard] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["packaging"] = [{"code": code, "count": count} for code, count in self.packaging]
        return data


def order_card(session: Session, number: str) -> OrderCard | None:
    """The order `number` whole, or None when there is no such order."""
    order = session.scalars(select(Order).where(Order.number == number)).first()
    if order is None:
        return None
    customer = session.get(Customer, order.customer_id)
    assert customer is not None
    lines = list(
        session.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.position))
    )
    packs = list(
        session.scalars(select(PackSession).where(PackSession.order_id == order.id).order_by(PackSession.id))
    )
    latest = next((p for p in reversed(packs) if p.status is not SessionStatus.CANCELLED), None)
    packed: dict[int, int] = {}
    card = OrderCard(order.number, order.status.value, order.created_at, customer.full_name, customer.email,
                     customer.language, order.ship_country, order.shipping_method, order.is_gift, order.notes or "",
                     [])  # fmt: skip
    if latest is not None:
        view = load_order_view(session, order.id, latest.id)
        packed = {line.line_id: line.scanned for line in view.lines}
        card.packaging = [(p.code, p.count) for p in view.packaging]
        card.weight_grams, card.tracking_number, card.carrier = (
            view.weight_grams,
            view.tracking_number or None,
            view.carrier or None,
        )
    card.lines = [
        LineCard(line.sku or "", line.barcode or "", line.name, line.quantity, packed.get(line.id, 0))
        for line in lines
    ]
    card.voucher = session.scalar(select(Voucher.code).where(Voucher.order_id == order.id))
    card.rma = session.scalar(select(ReturnLabel.rma).where(ReturnLabel.order_id == order.id))
    people = {
        p.id: p for p in session.scalars(select(Packer).where(Packer.id.in_({s.packer_id for s in packs})))
    }
    card.sessions = [SessionCard(people[s.packer_id].name, people[s.packer_id].badge, s.station, s.status.value,
                                 s.started_at, s.ended_at, s.hold_reason) for s in packs]  # fmt: skip
    return card
