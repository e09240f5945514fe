"""Putting parsed orders into the database: new ones created, changed ones updated, and the
ones a packer has open or already packed left exactly as they are.

Writes are bulk statements inside the caller's transaction, so a 100,000-line export is one
short burst of INSERTs rather than a unit-of-work flush per object.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from packstation.core.customer_links import unsubscribed_since
from packstation.core.incoming import IncomingOrder, IncomingProduct
from packstation.core.orders import cancel_pending_marketing
from packstation.importers.parsed import ParsedFile
from packstation.importers.report import ImportReport
from packstation.storage.bulk import bulk_insert, chunks
from packstation.storage.models import (
    Customer,
    Order,
    OrderLine,
    OrderStatus,
    OrderTag,
    Product,
    ProductKind,
)

UNTOUCHABLE = (OrderStatus.PACKING, OrderStatus.PACKED)


class _Existing(NamedTuple):
    id: int
    number: str
    status: OrderStatus
    content_hash: str
    customer_id: int


def search_key(order: IncomingOrder) -> str:
    parts = [order.number, order.customer.full_name, order.address.name, order.customer.email or ""]
    return " ".join(p for p in parts if p).casefold()


def store_orders(session: Session, parsed: ParsedFile, report: ImportReport) -> None:
    now = datetime.now(UTC)
    numbers = [o.number for o in parsed.orders] + [lo.number for lo in parsed.left_out]
    existing: dict[str, _Existing] = {}
    for chunk in chunks(numbers):
        rows = session.execute(
            select(Order.id, Order.number, Order.status, Order.content_hash, Order.customer_id).where(
                Order.number.in_(chunk)
            )
        )
        existing.update({row.number: _Existing(*row) for row in rows})

    report.warnings.extend(parsed.warnings)
    _apply_left_out(session, parsed, existing, report)

    to_create: list[IncomingOrder] = []
    to_update: list[tuple[_Existing, IncomingOrder]] = []
    for order in parsed.orders:
        known = existing.get(order.number)
        if known is None:
            to_create.append(order)
        elif known.status in UNTOUCHABLE:
            report.kept.append(order.number)
        elif known.content_hash == order.content_hash():
            report.unchanged += 1
        else:
            to_update.append((known, order))

    customer_ids = _upsert_customers(session, to_create + [o for _, o in to_update], existing, now)
    barcodes = _catalogue_barcodes(session, to_create + [o for _, o in to_update])

    new_ids = _insert_orders(session, to_create, customer_ids, now)
    _insert_children(session, list(zip(new_ids, to_create, strict=True)), barcodes)
    report.created += len(to_create)

    if to_update:
        ids = [known.id for known, _ in to_update]
        for id_chunk in chunks(ids):
            session.execute(delete(OrderLine).where(OrderLine.order_id.in_(id_chunk)))
            session.execute(delete(OrderTag).where(OrderTag.order_id.in_(id_chunk)))
        session.execute(
            update(Order),
            [
                {"id": known.id, **_order_row(order, customer_ids[id(order)], now, keep_status=known.status)}
                for known, order in to_update
            ],
        )
        _insert_children(session, [(known.id, order) for known, order in to_update], barcodes)
        report.updated += len(to_update)


def _apply_left_out(
    session: Session, parsed: ParsedFile, existing: dict[str, _Existing], report: ImportReport
) -> None:
    to_cancel: list[int] = []
    for left in parsed.left_out:
        report.left_out[left.reason] += 1
        known = existing.get(left.number)
        if known is None:
            continue
        if left.cancels and known.status in (OrderStatus.NEW, OrderStatus.READY, OrderStatus.HELD):
            to_cancel.append(known.id)
        elif left.cancels and known.status in UNTOUCHABLE:
            cancel_pending_marketing(session, [known.id])  # refunded after packing: no review request
            report.warnings.append(
                f"{left.number}: {left.reason}, but it is {known.status.value} here — stop that parcel by hand"
            )
        elif not left.cancels and known.status in (OrderStatus.NEW, OrderStatus.READY):
            report.warnings.append(
                f"{left.number}: {left.reason} in the shop, yet still on the packing list here"
            )
    for id_chunk in chunks(to_cancel):
        session.execute(update(Order).where(Order.id.in_(id_chunk)).values(status=OrderStatus.CANCELLED))
        cancel_pending_marketing(session, list(id_chunk))
    report.cancelled += len(to_cancel)
    report.lines_left_out.update(parsed.lines_left_out)


def _upsert_customers(
    session: Session, orders: list[IncomingOrder], existing: dict[str, _Existing], now: datetime
) -> dict[int, int]:
    """Customer id per incoming order (keyed by id() of the order). Customers are matched by
    e-mail; one without e-mail keeps the customer its order already had."""
    latest: dict[str, IncomingOrder] = {}
    for order in sorted(orders, key=lambda o: o.created_at):
        if order.customer.email:
            latest[order.customer.email] = order
    known: dict[str, int] = {}
    emails = list(latest)
    for chunk in chunks(emails):
        known.update(
            {
                row.email: row.id
                for row in session.execute(
                    select(Customer.id, Customer.email).where(Customer.email.in_(chunk))
                )
            }
        )
    fresh = [latest[email] for email in emails if email not in known]
    for order_chunk in chunks(fresh, 2000):
        bulk_insert(session, Customer, [_customer_row(o, now) for o in order_chunk])
        for email_chunk in chunks([o.customer.email for o in order_chunk]):
            rows = session.execute(select(Customer.id, Customer.email).where(Customer.email.in_(email_chunk)))
            known.update({row.email: row.id for row in rows})
    fresh_emails = {o.customer.email for o in fresh}
    updates = [{"id": known[e], **_customer_row(latest[e], None)} for e in emails if e not in fresh_emails]
    # a customer who unsubscribed through their link keeps it so, unless an order placed since
    # says they agree again (the shop's export may still carry the consent they withdrew)
    withdrawn = unsubscribed_since(session, [row["id"] for row in updates if row["marketing_consent"]])
    for row, email in zip(updates, [e for e in emails if e not in fresh_emails], strict=True):
        at = withdrawn.get(row["id"])
        if at is not None and latest[email].created_at <= at:
            row["marketing_consent"] = False
    if updates:
        session.execute(update(Customer), updates)

    result: dict[int, int] = {}
    anonymous: list[IncomingOrder] = []
    for order in orders:
        if order.customer.email:
            result[id(order)] = known[order.customer.email]
        elif order.number in existing:
            result[id(order)] = existing[order.number].customer_id
        else:
            anonymous.append(order)
    for order, new_id in zip(
        anonymous,
        _insert_returning_ids(session, Customer, [_customer_row(o, now) for o in anonymous]),
        strict=True,
    ):
        result[id(order)] = new_id
    return result


def _customer_row(order: IncomingOrder, created_at: datetime | None) -> dict[str, Any]:
    c = order.customer
    row: dict[str, Any] = {
        "email": c.email,
        "full_name": c.full_name,
        "first_name": c.first_name,
        "phone": c.phone,
        "language": c.language,
        "marketing_consent": c.marketing_consent,
    }
    if c.birthday is not None or created_at is not None:  # a file without one keeps what the shop set
        row["birthday"] = c.birthday
    if created_at is not None:
        row["created_at"] = created_at
    return row


def _insert_returning_ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    for chunk in chunks(rows):
        result = session.execute(insert(model).returning(model.id, sort_by_parameter_order=True), list(chunk))
        ids.extend(result.scalars())
    return ids


def _order_row(
    order: IncomingOrder, customer_id: int, now: datetime, keep_status: OrderStatus | None = None
) -> dict[str, Any]:
    status = OrderStatus.READY if order.ready else OrderStatus.NEW
    if keep_status is OrderStatus.HELD:
        status = OrderStatus.HELD  # a hold is the packer's decision; an update does not lift it
    a = order.address
    return {
        "number": order.number,
        "channel": order.channel,
        "external_id": order.external_id,
        "created_at": order.created_at,
        "imported_at": now,
        "status": status,
        "customer_id": customer_id,
        "currency": order.currency,
        "is_gift": order.is_gift,
        "gift_message": order.gift_message,
        "ship_name": a.name,
        "ship_company": a.company,
        "ship_address1": a.address1,
        "ship_address2": a.address2,
        "ship_city": a.city,
        "ship_zip": a.zip,
        "ship_province": a.province,
        "ship_country": a.country,
        "ship_phone": a.phone,
        "shipping_method": order.shipping_method,
        "notes": order.notes,
        "content_hash": order.content_hash(),
        "search_key": search_key(order),
    }


def _insert_orders(
    session: Session, orders: list[IncomingOrder], customer_ids: dict[int, int], now: datetime
) -> list[int]:
    """Insert the new orders and return their ids in the same order. A plain executemany and
    a look-up by the unique number is several times faster than INSERT ... RETURNING."""
    ids: dict[str, int] = {}
    for chunk in chunks(orders, 2000):
        bulk_insert(session, Order, [_order_row(o, customer_ids[id(o)], now) for o in chunk])
        for number_chunk in chunks([o.number for o in chunk]):
            rows = session.execute(select(Order.number, Order.id).where(Order.number.in_(number_chunk)))
            ids.update({row.number: row.id for row in rows})
    return [ids[o.number] for o in orders]


def _catalogue_barcodes(session: Session, orders: Iterable[IncomingOrder]) -> dict[str, str]:
    skus = sorted({line.sku for order in orders for line in order.lines if line.sku and not line.barcode})
    found: dict[str, str] = {}
    for chunk in chunks(skus):
        rows = session.execute(
            select(Product.sku, Product.barcode).where(Product.sku.in_(chunk), Product.barcode.is_not(None))
        )
        found.update({row.sku: row.barcode for row in rows})
    return found


def _insert_children(
    session: Session, orders: list[tuple[int, IncomingOrder]], barcodes: dict[str, str]
) -> None:
    lines = [
        {
            "order_id": order_id,
            "position": position,
            "sku": line.sku,
            "barcode": line.barcode or (barcodes.get(line.sku) if line.sku else None),
            "name": line.name,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "currency": line.currency,
            "requires_shipping": line.requires_shipping,
        }
        for order_id, order in orders
        for position, line in enumerate(order.lines, start=1)
    ]
    tags = [{"order_id": order_id, "tag": tag} for order_id, order in orders for tag in order.tags]
    for line_chunk in chunks(lines, 2000):
        bulk_insert(session, OrderLine, list(line_chunk))
    for tag_chunk in chunks(tags, 2000):
        bulk_insert(session, OrderTag, list(tag_chunk))


def store_products(session: Session, products: list[IncomingProduct], report: ImportReport) -> None:
    """Products by SKU: barcodes and names learnt; kind and links kept unless the file says."""
    by_sku = {p.sku: p for p in products}
    known: dict[str, int] = {}
    for chunk in chunks(list(by_sku)):
        known.update(
            {
                row.sku: row.id
                for row in session.execute(select(Product.sku, Product.id).where(Product.sku.in_(chunk)))
            }
        )
    fresh = [p for sku, p in by_sku.items() if sku not in known]
    for product_chunk in chunks(fresh):
        bulk_insert(session, Product, [_product_row(p, new=True) for p in product_chunk])
    updates = [{"id": known[sku], **_product_row(p, new=False)} for sku, p in by_sku.items() if sku in known]
    if updates:
        session.execute(update(Product), updates)
    report.products_created += len(fresh)
    report.products_updated += len(updates)

    # lines not yet packed learn the barcode of their SKU, so the bench can verify them
    for product in by_sku.values():
        if not product.barcode:
            continue
        open_orders = select(Order.id).where(
            Order.status.in_([OrderStatus.NEW, OrderStatus.READY, OrderStatus.HELD])
        )
        result = session.execute(
            update(OrderLine)
            .where(
                OrderLine.sku == product.sku, OrderLine.barcode.is_(None), OrderLine.order_id.in_(open_orders)
            )
            .values(barcode=product.barcode)
        )
        report.lines_given_barcodes += result.rowcount or 0  # type: ignore[attr-defined]


def _product_row(product: IncomingProduct, *, new: bool) -> dict[str, Any]:
    """A new product gets every column; an update only what the file says, so a products
    export without days of use does not wipe what a manager set in packstation."""
    row: dict[str, Any] = {"sku": product.sku, "name": product.name, "barcode": product.barcode}
    if new:
        row |= {
            "kind": ProductKind.CONSUMABLE if product.days_of_use else ProductKind.DURABLE,
            "days_of_use": product.days_of_use,
            "care_tips_key": product.care_tips_key,
            "complementary_skus": product.complementary_skus,
            "is_sample": product.is_sample,
            "names": product.names,
        }
        return row
    if product.days_of_use is not None:
        row |= {"kind": ProductKind.CONSUMABLE, "days_of_use": product.days_of_use}
    if product.care_tips_key is not None:
        row["care_tips_key"] = product.care_tips_key
    if product.complementary_skus:
        row["complementary_skus"] = product.complementary_skus
    if product.names:  # a file that names products per language: its names, whole
        row["names"] = product.names
    return row
