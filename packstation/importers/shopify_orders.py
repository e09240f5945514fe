"""Shopify's Orders export CSV (Admin → Orders → Export): one row per line item, the
order-level columns filled on the first row of each order only.

Language: a note attribute `language`, `lang` or `locale` (e.g. `language: cs`), or a tag
`lang:cs` / `language:cs`; otherwise the main language of the shipping (else billing) country.
Gift: a note attribute `gift: yes` or `gift_message: ...`, or a tag `gift`.
"""

from __future__ import annotations

from pathlib import Path

from packstation.core.incoming import (
    IncomingAddress,
    IncomingCustomer,
    IncomingLine,
    IncomingOrder,
    LeftOut,
)
from packstation.core.languages import language_for_country
from packstation.core.names import first_name_of
from packstation.importers import fields
from packstation.importers.csvfile import CsvReader, CsvRecord
from packstation.importers.fields import ZERO
from packstation.importers.generic import file_decimal_mark
from packstation.importers.parsed import FieldReader, ParsedFile
from packstation.importers.report import RowProblem

REQUIRED = ["Name", "Lineitem quantity", "Lineitem name"]
#: columns an orders export has that the file may still be read without, and what is lost then
#: (an export cut down in a spreadsheet, or made by an app that writes fewer columns)
WANTED = {
    ("Email",): "its orders have no e-mail address: no follow-up mail can reach their customers",
    ("Shipping Country", "Billing Country"): "its orders have no country: the return labels carry none, and "
    "each customer's language is only what the export says (Note Attributes, tags), else English",
    ("Shipping Address1",): "its orders have no street: the packing slips and the return labels' sender lines "
    "are empty",
}  # fmt: skip


def note_attributes(raw: str) -> dict[str, str]:
    """`key: value` per line, as Shopify writes the Note Attributes column."""
    result: dict[str, str] = {}
    for entry in raw.splitlines():
        key, sep, value = entry.partition(":")
        if sep:
            result[key.strip().lower().replace(" ", "_")] = value.strip()
    return result


def split_tags(raw: str) -> list[str]:
    return sorted({tag.strip()[:80] for tag in raw.split(",") if tag.strip()})


def language_from(attributes: dict[str, str], tags: list[str], country: str) -> str | None:
    for key in ("language", "lang", "locale", "customer_locale"):
        if attributes.get(key):
            return fields.language(attributes[key])
    for tag in tags:
        key, sep, value = tag.partition(":")
        if sep and key.strip().lower() in ("lang", "language"):
            return fields.language(value)
    return None


def _left_out_reason(first: CsvRecord) -> tuple[str, bool] | None:
    values = first.values
    if (values.get("Cancelled at") or "").strip():
        return "cancelled in the shop", True
    financial = (values.get("Financial Status") or "").strip().lower()
    if financial in ("refunded", "voided"):
        return f"payment {financial}", True
    if (values.get("Fulfillment Status") or "").strip().lower() == "fulfilled":
        return "already fulfilled", False
    return None


def parse(path: Path, decimal: str | None = None) -> ParsedFile:
    result = ParsedFile(format="shopify")
    groups: dict[str, list[CsvRecord]] = {}
    reader = CsvReader(path, REQUIRED)
    for record in reader:
        number = (record.values.get("Name") or "").strip()
        for column, reason in record.problems:  # the row cannot be read: its order is rejected
            result.problems.append(RowProblem(record.line, column, reason, number or None))
        if not number:
            if not record.problems:
                result.problems.append(
                    RowProblem(record.line, "Name", "is empty: the row belongs to no order")
                )
            continue
        groups.setdefault(number, []).append(record)

    for columns, lost in WANTED.items():
        if not set(columns) & set(reader.header):
            named = " or ".join(f"'{column}'" for column in columns)
            result.warnings.append(f"the file has no {named} column, so {lost}")
    prices = (r.values.get("Lineitem price", "") for g in groups.values() for r in g)
    result.separator = reader.separator
    result.decimal = mark = file_decimal_mark(path, decimal, prices, reader.separator)
    for number, group in groups.items():
        _build_order(number, group, result, mark)
    return result


def _build_order(number: str, group: list[CsvRecord], result: ParsedFile, mark: str = ".") -> None:
    first = group[0]
    left_out = _left_out_reason(first)
    if left_out:
        result.left_out.append(LeftOut(number, left_out[0], first.line, cancels=left_out[1]))
        return
    problems: list[RowProblem] = []
    if any(record.problems for record in group):
        result.rejected_orders.append(number)
        return
    row = FieldReader(first.values, first.line, number, problems)
    if len(number) > 40:
        problems.append(RowProblem(first.line, "Name", f"is {len(number)} characters long; at most 40 fit"))
    created_at = row.get("Created at", fields.timestamp, None)
    tags = split_tags(row.raw("Tags"))
    attributes = note_attributes(row.raw("Note Attributes"))
    country = row.get("Shipping Country", fields.country, "") or row.get(
        "Billing Country", fields.country, ""
    )
    full_name = (
        row.get("Shipping Name", lambda v: fields.text(v, 200), "")
        or row.get("Billing Name", lambda v: fields.text(v, 200), "")
        or number
    )
    try:
        language = language_from(attributes, tags, country) or language_for_country(country)
    except fields.FieldError as exc:
        problems.append(RowProblem(first.line, "Note Attributes", str(exc), number))
        language = "en"
    currency = row.get("Currency", fields.currency, "EUR")
    customer = IncomingCustomer(
        full_name=full_name,
        first_name=first_name_of(full_name),
        email=row.get("Email", fields.email, None),
        phone=row.get("Phone", lambda v: fields.optional_text(v, 40), None)
        or row.get("Shipping Phone", lambda v: fields.optional_text(v, 40), None),
        language=language,
        marketing_consent=row.get("Accepts Marketing", fields.boolean, False),
    )
    address = IncomingAddress(
        name=full_name,
        company=row.get("Shipping Company", lambda v: fields.optional_text(v, 200), None),
        address1=row.get("Shipping Address1", lambda v: fields.text(v, 300), ""),
        address2=row.get("Shipping Address2", lambda v: fields.optional_text(v, 300), None),
        city=row.get("Shipping City", lambda v: fields.text(v, 120), ""),
        zip=row.get("Shipping Zip", lambda v: fields.text(v, 20).lstrip("'"), ""),
        province=row.get("Shipping Province", lambda v: fields.optional_text(v, 120), None),
        country=country,
        phone=row.get("Shipping Phone", lambda v: fields.optional_text(v, 40), None),
    )
    gift_message = attributes.get("gift_message") or None
    is_gift = (
        bool(gift_message)
        or any(t.lower() == "gift" for t in tags)
        or attributes.get("gift", "").strip().lower() in fields.TRUE_WORDS
    )
    order = IncomingOrder(
        number=number,
        channel="shopify",
        created_at=created_at,  # type: ignore[arg-type]  # None only when a problem was recorded
        customer=customer,
        address=address,
        currency=currency,
        ready=(row.raw("Financial Status").strip().lower() not in ("pending", "authorized", "expired")),
        external_id=row.get("Id", lambda v: fields.optional_text(v, 64), None),
        is_gift=is_gift,
        gift_message=fields.optional_text(gift_message, 2000, multiline=True) if gift_message else None,
        shipping_method=row.get("Shipping Method", lambda v: fields.text(v, 120), ""),
        notes=row.get("Notes", lambda v: fields.optional_text(v, 5000, multiline=True), None),
        tags=tags,
        source_line=first.line,
    )
    for record in group:
        _add_line(order, FieldReader(record.values, record.line, number, problems), result, mark)
    if problems:
        result.problems.extend(problems)
        result.rejected_orders.append(number)
        return
    if not order.lines:
        result.left_out.append(LeftOut(number, "nothing to ship", first.line))
        return
    result.orders.append(order)


def _add_line(order: IncomingOrder, row: FieldReader, result: ParsedFile, mark: str = ".") -> None:
    requires_shipping = row.get("Lineitem requires shipping", lambda v: fields.boolean(v, default=True), True)
    quantity = row.get("Lineitem quantity", fields.quantity, 0)
    name = row.get("Lineitem name", lambda v: fields.required_text(v, 300), "")
    unit_price = row.get("Lineitem price", lambda v: fields.price(v, mark), ZERO)
    sku = row.get("Lineitem sku", lambda v: fields.optional_text(v, 64), None)
    if not requires_shipping:
        result.lines_left_out["needs no shipping (gift card, digital)"] += 1
        return
    if row.raw("Lineitem fulfillment status").strip().lower() == "fulfilled":
        result.lines_left_out["line already fulfilled"] += 1
        return
    order.lines.append(
        IncomingLine(name=name, quantity=quantity, unit_price=unit_price, currency=order.currency, sku=sku)
    )
