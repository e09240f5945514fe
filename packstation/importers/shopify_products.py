"""Shopify's Products export CSV: learns each SKU's barcode (Variant SKU, Variant Barcode).

A product's first row carries its Title and Tags; its other variants come on rows that repeat
only the Handle. Tags `days-of-use:30` (a consumable) and `care:wood` (a durable's care tips)
fill in what the bench and the follow-ups need to know.
"""

from __future__ import annotations

from pathlib import Path

from packstation.core.incoming import IncomingProduct
from packstation.importers import fields
from packstation.importers.csvfile import CsvReader
from packstation.importers.parsed import FieldReader, ParsedFile
from packstation.importers.report import RowProblem

REQUIRED = ["Handle", "Variant SKU", "Variant Barcode"]


def _tag_value(tags: list[str], key: str) -> str | None:
    for tag in tags:
        name, sep, value = tag.partition(":")
        if sep and name.strip().lower() == key:
            return value.strip()
    return None


def parse(path: Path) -> ParsedFile:
    result = ParsedFile(format="shopify-products")
    titles: dict[str, tuple[str, list[str]]] = {}  # handle -> (title, tags)
    reader = CsvReader(path, REQUIRED)
    for record in reader:
        problems: list[RowProblem] = []
        if record.problems:
            result.problems.extend(
                RowProblem(record.line, column, reason) for column, reason in record.problems
            )
            continue
        row = FieldReader(record.values, record.line, None, problems)
        handle = row.raw("Handle").strip()
        title = row.raw("Title").strip()
        if title:
            titles[handle] = (title, [t.strip() for t in row.raw("Tags").split(",") if t.strip()])
        sku = row.get("Variant SKU", lambda v: fields.optional_text(v, 64), None)
        if not sku:
            if row.raw("Variant Barcode").strip() or row.raw("Option1 Value").strip():
                result.lines_left_out["variants without a SKU (cannot be matched to order lines)"] += 1
            continue
        base_title, tags = titles.get(handle, (handle, []))
        options = [row.raw(f"Option{i} Value").strip() for i in (1, 2, 3)]
        options = [o for o in options if o and o != "Default Title"]
        name = f"{base_title} — {' / '.join(options)}" if options else base_title
        days_raw = _tag_value(tags, "days-of-use")
        days = None
        if days_raw is not None:
            if days_raw.isdigit() and int(days_raw) > 0:
                days = int(days_raw)
            else:
                row.problem("Tags", f"days-of-use:{days_raw} is not a number of days")
        product = IncomingProduct(
            sku=sku,
            name=name[:300],
            barcode=row.get("Variant Barcode", fields.barcode, None),
            days_of_use=days,
            care_tips_key=_tag_value(tags, "care"),
        )
        if problems:
            result.problems.extend(problems)
        else:
            result.products.append(product)
    result.separator = reader.separator
    return result
