"""A print owed: the row that says an order's inserts must be printed at a station, written in
the same transaction that packs the order. It is a print job not yet drawn (no document, no
printer yet); `print_order_inserts` draws it into a real job, and `print_waiting` draws every
one a station still owes — after a crash, at the next start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import PrintJob, PrintJobStatus

OWED = ""  # a job whose document is not drawn yet


def request_print(
    session: Session, order_number: str, station: str, kinds: Sequence[str], now: datetime
) -> PrintJob:
    job = PrintJob(created_at=now, station=station, order_number=order_number, kinds=",".join(kinds), target=OWED,
                   document=OWED, status=PrintJobStatus.QUEUED, attempts=0)  # fmt: skip
    session.add(job)
    return job


def owed(session: Session, station: str, order_number: str | None = None) -> list[PrintJob]:
    """The prints a station owes, oldest first (of one order, if given)."""
    query = select(PrintJob).where(PrintJob.station == station, PrintJob.status == PrintJobStatus.QUEUED,
                                   PrintJob.document == OWED)  # fmt: skip
    if order_number is not None:
        query = query.where(PrintJob.order_number == order_number)
    return list(session.scalars(query.order_by(PrintJob.id)))
