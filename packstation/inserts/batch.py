"""A wave's inserts in one document: chosen orders, chosen inserts, one layout, collated by
order (each parcel's inserts together) or by kind (all notes, then all vouchers — one paper
stock at a time).

Vouchers and RMAs are issued a chunk of orders at a time (48 by default), each chunk in a
transaction of its own, and reused when the batch runs again; a cancel takes back the codes of
the chunks not drawn, so orders the batch never reached get none (see wave.py). The document is
written beside its final name and moved into place only when complete, so a cancelled or
crashed batch never leaves a file that looks finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.outputs import clear_leftovers, write_atomically
from packstation.core.progress import Progress
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.inserts.service import InsertError, ready
from packstation.inserts.templates import InsertTemplates, templates_in_use
from packstation.inserts.wave import Wave, draw_wave, few_collections
from packstation.storage.bulk import bulk_insert, chunks
from packstation.storage.models import BatchInsert, Customer, Order, OrderStatus, OrderTag, PrintBatch
from packstation.vocabulary import INSERT_KINDS

COLLATIONS = ("order", "kind")
DAYS_AHEAD = 14  # how far ahead of its wave a batch may be printed (a mistyped year is refused)


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
    not_preprinted: bool = True  # leave out orders a batch already printed inserts for


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
    if choice.not_preprinted:
        query = query.where(Order.id.not_in(select(BatchInsert.order_id)))
    return list(session.scalars(query))


class LeftOut(NamedTuple):
    """An order named for a batch and not in it, and why (`because`: unknown, status,
    pre-printed or filters — what a door may add advice for; `status`: the order's)."""

    number: str
    because: str
    text: str
    status: OrderStatus | None = None


def left_out(session: Session, choice: BatchChoice, chosen: Sequence[str]) -> list[LeftOut]:
    """Why each order named in `choice` is not among the `chosen`: staff who typed 1042 want
    to hear that it is packed already, not only that nothing matched."""
    taken = set(chosen)
    missing = [number for number in choice.numbers if number not in taken]
    if not missing:
        return []
    found = {order.number: order for order in session.scalars(select(Order).where(Order.number.in_(missing)))}
    printed = set(
        session.scalars(
            select(Order.number)
            .join(BatchInsert, BatchInsert.order_id == Order.id)
            .where(Order.number.in_(missing))
        )
    )
    reasons = []
    for number in missing:
        order = found.get(number)
        if order is None:
            reasons.append(LeftOut(number, "unknown", f"{number}: no such order"))
        elif choice.status is not None and order.status is not choice.status:
            text = f"{number} is {order.status.value}, not {choice.status.value}"
            reasons.append(LeftOut(number, "status", text, order.status))
        elif choice.not_preprinted and number in printed:
            reasons.append(LeftOut(number, "pre-printed", f"{number} is pre-printed already"))
        else:
            text = f"{number} is outside the other choices (dates, shipping, tag, language)"
            reasons.append(LeftOut(number, "filters", text))
    return reasons


def render_batch(
    sessions: sessionmaker[Session],
    numbers: Sequence[str],
    kinds: Sequence[str],
    out: Path,
    page: str = "a6",
    collate: str = "order",
    progress: Progress | None = None,
    templates: InsertTemplates | None = None,
    workers: int = 1,
    chunk: int = 48,
    packing_day: date | None = None,
) -> RenderReport:
    """Render the orders' inserts into `out` (PDF), reporting progress order by order.

    A batch printed the evening before its wave gives that wave's `packing_day`: the notes
    say the parcels were packed that day, and the vouchers and return windows count from it
    (default: today).
    With several `workers`, this process gathers the facts (and issues the codes) a chunk of
    orders at a time and hands chunks to helper processes to draw (see wave.py)."""
    check_packing_day(packing_day, date.today())
    if page not in PAGE_FORMATS:
        raise InsertError(f"unknown layout {page!r}: choose from {', '.join(PAGE_FORMATS)}")
    if collate not in COLLATIONS:
        raise InsertError(f"unknown collation {collate!r}: choose order or kind")
    if not numbers:
        raise InsertError("no orders match: nothing to print")
    with sessions() as session:
        ready(session, kinds)
        if templates is None:
            templates = templates_in_use(session)
    chosen = templates
    per_page = PAGE_FORMATS[page].per_page
    size = -(-chunk // per_page) * per_page  # every part fills its last sheet
    wave = Wave(sessions, numbers, kinds, page, collate, progress or Progress(), size, packing_day)
    reports: list[RenderReport] = []
    clear_leftovers(out.resolve().parent, "batch")  # the parts of a batch killed mid-render
    write_atomically(out, lambda path: reports.append(draw_wave(wave, path, chosen, max(1, workers))))
    report = reports[0]
    with few_collections():
        report.batch_id = _record(wave, out, report)
    return report


def check_packing_day(day: date | None, today: date, name: str = "packing day") -> None:
    """A wave's packing day is today or one of the next DAYS_AHEAD days (the station's
    calendar); `name` is what the one who gave it calls it."""
    if day is None:
        return
    if day < today:
        raise InsertError(f"{name} {day.isoformat()} has passed: give today or a day to come")
    if day > today + timedelta(days=DAYS_AHEAD):
        raise InsertError(
            f"{name} {day.isoformat()} is more than {DAYS_AHEAD} days ahead: print the batch closer to its wave"
        )


def _record(wave: Wave, out: Path, report: RenderReport) -> int:
    """Remember which orders' inserts the complete file holds, so the bench skips them. A
    crash between the file and this record only means the bench prints them again."""
    with wave.sessions.begin() as session:
        batch = PrintBatch(created_at=datetime.now(UTC), kinds=",".join(wave.kinds), layout=wave.page,
                           collate=wave.collate, orders=len(wave.numbers), pages=report.pages,
                           document=str(out.resolve()))  # fmt: skip
        session.add(batch)
        session.flush()
        for part in chunks(list(wave.numbers)):
            ids = session.scalars(select(Order.id).where(Order.number.in_(part)))
            bulk_insert(
                session,
                BatchInsert,
                [{"batch_id": batch.id, "order_id": i, "kinds": batch.kinds} for i in ids],
            )
        return batch.id


def preprinted(session: Session, order_id: int) -> tuple[str, ...]:
    """The kinds of insert a batch already printed for the order, in the order INSERT_KINDS lists them."""
    found = {kind for kinds in session.scalars(select(BatchInsert.kinds).where(BatchInsert.order_id == order_id))
             for kind in kinds.split(",")}  # fmt: skip
    return tuple(kind for kind in INSERT_KINDS if kind in found)
