"""Product names in the customer's language: the catalogue's `Product.names` (language ->
name), the shop's own `Product.name` the fallback.

Texts that inflect around a product's name ("k Beech dish brush se skvěle hodí") can only put
it inside a sentence when the name is in the customer's language; so every name handed to a
text comes with whether it is (`localized`), and a text lists a shop-language name apart.
Names are kept by primary language subtag (`cs`, not `cs-CZ`): a Czech customer in Slovakia
reads the Czech name. A manager edits them in Settings; every change is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.languages import SHIPPED_LANGUAGES, normalise_language_tag, primary_subtag
from packstation.core.staff import audit, require
from packstation.storage.models import Packer, Product, Role

MAX_NAME = 300  # as Product.name


@dataclass(frozen=True)
class LocalName:
    """A product's name for one customer: in their language, or the shop's own."""

    name: str
    localized: bool  # the name is in the customer's language


def name_for(name: str, names: Mapping[str, Any] | None, language: str) -> LocalName:
    """The name to print for a customer whose texts are in `language` (a BCP-47 tag)."""
    local = (names or {}).get(primary_subtag(language or "en"))
    if isinstance(local, str) and local.strip():
        return LocalName(local, True)
    return LocalName(name, False)


def product_name(product: Product, language: str) -> LocalName:
    return name_for(product.name, product.names, language)


def customer_language(value: str) -> str | None:
    """The customer language a locale or language column names (`cs`, `cs-CZ`, `uk_UA` -> the
    primary subtag), None when it is one packstation's texts are not written in. ValueError
    when `value` is not a language tag at all."""
    tag = normalise_language_tag(value)
    if tag is None:
        raise ValueError(f"{value!r} is not a language tag (such as cs, ro, uk-UA)")
    language = primary_subtag(tag)
    return language if language in SHIPPED_LANGUAGES else None


def tidy_name(value: str) -> str:
    """One line, single spaces; ValueError when nothing is left or it is too long."""
    tidy = " ".join(str(value).split())
    if not tidy:
        raise ValueError("the name is empty")
    if len(tidy) > MAX_NAME:
        raise ValueError(f"the name has {len(tidy)} characters; at most {MAX_NAME} fit")
    return tidy


@dataclass
class ProductEntry:
    """One product as the Settings screen shows it."""

    sku: str
    name: str
    names: dict[str, str]


def products(session: Session) -> list[ProductEntry]:
    return [
        ProductEntry(p.sku, p.name, {k: str(v) for k, v in (p.names or {}).items()})
        for p in session.scalars(select(Product).order_by(Product.name, Product.sku))
    ]


def save_names(
    session: Session, actor: Packer, sku: str, names: Mapping[str, str], station: str = ""
) -> list[str]:
    """Set the product's names per language to `names` (a language left empty loses its name,
    the shop's name printed instead); returns the languages that changed, audited."""
    require(actor, Role.MANAGER, "change product names")
    product = session.scalars(select(Product).where(Product.sku == sku)).one_or_none()
    if product is None:
        raise LookupError(f"no product with SKU {sku!r}")
    wanted: dict[str, str] = {}
    for language, value in names.items():
        if language not in SHIPPED_LANGUAGES:
            raise ValueError(f"{sku}: {language!r} is not a language the customers' texts are in")
        if str(value).strip():
            try:
                wanted[language] = tidy_name(value)
            except ValueError as exc:
                raise ValueError(f"{sku}, {language}: {exc}") from None
    before = {k: str(v) for k, v in (product.names or {}).items()}
    changed = sorted(k for k in set(before) | set(wanted) if before.get(k) != wanted.get(k))
    if not changed:
        return []
    product.names = dict(sorted(wanted.items()))  # a new dict: the JSON column sees the change
    audit(session, actor, "product names changed", sku, station,
          changed={k: {"from": before.get(k), "to": wanted.get(k)} for k in changed})  # fmt: skip
    return changed
