"""What a parser hands to the store: the good orders, the left-out ones, the rejected rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from packstation.core.incoming import IncomingOrder, IncomingProduct, LeftOut
from packstation.importers import fields
from packstation.importers.report import RowProblem

T = TypeVar("T")


@dataclass
class ParsedFile:
    format: str
    orders: list[IncomingOrder] = field(default_factory=list)
    products: list[IncomingProduct] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    lines_left_out: Counter[str] = field(default_factory=Counter)
    problems: list[RowProblem] = field(default_factory=list)
    rejected_orders: list[str] = field(default_factory=list)
    separator: str = ","  # what the CSV file separates its columns with
    decimal: str = "."  # the decimal sign of its prices
    warnings: list[str] = field(default_factory=list)  # what the file lacks that the orders will miss


class FieldReader:
    """Reads one record's fields, recording a RowProblem for each bad one instead of stopping,
    so a rejected row lists everything wrong with it at once."""

    def __init__(
        self,
        values: Mapping[str, Any],
        line: int,
        order: str | None,
        problems: list[RowProblem],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.values = values
        self.line = line
        self.order = order
        self.problems = problems
        self.labels = labels or {}

    def raw(self, key: str) -> str:
        value = self.values.get(key)
        if value is None:
            return ""
        return value if isinstance(value, str) else str(value)

    def problem(self, key: str, reason: str) -> None:
        self.problems.append(RowProblem(self.line, self.labels.get(key, key), reason, self.order))

    def get(self, key: str, parse: Callable[[Any], T], fallback: T) -> T:
        value = self.values.get(key)
        try:
            return parse("" if value is None else value)
        except fields.FieldError as exc:
            self.problem(key, str(exc))
            return fallback
