"""A wave's inserts in one document: chosen orders, chosen inserts, one layout, collated by
order (each parcel's inserts together) or by kind (all notes, then all vouchers — one paper
stock at a time).

Each order's voucher and RMA are issued when the order is reached, in a transaction of its
own, and reused when the batch runs again; an order the batch never reached (cancelled on the
way) gets none. The document is written beside its final name and moved into place only when
complete, so a cancelled or crashed batch never leaves a file that looks finished.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.progress import Progress
from packstation.inserts.facts import InsertFacts, gather
from packstation.inserts.pages import PAGE_FORMATS, RenderReport, render_document
from packstation.inserts.service import InsertError, write_atomically
from packstation.inserts.templates import InsertTemplates
from packstation.storage.models import Customer, Order, OrderStatus, OrderTag

COLLATIONS = ("order", "kind")


@dataclass(frozen=True)
class BatchChoice:
    """Which orders a batch prints; every field left empty means "any"."""

    status: OrderStatus | None = OrderStatus.READY
    since: date | None = None
    until: date | None = None  # inclusive
    shipping_method: str = ""  # part of the method's name
    tag: str = ""
    language: str = ""
    numbers: tuple[str, ...] = ()  # scanned or typed order numbers


def choose_orders(session: Session, choice: BatchChoice) -> list[str]:
    """The chosen orders' numbers, oldest first (the order a wave is packed in)."""
    query = (
        select(Order.number)
        .join(Customer, Customer.id == Order.customer_id)
        .order_by(Order.created_at, Order.id)
    )
    if choice.status is not None:
        query = query.where(Order.status == choice.status)
    if choice.since is not None:
        query = query.where(Order.created_at >= datetime.combine(choice.since, time(0), UTC))
    if choice.until is not None:
        query = query.where(
            Order.created_at < datetime.combine(choice.until + timedelta(days=1), time(0), UTC)
        )
    if choice.shipping_method:
        query = query.where(Order.shipping_method.ilike(f"%{choice.shipping_method}%"))
    if choice.tag:
        query = query.where(Order.id.in_(select(OrderTag.order_id).where(OrderTag.tag == choice.tag)))
    if choice.language:
        query = query.where(Customer.language.like(f"{choice.language}%"))
    if choice.numbers:
        query = query.where(Order.number.in_(list(choice.numbers)))
    return list(session.scalars(query))


def render_batch(
    sessions: sessionmaker[Session],
    numbers: Sequence[str],
    kinds: Sequence[str],
    out: Path,
    page: str = "a6",
    collate: str = "order",
    progress: Progress | None = None,
    templates: InsertTemplates | None = None,
) -> RenderReport:
    """Render the orders' inserts into `out` (PDF), reporting progress order by order."""
    if page not in PAGE_FORMATS:
        raise InsertError(f"unknown layout {page!r}: choose from {', '.join(PAGE_FORMATS)}")
    if collate not in COLLATIONS:
        raise InsertError(f"unknown collation {collate!r}: choose order or kind")
    if not numbers:
        raise InsertError("no orders match: nothing to print")
    chosen = templates or InsertTemplates()
    tracker = progress or Progress()
    total = len(numbers)

    def facts_of_each() -> Iterator[InsertFacts]:
        for done, number in enumerate(numbers):
            tracker.report(done, total, number)  # raises Cancelled when someone pressed cancel
            with sessions.begin() as session:
                yield gather(session, number)
        tracker.report(total, total, "")

    def inserts() -> Iterator[tuple[str, InsertFacts]]:
        if collate == "order":
            for facts in facts_of_each():
                for kind in kinds:
                    yield kind, facts
        else:  # every order's facts first, then one kind after another
            everything = list(facts_of_each())
            for kind in kinds:
                for facts in everything:
                    yield kind, facts

    reports: list[RenderReport] = []

    def write(path: Path) -> None:
        reports.append(
            render_document(inserts(), path, PAGE_FORMATS[page], chosen, title="packstation batch")
        )

    write_atomically(out, write)
    return reports[0]
