"""Printing through the desktop's printers with Qt: the system print dialog, and the printer
chosen for each insert kind remembered for this station (QSettings, not the shared database).

The PDF is rendered page by page at the printer's own resolution, so bars land on whole dots.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from packstation.printing.targets import PrinterError


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of `pdf` on `printer`; returns the pages printed."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise PrinterError(f"{pdf} cannot be read as a PDF")
    first = document.pagePointSize(0)
    printer.setPageSize(QPageSize(first, QPageSize.Unit.Point))
    printer.setPageMargins(QPageLayout().margins(), QPageLayout.Unit.Point)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(f"printer {printer.printerName() or printer.outputFileName()} cannot start a job")
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, pixels)
            painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), image)
    finally:
        painter.end()
    return document.pageCount()


def remembered_printer(kind: str) -> QPrinter | None:
    """The printer this station last chose for `kind`, if it still exists."""
    name = QSettings().value(f"printers/{kind}", "")
    if not name:
        return None
    info = QPrinterInfo.printerInfo(str(name))
    return QPrinter(info, QPrinter.PrinterMode.HighResolution) if not info.isNull() else None


def choose_printer(parent: QWidget | None, kind: str) -> QPrinter | None:
    """The system print dialog; the choice is remembered for this kind of insert."""
    printer = remembered_printer(kind) or QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print: {inserts}").format(inserts=kind))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    QSettings().setValue(f"printers/{kind}", printer.printerName())
    return printer
