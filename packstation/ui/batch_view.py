"""The Batch print screen: choose a wave's orders and inserts, see how many pages that makes,
render them off the UI thread (progress, time left, cancel), look at the pages, then save or
print the file. Run alone on a demo shop: `python -m packstation.ui.batch_view`."""

from __future__ import annotations

import os
import shutil
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.orders import order_number
from packstation.core.progress import Progress
from packstation.inserts.batch import DAYS_AHEAD, BatchChoice, choose_orders, render_batch
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.storage.models import OrderStatus
from packstation.ui.language import QT_TRANSLATE_NOOP
from packstation.ui.tasks import Task, run_in_background
from packstation.vocabulary import INSERT_KINDS, InsertKind

KIND_WORDS = {
    "note": QT_TRANSLATE_NOOP("BatchView", "Thank-you note"),
    "voucher": QT_TRANSLATE_NOOP("BatchView", "Voucher"),
    "return": QT_TRANSLATE_NOOP("BatchView", "Return label"),
    "slip": QT_TRANSLATE_NOOP("BatchView", "Packing slip"),
}
LANGUAGES = ("", "en", "cs", "ro", "uk", "ar", "id")


class BatchView(QWidget):
    def __init__(
        self,
        sessions: sessionmaker[Session],
        folder: Path,
        workers: int | None = None,
        station: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions, self.folder, self.station = sessions, folder, station
        self.workers = workers or os.cpu_count() or 1
        self.numbers: list[str] = []
        self.result: Path | None = None
        self.task: Task | None = None
        self._build()
        self._recount_soon = QTimer(self, singleShot=True, interval=250)
        self._recount_soon.timeout.connect(self.recount)
        for edit in (self.since, self.until, self.shipping, self.tag):
            edit.textChanged.connect(self._recount_soon.start)
        self.scanned.textChanged.connect(self._recount_soon.start)
        for combo in (self.status, self.language, self.layout_choice):
            combo.currentIndexChanged.connect(self._recount_soon.start)
        for box in (*self.kinds.values(), self.fresh_only):
            box.toggled.connect(self._recount_soon.start)
        self.recount()

    def _build(self) -> None:
        self.status = QComboBox()
        for label, value in ((self.tr("Ready, not yet packed"), "ready"), (self.tr("New"), "new"),
                             (self.tr("Held"), "held"), (self.tr("Packed"), "packed"), (self.tr("Any status"), "")):  # fmt: skip
            self.status.addItem(label, value)
        self.since, self.until = QLineEdit(), QLineEdit()
        self.since.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.until.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.shipping, self.tag = QLineEdit(), QLineEdit()
        self.shipping.setPlaceholderText(self.tr("part of the shipping method"))
        self.tag.setPlaceholderText(self.tr("an order tag"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(code or self.tr("Any language"), code)
        self.fresh_only = QCheckBox(self.tr("Only orders not yet pre-printed"))
        self.fresh_only.setChecked(True)
        self.scanned = QPlainTextEdit()
        self.scanned.setPlaceholderText(self.tr("Or scan order numbers here, one per line"))
        self.scanned.setMaximumHeight(90)
        self.kinds = {kind: QCheckBox(self.tr(KIND_WORDS[kind])) for kind in INSERT_KINDS}
        for kind in (InsertKind.NOTE, InsertKind.VOUCHER, InsertKind.RETURN):  # the slip comes at the bench
            self.kinds[kind].setChecked(True)
        self.layout_choice = QComboBox()
        for name, label in (("a6", self.tr("A6, one per page")), ("a4", self.tr("A4, four-up with cut marks")),
                            ("letter", self.tr("US Letter, four-up")), ("label-4x6", self.tr("4×6 inch label"))):  # fmt: skip
            self.layout_choice.addItem(label, name)
        self.collate = QComboBox()
        self.collate.addItem(self.tr("Each order's inserts together"), "order")
        self.collate.addItem(self.tr("By kind: all notes, then all vouchers…"), "kind")
        self.packing_day = QDateEdit(QDate.currentDate())  # printed the evening before: the wave's day
        self.packing_day.setDisplayFormat("yyyy-MM-dd")
        self._days_from_today()
        self.packing_day.setCalendarPopup(True)
        self.packing_day.setToolTip(self.tr("The day these parcels are packed: the notes say it, and "
                                            "the vouchers and return windows count from it"))  # fmt: skip
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.render_button = QPushButton(self.tr("Render  (Ctrl+R)"))
        self.cancel_button = QPushButton(self.tr("Cancel  (Esc)"))
        self.save_button = QPushButton(self.tr("Save as…  (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("Print  (Ctrl+P)"))
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)  # a long file name or message stays in the panel

        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.fresh_only)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        form.addRow(self.tr("Ordered"), dates)
        form.addRow(self.tr("Shipping"), self.shipping)
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Orders"), self.scanned)
        inserts = QVBoxLayout()
        for box in self.kinds.values():
            inserts.addWidget(box)
        form.addRow(self.tr("Inserts"), inserts)
        form.addRow(self.tr("Layout"), self.layout_choice)
        form.addRow(self.tr("Collate"), self.collate)
        form.addRow(self.tr("Packing day"), self.packing_day)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(self.summary)
        for widget in (
            self.render_button,
            self.cancel_button,
            self.progress,
            self.progress_text,
            self.save_button,
        ):
            column.addWidget(widget)
        column.addStretch(1)

        self.document = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setSizes([420, 800])
        QVBoxLayout(self).addWidget(split)

        self.render_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence("Ctrl+R"), self).activated.connect(self.start)
        QShortcut(QKeySequence("Escape"), self).activated.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_as)
        self.print_button.clicked.connect(self.print_batch)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_batch)

    # -- choosing ---------------------------------------------------------------------------------

    def chosen_kinds(self) -> list[str]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def choice(self) -> BatchChoice | str:
        """The filters as a BatchChoice, or what is wrong with them."""
        days: list[date | None] = []
        for edit, name in ((self.since, self.tr("from")), (self.until, self.tr("to"))):
            text = edit.text().strip()
            try:
                days.append(date.fromisoformat(text) if text else None)
            except ValueError:
                return self.tr("The '{field}' date {text} is not a date like 2026-11-25").format(
                    field=name, text=repr(text)
                )
        status = self.status.currentData()
        numbers = tuple(order_number(line) for line in self.scanned.toPlainText().split() if line.strip())
        return BatchChoice(OrderStatus(status) if status else None, days[0], days[1], self.shipping.text().strip(),
                           self.tag.text().strip(), self.language.currentData(), numbers,
                           self.fresh_only.isChecked())  # fmt: skip

    def recount(self) -> None:
        """How many orders and pages the choice makes, before anything is rendered."""
        choice, kinds = self.choice(), self.chosen_kinds()
        if isinstance(choice, str):
            self.numbers = []
            self.summary.setText(choice)
        else:
            with self.sessions() as session:
                self.numbers = choose_orders(session, choice)
            inserts = len(self.numbers) * len(kinds)
            per_page = PAGE_FORMATS[self.layout_choice.currentData()].per_page
            pages = -(-inserts // per_page)
            self.summary.setText(
                self.tr("{orders} orders × {kinds} inserts = {pages} pages").format(
                    orders=f"{len(self.numbers):,}", kinds=len(kinds), pages=f"{pages:,}"
                )
            )
            if not kinds:
                self.summary.setText(self.tr("Choose at least one insert"))
        self.render_button.setEnabled(bool(self.numbers and kinds) and self.task is None)

    def _days_from_today(self) -> bool:
        """Offer today and the next DAYS_AHEAD as packing days — again each time the screen is
        shown and before a render, for a bench left open overnight. False, said on screen,
        when the day chosen has passed meanwhile (today is chosen instead)."""
        chosen, today = self.packing_day.date(), QDate.currentDate()
        self.packing_day.setDateRange(today, today.addDays(DAYS_AHEAD))
        if chosen >= today:
            return True
        self.progress_text.setText(
            self.tr(
                "Packing day {day} has passed: it is {today} now — check the day and render again"
            ).format(day=chosen.toString("yyyy-MM-dd"), today=today.toString("yyyy-MM-dd"))
        )
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self._days_from_today()
        super().showEvent(event)

    # -- rendering --------------------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None or not self.numbers or not self.chosen_kinds():
            return
        if not self._days_from_today():  # chosen before midnight, rendered after it
            return
        chosen = self.packing_day.date()
        packing_day = date(chosen.year(), chosen.month(), chosen.day())
        self.folder.mkdir(parents=True, exist_ok=True)
        out = self.folder / f"wave-{datetime.now(UTC):%Y%m%d-%H%M%S}.pdf"
        numbers, kinds = list(self.numbers), self.chosen_kinds()
        layout, collate, sessions, workers = (self.layout_choice.currentData(), self.collate.currentData(),
                                              self.sessions, self.workers)  # fmt: skip
        started = time.monotonic()

        def work(progress: Progress) -> RenderReport:
            return render_batch(sessions, numbers, kinds, out, layout, collate, progress, workers=workers,
                                packing_day=packing_day)  # fmt: skip

        def progressed(done: int, total: int, _: str) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            elapsed = time.monotonic() - started
            counted = {
                "done": f"{done:,}",
                "total": f"{total:,}",
                "left": round(elapsed / done * (total - done)) if done else 0,
            }
            said = (
                self.tr("{done} / {total} orders, {left} s left")
                if done
                else self.tr("{done} / {total} orders")
            )
            self.progress_text.setText(said.format(**counted))

        self.document.close()
        self.result = None
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.render_button.setEnabled(False)
        self.progress_text.setText(self.tr("Starting…"))
        self.task = run_in_background(
            self, work, on_success=lambda report: self._done(out, report, packing_day), on_failure=self._failed,
            on_progress=progressed, on_cancelled=self._cancelled,
        )  # fmt: skip

    def cancel(self) -> None:
        if self.task is not None:
            self.progress_text.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _finished(self, message: str) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress_text.setText(message)
        self.recount()

    def _done(self, out: Path, report: RenderReport, day: date) -> None:
        self.result = out
        self.document.load(str(out))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self._finished(
            self.tr("Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}").format(
                batch=report.batch_id,
                day=day.isoformat(),
                inserts=f"{report.inserts:,}",
                pages=f"{report.pages:,}",
                file=out.name,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._finished(self.tr("Not rendered: {error}").format(error=error))

    def _cancelled(self) -> None:
        self._finished(self.tr("Cancelled: no file was written, and orders not reached got no codes"))

    def save_as(self) -> None:
        if self.result is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the batch"), self.result.name, "PDF (*.pdf)"
        )
        if target:
            shutil.copyfile(self.result, target)
            self.progress_text.setText(self.tr("Saved as {file}").format(file=target))

    def print_batch(self) -> None:
        """Send the file to the station's printer for batches (the setting's kind "batch"), or
        else its printer for the first insert, or the print folder — through the print queue."""
        if self.result is None:
            return
        from packstation.core.settings import load_settings

        with self.sessions() as session:
            settings = load_settings(session)
        kinds = self.chosen_kinds()
        target = (settings.printer_for(self.station, "batch") or settings.printer_for(self.station, kinds[0])
                  or f"folder:{self.folder / 'printed'}")  # fmt: skip
        self.print_file(self.result, target)

    def print_file(self, document: Path, target: str) -> None:
        from packstation.config import spool_dir
        from packstation.printing.queue import submit

        sessions, kinds, station = self.sessions, ",".join(self.chosen_kinds()), self.station
        if target.startswith("folder:"):
            Path(target.removeprefix("folder:")).mkdir(parents=True, exist_ok=True)
        self.progress_text.setText(self.tr("Printing on {printer}…").format(printer=target))
        run_in_background(
            self,
            lambda progress: submit(sessions, document, target, spool_dir(), kinds=kinds, station=station),
            on_success=lambda job: self.progress_text.setText(
                self.tr("Printing failed — {error} (kept in the print queue)").format(error=job.last_error)
                if job.last_error
                else self.tr("Printed on {printer}").format(printer=target)
            ),
            on_failure=lambda error: self.progress_text.setText(
                self.tr("Not printed: {error}").format(error=error)
            ),
        )


def main() -> int:
    from packstation.config import default_print_folder
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: BatchView(app.sessions, default_print_folder() / "batches"), 1280, 800)


if __name__ == "__main__":
    sys.exit(main())
