"""A shop that sells in Czech, Romanian and Ukrainian imports its own products export, then its
Translate & Adapt export (Shopify admin › Settings › Languages › Export), through `packstation
import`, no demo: a Czech customer's note names the products in Czech, a Romanian one with no
Romanian name gets the shop's own name, and a bad translation file is refused with the line
that is wrong and nothing of it stored. The follow-ups name products the same way, and say
which names are in the customer's language."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from packstation.bootstrap import bootstrap
from packstation.followups.messages import Rendered, Rule
from packstation.followups.queue import queue_followups
from packstation.storage.models import Customer, Order, OrderStatus, Product
from tests.integration.test_first_day import EXPORT, SETUP, packstation
from tests.support.demo import demo_shop
from tests.support.pdf import page_text

DATA = Path(__file__).parents[1] / "data"
PRODUCTS = DATA / "shopify_products_export.csv"
TRANSLATIONS = DATA / "shopify_translations_export.csv"
SERUM = {  # a product the shop named in Czech, not in Romanian
    "Handle": "rosehip-serum", "Title": "Rosehip hydrating serum 30 ml", "Option1 Name": "Title",
    "Option1 Value": "Default Title", "Variant SKU": "SKN-SERUM", "Variant Barcode": "8594512000136",
    "Variant Price": "29.00", "Status": "active",
}  # fmt: skip
HEADER = [
    "Type",
    "Identification",
    "Field",
    "Locale",
    "Market",
    "Status",
    "Default content",
    "Translated content",
]


def products_export(tmp_path: Path) -> Path:
    """The shop's products export: the one in tests/data and its serum."""
    with PRODUCTS.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows, columns = list(reader), list(reader.fieldnames or [])
    path = tmp_path / "products_export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows([*rows, SERUM])
    return path


def translations(tmp_path: Path, rows: list[list[str]], name: str = "translations.csv") -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def note_of(db: str, number: str, out: Path) -> str:
    printed = packstation(db, "inserts", number, "--kinds", "note", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    return " ".join(page_text(out, 0).split())


def names_stored(db: str) -> dict[str, dict[str, Any]]:
    app = bootstrap(db)
    try:
        with app.sessions() as session:
            return {p.sku: dict(p.names) for p in session.scalars(select(Product))}
    finally:
        app.close()


@pytest.fixture
def shop(tmp_path: Path) -> str:
    """A shop's own database: its orders and products imported, set up, no demo."""
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    assert "6 new" in packstation(db, "import", str(EXPORT)).stdout  # two orders of it are refused
    assert packstation(db, "import", str(products_export(tmp_path))).returncode in (0, 1)  # one bad barcode
    assert packstation(db, *SETUP, pin="482913").returncode == 0
    return db


def test_a_czech_note_names_the_products_in_czech_and_a_romanian_one_keeps_the_shops_names(
    shop: str, tmp_path: Path
) -> None:
    assert "Gentle oat face cleanser" in note_of(shop, "#1001", tmp_path / "before.pdf")

    imported = packstation(shop, "import", str(TRANSLATIONS))
    assert imported.returncode == 0, imported.stderr
    said = imported.stdout
    assert "(shopify-translations)" in said
    assert "product names per language: cs 4, uk 1" in said  # the cleanser's two sizes, the mug, the serum
    assert "not in the catalogue (import the products export first): 2" in said
    assert "Konjac face sponge (id 8079393226940)" in said  # its product row was refused: no catalogue entry
    assert "Walnut bread board (id 8079393226999)" in said
    assert "in de, not a language of the customers' texts: 1" in said
    assert "titles not translated yet (cs): 1" in said

    czech = note_of(shop, "#1001", tmp_path / "cs.pdf")  # a Czech customer: cleanser 150 ml, konjac sponge
    assert "Jemný ovesný čisticí gel na pleť — 150 ml" in czech
    assert "Gentle oat face cleanser" not in czech
    assert "Konjac face sponge" in czech  # not in the catalogue: the order's own name

    romanian = note_of(shop, "#1002", tmp_path / "ro.pdf")  # the serum has a Czech name, no Romanian
    assert "Rosehip hydrating serum 30 ml" in romanian and "šípkové" not in romanian
    assert names_stored(shop)["SKN-SERUM"] == {"cs": "Hydratační šípkové sérum 30 ml"}

    again = packstation(shop, "import", str(TRANSLATIONS))  # the same file twice: nothing changes
    assert again.returncode == 0 and "products changed: 0" in again.stdout


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ["PRODUCT", "'1", "title", "c$", "", "", "Hand-thrown ceramic mug", "Hrnek"],
            "line 3, Locale: 'c$' is not a language tag",
        ),
        (
            ["PRODUCT", "'1", "title", "cs", "", "", "Hand-thrown ceramic mug", "   "],
            "line 3, Translated content: the translated title — the name is empty",
        ),
        (
            ["PRODUCT", "'1", "title", "cs", "", "", "Hand-thrown ceramic mug"],  # cut short after a field
            "line 3, (row): has 7 fields; the header has 8",
        ),
    ],
    ids=["unknown locale", "empty title", "row cut short"],
)
def test_a_bad_translation_file_is_refused_with_its_line_and_nothing_of_it_is_stored(
    shop: str, tmp_path: Path, row: list[str], expected: str
) -> None:
    good = ["PRODUCT", "'2", "title", "cs", "", "translated", "Hand-thrown ceramic mug", "Ručně točený hrnek"]
    path = translations(tmp_path, [good, row])
    refused = packstation(shop, "import", str(path))
    assert refused.returncode == 2, refused.stdout
    assert f"{path}, {expected}" in refused.stderr
    assert "nothing was imported" in refused.stderr and "Traceback" not in refused.stderr
    assert names_stored(shop)["KIT-MUG"] == {}  # the good row before it was not stored either


def test_a_translation_file_cut_off_inside_a_quoted_title_is_refused(shop: str, tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_text(
        ",".join(HEADER) + "\nPRODUCT,'2,title,cs,,translated,Hand-thrown ceramic mug,\"Ručně točený", "utf-8"
    )
    refused = packstation(shop, "import", str(path))
    assert refused.returncode == 2
    assert f"{path}, line 2: broken CSV (a quote opened in this row is never closed)" in refused.stderr
    assert names_stored(shop)["KIT-MUG"] == {}


class Recording:
    """Message templates that keep the facts each follow-up was given, and write nothing."""

    def __init__(self) -> None:
        self.facts: dict[str, dict[str, Any]] = {}

    def render(self, rule: Rule, language: str, facts: dict[str, Any], unsubscribe_url: str = "") -> Rendered:
        self.facts[rule.name] = facts
        return Rendered("subject", "text", "")


def test_follow_ups_name_products_in_the_customers_language_and_say_so(tmp_path: Path) -> None:
    app = bootstrap(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    demo_shop(app, 120)
    for index, (language, localized) in enumerate((("cs", True), ("ro", False))):
        with app.sessions() as session:
            order = session.scalars(
                select(Order).join(Customer).where(Customer.language.like("cs%"), Customer.email.is_not(None),
                                                   Order.status == OrderStatus.READY)
                .order_by(Order.id).offset(index)  # an order of its own: the first one's follow-up is stored
            ).first()  # fmt: skip
            assert order is not None
            order.customer.language = language
            lines = {line.sku: line.name for line in order.lines if line.sku}
            products = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(lines)))}
            if not localized:  # the shop has not named these in Romanian, nor what goes with them
                for product in session.scalars(select(Product)):
                    product.names = {k: v for k, v in product.names.items() if k != "ro"}
            templates = Recording()
            playbook = [Rule("thank_you", marketing=False)]  # one rule that always applies
            queued = queue_followups(session, order.number, playbook=playbook, templates=templates)  # type: ignore[arg-type]
            assert queued and templates.facts, "no follow-up was queued"
            facts = next(iter(templates.facts.values()))
            named = {item.name: item.localized for item in facts["items"]}
            expected = {p.names["cs"] if localized else p.name for p in products.values()}
            assert expected <= set(named) and all(named[name] is localized for name in expected)
            for care in facts["care"]:
                assert care["localized"] is localized and (care["item"] in named) is True
            if facts["has_consumables"]:
                assert facts["replenish_item_localized"] is localized
            for suggestion in facts["suggestion_items"]:
                assert suggestion["localized"] is localized
            assert facts["suggestions"] == [s["name"] for s in facts["suggestion_items"]]
            session.rollback()
    app.close()
