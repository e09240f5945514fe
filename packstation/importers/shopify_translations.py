"""Shopify's translation export (Translate & Adapt; Settings › Languages › Export): the
products' titles in the customer languages, for `Product.names`.

The file has one row per translatable field of a resource per locale, in the columns Type,
Identification (the resource's id; spreadsheets are kept from reading it as a number by a
leading apostrophe), Field, Locale, Market (empty: every market), Status, Default content (the
text in the shop's primary language) and Translated content (empty: not translated yet). Only
rows of type PRODUCT and field `title` are read; descriptions, collections, theme texts and
the rest are counted and passed over.

A product is found by its title as the shop wrote it (Default content): that is the Title of
the shop's products export, which packstation stores as the product's name (a variant's name
adds its options after " — ", and gets the translated title before them). The export's
product ids appear nowhere in the products export, so they only name a product in the report.

Any row that cannot be read (a locale that is no language tag, a translated title of nothing
but spaces, a row cut short) refuses the whole file, every such row named with its line, and
nothing is stored; a row for a product packstation does not have is reported, not refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.product_names import customer_language, tidy_name
from packstation.importers.csvfile import CsvReader
from packstation.importers.report import ImportReport, UnusableFileError
from packstation.storage.models import Product

FORMAT = "shopify-translations"
REQUIRED = ["Type", "Identification", "Field", "Locale", "Default content", "Translated content"]
HEADER_MARKS = {"Type", "Identification", "Field", "Locale"}  # what tells the file apart
VARIANT_MARK = " — "  # between a product's title and its options in Product.name (shopify_products)
MOST_SHOWN = 20  # problems listed when a file is refused


@dataclass(frozen=True)
class TitleTranslation:
    line: int
    product_id: str  # Shopify's id of the product (only for the report)
    title: str  # the shop's own title: how the product is found
    language: str  # the customer language (primary subtag)
    name: str
    market: str  # empty: the translation for every market


@dataclass
class TranslationFile:
    titles: list[TitleTranslation] = field(default_factory=list)
    passed_over: Counter[str] = field(default_factory=Counter)  # reason -> rows
    separator: str = ","


def product_id(value: str) -> str:
    """`'8079393226938` and `gid://shopify/Product/8079393226938` -> `8079393226938`."""
    return value.strip().lstrip("'").rsplit("/", 1)[-1]


def parse(path: Path) -> TranslationFile:
    """Every product title the file translates, checked; UnusableFileError naming each bad row."""
    result = TranslationFile()
    problems: list[str] = []
    reader = CsvReader(path, REQUIRED)
    for record in reader:
        if record.problems:
            problems.extend(f"line {record.line}, {column}: {reason}" for column, reason in record.problems)
            continue
        values = record.values
        kind, what = values.get("Type", "").strip().upper(), values.get("Field", "").strip().lower()
        if kind not in ("PRODUCT", "PRODUCTS") or what != "title":
            result.passed_over["other content than product titles"] += 1
            continue
        try:
            language = customer_language(values.get("Locale", ""))
        except ValueError as exc:
            problems.append(f"line {record.line}, Locale: {exc}")
            continue
        locale = values.get("Locale", "").strip()
        if "Translated content" not in values:
            result.passed_over[f"titles not translated yet ({locale})"] += 1
            continue
        try:
            name = tidy_name(values["Translated content"])
        except ValueError as exc:
            problems.append(f"line {record.line}, Translated content: the translated title — {exc}")
            continue
        title = " ".join(values.get("Default content", "").split())
        if not title:
            problems.append(
                f"line {record.line}, Default content: empty — the shop's own title is what finds the product"
            )
            continue
        if language is None:
            result.passed_over[f"in {locale}, not a language of the customers' texts"] += 1
            continue
        market = values.get("Market", "").strip()
        pid = product_id(values.get("Identification", ""))
        result.titles.append(TitleTranslation(record.line, pid, title, language, name, market))
    if problems:
        shown = "\n".join(f"  {path}, {problem}" for problem in problems[:MOST_SHOWN])
        more = f"\n  and {len(problems) - MOST_SHOWN} more" if len(problems) > MOST_SHOWN else ""
        raise UnusableFileError(
            f"{path}: {len(problems)} row{'s' if len(problems) != 1 else ''} cannot be read, so no name "
            f"of the file was stored:\n{shown}{more}\n  correct the rows, or export the file again"
        )
    result.separator = reader.separator
    return result


def store_names(session: Session, parsed: TranslationFile, report: ImportReport) -> None:
    """Give the products the file's names (in the caller's transaction): a translation for
    every market wins over one for a single market."""
    catalogue = list(session.scalars(select(Product)))
    by_title: dict[str, list[tuple[Product, str]]] = {}  # title -> (product, its options)
    for product in catalogue:
        title, mark, options = product.name.partition(VARIANT_MARK)
        by_title.setdefault(" ".join(title.split()), []).append((product, mark + options))
        if mark:  # a title that itself holds the mark is found whole too
            by_title.setdefault(" ".join(product.name.split()), []).append((product, ""))
    chosen: dict[tuple[int, str], tuple[bool, str]] = {}  # (product, language) -> (global, name)
    products: dict[int, Product] = {}
    missing: dict[str, int] = {}  # product -> its first line
    for entry in parsed.titles:
        found = by_title.get(entry.title)
        if not found:
            missing.setdefault(f"{entry.title} (id {entry.product_id})", entry.line)
            continue
        for product, options in found:
            key, every_market = (product.id, entry.language), not entry.market
            if key in chosen and chosen[key][0] and not every_market:
                continue
            chosen[key] = (every_market, (entry.name + options)[:300])
            products[product.id] = product
    named: Counter[str] = Counter()
    changed: set[int] = set()
    for (pid, language), (_, name) in chosen.items():
        product = products[pid]
        if (product.names or {}).get(language) != name:
            product.names = {**(product.names or {}), language: name}  # a new dict: the JSON column sees it
            changed.add(pid)
        named[language] += 1
    report.products_updated += len(changed)
    report.names_by_language.update(named)
    report.not_in_catalogue.extend(f"line {line}: {who}" for who, line in missing.items())
    report.lines_left_out.update(parsed.passed_over)
