"""Reading the bench's state back from the database: an open pack session after every undo,
restart or take-over (the stored scans are the truth, the screen only shows them), and who
has an order when a station may not open it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.bench.view import LineView, OrderView, PackagingView
from packstation.core.wording import Words, tr
from packstation.storage.models import (
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    Packaging,
    Packer,
    PackScan,
    PackSession,
    Product,
    ScanKind,
    ScanResult,
    SessionStatus,
)


def load_order_view(session: Session, order_id: int, session_id: int) -> OrderView:
    """The open order as stored: lines, the scans counted, the packaging, the sample offer."""
    order = session.get(Order, order_id)
    pack = session.get(PackSession, session_id)
    assert order is not None and pack is not None
    customer = session.get(Customer, order.customer_id)
    assert customer is not None
    lines = [LineView(l.id, l.sku or "", l.barcode or "", l.name, l.quantity)
             for l in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.position))]  # fmt: skip  # noqa: E741
    by_id = {line.line_id: line for line in lines}
    view = OrderView(order.number, customer.first_name, customer.full_name, customer.language, order.is_gift,
                     order.gift_message or "", order.notes or "", order.shipping_method, lines,
                     note_acknowledged=pack.note_acknowledged, tracking_number=pack.tracking_number or "",
                     carrier=pack.carrier or "", weight_grams=pack.weight_grams,
                     short_ship_approved=pack.short_ship_approved_by is not None)  # fmt: skip
    kept = session.scalars(select(PackScan).where(PackScan.session_id == pack.id, PackScan.undone.is_(False),
                                                  PackScan.result == ScanResult.OK).order_by(PackScan.seq))  # fmt: skip
    codes: dict[str, int] = {}
    for scan in kept:
        if scan.kind is ScanKind.ITEM and scan.line_id in by_id:
            by_id[scan.line_id].scanned += 1
        elif scan.kind is ScanKind.PACKAGING and scan.packaging_code:
            codes[scan.packaging_code] = codes.get(scan.packaging_code, 0) + 1
        elif scan.kind is ScanKind.SAMPLE:
            view.samples.append(scan.code)
    for material in session.scalars(select(Packaging).where(Packaging.code.in_(list(codes)))):
        view.packaging.append(PackagingView(material.code, material.name, material.plastic_grams,
                                            material.recycled_content_pct, material.weight_grams, codes[material.code]))  # fmt: skip
    view.suggested_sample = _suggest_sample(session, customer.id, lines)
    from packstation.inserts.batch import preprinted  # the drawing code: only once an order opens

    view.preprinted = preprinted(session, order.id)
    return view


def _suggest_sample(session: Session, customer_id: int, lines: list[LineView]) -> tuple[str, str] | None:
    """A free sample from the same range as what is packed, that the customer never bought."""
    ranges = {line.sku.split("-")[0] for line in lines if line.sku}
    bought = set(session.scalars(select(OrderLine.sku).join(Order).where(Order.customer_id == customer_id)))
    for sample in session.scalars(select(Product).where(Product.is_sample).order_by(Product.sku)):
        if sample.sku.split("-")[0] in ranges and sample.sku not in bought:
            return sample.sku, sample.name
    return None


def why_not_open(session: Session, order: Order) -> Words | None:
    """Why this order must not be opened at a bench now, if it must not."""
    if order.status is OrderStatus.NEW:
        return tr("{order} is not paid yet: do not pack it", order=order.number)
    if order.status is OrderStatus.CANCELLED:
        return tr("{order} was cancelled: do not pack it", order=order.number)
    if order.status is OrderStatus.PACKED:
        last = session.scalars(
            select(PackSession).where(
                PackSession.order_id == order.id, PackSession.status == SessionStatus.COMPLETED
            )
        ).first()
        if last and last.ended_at:
            return tr("{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}", order=order.number,
                      station=last.station, when=last.ended_at)  # fmt: skip
        return tr("{order} is already packed", order=order.number)
    return None


def who_has(session: Session, number: str, now: datetime) -> Words:
    """Who is packing the order, where and since when — and whether the session went stale."""
    row = session.execute(
        select(PackSession, Packer.name)
        .join(Packer, Packer.id == PackSession.packer_id)
        .join(Order, Order.id == PackSession.order_id)
        .where(Order.number == number, PackSession.status == SessionStatus.OPEN)
    ).first()
    if row is None:
        return tr("{order} is being packed elsewhere", order=number)
    pack, name = row
    who = {"order": number, "packer": name, "station": pack.station, "since": pack.started_at}
    if pack.lease_until < now:
        return tr("{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over", **who)  # fmt: skip
    return tr("{order} is being packed by {packer} at {station} since {since:%H:%M}", **who)
