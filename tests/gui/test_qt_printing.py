"""Printing through Qt puts scannable inserts on the page (a PDF printer stands in for paper)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from packstation.bootstrap import App
from packstation.inserts.service import order_inserts
from packstation.printing.targets import PrinterError
from packstation.storage.models import Voucher
from packstation.ui.qt_printing import print_pdf
from tests.support.pdf import barcodes, page_count


def test_qt_prints_every_page_with_codes_that_scan(qtbot: QtBot, shop: App, tmp_path: Path) -> None:
    inserts = tmp_path / "inserts.pdf"
    order_inserts(shop.sessions, "#1001", inserts, ["note", "voucher"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(300)

    assert print_pdf(inserts, printer) == 2

    with shop.sessions() as session:
        code = session.query(Voucher.code).scalar()
    assert page_count(tmp_path / "printed.pdf") == 2
    assert ("Code128", code) in barcodes(tmp_path / "printed.pdf", 1, 203)


def test_a_file_that_is_not_a_pdf_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    bogus = tmp_path / "not.pdf"
    bogus.write_text("hello")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    with pytest.raises(PrinterError, match="cannot be read as a PDF"):
        print_pdf(bogus, printer)
