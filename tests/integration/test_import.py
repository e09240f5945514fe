"""A shop manager imports the day's Shopify export and gets exactly the orders to pack."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.importers.report import UnusableFileError
from packstation.importers.service import import_file
from packstation.storage.models import Customer, Order, OrderLine, OrderStatus, Product
from tests.conftest import DATA

SHOPIFY = DATA / "shopify_orders_export.csv"


def order(app: App, number: str) -> Order:
    with app.sessions() as session:
        found = session.scalars(select(Order).where(Order.number == number)).one()
        _ = found.lines, found.customer, found.tags
        return found


def order_count(app: App) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count(Order.id))) or 0)


def test_only_orders_that_need_packing_go_on_the_list(app: App) -> None:
    report = import_file(app.sessions, SHOPIFY)

    assert report.created == 6
    assert report.left_out == {"cancelled in the shop": 1, "already fulfilled": 1, "nothing to ship": 1}
    assert report.lines_left_out == {"needs no shipping (gift card, digital)": 2}
    with app.sessions() as session:
        numbers = set(session.scalars(select(Order.number)))
    assert numbers == {"#1001", "#1002", "#1005", "#1006", "#1009", "#1010"}


def test_each_rejected_row_names_its_line_column_and_reason(app: App) -> None:
    report = import_file(app.sessions, SHOPIFY)

    assert [(p.line, p.column, p.order) for p in report.problems] == [
        (15, "Lineitem quantity", "#1007"),
        (16, "Created at", "#1008"),
        (16, "Email", "#1008"),
        (19, "Name", None),
    ]
    assert "'two' is not a whole number" in report.problems[0].reason
    assert report.rejected_orders == ["#1007", "#1008"]
    assert report.exit_code == 1
    # a half-broken order is not stored at all: its good first line would be a short ship
    with app.sessions() as session:
        assert session.scalar(select(func.count()).where(Order.number == "#1007")) == 0


def test_a_multi_line_order_keeps_its_lines_note_and_tags(app: App) -> None:
    import_file(app.sessions, SHOPIFY)

    tereza = order(app, "#1001")
    assert [(line.sku, line.quantity, line.unit_price) for line in tereza.lines] == [
        ("SKN-CLEANSE", 2, Decimal("469.00")),
        ("ACC-KONJAC", 1, Decimal("189.00")),
    ]
    assert tereza.currency == "CZK"
    assert tereza.notes == "Prosím bez plastové výplně,\ndíky! Zvonek: Růžičková"
    assert tereza.tag_names == ["lang:cs", "vip"]
    assert tereza.customer.first_name == "Tereza"
    assert tereza.customer.marketing_consent is True
    assert tereza.ship_phone == "+420 601 234 567"
    assert tereza.status is OrderStatus.READY


def test_language_comes_from_the_data_else_from_the_country(app: App) -> None:
    import_file(app.sessions, SHOPIFY)

    languages = {
        n: order(app, n).customer.language for n in ("#1001", "#1002", "#1005", "#1006", "#1009", "#1010")
    }
    assert languages == {
        "#1001": "cs",  # tag lang:cs
        "#1002": "ro",  # shipping country RO
        "#1005": "uk",  # UA
        "#1006": "ar",  # SA
        "#1009": "id",  # ID
        "#1010": "uk",  # lives in Prague, note attribute language: uk
    }


def test_gifts_unpaid_orders_and_arabic_names(app: App) -> None:
    import_file(app.sessions, SHOPIFY)

    gift = order(app, "#1002")
    assert gift.is_gift and gift.gift_message == "La mulți ani, Ștefan! Cu drag, Ioana"
    assert [line.name for line in gift.lines] == [
        "Rosehip hydrating serum 30 ml"
    ]  # the gift card is not packed
    unpaid = order(app, "#1006")
    assert unpaid.status is OrderStatus.NEW
    assert unpaid.customer.first_name == "عبد الرحمن"
    assert unpaid.ship_city == "الرياض"


def test_importing_the_same_file_again_changes_nothing(app: App) -> None:
    import_file(app.sessions, SHOPIFY)
    again = import_file(app.sessions, SHOPIFY)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    assert order_count(app) == 6
    with app.sessions() as session:
        assert session.scalar(select(func.count(Customer.id))) == 6


def test_an_updated_export_updates_but_never_resets_an_order_being_packed(app: App, tmp_path: Path) -> None:
    import_file(app.sessions, SHOPIFY)
    with app.sessions.begin() as session:
        session.execute(update(Order).where(Order.number == "#1005").values(status=OrderStatus.PACKING))
    updated = tmp_path / "export.csv"
    text = SHOPIFY.read_text(encoding="utf-8-sig")
    text = text.replace("2,Gentle oat face cleanser", "3,Gentle oat face cleanser")  # #1001 now wants 3
    text = text.replace(",2,Hand-thrown ceramic mug", ",5,Hand-thrown ceramic mug")  # #1005 is on a bench
    text = text.replace("budi.santoso@gmail.com,paid", "budi.santoso@gmail.com,refunded")  # #1009 refunded
    updated.write_text(text, encoding="utf-8")  # this time without a BOM

    report = import_file(app.sessions, updated)

    assert report.updated == 1 and report.kept == ["#1005"] and report.cancelled == 1
    assert order(app, "#1001").lines[0].quantity == 3
    assert order(app, "#1005").lines[1].quantity == 2
    assert order(app, "#1005").status is OrderStatus.PACKING
    assert order(app, "#1009").status is OrderStatus.CANCELLED
    assert order_count(app) == 6


def test_a_cancellation_of_an_order_already_on_a_bench_is_flagged(app: App, tmp_path: Path) -> None:
    import_file(app.sessions, SHOPIFY)
    with app.sessions.begin() as session:
        session.execute(update(Order).where(Order.number == "#1001").values(status=OrderStatus.PACKED))
    cancelled = tmp_path / "export.csv"
    text = SHOPIFY.read_text(encoding="utf-8-sig")
    cancelled.write_text(text.replace("tereza.ruzickova@seznam.cz,paid", "tereza.ruzickova@seznam.cz,voided"))

    report = import_file(app.sessions, cancelled)

    assert order(app, "#1001").status is OrderStatus.PACKED
    assert any("#1001" in w and "packed" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Name,Email\n#1,a@b.cz\n", "lacks the columns 'Lineitem quantity', 'Lineitem name'"),
        ("Name,Lineitem quantity,Lineitem name\n#1,1,Šampon\n".encode("cp1250"), "line 2: is not UTF-8"),
        (b"", "is empty"),
        (b"just some words, not an export\n", "not a format packstation knows"),
    ],
    ids=["image", "wrong columns", "cp1250", "empty", "prose"],
)
def test_an_unusable_file_is_refused_whole(app: App, tmp_path: Path, content: bytes, message: str) -> None:
    import_file(app.sessions, SHOPIFY)
    path = tmp_path / "upload.csv"
    path.write_bytes(content)

    with pytest.raises(UnusableFileError, match=message):
        import_file(app.sessions, path, "shopify" if message.startswith("lacks") else None)
    assert order_count(app) == 6


def test_the_import_command_exits_0_1_or_2(
    app: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.csv"
    lines = SHOPIFY.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    good.write_text("".join(lines[:13]), encoding="utf-8")  # #1001 to #1006, all fine
    broken = tmp_path / "broken.json"
    broken.write_text('{"orders": [ {"number": "#1"} ', encoding="utf-8")

    assert main(["--db", app.db_url, "import", str(good)]) == 0
    assert main(["--db", app.db_url, "import", str(SHOPIFY)]) == 1
    out = capsys.readouterr().out
    assert "line 15, Lineitem quantity: 'two' is not a whole number (order #1007)" in out
    assert main(["--db", app.db_url, "import", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.json, line 1, column 31: not valid JSON" in err and "nothing was imported" in err


def test_a_products_export_teaches_the_barcodes_of_skus(app: App) -> None:
    import_file(app.sessions, SHOPIFY)
    report = import_file(app.sessions, DATA / "shopify_products_export.csv")

    assert (report.products_created, report.lines_given_barcodes) == (3, 2)
    assert [(p.line, p.column) for p in report.problems] == [(5, "Variant Barcode")]
    with app.sessions() as session:
        products = {p.sku: p for p in session.scalars(select(Product))}
        barcodes = dict(
            session.execute(select(OrderLine.sku, OrderLine.barcode).where(OrderLine.sku == "KIT-MUG")).all()
        )
    assert products["SKN-CLEANSE"].days_of_use == 60
    assert products["SKN-CLEANSE-300"].name == "Gentle oat face cleanser — 300 ml"
    assert products["KIT-MUG"].barcode == "0012345678905" and products["KIT-MUG"].care_tips_key == "ceramic"
    assert barcodes == {"KIT-MUG": "0012345678905"}


def test_our_own_csv_format(app: App) -> None:
    report = import_file(app.sessions, DATA / "orders.csv")

    assert report.created == 2 and report.rejected_orders == ["W-2003"]
    assert "0 is not a quantity to pack" in report.problems[0].reason
    putri = order(app, "W-2001")
    assert [(line.sku, line.barcode, line.quantity) for line in putri.lines] == [
        ("KIT-COFFEE", "8590045120143", 2),
        ("KIT-MUG", None, 1),
    ]
    assert putri.tag_names == ["subscription", "vip"] and putri.customer.language == "id"
    ana = order(app, "W-2002")
    assert ana.status is OrderStatus.NEW and ana.is_gift and ana.customer.language == "ro"
    assert ana.lines[0].name == "Soy wax candle, fig & cedar"


def test_our_own_json_format(app: App) -> None:
    report = import_file(app.sessions, DATA / "orders.json")

    assert report.created == 1 and report.products_created == 1
    assert [str(p) for p in report.problems] == [
        "record, orders[1].lines[0].quantity: -1 is not a quantity to pack (must be at least 1) (order J-3002)"
    ]
    fatima = order(app, "J-3001")
    assert fatima.customer.first_name == "فاطمة" and fatima.is_gift
    assert fatima.created_at.isoformat() == "2026-11-22T08:05:00+00:00"
    assert [line.barcode for line in fatima.lines] == ["8590045120013", None]  # learnt from "products"


def test_the_orders_command_lists_what_is_stored(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    import_file(app.sessions, SHOPIFY)
    capsys.readouterr()

    assert main(["--db", app.db_url, "orders", "--status", "new", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(o["number"], o["customer"], o["language"]) for o in listed] == [
        ("#1006", "عبد الرحمن السديري", "ar")
    ]
    assert main(["--db", app.db_url, "orders", "--search", "ґедз"]) == 0
    assert "Євгенія Ґедз" in capsys.readouterr().out


def test_a_file_that_cannot_be_read_says_so(app: App, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.csv"
    with pytest.raises(UnusableFileError, match="cannot be read"):
        import_file(app.sessions, missing)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(UnusableFileError, match="cannot be read"):
        import_file(app.sessions, folder)
    shutil.rmtree(folder)
