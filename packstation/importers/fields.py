"""Parsing one field of an import file; each parser raises FieldError saying what is wrong."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from packstation.core.birthdays import parse_birthday
from packstation.core.languages import normalise_language_tag
from packstation.core.names import gtin_check_ok


class FieldError(ValueError):
    """The value of one field cannot be used; the message says why, for a person."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TRUE_WORDS = {"true", "yes", "y", "1", "ano", "da", "так", "ya", "نعم"}
_FALSE = {"false", "no", "n", "0", "ne", "nu", "ні", "tidak", "لا", ""}
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",  # Shopify: 2024-03-05 14:02:11 +0100
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
)
MAX_QUANTITY = 10_000
ZERO = Decimal("0.00")


def text(value: str | None, max_length: int, *, multiline: bool = False) -> str:
    """Trimmed text; refuses control characters and values longer than the column holds."""
    value = (value or "").strip()
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise FieldError("contains control characters or line breaks")
    if len(value) > max_length:
        raise FieldError(f"is {len(value)} characters long; at most {max_length} fit")
    return value


def optional_text(value: str | None, max_length: int, *, multiline: bool = False) -> str | None:
    return text(value, max_length, multiline=multiline) or None


def required_text(value: str | None, max_length: int) -> str:
    result = text(value, max_length)
    if not result:
        raise FieldError("is empty")
    return result


def quantity(value: str | int | None) -> int:
    raw = str(value if value is not None else "").strip()
    try:
        number = int(raw)
    except ValueError:
        raise FieldError(f"{raw!r} is not a whole number") from None
    if number < 1:
        raise FieldError(f"{number} is not a quantity to pack (must be at least 1)")
    if number > MAX_QUANTITY:
        raise FieldError(f"{number} is more than {MAX_QUANTITY} of one item")
    return number


#: spaces a spreadsheet puts between thousands: 1 234,50 (a space, a no-break or thin space)
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'")
_POINT = re.compile(r"\d+(\.\d+)?|\d{1,3}(,\d{3})+(\.\d+)?")  # 1234.50, 1,234.50
_COMMA = re.compile(r"\d+(,\d+)?|\d{1,3}(\.\d{3})+(,\d+)?")  # 1234,50, 1.234,50


def decimal_mark(values: Iterable[str], default: str = ".") -> str:
    """How a file writes its prices, told once from all of them: "." (12.50, 1,234.50) or ","
    (12,50, 1.234,50 — as Excel saves them in Czech, Romanian or Ukrainian); `default` when no
    price tells. A file that writes both ways is refused: no single reading of it is right."""
    point = comma = ""
    for raw in values:
        text = raw.strip().translate(_GROUP_SPACES)
        if re.fullmatch(r"\d+\.\d{1,2}|\d{1,3}(,\d{3})+\.\d+", text):
            point = point or raw
        elif re.fullmatch(r"\d+,\d{1,2}|\d{1,3}(\.\d{3})+,\d+", text):
            comma = comma or raw
    if point and comma:
        raise FieldError(
            f"prices are written both as {point!r} and as {comma!r}: give --decimal . or --decimal ,"
        )
    return "," if comma else "." if point else default


def price(value: str | float | int | None, mark: str = ".") -> Decimal:
    """A price as the file writes it, with `mark` as its decimal sign; thousands separators are
    read only where they group by three. Anything else is refused, quoted as the file holds it."""
    if isinstance(value, float):
        raw = text = repr(value)
    else:
        raw = str(value if value is not None else "").strip()
        text = raw.translate(_GROUP_SPACES)
        if text and not (_COMMA if mark == "," else _POINT).fullmatch(text):
            raise FieldError(f"{raw!r} is not a price written with {mark!r} for decimals")
        text = text.replace(".", "").replace(",", ".") if mark == "," else text.replace(",", "")
    if raw == "":
        return Decimal("0.00")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise FieldError(f"{raw!r} is not a price") from None
    if amount != amount.quantize(Decimal("0.01")):
        raise FieldError(
            f"{raw!r} has more than two decimals: is the file's decimal sign {mark!r}? (--decimal)"
        )
    if not amount.is_finite() or amount < 0:
        raise FieldError(f"{raw!r} is not a price (must be 0 or more)")
    if amount >= Decimal("10000000000"):
        raise FieldError(f"{raw!r} is too large for a price")
    return amount.quantize(Decimal("0.01"))


def boolean(value: str | bool | None, *, default: bool = False) -> bool:
    if isinstance(value, bool):
        return value
    raw = (value or "").strip().lower()
    if raw == "":
        return default
    if raw in TRUE_WORDS:
        return True
    if raw in _FALSE:
        return False
    raise FieldError(f"{value!r} is neither yes nor no")


_SHOPIFY_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}$")


def timestamp(value: str | None) -> datetime:
    raw = (value or "").strip()
    if not raw:
        raise FieldError("is empty")
    if _SHOPIFY_TIME.match(raw):  # the common case, ten times faster than strptime
        try:
            return datetime.fromisoformat(f"{raw[:19]}{raw[20:23]}:{raw[23:]}")
        except ValueError:
            raise FieldError(f"{raw!r} is not a real date and time") from None
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(raw, fmt)
        except ValueError:
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise FieldError(f"{raw!r} is not a date and time like 2024-03-05 14:02:11 +0100") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def email(value: str | None) -> str | None:
    raw = text(value, 254)
    if not raw:
        return None
    if not _EMAIL.match(raw):
        raise FieldError(f"{raw!r} is not an e-mail address")
    return raw.lower()


def currency(value: str | None, default: str = "EUR") -> str:
    raw = (value or "").strip().upper()
    if not raw:
        return default
    if not re.fullmatch(r"[A-Z]{3}", raw):
        raise FieldError(f"{value!r} is not a three-letter currency code like EUR or CZK")
    return raw


def country(value: str | None) -> str:
    raw = (value or "").strip().upper()
    if raw and not re.fullmatch(r"[A-Z]{2}", raw):
        raise FieldError(f"{value!r} is not a two-letter country code like CZ or RO")
    return raw


def language(value: str | None) -> str | None:
    raw = (value or "").strip()
    if not raw:
        return None
    tag = normalise_language_tag(raw)
    if tag is None:
        raise FieldError(f"{raw!r} is not a language tag like cs, ro-RO or ar")
    return tag


def barcode(value: str | None) -> str | None:
    """A product barcode; EAN-8, UPC-A, EAN-13 and GTIN-14 must have a correct check digit."""
    raw = text(value, 32).replace(" ", "")
    if raw.startswith("'"):  # spreadsheets keep leading zeros with a quote
        raw = raw[1:]
    if not raw:
        return None
    if raw.isdigit() and len(raw) in (8, 12, 13, 14) and not gtin_check_ok(raw):
        raise FieldError(f"{raw} has a wrong check digit for an EAN/UPC barcode")
    return raw


def birthday(value: str | None) -> date | None:
    """A customer's birthday: YYYY-MM-DD, or --MM-DD (or MM-DD) when the year is not known."""
    raw = (value or "").strip()
    if not raw:
        return None
    try:
        return parse_birthday(raw)
    except ValueError as exc:
        raise FieldError(str(exc)) from None
