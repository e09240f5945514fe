"""Writing the demo shop's orders as a Shopify Orders export, column for column as the shop
admin downloads it — for trying the importer, for the tests and for the import benchmark."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from packstation.core.incoming import IncomingOrder
from packstation.demo.shop import make_order

SHOPIFY_ORDER_COLUMNS = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Phone",
]  # fmt: skip


def shopify_rows(order: IncomingOrder, order_id: int) -> Iterator[dict[str, str]]:
    """The export's rows for one order: order-level columns on the first row only."""
    subtotal = sum(
        (line.unit_price * line.quantity for line in order.lines), start=order.lines[0].unit_price * 0
    )
    created = order.created_at.strftime("%Y-%m-%d %H:%M:%S %z")
    attributes = [f"language: {order.customer.language}"]
    if order.gift_message:
        attributes.append(f"gift_message: {order.gift_message}")
    a = order.address
    head = {
        "Email": order.customer.email or "",
        "Financial Status": "paid" if order.ready else "pending",
        "Paid at": created if order.ready else "",
        "Fulfillment Status": "unfulfilled",
        "Accepts Marketing": "yes" if order.customer.marketing_consent else "no",
        "Currency": order.currency,
        "Subtotal": f"{subtotal:.2f}",
        "Shipping": "0.00",
        "Taxes": "0.00",
        "Total": f"{subtotal:.2f}",
        "Shipping Method": order.shipping_method,
        "Billing Name": a.name,
        "Billing Address1": a.address1,
        "Billing City": a.city,
        "Billing Zip": a.zip,
        "Billing Country": a.country,
        "Shipping Name": a.name,
        "Shipping Street": a.address1,
        "Shipping Address1": a.address1,
        "Shipping Address2": a.address2 or "",
        "Shipping Company": a.company or "",
        "Shipping City": a.city,
        "Shipping Zip": a.zip,
        "Shipping Province": a.province or "",
        "Shipping Country": a.country,
        "Shipping Phone": a.phone or "",
        "Notes": order.notes or "",
        "Note Attributes": "\n".join(attributes),
        "Payment Method": "Shopify Payments",
        "Vendor": "Verde Atelier",
        "Outstanding Balance": "0.00",
        "Id": str(order_id),
        "Tags": ", ".join(order.tags + (["gift"] if order.is_gift and not order.gift_message else [])),
        "Risk Level": "Low",
        "Source": "web",
    }
    for index, line in enumerate(order.lines):
        row = dict.fromkeys(SHOPIFY_ORDER_COLUMNS, "")
        row.update(
            {
                "Name": order.number,
                "Created at": created,
                "Lineitem quantity": str(line.quantity),
                "Lineitem name": line.name,
                "Lineitem price": f"{line.unit_price:.2f}",
                "Lineitem sku": line.sku or "",
                "Lineitem requires shipping": "true",
                "Lineitem taxable": "true",
                "Lineitem fulfillment status": "pending",
            }
        )
        if index == 0:
            row.update(head)
        yield row


def write_shopify_orders_export(path: Path, lines: int, seed: int = 7, start_number: int = 5001) -> int:
    """Write an export of at least `lines` line-item rows; returns the number of orders."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    written = orders = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, SHOPIFY_ORDER_COLUMNS)
        writer.writeheader()
        while written < lines:
            order = make_order(start_number + orders, rng, max(60, lines // 6), now, 60)
            for row in shopify_rows(order, 5_000_000_000 + orders):
                writer.writerow(row)
                written += 1
            orders += 1
    return orders
