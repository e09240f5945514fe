"""Returns received, as the shop's platform or the carrier reports them: a CSV with an `rma`
column (the number on our return label; `RMA`, `RMA number` and `Return label` are understood
too) and, optionally, when the parcel arrived (`received_at`, `Received at` or `Date`).

Rows are independent: an RMA we never issued, or a date that is not one, is reported with its
line and the others are taken. A parcel already recorded keeps its first date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from packstation.core.returns import record_return
from packstation.importers import fields
from packstation.importers.csvfile import columns_by_alias

ALIASES = {
    "rma": ("rma", "RMA", "RMA number", "Return label"),
    "received_at": ("received_at", "Received at", "Date"),
}


@dataclass
class ReturnsReport:
    received: int = 0
    already: int = 0
    problems: list[str] = field(default_factory=list)  # "line N: what is wrong"


def import_returns(session: Session, path: Path, now: datetime | None = None) -> ReturnsReport:
    """Record the returned parcels the file lists (in the caller's transaction); a row without
    a date counts as received now."""
    report = ReturnsReport()
    rows, column = columns_by_alias(path, ALIASES)
    if rows and column["rma"] is None:
        report.problems.append("line 1: no column 'rma' (or 'RMA', 'RMA number', 'Return label')")
        return report
    for record in rows:
        if record.too_large:
            report.problems.extend(
                f"line {record.line}: {column} {reason}" for column, reason in record.too_large
            )
            continue
        raw_date = record.values.get(column["received_at"] or "", "").strip()
        try:
            rma = fields.text(record.values.get(column["rma"] or "", ""), 64)
        except ValueError as exc:
            report.problems.append(f"line {record.line}: the RMA number {exc}")
            continue
        try:
            when = fields.timestamp(raw_date) if raw_date else now
        except ValueError as exc:
            report.problems.append(f"line {record.line}: the date received {exc}")
            continue
        if not rma:
            report.problems.append(f"line {record.line}: the RMA number is empty")
            continue
        try:
            recorded = record_return(session, rma, when)
        except LookupError as exc:
            report.problems.append(f"line {record.line}: {exc}")
            continue
        if recorded.already:
            report.already += 1
        else:
            report.received += 1
    return report
