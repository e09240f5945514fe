"""`packstation import FILE`: detect the format, parse the whole file, store it a thousand
orders per transaction, report.

A file that is unusable as a whole (not CSV or JSON, wrong or twice-named columns, not UTF-8,
broken quoting) raises UnusableFileError before anything is written. Otherwise the good orders are stored and each
rejected row is reported with its line, column and reason.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.importers import generic, shopify_orders, shopify_products, shopify_translations
from packstation.importers.csvfile import check_file, header_of
from packstation.importers.parsed import ParsedFile
from packstation.importers.report import ImportReport, UnusableFileError
from packstation.importers.store import store_orders, store_products

FORMATS: dict[str, Callable[..., ParsedFile]] = {
    "shopify": shopify_orders.parse,
    "shopify-products": shopify_products.parse,
    "csv": generic.parse_csv,
    "json": generic.parse_json,
}


def detect_format(path: Path, head: str) -> str:
    """The format, from the file's name and its first 64 KiB."""
    if path.suffix.lower() == ".json" or head.lstrip().startswith(("{", "[")):
        return "json"
    header = set(header_of(head))
    if header >= shopify_translations.HEADER_MARKS:
        return shopify_translations.FORMAT
    if {"Name", "Lineitem quantity"} <= header:
        return "shopify"
    if {"Handle", "Variant SKU"} <= header:
        return "shopify-products"
    if "order_number" in header:
        return "csv"
    marks = {
        *shopify_orders.REQUIRED,
        "Financial Status",
        "Fulfillment Status",
        "Lineitem sku",
        "Lineitem price",
    }
    if len(marks & header) >= 2:  # two of Shopify's own column names: an orders export, cut down
        missing = [name for name in shopify_orders.REQUIRED if name not in header]
        raise UnusableFileError(  # a Shopify orders export, cut down: say which column it lacks
            f"{path}, line 1: a Shopify orders export, but the header lacks the column"
            f"{'s' if len(missing) > 1 else ''} {', '.join(repr(name) for name in missing)} — "
            "export the orders again from Shopify (Orders › Export, all columns)"
        )
    raise UnusableFileError(
        f"{path}, line 1: not a format packstation knows — expected a Shopify orders, products or "
        "translations export, or packstation's own CSV (order_number, item_name, quantity, ...) or JSON"
    )


def parse_file(path: Path, fmt: str | None = None, decimal: str | None = None) -> ParsedFile:
    """Everything the file says, checked, before anything is written. `decimal` is the file's
    decimal sign (. or ,), told from its prices when not given."""
    head = check_file(path)
    chosen = fmt or detect_format(path, head)
    if chosen not in FORMATS:
        raise UnusableFileError(f"unknown format {chosen!r}: choose one of {', '.join(FORMATS)}")
    if chosen in ("shopify", "csv"):
        return FORMATS[chosen](path, decimal)
    return FORMATS[chosen](path)


#: orders stored per transaction. A whole file in one transaction held SQLite's write lock for
#: as long as a large import took (a 100,000-line file: long enough for a pack at a station to
#: give up after its 10 s wait); each step is a few hundred milliseconds instead. Every order is
#: stored whole; an import cut off half-way leaves whole orders, and running it again finishes
#: it (an order already stored is unchanged).
ORDERS_AT_ONCE = 1000
PAUSE = 0.05  # seconds between steps on SQLite


def import_file(
    sessions: sessionmaker[Session], path: Path, fmt: str | None = None, decimal: str | None = None
) -> ImportReport:
    if (fmt or detect_format(path, check_file(path))) == shopify_translations.FORMAT:
        return _import_names(sessions, path)
    parsed = parse_file(path, fmt, decimal)
    report = ImportReport(
        source=str(path), format=parsed.format, separator=parsed.separator, decimal=parsed.decimal
    )
    report.problems.extend(sorted(parsed.problems, key=lambda problem: problem.line))
    report.rejected_orders.extend(parsed.rejected_orders)
    with sessions.begin() as session:
        if parsed.products:
            store_products(session, parsed.products, report)
        if parsed.format == "shopify-products":
            report.lines_left_out.update(parsed.lines_left_out)
            return report
        store_orders(session, replace(parsed, orders=parsed.orders[:ORDERS_AT_ONCE]), report)
    sqlite = sessions.kw["bind"].dialect.name == "sqlite"
    for start in range(ORDERS_AT_ONCE, len(parsed.orders), ORDERS_AT_ONCE):
        if sqlite:  # the write lock is free for a moment: a station waiting to store a scan gets it
            time.sleep(PAUSE)
        with sessions.begin() as session:
            batch = replace(parsed, orders=parsed.orders[start : start + ORDERS_AT_ONCE], left_out=[],
                            lines_left_out=Counter(), warnings=[])  # said with the first batch  # fmt: skip
            store_orders(session, batch, report)
    return report


def _import_names(sessions: sessionmaker[Session], path: Path) -> ImportReport:
    """A translation export: every product name it gives, in one transaction."""
    parsed = shopify_translations.parse(path)
    report = ImportReport(source=str(path), format=shopify_translations.FORMAT, separator=parsed.separator)
    with sessions.begin() as session:
        shopify_translations.store_names(session, parsed, report)
    return report
