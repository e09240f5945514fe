"""Every CSV packstation writes is opened by someone in Excel or LibreOffice: a cell that starts
like a formula (`=`, `+`, `-`, `@`, a tab or a carriage return — OWASP's list for CSV
injection) gets a leading apostrophe, so a customer named `=HYPERLINK(…)` stays a name and
runs nothing. The one home of that rule: the vouchers export, the outbox export and the
manager's figures all write through `safe_row`."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one that starts like a formula gets a leading '."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def safe_row(values: Iterable[object]) -> list[str]:
    return [safe_cell(value) for value in values]


def write_rows(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """A header and the rows, every cell neutralised; returns how many rows were written."""
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(safe_row(row))
        count += 1
    return count


def write_dicts(out: TextIO, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> int:
    return write_rows(out, columns, ([row.get(column, "") for column in columns] for row in rows))
