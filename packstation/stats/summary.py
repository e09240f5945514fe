"""What went into and came after the parcels in a period: inserts printed (at the bench and in
batches), vouchers issued and redeemed, return labels and returns, follow-ups by kind."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.storage.models import (
    BatchInsert,
    MessageStatus,
    OutboxMessage,
    PrintBatch,
    PrintJob,
    PrintJobStatus,
    ReturnLabel,
    Voucher,
)


@dataclass
class Summary:
    inserts_at_bench: dict[str, int] = field(default_factory=dict)  # kind -> printed
    inserts_in_batches: dict[str, int] = field(default_factory=dict)
    vouchers_issued: int = 0
    vouchers_redeemed: int = 0  # of those issued in the period
    redeemed_revenue: dict[str, str] = field(
        default_factory=dict
    )  # currency -> total of the redeeming orders
    return_labels: int = 0
    returns_received: int = 0
    followups: dict[str, dict[str, int]] = field(default_factory=dict)  # rule -> status -> messages

    @property
    def redemption_rate(self) -> float:
        return self.vouchers_redeemed / self.vouchers_issued if self.vouchers_issued else 0.0


def summary(session: Session, since: datetime, until: datetime) -> Summary:
    found = Summary()
    at_bench: Counter[str] = Counter()
    for kinds, copies in session.execute(
        select(PrintJob.kinds, func.count())
        .where(
            PrintJob.status == PrintJobStatus.PRINTED,
            PrintJob.created_at >= since,
            PrintJob.created_at < until,
        )
        .group_by(PrintJob.kinds)
    ):
        for kind in kinds.split(","):
            at_bench[kind] += copies
    found.inserts_at_bench = dict(sorted(at_bench.items()))
    in_batches: Counter[str] = Counter()
    for kinds, orders in session.execute(
        select(BatchInsert.kinds, func.count())
        .join(PrintBatch, PrintBatch.id == BatchInsert.batch_id)
        .where(PrintBatch.created_at >= since, PrintBatch.created_at < until)
        .group_by(BatchInsert.kinds)
    ):
        for kind in kinds.split(","):
            in_batches[kind] += orders
    found.inserts_in_batches = dict(sorted(in_batches.items()))

    issued = (Voucher.issued_at >= since) & (Voucher.issued_at < until)
    found.vouchers_issued = session.scalar(select(func.count()).where(issued)) or 0
    redeemed = issued & Voucher.redeemed_at.is_not(None)
    found.vouchers_redeemed = session.scalar(select(func.count()).where(redeemed)) or 0
    found.redeemed_revenue = {
        str(currency): f"{Decimal(total or 0):.2f}"
        for currency, total in session.execute(
            select(Voucher.redeemed_currency, func.sum(Voucher.redeemed_total))
            .where(redeemed, Voucher.redeemed_currency.is_not(None))
            .group_by(Voucher.redeemed_currency)
        )
    }
    found.return_labels = (
        session.scalar(
            select(func.count()).where(ReturnLabel.issued_at >= since, ReturnLabel.issued_at < until)
        )
        or 0
    )
    found.returns_received = (
        session.scalar(
            select(func.count()).where(ReturnLabel.received_at >= since, ReturnLabel.received_at < until)
        )
        or 0
    )
    followups: dict[str, dict[str, int]] = {}
    for rule, status, count in session.execute(
        select(OutboxMessage.rule, OutboxMessage.status, func.count())
        .where(OutboxMessage.created_at >= since, OutboxMessage.created_at < until)
        .group_by(OutboxMessage.rule, OutboxMessage.status)
    ):
        followups.setdefault(rule, {s.value: 0 for s in MessageStatus})[status.value] = count
    found.followups = dict(sorted(followups.items()))
    return found
