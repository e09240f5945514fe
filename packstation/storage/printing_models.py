"""The printing tables: print jobs on their way to a printer, and the batches that printed a
wave's inserts before packing."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.storage.base import Base, str_enum


class PrintJobStatus(enum.StrEnum):
    QUEUED = "queued"
    PRINTED = "printed"
    FAILED = "failed"  # kept, with its error, until it is retried or cancelled
    CANCELLED = "cancelled"


class PrintJob(Base):
    """A document on its way to a printer; the document itself waits in the spool folder."""

    __tablename__ = "print_job"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    station: Mapped[str] = mapped_column(String(80), default="")
    order_number: Mapped[str | None] = mapped_column(String(40), index=True)
    kinds: Mapped[str] = mapped_column(String(80))  # note,voucher,...
    target: Mapped[str] = mapped_column(String(300))  # folder:PATH, cups:QUEUE, raw:HOST:PORT
    document: Mapped[str] = mapped_column(String(500))  # the spooled file
    status: Mapped[PrintJobStatus] = mapped_column(str_enum(PrintJobStatus), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    printed_at: Mapped[datetime | None]


class PrintBatch(Base):
    """A wave's inserts rendered in one go before packing; recorded only once its file is
    complete, so a cancelled batch leaves no trace the bench would trust."""

    __tablename__ = "print_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    kinds: Mapped[str] = mapped_column(String(80))  # note,voucher,...
    layout: Mapped[str] = mapped_column(String(20))
    collate: Mapped[str] = mapped_column(String(10))
    orders: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    document: Mapped[str] = mapped_column(String(500))


class BatchInsert(Base):
    """Which batch printed which inserts of an order: the bench does not print them again."""

    __tablename__ = "batch_insert"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("print_batch.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id", ondelete="CASCADE"), index=True)
    kinds: Mapped[str] = mapped_column(String(80))
