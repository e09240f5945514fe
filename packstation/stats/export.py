"""The packing figures as CSV, for a spreadsheet: one row per group, every cell that a
spreadsheet would run as a formula (`= + - @`, a tab or a carriage return first) neutralised
with a leading apostrophe — a packer named `=HYPERLINK(...)` stays a name."""

from __future__ import annotations

import csv
from dataclasses import asdict
from typing import Any, TextIO

from packstation.core.spreadsheet import safe_cell
from packstation.stats.packing import PackFigures

__all__ = ["figures_row", "safe_cell", "write_figures_csv"]


def figures_row(figures: PackFigures) -> dict[str, Any]:
    """One group's figures as flat, rounded values (holds added up)."""
    row = asdict(figures)
    row["holds"] = sum(figures.holds.values())
    row |= {"orders_per_hour": round(figures.orders_per_hour, 2),
            "wrong_per_100_items": round(figures.wrong_per_100_items, 2),
            "plastic_free_share": round(figures.plastic_free_share, 4)}  # fmt: skip
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in row.items()}


def write_figures_csv(rows: list[PackFigures], out: TextIO) -> None:
    writer = csv.writer(out)
    names = list(figures_row(rows[0] if rows else PackFigures()))
    writer.writerow(names)
    for figures in rows:
        flat = figures_row(figures)
        writer.writerow([safe_cell(flat[name]) for name in names])
