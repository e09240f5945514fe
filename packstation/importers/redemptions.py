"""The shop's discount-code usage: which of our vouchers were redeemed, by which order, for how
much. A CSV with the columns `code`, `order`, `total`, `currency` and `redeemed_at` (Shopify's
names `Discount Code`, `Name`, `Total`, `Currency` and `Created at` are understood too), so a
Shopify orders export filtered to orders with a discount code works as it is.

Rows are independent: a bad or unknown row is reported with its line and the others are taken.
A voucher redeemed twice keeps its first redemption (the report says so)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.codes import CodeError, parse_code
from packstation.core.settings import load_settings
from packstation.importers import fields
from packstation.importers.csvfile import columns_by_alias
from packstation.storage.models import Voucher

ALIASES = {
    "code": ("code", "Discount Code"),
    "order": ("order", "Name"),
    "total": ("total", "Total"),
    "currency": ("currency", "Currency"),
    "redeemed_at": ("redeemed_at", "Created at"),
}


@dataclass
class RedemptionReport:
    redeemed: int = 0
    already: int = 0
    not_ours: int = 0  # the shop's other discount codes
    problems: list[str] = field(default_factory=list)  # "line N: what is wrong"


def import_redemptions(session: Session, path: Path) -> RedemptionReport:
    """Mark the vouchers the file says were used (in the caller's transaction)."""
    report = RedemptionReport()
    prefix = load_settings(session).voucher_prefix
    rows, column = columns_by_alias(path, ALIASES)
    if rows and column["code"] is None:
        report.problems.append("line 1: no column 'code' (or 'Discount Code')")
        return report
    for record in rows:
        if record.too_large:
            report.problems.extend(
                f"line {record.line}: {column} {reason}" for column, reason in record.too_large
            )
            continue
        value = record.values.get(column["code"] or "", "").strip()
        if not value:
            continue  # an order without a discount code, in a whole orders export
        try:
            code = parse_code(value, prefix)
        except CodeError:
            report.not_ours += 1
            continue
        try:
            total = fields.price(record.values.get(column["total"] or "", "") or "0")
            currency = fields.currency(record.values.get(column["currency"] or "", ""))
            when = fields.timestamp(record.values.get(column["redeemed_at"] or "", ""))
            order = fields.text(record.values.get(column["order"] or "", ""), 64)
        except ValueError as exc:
            report.problems.append(f"line {record.line}: {exc}")
            continue
        voucher = session.scalars(select(Voucher).where(Voucher.code == code)).one_or_none()
        if voucher is None:
            report.problems.append(
                f"line {record.line}: {value!r} looks like our voucher but was never issued here"
            )
            continue
        if voucher.redeemed_at is not None:
            report.already += 1
            continue
        voucher.redeemed_at, voucher.redeemed_order = when, order or None
        voucher.redeemed_total, voucher.redeemed_currency = total, currency
        report.redeemed += 1
    return report
