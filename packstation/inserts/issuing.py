"""Issuing an order's voucher code and RMA number: once per order, unique in the shop.

A code is drawn from `secrets` and inserted under a savepoint; a clash with another code
(or another station issuing for the same order at the same moment) is caught by the unique
constraints and tried again, so the database, not luck, guarantees uniqueness.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Literal, TypeVar

from sqlalchemy import delete, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstanceState, Session

from packstation.core.codes import new_code
from packstation.core.settings import ShopSettings
from packstation.core.working_days import closed_days, estimated_delivery, return_deadline, station_day
from packstation.storage.bulk import bulk_insert
from packstation.storage.models import Order, ReturnLabel, Voucher

T = TypeVar("T", Voucher, ReturnLabel)
ATTEMPTS = 8


class CodesExhaustedError(RuntimeError):
    pass


def _issue_once(
    session: Session, lookup: Callable[[], T | None], make: Callable[[], T], known: T | Literal[False] | None
) -> T:
    """`known` is what the caller already looked up for this order (a row, or None when it
    has none), or False when the caller did not look: then the database is asked."""
    existing = lookup() if known is False else known
    if existing is not None:
        return existing
    for _ in range(ATTEMPTS):
        try:
            with session.begin_nested():
                row = make()
                session.add(row)
            return row
        except IntegrityError:
            existing = lookup()  # another station issued this order's code meanwhile
            if existing is not None:
                return existing
    raise CodesExhaustedError(f"no free code found in {ATTEMPTS} tries: widen the code alphabet or length")


def _end_of(day: date) -> datetime:
    """The last second of `day`: the moment a voucher or return window printed as ending on
    that day ends."""
    return datetime.combine(day, time(23, 59, 59), UTC)


def _new_voucher(order: Order, settings: ShopSettings, issued: datetime, packed: date) -> Voucher:
    """A voucher issued at `issued`, valid for its days from the day the parcel is packed: a
    batch printed a week ahead of its wave loses none of them."""
    min_spend = (settings.voucher_min_spend or {}).get(order.currency)
    amount = None
    if not settings.voucher_percent_off:
        amount = (settings.voucher_amount_off or {}).get(order.currency)
    return Voucher(
        order_id=order.id,
        code=new_code(settings.voucher_prefix),
        percent_off=settings.voucher_percent_off or None,
        amount_off=Decimal(str(amount)) if amount is not None else None,
        currency=order.currency,
        min_spend=Decimal(str(min_spend)) if min_spend is not None else None,
        issued_at=issued,
        expires_at=_expiry(settings, packed),
    )


def _expiry(settings: ShopSettings, packed: date) -> datetime:
    return _end_of(packed + timedelta(days=settings.voucher_valid_days))


def _row(made: Voucher | ReturnLabel) -> dict[str, object]:
    """A new code's row: the columns _new_voucher or _new_label set (the rest take their
    defaults), read from the object rather than listed a second time."""
    state: InstanceState[Voucher | ReturnLabel] = inspect(made)
    return {name: value for name, value in state.dict.items() if name in state.mapper.columns}


def _return_by(order: Order, settings: ShopSettings, packed: date) -> date:
    """The return window counted from the parcel's estimated delivery in the customer's
    country, as return policies count it, ending on a day its post offices are open."""
    delivered = estimated_delivery(packed, order.shipping_method, order.ship_country, settings)
    return return_deadline(delivered, settings.return_days, order.ship_country, closed_days(settings))


def _new_label(order: Order, settings: ShopSettings, issued: datetime, packed: date) -> ReturnLabel:
    """A return label issued at `issued`, its window counted from the day the parcel is packed."""
    return ReturnLabel(
        order_id=order.id,
        rma=new_code(settings.rma_prefix),
        issued_at=issued,
        return_by=_end_of(_return_by(order, settings, packed)),
    )


def follow_packing_day(
    order: Order, settings: ShopSettings, packed: date, voucher: Voucher, label: ReturnLabel
) -> None:
    """The inserts printed now count the voucher and the return window from `packed`: where
    that ends later than what is stored (the wave moved on, or a note-only batch issued the
    codes for a wave the parcel missed), the stored deadlines move out to it; the codes stay.
    Never in: every copy printed before, in a drawer or in a parcel, still promises no more
    than the shop keeps."""
    expires, return_by = _expiry(settings, packed), _end_of(_return_by(order, settings, packed))
    if expires > voucher.expires_at:
        voucher.expires_at = expires
    if return_by > label.return_by:
        label.return_by = return_by


def issue_voucher(
    session: Session,
    order: Order,
    settings: ShopSettings,
    now: datetime | None = None,
    known: dict[int, Voucher] | None = None,
    packing_day: date | None = None,
) -> Voucher:
    """The order's voucher, issued now if it has none, valid from `packing_day` (the station's
    day of now when not given); `known` holds the vouchers the caller already loaded for a
    batch of orders (an order not in it has none)."""
    issued = now or datetime.now(UTC)
    return _issue_once(
        session,
        lambda: session.scalar(select(Voucher).where(Voucher.order_id == order.id)),
        lambda: _new_voucher(order, settings, issued, packing_day or station_day(issued)),
        False if known is None else known.get(order.id),
    )


def issue_return_label(
    session: Session,
    order: Order,
    settings: ShopSettings,
    issued_at: datetime | None = None,
    known: dict[int, ReturnLabel] | None = None,
    packing_day: date | None = None,
) -> ReturnLabel:
    """The order's return label, issued at `issued_at` (now) if it has none; its window counts
    from `packing_day` (the station's day of issue when not given); `known` as for vouchers."""
    issued = issued_at or datetime.now(UTC)
    return _issue_once(
        session,
        lambda: session.scalar(select(ReturnLabel).where(ReturnLabel.order_id == order.id)),
        lambda: _new_label(order, settings, issued, packing_day or station_day(issued)),
        False if known is None else known.get(order.id),
    )


def issue_missing(
    session: Session,
    orders: list[Order],
    settings: ShopSettings,
    now: datetime,
    vouchers: dict[int, Voucher],
    labels: dict[int, ReturnLabel],
    packed: dict[int, date],
) -> None:
    """Issue, in one go, the vouchers and return labels a batch of orders lacks (`vouchers`
    and `labels` hold those they have, and get the new ones). One insert for all instead of
    one savepoint each; on any clash — a code drawn twice, another station issuing for one of
    these orders at the same moment — nothing of it stays and the caller's per-order issuing,
    which retries, takes over. `packed` holds each order's packing day."""
    new_vouchers = [_new_voucher(o, settings, now, packed[o.id]) for o in orders if o.id not in vouchers]
    new_labels = [_new_label(o, settings, now, packed[o.id]) for o in orders if o.id not in labels]
    if not new_vouchers and not new_labels:
        return
    try:  # through the tables, not the ORM's unit of work: a tenth of a batch's issuing time
        with session.begin_nested():
            bulk_insert(session, Voucher, [_row(v) for v in new_vouchers])
            bulk_insert(session, ReturnLabel, [_row(r) for r in new_labels])
    except IntegrityError:
        return
    vouchers.update((v.order_id, v) for v in new_vouchers)
    labels.update((r.order_id, r) for r in new_labels)


def withdraw(session: Session, order_numbers: list[str], issued_at: datetime) -> None:
    """Take back the codes issued at `issued_at` for these orders: a batch cancelled before
    drawing them hands them to nobody (codes the orders had before are not touched)."""
    if not order_numbers:
        return
    ids = select(Order.id).where(Order.number.in_(order_numbers))
    session.execute(delete(Voucher).where(Voucher.order_id.in_(ids), Voucher.issued_at == issued_at))
    session.execute(
        delete(ReturnLabel).where(ReturnLabel.order_id.in_(ids), ReturnLabel.issued_at == issued_at)
    )
