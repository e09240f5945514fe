"""Orders as an importer reads them, before they are stored: plain data, no database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class IncomingLine:
    name: str
    quantity: int
    unit_price: Decimal
    currency: str
    sku: str | None = None
    barcode: str | None = None
    requires_shipping: bool = True


@dataclass
class IncomingCustomer:
    full_name: str
    first_name: str
    email: str | None = None
    phone: str | None = None
    language: str = "en"
    marketing_consent: bool = False
    birthday: date | None = None  # the year unknown: 1904 (core/birthdays.py); None: the file does not say


@dataclass
class IncomingAddress:
    name: str = ""
    company: str | None = None
    address1: str = ""
    address2: str | None = None
    city: str = ""
    zip: str = ""
    province: str | None = None
    country: str = ""
    phone: str | None = None


@dataclass
class IncomingOrder:
    """One order from a file. `ready` False means it waits for payment (status new)."""

    number: str
    channel: str
    created_at: datetime
    customer: IncomingCustomer
    address: IncomingAddress
    currency: str
    lines: list[IncomingLine] = field(default_factory=list)
    ready: bool = True
    external_id: str | None = None
    is_gift: bool = False
    gift_message: str | None = None
    shipping_method: str = ""
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    source_line: int = 0  # where the order starts in its file

    def content_hash(self) -> str:
        """A fingerprint of what the shop said, to tell an updated order from a repeated one."""
        parts = (
            _values(self, skip=("customer", "address", "lines", "source_line")),
            _values(self.customer),
            _values(self.address),
            [_values(line) for line in self.lines],
        )
        return hashlib.sha256(repr(parts).encode()).hexdigest()


def _values(item: object, skip: tuple[str, ...] = ()) -> tuple[object, ...]:
    """The dataclass's field values in order: asdict() deep-copies and is ten times slower."""
    return tuple(value for name, value in vars(item).items() if name not in skip)


@dataclass
class LeftOut:
    """An order (or line) the importer read fine but does not put on the packing list."""

    number: str
    reason: str
    line: int
    cancels: bool = False  # the shop cancelled or refunded it: take it off our list too


@dataclass
class IncomingProduct:
    sku: str
    name: str
    barcode: str | None = None
    days_of_use: int | None = None
    care_tips_key: str | None = None
    complementary_skus: list[str] = field(default_factory=list)
    is_sample: bool = False
    names: dict[str, str] = field(default_factory=dict)  # customer language -> name; the file's own
