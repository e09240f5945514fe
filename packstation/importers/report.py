"""What an import did: counts, what was left out and why, and every rejected row."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}


class UnusableFileError(Exception):
    """The file cannot be imported at all; nothing was written."""


@dataclass
class RowProblem:
    line: int  # 1-based line in the file where the row starts; for JSON, the record's path
    column: str
    reason: str
    order: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "record"
        who = f" (order {self.order})" if self.order else ""
        return f"{where}, {self.column}: {self.reason}{who}"


@dataclass
class ImportReport:
    source: str
    format: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0  # orders we had on the list that the shop has since cancelled
    kept: list[str] = field(default_factory=list)  # being packed or packed: not touched
    left_out: Counter[str] = field(default_factory=Counter)  # reason -> orders
    lines_left_out: Counter[str] = field(default_factory=Counter)  # reason -> lines
    rejected_orders: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    products_created: int = 0
    products_updated: int = 0
    lines_given_barcodes: int = 0
    separator: str = ","  # a CSV file's column separator
    decimal: str = "."  # the decimal sign its prices were read with
    names_by_language: Counter[str] = field(default_factory=Counter)  # language -> products named
    not_in_catalogue: list[str] = field(default_factory=list)  # translated products we do not have

    @property
    def reading(self) -> str:
        """How the file was read, where it is not the usual way: ", columns separated by
        semicolons, prices with a decimal comma"."""
        said = ""
        if self.separator != ",":
            said += f", columns separated by {SEPARATOR_NAMES.get(self.separator, repr(self.separator))}"
        if self.decimal != ".":
            said += ", prices with a decimal comma"
        return said

    @property
    def exit_code(self) -> int:
        """0 when every row was taken, 1 when some were rejected."""
        return 1 if self.problems else 0

    def summary_lines(self) -> list[str]:
        out = [f"{self.source} ({self.format}{self.reading}):"]
        if self.format == "shopify-translations":
            named = ", ".join(
                f"{language} {count}" for language, count in sorted(self.names_by_language.items())
            )
            out.append(
                f"  product names per language: {named or 'none'}; products changed: {self.products_updated}"
            )
            if self.not_in_catalogue:
                out.append(
                    f"  not in the catalogue (import the products export first): {len(self.not_in_catalogue)}"
                    f" — {_sample(self.not_in_catalogue)}"
                )
        elif self.format == "shopify-products":
            out.append(f"  products: {self.products_created} new, {self.products_updated} updated")
            out.append(f"  order lines that got a barcode: {self.lines_given_barcodes}")
        else:
            out.append(
                f"  orders: {self.created} new, {self.updated} updated, {self.unchanged} unchanged"
                + (f", {self.cancelled} cancelled by the shop" if self.cancelled else "")
            )
            if self.kept:
                out.append(
                    f"  kept as they are (being packed or packed here): {len(self.kept)}"
                    f" — {_sample(self.kept)}"
                )
        for reason, count in sorted(self.left_out.items()):
            out.append(f"  left out, {reason}: {count} order{'s' if count != 1 else ''}")
        for reason, count in sorted(self.lines_left_out.items()):
            out.append(f"  lines left out, {reason}: {count}")
        for warning in self.warnings:
            out.append(f"  warning: {warning}")
        if self.problems:
            out.append(f"  rejected rows: {len(self.problems)}")
            out.extend(f"    {problem}" for problem in self.problems)
        if self.rejected_orders:
            out.append(
                f"  rejected orders (nothing of them stored): {len(self.rejected_orders)}"
                f" — {_sample(self.rejected_orders)}"
            )
        return out


def _sample(items: list[str], most: int = 10) -> str:
    shown = ", ".join(items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")
