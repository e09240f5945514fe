"""Parcels that come back: scanning the return label's RMA records the return, and the order's
pending marketing (review request, offers, care tips) is not sent after all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.orders import cancel_pending_marketing
from packstation.storage.models import Order, ReturnLabel


@dataclass(frozen=True)
class ReturnRecorded:
    rma: str
    order_number: str
    already: bool  # scanned before: nothing changed


def record_return(session: Session, rma: str, now: datetime | None = None) -> ReturnRecorded:
    """Record one returned parcel by its RMA number; LookupError names an RMA we never issued."""
    code = rma.strip().upper()
    label = session.scalars(select(ReturnLabel).where(ReturnLabel.rma == code)).one_or_none()
    if label is None:
        raise LookupError(f"{rma!r}: no return label with this RMA number was issued here")
    order = session.get(Order, label.order_id)
    assert order is not None
    if label.received_at is not None:
        return ReturnRecorded(code, order.number, already=True)
    label.received_at = now or datetime.now(UTC)
    cancel_pending_marketing(session, [order.id], "the parcel came back")
    return ReturnRecorded(code, order.number, already=False)
