"""The plain way of writing the inserts' PDF (reportlab's documented API only, taken when the
installed reportlab lacks a name the quick way uses, or when PACKSTATION_PLAIN_PDF is set)
prints the same pages as the quick way: every kind of insert, a right-to-left Arabic order and
Czech and Ukrainian ones, compared pixel by pixel, and every barcode still scans."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.inserts.pdf import PLAIN_ENV
from packstation.inserts.pdf.writer import PLAIN
from packstation.inserts.service import order_inserts
from packstation.storage.models import Customer, Order
from tests.support.demo import demo_shop
from tests.support.pdf import barcodes, page_count, page_text

DPI = 150
# The same glyphs come from subsets made and numbered otherwise, so anti-aliasing might shade an
# edge pixel a little differently: a pixel counts as different when a channel is more than
# LEVELS apart (of 255), and at most SHARE of a page's pixels (about 50 of an A6 page's 540,000)
# may be. With reportlab 5.1 the pages are identical, pixel for pixel.
LEVELS = 16
SHARE = 0.0001

pytestmark = pytest.mark.skipif(PLAIN, reason="this process writes the plain way already")


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 60)
    return sqlite_app


def _order(app: App, language: str, name: str = "") -> str:
    with app.sessions.begin() as session:
        order = session.scalars(
            select(Order).join(Customer).where(Customer.language == language).order_by(Order.id)
        ).first()
        assert order is not None, language
        if name:  # a name in several scripts: runs in more than one font on a line
            order.customer.first_name = name
            order.ship_name = f"{name} Nováková"
        return order.number


def _plain(app: App, number: str, out: Path) -> None:
    """The order's inserts from the command line in a process of its own that writes plainly."""
    env = {**os.environ, PLAIN_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "--db", app.db_url, "inserts", number, "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def _pages(path: Path) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.render(scale=DPI / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def _different(ours: Image.Image, theirs: Image.Image) -> float:
    """The share of pixels whose colour differs by more than LEVELS in any channel."""
    difference = ImageChops.difference(ours, theirs).convert("L").point(lambda v: 255 if v > LEVELS else 0)
    return difference.histogram()[255] / (ours.width * ours.height)


@pytest.mark.parametrize(
    ("language", "name"),
    [("ar", ""), ("cs", "Anežka Ґанна عائشة"), ("uk", "Ґанна Їжакевич")],
)
def test_the_plain_way_prints_the_same_inserts_as_the_quick_way(
    shop: App, tmp_path: Path, language: str, name: str
) -> None:
    number = _order(shop, language, name)
    quick, plain = tmp_path / "quick.pdf", tmp_path / "plain.pdf"
    order_inserts(shop.sessions, number, quick)  # issues the voucher and the RMA
    _plain(shop, number, plain)  # prints the same ones again

    assert page_count(plain) == page_count(quick) == 4  # note, voucher, return label, slip
    assert not name or name.split()[1] in page_text(quick, 0)
    assert b"/Rotate 0 /Type /Page\n>>" in quick.read_bytes()  # the quick page writer
    assert b"/Rotate 0 /Type /Page\n>>" not in plain.read_bytes()
    for index, (ours, theirs) in enumerate(zip(_pages(quick), _pages(plain), strict=True)):
        assert ours.size == theirs.size
        assert _different(ours, theirs) <= SHARE, (language, index)
        assert page_text(plain, index) == page_text(quick, index)
        assert barcodes(plain, index, 203) == barcodes(quick, index, 203) != [], (language, index)
