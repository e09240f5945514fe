"""packstation's own import format, as CSV or JSON (documented in docs/import-format.md).

CSV: one row per order line; the order's columns may be repeated on every row or given on the
first row only. JSON: {"orders": [...], "products": [...]} with nested customer, shipping and
lines. Both become the same IncomingOrder, checked by the same field rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from packstation.core.incoming import (
    IncomingAddress,
    IncomingCustomer,
    IncomingLine,
    IncomingOrder,
    IncomingProduct,
    LeftOut,
)
from packstation.core.languages import language_for_country
from packstation.core.names import first_name_of
from packstation.core.product_names import customer_language, tidy_name
from packstation.importers import fields
from packstation.importers.csvfile import CsvReader, CsvRecord, read_text
from packstation.importers.fields import ZERO
from packstation.importers.parsed import FieldReader, ParsedFile
from packstation.importers.report import RowProblem, UnusableFileError

REQUIRED = ["order_number", "item_name", "quantity"]
ORDER_COLUMNS = [
    "order_number", "created_at", "status", "customer_name", "first_name", "email", "phone", "language",
    "marketing_consent", "gift", "gift_message", "ship_company", "ship_address1", "ship_address2",
    "ship_city", "ship_zip", "ship_province", "ship_country", "ship_phone", "shipping_method", "notes",
    "tags", "currency", "birthday",
]  # fmt: skip
LINE_COLUMNS = ["sku", "barcode", "item_name", "quantity", "unit_price", "requires_shipping"]
STATUSES = {"ready": True, "new": False}


def _text(limit: int, *, multiline: bool = False) -> Any:
    return lambda v: fields.text(v, limit, multiline=multiline)


def _optional(limit: int, *, multiline: bool = False) -> Any:
    return lambda v: fields.optional_text(v, limit, multiline=multiline)


def _status(value: Any) -> str:
    raw = str(value or "ready").strip().lower()
    if raw not in (*STATUSES, "cancelled"):
        raise fields.FieldError(f"{raw!r} is not one of ready, new, cancelled")
    return raw


def _tags(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value or "").split(",")
    return sorted({str(t).strip()[:80] for t in items if str(t).strip()})


def build_order(
    head: FieldReader, line_readers: list[FieldReader], channel: str, result: ParsedFile, mark: str = "."
) -> None:
    """One order from its order-level fields and its line records; problems reject it whole."""
    number = head.get("order_number", lambda v: fields.required_text(v, 40), "")
    status = head.get("status", _status, "ready")
    if status == "cancelled":
        result.left_out.append(LeftOut(number, "cancelled in the shop", head.line, cancels=True))
        return
    country = head.get("ship_country", fields.country, "")
    full_name = head.get("customer_name", lambda v: fields.required_text(v, 200), "")
    language = head.get("language", fields.language, None) or language_for_country(country)
    currency = head.get("currency", fields.currency, "EUR")
    gift_message = head.get("gift_message", _optional(2000, multiline=True), None)
    order = IncomingOrder(
        number=number,
        channel=channel,
        created_at=head.get("created_at", fields.timestamp, None),  # type: ignore[arg-type]
        customer=IncomingCustomer(
            full_name=full_name,
            first_name=head.get("first_name", _text(100), "") or first_name_of(full_name),
            email=head.get("email", fields.email, None),
            phone=head.get("phone", _optional(40), None),
            language=language,
            marketing_consent=head.get("marketing_consent", fields.boolean, False),
            birthday=head.get("birthday", fields.birthday, None),
        ),
        address=IncomingAddress(
            name=full_name,
            company=head.get("ship_company", _optional(200), None),
            address1=head.get("ship_address1", _text(300), ""),
            address2=head.get("ship_address2", _optional(300), None),
            city=head.get("ship_city", _text(120), ""),
            zip=head.get("ship_zip", _text(20), ""),
            province=head.get("ship_province", _optional(120), None),
            country=country,
            phone=head.get("ship_phone", _optional(40), None),
        ),
        currency=currency,
        ready=STATUSES.get(status, True),
        is_gift=head.get("gift", fields.boolean, False) or bool(gift_message),
        gift_message=gift_message,
        shipping_method=head.get("shipping_method", _text(120), ""),
        notes=head.get("notes", _optional(5000, multiline=True), None),
        tags=head.get("tags", _tags, []),
        source_line=head.line,
    )
    for reader in line_readers:
        requires_shipping = reader.get("requires_shipping", lambda v: fields.boolean(v, default=True), True)
        line = IncomingLine(
            name=reader.get("item_name", lambda v: fields.required_text(v, 300), ""),
            quantity=reader.get("quantity", fields.quantity, 0),
            unit_price=reader.get("unit_price", lambda v: fields.price(v, mark), ZERO),
            currency=currency,
            sku=reader.get("sku", _optional(64), None),
            barcode=reader.get("barcode", fields.barcode, None),
        )
        if requires_shipping:
            order.lines.append(line)
        else:
            result.lines_left_out["needs no shipping (gift card, digital)"] += 1
    if head.problems:
        result.problems.extend(head.problems)
        result.rejected_orders.append(number or f"(line {head.line})")
    elif not order.lines:
        result.left_out.append(LeftOut(number, "nothing to ship", head.line))
    else:
        result.orders.append(order)


def parse_csv(path: Path, decimal: str | None = None) -> ParsedFile:
    result = ParsedFile(format="csv")
    groups: dict[str, list[CsvRecord]] = {}
    reader = CsvReader(path, REQUIRED)
    for record in reader:
        number = (record.values.get("order_number") or "").strip()
        if record.problems:
            for column, reason in record.problems:
                result.problems.append(RowProblem(record.line, column, reason, number or None))
            if number and number not in result.rejected_orders:
                result.rejected_orders.append(number)
            continue
        if not number:
            result.problems.append(
                RowProblem(record.line, "order_number", "is empty: the row belongs to no order")
            )
            continue
        groups.setdefault(number, []).append(record)
    broken = set(result.rejected_orders)
    result.separator = reader.separator
    result.decimal = mark = file_decimal_mark(
        path, decimal, (r.values.get("unit_price", "") for g in groups.values() for r in g), reader.separator
    )
    for number, group in groups.items():
        if number in broken:
            continue
        problems: list[RowProblem] = []
        head_values = {
            col: next((r.values.get(col, "") for r in group if r.values.get(col, "").strip()), "")
            for col in ORDER_COLUMNS
        }
        head = FieldReader(head_values, group[0].line, number, problems)
        readers = [FieldReader(r.values, r.line, number, problems) for r in group]
        build_order(head, readers, "csv", result, mark)
    return result


def file_decimal_mark(path: Path, given: str | None, prices: Iterable[str], separator: str = ",") -> str:
    """The file's decimal sign: as given (--decimal), else told once from all its prices. When
    they do not tell (whole numbers only, or 1.234 and 1,234), a file separated by semicolons
    reads them with a decimal comma: a spreadsheet writes `;` where `,` is the decimal sign."""
    if given is not None:
        if given not in (".", ","):
            raise UnusableFileError(f"--decimal {given!r}: the decimal sign is . or ,")
        return given
    try:
        return fields.decimal_mark(prices, default="," if separator == ";" else ".")
    except fields.FieldError as exc:
        raise UnusableFileError(f"{path}: {exc} — nothing was imported") from exc


def parse_json(path: Path) -> ParsedFile:
    try:
        document = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise UnusableFileError(
            f"{path}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from exc
    if not isinstance(document, dict) or not isinstance(document.get("orders", []), list):
        raise UnusableFileError(f'{path}: expected an object like {{"orders": [...], "products": [...]}}')
    if not isinstance(document.get("products", []), list):
        raise UnusableFileError(f'{path}: "products" must be a list')
    result = ParsedFile(format="json")
    for index, entry in enumerate(document.get("orders", [])):
        where = f"orders[{index}]"
        if not isinstance(entry, dict):
            result.problems.append(RowProblem(0, where, "is not an object"))
            continue
        _json_order(entry, where, result)
    for index, entry in enumerate(document.get("products", [])):
        _json_product(entry, f"products[{index}]", result)
    return result


def _json_order(entry: dict[str, Any], where: str, result: ParsedFile) -> None:
    customer: dict[str, Any] = entry["customer"] if isinstance(entry.get("customer"), dict) else {}
    shipping: dict[str, Any] = entry["shipping"] if isinstance(entry.get("shipping"), dict) else {}
    flat: dict[str, Any] = {
        "order_number": entry.get("number"), "created_at": entry.get("created_at"),
        "status": entry.get("status"), "customer_name": customer.get("name"),
        "first_name": customer.get("first_name"), "email": customer.get("email"),
        "phone": customer.get("phone"), "language": customer.get("language"),
        "marketing_consent": customer.get("marketing_consent"), "gift": entry.get("gift"),
        "gift_message": entry.get("gift_message"), "notes": entry.get("notes"), "tags": entry.get("tags"),
        "currency": entry.get("currency"), "shipping_method": shipping.get("method"),
        "birthday": customer.get("birthday"),
    }  # fmt: skip
    labels = {
        "order_number": "number", "customer_name": "customer.name", "first_name": "customer.first_name",
        "email": "customer.email", "phone": "customer.phone", "language": "customer.language",
        "marketing_consent": "customer.marketing_consent", "shipping_method": "shipping.method",
        "birthday": "customer.birthday",
    }  # fmt: skip
    for key in ("company", "address1", "address2", "city", "zip", "province", "country", "phone"):
        flat[f"ship_{key}"] = shipping.get(key)
        labels[f"ship_{key}"] = f"shipping.{key}"
    labels = {key: f"{where}.{labels.get(key, key)}" for key in flat}
    problems: list[RowProblem] = []
    number = str(entry.get("number") or "") or None
    head = FieldReader(flat, 0, number, problems, labels)
    lines = entry.get("lines")
    if not isinstance(lines, list) or not lines:
        head.problem("lines", "must be a non-empty list of lines")
        lines = []
    readers = []
    for i, line in enumerate(lines):
        line = line if isinstance(line, dict) else {}
        values = {"item_name": line.get("name"), **{k: line.get(k) for k in LINE_COLUMNS if k != "item_name"}}
        line_labels = {k: f"{where}.lines[{i}].{'name' if k == 'item_name' else k}" for k in values}
        readers.append(FieldReader(values, 0, number, problems, line_labels))
    build_order(head, readers, "json", result)


def _json_product(entry: Any, where: str, result: ParsedFile) -> None:
    if not isinstance(entry, dict):
        result.problems.append(RowProblem(0, where, "is not an object"))
        return
    problems: list[RowProblem] = []
    reader = FieldReader(
        entry, 0, None, problems, {k: f"{where}.{k}" for k in entry} | {"sku": f"{where}.sku"}
    )
    days = entry.get("days_of_use")
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 1):
        reader.problem("days_of_use", f"{days!r} is not a number of days")
        days = None
    links = entry.get("complementary_skus") or []
    product = IncomingProduct(
        sku=reader.get("sku", lambda v: fields.required_text(v, 64), ""),
        name=reader.get("name", lambda v: fields.required_text(v, 300), ""),
        barcode=reader.get("barcode", fields.barcode, None),
        days_of_use=days,
        care_tips_key=reader.get("care_tips_key", lambda v: fields.optional_text(v, 64), None),
        complementary_skus=[str(s) for s in links] if isinstance(links, list) else [],
        names=_product_names(entry, reader),
    )
    if problems:
        result.problems.extend(problems)
    else:
        result.products.append(product)


def _product_names(entry: dict[str, Any], reader: FieldReader) -> dict[str, str]:
    """The product's names per language: `"names": {"cs": …}` or `name_cs`, `name_uk`, … keys."""
    given = entry.get("names") or {}
    if not isinstance(given, dict):
        reader.problem("names", "must be an object of language -> name")
        given = {}
    given = given | {key[5:]: value for key, value in entry.items() if key.startswith("name_")}
    names: dict[str, str] = {}
    for tag, value in given.items():
        try:
            language = customer_language(str(tag))
            if language is None:
                raise ValueError(f"{tag!r} is not a language of the customers' texts")
            names[language] = tidy_name(str(value))
        except ValueError as exc:
            reader.problem("names", f"{tag}: {exc}")
    return names
