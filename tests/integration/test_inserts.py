"""A packer prints an order's inserts: every word in the customer's language, every barcode
scannable, the same voucher and RMA however often it is printed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select, update

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.core.codes import parse_code
from packstation.core.names import vocative
from packstation.inserts.service import InsertError, order_inserts
from packstation.storage.models import Brand, Customer, Order, ReturnLabel, Voucher
from tests.support.demo import demo_shop
from tests.support.pdf import barcodes, glyphs, page_count, page_text

LANGUAGES = ("en", "cs", "ro", "uk", "ar", "id")


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 80)
    return sqlite_app


def first_order(app: App, language: str, *, gift: bool = False) -> str:
    with app.sessions() as session:
        return (
            session.scalars(
                select(Order.number)
                .join(Customer)
                .where(Customer.language == language, Order.is_gift == gift)
                .order_by(Order.id)
            ).first()
            or ""
        )


def codes_of(app: App, number: str) -> tuple[str, str]:
    with app.sessions() as session:
        order_id = session.scalar(select(Order.id).where(Order.number == number))
        voucher = session.scalar(select(Voucher.code).where(Voucher.order_id == order_id))
        rma = session.scalar(select(ReturnLabel.rma).where(ReturnLabel.order_id == order_id))
    return str(voucher), str(rma)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_barcode_on_every_insert_scans_at_203_and_300_dpi(
    shop: App, tmp_path: Path, language: str
) -> None:
    number = first_order(shop, language)
    pdf = tmp_path / "inserts.pdf"

    order_inserts(shop.sessions, number, pdf)

    voucher, rma = codes_of(shop, number)
    assert page_count(pdf) == 4
    expected = {
        0: [("Code128", number)],
        1: [
            ("Code128", number),
            ("Code128", voucher),
            ("QRCode", f"https://verde-atelier.example/discount/{voucher}"),
        ],
        2: [
            ("Code128", number),
            ("Code128", rma),
            ("QRCode", f"https://verde-atelier.example/returns?rma={rma}"),
        ],
        3: [("Code128", number)],
    }
    for dpi in (203, 300):
        for page, wanted in expected.items():
            assert barcodes(pdf, page, dpi) == sorted(wanted), (language, dpi, page)


@pytest.mark.parametrize(
    ("language", "greeting", "return_title"),
    [
        ("en", "Thank you,", "Return label"),
        ("cs", "Děkujeme,", "Štítek pro vrácení"),
        ("ro", "Mulțumim,", "Etichetă de retur"),
        ("uk", "Дякуємо,", "Етикетка для повернення"),
        ("ar", "شكرًا لك يا", "ملصق الإرجاع"),
        ("id", "Terima kasih,", "Label pengembalian"),
    ],
)
def test_the_inserts_speak_the_customers_language(
    shop: App, tmp_path: Path, language: str, greeting: str, return_title: str
) -> None:
    number = first_order(shop, language)
    pdf = tmp_path / "inserts.pdf"
    order_inserts(shop.sessions, number, pdf)

    with shop.sessions() as session:
        first_name = session.scalars(
            select(Customer.first_name).join(Order).where(Order.number == number)
        ).one()
    note = page_text(pdf, 0)
    assert greeting in note and vocative(first_name, language) in note  # Czech, Ukrainian: Lukáši
    assert return_title in page_text(pdf, 2)
    voucher, _ = codes_of(shop, number)
    assert voucher in page_text(pdf, 1)


def test_the_arabic_note_is_laid_out_from_the_right(shop: App, tmp_path: Path) -> None:
    pdf = tmp_path / "inserts.pdf"
    order_inserts(shop.sessions, first_order(shop, "ar"), pdf, kinds=["note"])

    drawn, width, _ = glyphs(pdf, 0)
    arabic = [g for g in drawn if "\u0600" <= g.char <= "\u06ff"]
    mm = 72 / 25.4
    # the paragraphs start at the right margin (9 mm), and no Arabic hugs the left one
    assert width - max(g.right for g in arabic) < 10 * mm
    assert min(g.left for g in arabic) > 10 * mm


def test_printing_again_reuses_the_voucher_and_the_rma(shop: App, tmp_path: Path) -> None:
    number = first_order(shop, "cs")
    order_inserts(shop.sessions, number, tmp_path / "first.pdf")
    first = codes_of(shop, number)
    order_inserts(shop.sessions, number, tmp_path / "again.pdf", kinds=["voucher", "return"])

    assert codes_of(shop, number) == first
    assert parse_code(first[0], "VA") == first[0] and parse_code(first[1], "RMA") == first[1]
    assert first[0] in page_text(tmp_path / "again.pdf", 0)


# what a gift's slip tells the recipient: a gift, and no word of prices
GIFT_NOTES = {"en": "A gift for you", "cs": "Dárek pro vás", "ro": "Un cadou pentru tine", "uk": "Подарунок для вас",
              "ar": "هدية لك", "id": "Hadiah untukmu"}  # fmt: skip


def test_a_gift_shows_the_givers_message_and_no_prices(shop: App, tmp_path: Path) -> None:
    with shop.sessions() as session:
        number, language, message, currency = session.execute(
            select(Order.number, Customer.language, Order.gift_message, Order.currency)
            .join(Customer).where(Order.is_gift, Customer.language != "ar").order_by(Order.id)
        ).first()  # fmt: skip
    pdf = tmp_path / "gift.pdf"
    order_inserts(shop.sessions, number, pdf)

    note, slip = page_text(pdf, 0), page_text(pdf, 3)
    assert " ".join(message.split()[:3]) in note.replace("\r\n", " ")
    assert GIFT_NOTES[language] in slip
    for text in (note, slip):
        assert currency not in text and not any(
            symbol in text for symbol in ("£", "€", "$", "₴", "Kč", "lei")
        )


def test_the_eco_line_names_the_packaging_used_and_how_to_dispose_of_it(shop: App, tmp_path: Path) -> None:
    pdf = tmp_path / "note.pdf"
    order_inserts(
        shop.sessions,
        first_order(shop, "cs"),
        pdf,
        kinds=["note"],
        packaging=["MAILER-COMPOST", "WRAP-TISSUE"],
    )

    note = page_text(pdf, 0).replace("\r\n", " ")
    assert "Bez plastu" in note and "obálka kompostovatelná doma" in note
    assert "domácí kompost" in note


def test_a_long_name_and_mixed_scripts_stay_on_the_page(shop: App, tmp_path: Path) -> None:
    number = first_order(shop, "cs")
    long_name = "Anežka " + "Čermáková-Ґедз-عبد الرحمن " * 8
    with shop.sessions.begin() as session:
        order = session.scalars(select(Order).where(Order.number == number)).one()
        order.customer.first_name = long_name[:100]
        order.ship_name = long_name[:200]
        order.ship_address1 = "Vinohradská 1233/12, " * 10
    pdf = tmp_path / "long.pdf"
    order_inserts(shop.sessions, number, pdf)

    for page in range(4):
        drawn, width, height = glyphs(pdf, page)
        assert drawn
        for g in drawn:
            assert g.left >= 0 and g.right <= width and g.bottom >= 0 and g.top <= height, (page, g)
    assert "Čermáková-Ґедз-" in page_text(pdf, 2)


def test_an_unknown_language_prints_in_english_and_says_so(shop: App, tmp_path: Path) -> None:
    number = first_order(shop, "en")
    with shop.sessions.begin() as session:
        session.execute(
            update(Customer)
            .where(Customer.id == select(Order.customer_id).where(Order.number == number).scalar_subquery())
            .values(language="de")
        )
    report = order_inserts(shop.sessions, number, tmp_path / "de.pdf", kinds=["note"])

    assert report.notices == ["no insert texts in 'de': printed in English"]
    assert "Thank you," in page_text(tmp_path / "de.pdf", 0)


def test_a_missing_logo_prints_the_brand_name_instead(shop: App, tmp_path: Path) -> None:
    with shop.sessions.begin() as session:
        session.execute(update(Brand).values(logo_path="resources/brand/gone.png"))
    report = order_inserts(shop.sessions, first_order(shop, "id"), tmp_path / "nologo.pdf", kinds=["note"])

    assert report.notices == ["logo resources/brand/gone.png not found: printed without a logo"]
    drawn, _, height = glyphs(tmp_path / "nologo.pdf", 0)
    top_band = sorted((g for g in drawn if g.bottom > height - 25 * 72 / 25.4), key=lambda g: g.left)
    assert "".join(g.char for g in top_band) == "VerdeAtelier"  # the wordmark stands where the logo was


@pytest.mark.parametrize(("page", "pages"), [("a6", 4), ("a4", 1), ("letter", 1), ("label-4x6", 4)])
def test_every_page_format(shop: App, tmp_path: Path, page: str, pages: int) -> None:
    pdf = tmp_path / f"{page}.pdf"
    report = order_inserts(shop.sessions, first_order(shop, "uk"), pdf, page=page)

    assert (report.pages, page_count(pdf)) == (pages, pages)
    found = [value for index in range(pages) for _, value in barcodes(pdf, index, 203)]
    assert len(found) == 8  # four order barcodes, the voucher's two codes, the return label's two


def test_the_inserts_command_and_the_voucher_export(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = first_order(shop, "en")
    out = tmp_path / "order.pdf"

    assert (
        main(
            [
                "--db",
                shop.db_url,
                "inserts",
                number.lstrip("#"),
                "--out",
                str(out),
                "--kinds",
                "voucher,return",
            ]
        )
        == 0
    )
    assert page_count(out) == 2
    assert main(["--db", shop.db_url, "inserts", "#424242", "--out", str(out)]) == 2
    assert "no order '#424242'" in capsys.readouterr().err
    assert main(["--db", shop.db_url, "inserts", number, "--out", str(out), "--kinds", "flyer"]) == 2
    export = tmp_path / "vouchers.csv"
    assert main(["--db", shop.db_url, "vouchers", "export", "--out", str(export)]) == 0
    rows = list(csv.DictReader(export.open(encoding="utf-8")))
    assert [(r["code"], r["order"], r["percent_off"]) for r in rows] == [
        (codes_of(shop, number)[0], number, "15")
    ]


def test_a_failed_render_leaves_no_half_written_file(shop: App, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "order.pdf"
    out.write_bytes(b"the previous, complete file")
    with pytest.raises(InsertError):
        order_inserts(shop.sessions, "#0", out)
    with pytest.raises(InsertError, match="unknown page format"):
        order_inserts(shop.sessions, first_order(shop, "en"), out, page="a5")
    assert out.read_bytes() == b"the previous, complete file"
    assert [p.name for p in folder.iterdir()] == ["order.pdf"]


def test_codes_are_unique_on_both_databases(app: App) -> None:
    demo_shop(app, 30)
    from packstation.inserts.gathering import gather

    with app.sessions.begin() as session:
        numbers = list(session.scalars(select(Order.number)))
        for number in numbers:
            gather(session, number)
    with app.sessions() as session:
        vouchers = list(session.scalars(select(Voucher.code)))
        rmas = list(session.scalars(select(ReturnLabel.rma)))
    assert len(set(vouchers)) == len(vouchers) == 30 and len(set(rmas)) == 30


def test_the_return_label_as_zpl_prints_what_the_pdf_shows(shop: App, tmp_path: Path) -> None:
    from packstation.inserts.zpl import gfa_to_image

    number = first_order(shop, "ar")
    out = tmp_path / "label.zpl"
    assert (
        main(["--db", shop.db_url, "inserts", number, "--kinds", "return", "--zpl", "--out", str(out)]) == 0
    )

    zpl = out.read_text(encoding="utf-8")
    assert zpl.startswith("^XA\n^CI28\n^PW812\n^LL1218") and zpl.rstrip().endswith("^XZ")
    assert len(zpl) < 60_000  # compressed: the raw bitmap would be 124 kB of hex twice over
    _, rma = codes_of(shop, number)
    import zxingcpp

    found = sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(gfa_to_image(zpl)))
    assert found == sorted(
        [
            ("Code128", rma),
            ("Code128", number),
            ("QRCode", f"https://verde-atelier.example/returns?rma={rma}"),
        ]
    )


def test_zpl_is_only_for_the_return_label(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "label.zpl"
    assert main(["--db", shop.db_url, "inserts", first_order(shop, "en"), "--zpl", "--out", str(out)]) == 2
    assert "--zpl prints the return label only" in capsys.readouterr().err
    assert not out.exists()


def test_a_waves_prices_and_days_are_written_where_they_are_drawn_as_the_bench_writes_them(
    shop: App,
) -> None:
    """A batch hands its chunks over with the prices and days not yet written the customer's
    way (so its own process hands out the first chunk without loading babel's locale data);
    the helper that draws them writes them exactly as the bench does, in every language."""
    import dataclasses
    import pickle
    from datetime import UTC, datetime

    from packstation.inserts.gathering import gather_many

    with shop.sessions() as session:
        numbers = list(session.scalars(select(Order.number).order_by(Order.id)))
    now = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
    with shop.sessions.begin() as session:
        at_the_bench = gather_many(session, numbers, now=now)
    with shop.sessions.begin() as session:
        handed_over = pickle.loads(pickle.dumps(gather_many(session, numbers, now=now, written=False)))

    assert all(facts.amounts is not None and facts.total == "" for facts in handed_over)
    for facts in handed_over:
        facts.write_out()
    assert [dataclasses.asdict(f) for f in handed_over] == [dataclasses.asdict(f) for f in at_the_bench]
    assert {f.language for f in at_the_bench} == set(LANGUAGES)
    assert all(f.total and f.return_by and f.voucher_discount and f.items[0].unit_price for f in at_the_bench)
