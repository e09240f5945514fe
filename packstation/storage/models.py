"""The tables packstation keeps: orders and their lines, customers, the product and packaging
catalogues, stations, packers and the shop's brand.

Enumerations are stored as plain strings (no native database enums) so the same schema runs
unchanged on SQLite and PostgreSQL, and a later value needs no ALTER TYPE.
"""

from __future__ import annotations

import enum
import secrets
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from packstation.storage.audit_models import AuditEntry, PinGuard
from packstation.storage.base import Base, str_enum

# the printing tables live in a module of their own; imported here so that every table is
# known to the metadata (migrations, tests) and every model can be imported from here
from packstation.storage.printing_models import BatchInsert, PrintBatch, PrintJob, PrintJobStatus
from packstation.storage.shop_models import ShopFile
from packstation.storage.stats_models import PackHour
from packstation.vocabulary import OrderStatus


class ProductKind(enum.StrEnum):
    CONSUMABLE = "consumable"  # runs out: has days of use
    DURABLE = "durable"  # lasts: has a care-tips key


class PackagingKind(enum.StrEnum):
    BOX = "box"
    MAILER = "mailer"
    VOID_FILL = "void_fill"
    TAPE = "tape"
    WRAP = "wrap"


class Role(enum.StrEnum):
    PACKER = "packer"
    MANAGER = "manager"
    ADMIN = "admin"


def new_link_token() -> str:
    """144 random bits, URL-safe: what a customer's unsubscribe and referral links carry."""
    return secrets.token_urlsafe(18)


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    first_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(35), default="en")  # BCP-47 tag
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    # the unsubscribe and referral links carry this, never the sequential id (migration 0019)
    link_token: Mapped[str] = mapped_column(String(32), unique=True, default=new_link_token)
    birthday: Mapped[date | None] = mapped_column(Date)  # the year unknown: 1904

    orders: Mapped[list[Order]] = relationship(back_populates="customer")


class Order(Base):
    __tablename__ = "shop_order"  # "order" is an SQL keyword

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    channel: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    imported_at: Mapped[datetime]
    status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    is_gift: Mapped[bool] = mapped_column(Boolean, default=False)
    gift_message: Mapped[str | None] = mapped_column(Text)
    ship_name: Mapped[str] = mapped_column(String(200), default="")
    ship_company: Mapped[str | None] = mapped_column(String(200))
    ship_address1: Mapped[str] = mapped_column(String(300), default="")
    ship_address2: Mapped[str | None] = mapped_column(String(300))
    ship_city: Mapped[str] = mapped_column(String(120), default="")
    ship_zip: Mapped[str] = mapped_column(String(20), default="")
    ship_province: Mapped[str | None] = mapped_column(String(120))
    ship_country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    ship_phone: Mapped[str | None] = mapped_column(String(40))
    shipping_method: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), default="")  # what the last import said
    # casefolded number, names and e-mail: SQLite's LIKE folds ASCII only, so "čapek" must be
    # matched against text folded by Python to find "Čapek" on both databases
    search_key: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="orders")
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    tags: Mapped[list[OrderTag]] = relationship(cascade="all, delete-orphan", order_by="OrderTag.tag")

    __table_args__ = (Index("ix_shop_order_created_at", "created_at"),)

    @property
    def tag_names(self) -> list[str]:
        return [t.tag for t in self.tags]


class OrderLine(Base):
    __tablename__ = "order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str | None] = mapped_column(String(64), index=True)
    barcode: Mapped[str | None] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    requires_shipping: Mapped[bool] = mapped_column(Boolean, default=True)

    order: Mapped[Order] = relationship(back_populates="lines")


class OrderTag(Base):
    __tablename__ = "order_tag"

    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ProductKind] = mapped_column(str_enum(ProductKind), default=ProductKind.DURABLE)
    days_of_use: Mapped[int | None] = mapped_column(Integer)  # consumables: how long one lasts
    care_tips_key: Mapped[str | None] = mapped_column(String(64))  # durables: which care tips apply
    complementary_skus: Mapped[list[str]] = mapped_column(default=list)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)  # a free sample for the bench to offer
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)  # language tag -> name, `name` the fallback


class Packaging(Base):
    """A packaging material with the eco facts the inserts and follow-ups quote."""

    __tablename__ = "packaging"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[PackagingKind] = mapped_column(str_enum(PackagingKind))
    size: Mapped[str | None] = mapped_column(String(60))
    weight_grams: Mapped[int] = mapped_column(Integer, default=0)
    recycled_content_pct: Mapped[int] = mapped_column(Integer, default=0)
    recyclable: Mapped[bool] = mapped_column(Boolean, default=False)
    home_compostable: Mapped[bool] = mapped_column(Boolean, default=False)
    plastic_grams: Mapped[int] = mapped_column(Integer, default=0)
    co2e_grams: Mapped[int] = mapped_column(Integer, default=0)
    disposal: Mapped[dict[str, Any]] = mapped_column(default=dict)  # language tag -> instructions
    names: Mapped[dict[str, Any]] = mapped_column(default=dict)  # language tag -> name on inserts


class Station(Base):
    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime]


class Packer(Base):
    __tablename__ = "packer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    badge: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[Role] = mapped_column(str_enum(Role), default=Role.PACKER)
    pin_hash: Mapped[str | None] = mapped_column(String(255))  # scrypt, managers and admins only
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Brand(Base):
    """The shop's brand: one row, id 1."""

    __tablename__ = "brand"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    voice: Mapped[str] = mapped_column(String(40), default="warm")
    support_email: Mapped[str | None] = mapped_column(String(254))
    support_phone: Mapped[str | None] = mapped_column(String(40))
    support_chat_url: Mapped[str | None] = mapped_column(String(300))
    website: Mapped[str | None] = mapped_column(String(300))
    primary_color: Mapped[str] = mapped_column(String(9), default="#2F5D50")
    accent_color: Mapped[str] = mapped_column(String(9), default="#E9B44C")
    logo_path: Mapped[str | None] = mapped_column(String(500))
    return_address: Mapped[str | None] = mapped_column(Text)


class Voucher(Base):
    """The discount voucher in an order's parcel: one per order, its code unique in the shop."""

    __tablename__ = "voucher"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), unique=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    percent_off: Mapped[int | None] = mapped_column(Integer)
    amount_off: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    min_spend: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    redeemed_at: Mapped[datetime | None]
    redeemed_order: Mapped[str | None] = mapped_column(String(64))  # the shop's order that used it
    redeemed_total: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))  # that order's total
    redeemed_currency: Mapped[str | None] = mapped_column(String(3))


class ReturnLabel(Base):
    """The ready return label in an order's parcel, with its unique RMA number."""

    __tablename__ = "return_label"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), unique=True)
    rma: Mapped[str] = mapped_column(String(40), unique=True)
    issued_at: Mapped[datetime]
    return_by: Mapped[datetime]  # the last day of the return window, end of day UTC
    received_at: Mapped[datetime | None]  # the parcel came back: its marketing stops


class SessionStatus(enum.StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    HELD = "held"
    CANCELLED = "cancelled"
    TAKEN_OVER = "taken_over"  # a manager took a stale session over at another station


class PackSession(Base):
    """One packer packing one order at one station: the pack event the statistics and the
    follow-ups read. At most one session per order is open, on SQLite and PostgreSQL alike
    (a partial unique index), which is what stops two stations packing the same order."""

    __tablename__ = "pack_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id"), index=True)
    packer_id: Mapped[int] = mapped_column(ForeignKey("packer.id"), index=True)
    station: Mapped[str] = mapped_column(String(80), index=True)
    status: Mapped[SessionStatus] = mapped_column(str_enum(SessionStatus, 16))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    lease_until: Mapped[datetime]  # renewed while the packer works; past it, a manager may take over
    note_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    carrier: Mapped[str | None] = mapped_column(String(40))
    hold_reason: Mapped[str | None] = mapped_column(String(40))
    short_ship_approved_by: Mapped[int | None] = mapped_column(ForeignKey("packer.id"))
    taken_over_from: Mapped[int | None] = mapped_column(ForeignKey("pack_session.id"))
    # a completed session requests the order's follow-ups; they are queued just after, off the
    # packer's path, and this turns true (sessions packed before it existed count as done)
    followups_queued: Mapped[bool] = mapped_column(Boolean, default=False, server_default=true())
    # the tally, written when the session closes (bench/tally.py): what the statistics add up
    items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    wrong_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    over_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unknown_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    packaging_logged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    packaging_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recycled_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plastic_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    co2e_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pack_ms: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # opened -> closed

    scans: Mapped[list[PackScan]] = relationship(order_by="PackScan.seq", cascade="all, delete-orphan")

    __table_args__ = (
        Index("uq_pack_session_open_order", "order_id", unique=True),  # partial: see PARTIAL_INDEXES
        Index("ix_pack_session_ended_at", "ended_at"),
        # the manager's figures read these columns only: the indexes answer them without the table
        Index(
            "ix_pack_session_figures_ended",
            "status",
            "ended_at",
            "packer_id",
            "station",
            "items",
            "pack_ms",
            "short_ship_approved_by",
            "packaging_logged",
            "plastic_grams",
            "co2e_grams",
            "packaging_grams",
            "recycled_grams",
        ),
        Index(
            "ix_pack_session_figures_started",
            "status",
            "started_at",
            "packer_id",
            "station",
            "wrong_scans",
            "over_scans",
            "unknown_scans",
            "confirmations",
            "hold_reason",
        ),
        Index("ix_pack_session_started_at", "started_at"),
        Index("ix_pack_session_followups_requested", "id"),  # partial: see PARTIAL_INDEXES
    )


class ScanKind(enum.StrEnum):
    ORDER = "order"
    ITEM = "item"
    PACKAGING = "packaging"
    TRACKING = "tracking"
    SAMPLE = "sample"
    COMMAND = "command"
    UNKNOWN = "unknown"


class ScanResult(enum.StrEnum):
    OK = "ok"
    WRONG_ITEM = "wrong_item"  # a product of ours that is not in this order
    OVER_SCAN = "over_scan"  # more of a line than the order has
    UNKNOWN_CODE = "unknown_code"  # nothing we know
    REFUSED = "refused"  # right code, wrong moment (e.g. an error not yet acknowledged)


#: The conditions of the partial indexes, the same on every database. They are given to the
#: index for the database in use when its engine is made (`partial_indexes_for`), not here:
#: naming a database's index option loads that database's SQLAlchemy dialect, and loading
#: PostgreSQL's cost every command on the embedded SQLite default 40 ms of its start.
PARTIAL_INDEXES = {
    "uq_pack_session_open_order": "status = 'open'",
    "ix_pack_session_followups_requested": "status = 'completed' AND NOT followups_queued",
}


def partial_indexes_for(dialect: str) -> None:
    """Give the partial indexes their condition for `dialect` ("sqlite" or "postgresql")."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = PARTIAL_INDEXES.get(str(index.name))
            if where is not None:
                index.dialect_options[dialect]["where"] = text(where)


class PackScan(Base):
    """Every scan of a session, stored before the screen shows its result."""

    __tablename__ = "pack_scan"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("pack_session.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    code: Mapped[str] = mapped_column(String(128))
    kind: Mapped[ScanKind] = mapped_column(str_enum(ScanKind))
    result: Mapped[ScanResult] = mapped_column(str_enum(ScanResult))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("order_line.id"))
    packaging_code: Mapped[str | None] = mapped_column(String(40))
    undone: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("session_id", "seq", name="uq_pack_scan_session_seq"),)


class MessageStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # claimed by a dispatcher; a stale claim is picked up again
    SENT = "sent"
    FAILED = "failed"  # gave up after the rule's attempts; the last error says why
    CANCELLED = "cancelled"
    SKIPPED = "skipped"  # re-checked at send time and not sent (the reason is the last error)


class OutboxMessage(Base):
    """A follow-up waiting to be sent. Its key (order and rule) is unique, so completing,
    reprinting or re-importing an order never queues the same message twice."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(40))
    marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(10), default="email")
    recipient: Mapped[str] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(35))
    subject: Mapped[str] = mapped_column(String(200))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)  # stable: receivers de-duplicate
    created_at: Mapped[datetime]
    scheduled_at: Mapped[datetime] = mapped_column(index=True)
    expires_at: Mapped[datetime | None]
    status: Mapped[MessageStatus] = mapped_column(str_enum(MessageStatus), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    last_error: Mapped[str | None] = mapped_column(Text)
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]


class Setting(Base):
    """A shop-wide setting: its name and its value as JSON (declared in core.settings)."""

    __tablename__ = "setting"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


__all__ = [
    "AuditEntry",
    "Base",
    "BatchInsert",
    "Brand",
    "Customer",
    "MessageStatus",
    "Order",
    "OrderLine",
    "OrderStatus",
    "OrderTag",
    "OutboxMessage",
    "PackHour",
    "PackScan",
    "PackSession",
    "Packaging",
    "PackagingKind",
    "Packer",
    "PinGuard",
    "PrintBatch",
    "PrintJob",
    "PrintJobStatus",
    "Product",
    "ProductKind",
    "ReturnLabel",
    "Role",
    "ScanKind",
    "ScanResult",
    "SessionStatus",
    "Setting",
    "ShopFile",
    "Station",
    "Voucher",
]
