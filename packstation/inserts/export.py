"""Issued voucher codes as CSV, to load into the shop platform as discount codes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.outputs import write_atomically
from packstation.core.spreadsheet import write_rows
from packstation.storage.models import Order, Voucher

COLUMNS = [
    "code",
    "order",
    "percent_off",
    "amount_off",
    "currency",
    "min_spend",
    "issued_at",
    "expires_at",
    "redeemed_at",
]


def export_vouchers(sessions: sessionmaker[Session], out: Path) -> int:
    with sessions() as session:
        rows = session.execute(
            select(Voucher, Order.number).join(Order, Order.id == Voucher.order_id).order_by(Voucher.id)
        ).all()

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as handle:
            write_rows(handle, COLUMNS, (
                [voucher.code, number, voucher.percent_off or "", voucher.amount_off or "", voucher.currency,
                 voucher.min_spend or "", voucher.issued_at.isoformat(), voucher.expires_at.isoformat(),
                 voucher.redeemed_at.isoformat() if voucher.redeemed_at else ""]
                for voucher, number in rows
            ))  # fmt: skip

    write_atomically(out, write)
    return len(rows)
