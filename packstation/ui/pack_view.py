"""The Pack screen: the order, its lines counting up, the packaging and its eco summary, and
one big banner saying — in colour, symbol, word and sound — what the last scan did.

Everything is done by scanning (or a key): the scanner is captured wherever the focus is.
An error fills the screen with its colour and stays until the packer scans OK or presses Enter.
Run alone on a fresh demo shop: `python -m packstation.ui.pack_view`.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench.codes import Command
from packstation.bench.rules import BenchError
from packstation.bench.service import Bench
from packstation.bench.view import OrderView, Outcome, Tone
from packstation.core.settings import load_settings
from packstation.ui.language import QT_TRANSLATE_NOOP, spoken, spoken_error
from packstation.ui.scanner import ScannerCapture, ScannerSettings
from packstation.ui.sign_in import ManagerApproval
from packstation.ui.sounds import Sounds
from packstation.ui.tasks import run_in_background
from packstation.ui.theme import BASE_POINT_SIZE
from packstation.vocabulary import INSERT_KINDS

# tone -> (text colour, background, symbol, word): never colour alone
TONE_LOOKS: dict[Tone, tuple[str, str, str, str]] = {
    Tone.OK: ("#FFFFFF", "#2E7D32", "✔", QT_TRANSLATE_NOOP("PackView", "OK")),
    Tone.INFO: ("#0D47A1", "#E3F2FD", "ℹ", ""),
    Tone.DONE: ("#FFFFFF", "#1B5E20", "★", QT_TRANSLATE_NOOP("PackView", "PACKED")),
    Tone.WRONG: ("#FFFFFF", "#C62828", "✖", QT_TRANSLATE_NOOP("PackView", "WRONG ITEM")),
    Tone.OVER: ("#000000", "#FFB300", "▲", QT_TRANSLATE_NOOP("PackView", "TOO MANY")),
    Tone.UNKNOWN: ("#FFFFFF", "#6A1B9A", "?", QT_TRANSLATE_NOOP("PackView", "UNKNOWN CODE")),
    Tone.REFUSED: ("#FFFFFF", "#4E342E", "⊘", QT_TRANSLATE_NOOP("PackView", "NOT NOW")),
    Tone.OFFLINE: ("#000000", "#B0BEC5", "⟳", QT_TRANSLATE_NOOP("PackView", "KEPT — NO DATABASE")),
}
#: the work area when nothing is wrong: quiet captions, a quiet key-hint bar
CALM = "QLabel#caption { color: #607D8B; font-weight: bold; } QLabel#keyhint { color: #455A64; }"
#: the tones that colour the whole work area until the packer acknowledges them
ERROR_LOOKS = {Tone.WRONG, Tone.OVER, Tone.UNKNOWN}
#: every key of the bench and what it does, as the key-hint bar shows them
BENCH_KEYS = (  # the key names too: a keyboard's own words in the staff language
    (QT_TRANSLATE_NOOP("PackView", "Enter"), QT_TRANSLATE_NOOP("PackView", "OK")),
    ("F9", QT_TRANSLATE_NOOP("PackView", "complete")),
    ("F4", QT_TRANSLATE_NOOP("PackView", "hold")),
    ("F6", QT_TRANSLATE_NOOP("PackView", "short ship")),
    ("F7", QT_TRANSLATE_NOOP("PackView", "take over")),
    ("F8", QT_TRANSLATE_NOOP("PackView", "reprint")),
    (QT_TRANSLATE_NOOP("PackView", "Ctrl+Z"), QT_TRANSLATE_NOOP("PackView", "undo")),
    (QT_TRANSLATE_NOOP("PackView", "Esc"), QT_TRANSLATE_NOOP("PackView", "put back")),
)
PrintFn = Callable[[OrderView, tuple[str, ...]], None]
RETRY_MS = 2000  # how often a station without its database tries again


class PackView(QWidget):
    outcome_shown = Signal(object)  # every Outcome, after the screen shows it
    order_completed = Signal(str)
    followups_problem = Signal(str)  # the order was packed, but its follow-ups wait for the next sweep

    def __init__(
        self,
        sessions: sessionmaker[Session],
        station: str,
        print_inserts: PrintFn | None = None,
        scanner: ScannerSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        with sessions() as session:
            rules = load_settings(session)
        self.bench = Bench(
            sessions,
            station,
            completes_on=rules.bench_completes_on,
            print_on_complete=print_inserts is not None,
            require_packaging=rules.bench_require_packaging,
            queue_followups=self._queue_followups_later,
        )
        self.followups_pending = 0  # orders whose follow-ups a worker is queueing now
        self.print_inserts = print_inserts
        self.sounds = Sounds(parent=self)
        self.capture = ScannerCapture(scanner, self)
        self.capture.scanned.connect(self.handle)
        self._timings = _timings_file()
        self.capture.unreadable.connect(lambda arrived: self.show_outcome(self.bench.unreadable(arrived)))
        self.last: Outcome | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build(station)
        self._shortcuts()
        self._start_retrying()
        self.show_outcome(
            Outcome(Tone.INFO, self.tr("{station}: scan your badge to start").format(station=station))
        )

    def _queue_followups_later(self, number: str) -> None:
        """The packer moves on while the parcel's follow-ups are queued on a worker thread."""
        from packstation.followups.queue import QueueReport, queue_requested

        sessions, now = self.bench.sessions, self.bench.clock()

        def reported(report: QueueReport) -> None:
            self.followups_pending -= 1
            for order, problem in report.problems:
                self.followups_problem.emit(
                    self.tr("{order}: follow-ups not queued yet — {problem}").format(
                        order=order, problem=problem
                    )
                )

        def failed(exc: BaseException) -> None:
            self.followups_pending -= 1
            self.followups_problem.emit(
                self.tr("{order}: follow-ups not queued yet — {problem}").format(order=number, problem=exc)
            )

        self.followups_pending += 1
        run_in_background(
            self,
            lambda progress: queue_requested(sessions, number, now),
            on_success=reported,
            on_failure=failed,
        )

    # -- layout -------------------------------------------------------------------------------

    def _build(self, station: str) -> None:
        self.banner = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.banner.setMinimumHeight(84)
        self.who = QLabel(self.tr("Station {station}").format(station=station))
        self.title = QLabel()
        self.title.setFont(_font(26, bold=True))  # sizes scale with the station's text size: rescale
        self.gift = _box_label("#FFF8E1", "#8A4B00")
        self.note = _box_label("#FFF59D", "#3E2723")
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels(["", self.tr("Item"), self.tr("Packed")])
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setFont(_font(15))
        self.lines.verticalHeader().setDefaultSectionSize(round(40 * _scale()))
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(0, 44)
        self.lines.setColumnWidth(2, 110)
        self.packaging = QLabel(wordWrap=True)
        self.eco = QLabel(wordWrap=True)
        self.eco.setFont(_font(14, bold=True))
        self.tracking = QLabel()
        self.shipping = QLabel()
        self.shipping.setFont(_font(14, bold=True))
        self.sample = QLabel(wordWrap=True)
        self.weight = QSpinBox(suffix=self.tr(" g"), maximum=70_000, singleStep=10)
        self.weight.setSpecialValueText(self.tr("weight…"))
        self.weight.editingFinished.connect(self._weight_entered)
        self.manual = ManualEntry()
        self.manual.setPlaceholderText(self.tr("Damaged label? Type the code here and press Enter"))
        self.manual.entered.connect(self._manual_entered)
        hint = QHBoxLayout()  # key and action side by side, in the staff language's direction
        for key, action in BENCH_KEYS:
            label = QLabel(f"<b>{self.tr(key)}</b> {self.tr(action)}")
            label.setObjectName("keyhint")
            hint.addWidget(label)
        hint.addStretch(1)

        side = QVBoxLayout()
        for caption, widget in ((self.tr("SHIPPING"), self.shipping), (self.tr("PACKAGING"), self.packaging),
                                (self.tr("PARCEL"), self.eco), (self.tr("TRACKING"), self.tracking),
                                (self.tr("SAMPLE"), self.sample), (self.tr("WEIGHT"), self.weight)):  # fmt: skip
            label = QLabel(caption)
            label.setObjectName("caption")
            side.addWidget(label)
            side.addWidget(widget)
        side.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.lines, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.who)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.gift)
        layout.addWidget(self.note)
        layout.addLayout(grid, 1)
        layout.addWidget(self.manual)
        layout.addLayout(hint)
        self.setObjectName("bench")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(CALM)

    def _start_retrying(self) -> None:
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)

    def _shortcuts(self) -> None:
        for key, action in (("F9", self.complete), ("F4", self.ask_hold), ("Ctrl+Z", self.undo),
                            ("F6", self.ask_short_ship), ("F7", self.ask_take_over), ("F8", self.ask_reprint), ("Esc", self.put_back)):  # fmt: skip
            QShortcut(QKeySequence(key), self).activated.connect(action)

    def complete(self) -> None:
        self.handle(Command.COMPLETE.value)

    def undo(self) -> None:
        self.handle(Command.UNDO.value)

    def put_back(self) -> None:
        """Esc: the order goes back on the list only when the packer says so (Enter keeps
        packing: a stray Esc loses nothing)."""
        if self.bench.order is None:
            return
        if self.confirm(
            self.tr("Put back"),
            self.tr("Put {order} back on the list? What was scanned is dropped.").format(
                order=self.bench.order.number
            ),
        ):
            self.handle(Command.CANCEL.value)

    def confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        yes = box.addButton(self.tr("Put back"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep packing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        self._back_at_the_bench()
        return box.clickedButton() is yes

    # -- scanning -------------------------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.capture.install(app)
        self.setFocus()

    def hideEvent(self, event: object) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.capture)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.show_outcome(self.bench.acknowledge())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def handle(self, code: str) -> Outcome:
        """A scan (from the scanner, the manual field or a key), through the bench, on screen."""
        try:
            outcome = self.bench.scan(code)
        except BenchError as exc:
            outcome = Outcome(Tone.REFUSED, exc.args[0] if exc.args else str(exc), self.bench.order)
        if self.bench.packer is None and outcome.needs_pin:
            pin = self.ask_text(self.tr("Manager sign-in"), self.tr("PIN:"), password=True)
            if pin:
                outcome = self.bench.sign_in(code, pin)
        self.show_outcome(outcome)
        if self._timings is not None:  # scan -> screen, for benchmarks/bench_scanner.py
            self.repaint()
            self._timings.write(f"{(time.perf_counter() - self.capture.last_scan_at) * 1000:.3f} {code}\n")
            self._timings.flush()
        if outcome.needs_manager:  # CMD-SHORT scanned: the manager's badge goes into the dialog
            self.ask_short_ship()
        return outcome

    def _manual_entered(self, code: str) -> None:
        if code:
            self.handle(code)
        self.setFocus()

    def _weight_entered(self) -> None:
        if self.bench.order is not None and self.weight.value():
            self.show_outcome(self.bench.set_weight(self.weight.value()))
        self.setFocus()

    # -- asking a person ------------------------------------------------------------------------

    def ask_text(self, title: str, label: str, *, password: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(self, title, label, mode)
        self._back_at_the_bench()
        return value if ok and value else None

    def ask_item(self, title: str, label: str, choices: list[str]) -> str | None:
        choice, ok = QInputDialog.getItem(self, title, label, choices, 0, False)
        self._back_at_the_bench()
        return choice if ok else None

    def _back_at_the_bench(self) -> None:
        """A dialog closed: the bench's window takes the keys again (its shortcuts need it to
        be the active window, which not every desktop gives back by itself)."""
        self.window().activateWindow()
        self.setFocus()

    def ask_manager(self) -> tuple[str, str] | None:
        answer = ManagerApproval(
            self, self.tr("Manager approval"), self.tr("Scan or type the manager's badge, then the PIN:")
        ).answer()
        self._back_at_the_bench()
        return answer

    def ask_hold(self) -> None:
        if self.bench.order is None:
            return
        reasons = {self.tr("Missing item"): Command.HOLD_MISSING, self.tr("Damaged"): Command.HOLD_DAMAGED,
                   self.tr("Address problem"): Command.HOLD_ADDRESS}  # fmt: skip
        choice = self.ask_item(self.tr("Hold the order"), self.tr("Why?"), list(reasons))
        if choice:
            self.handle(reasons[choice].value)

    def ask_reprint(self) -> None:
        choices = {self.tr("All inserts"): Command.REPRINT, self.tr("Thank-you note"): Command.REPRINT_NOTE,
                   self.tr("Voucher"): Command.REPRINT_VOUCHER, self.tr("Return label"): Command.REPRINT_RETURN,
                   self.tr("Packing slip"): Command.REPRINT_SLIP}  # fmt: skip
        choice = self.ask_item(self.tr("Reprint"), self.tr("Which insert?"), list(choices))
        if choice:
            self.handle(choices[choice].value)

    def ask_take_over(self) -> None:
        """A manager moves a stale session (a crashed station's order) to this bench."""
        if self.bench.order is not None or self.bench.packer is None:
            return
        number = self.ask_text(self.tr("Take over an order"), self.tr("Order number:"))
        manager = self.ask_manager() if number else None
        if number is None or manager is None:
            return
        try:
            self.show_outcome(self.bench.take_over(number, *manager))
        except BenchError as exc:
            self.show_outcome(Outcome(Tone.REFUSED, spoken_error(exc)))

    def ask_short_ship(self) -> None:
        if self.bench.order is None:
            return
        manager = self.ask_manager()
        if manager is None:
            return
        try:
            self.show_outcome(self.bench.approve_short_ship(*manager))
        except BenchError as exc:
            self.show_outcome(Outcome(Tone.REFUSED, spoken_error(exc), self.bench.order))

    # -- showing --------------------------------------------------------------------------------

    def _retry(self) -> None:
        """While the database is unreachable, try again every few seconds; stay quiet until
        something changes."""
        outcome = self.bench.retry()
        if outcome.tone is Tone.OFFLINE:
            self.banner.setText(f"{self._tone_word(Tone.OFFLINE)}  {spoken(outcome.message)}")
        else:
            self.show_outcome(outcome)

    def show_outcome(self, outcome: Outcome) -> None:
        if self.bench.waiting and not self.retry_timer.isActive():
            self.retry_timer.start()
        elif not self.bench.waiting:
            self.retry_timer.stop()
        self.last = outcome
        shown_tone, said = outcome.tone, spoken(outcome.message)
        pending = self.bench.pending_error
        if outcome.still_pending and pending is not None:  # the error's reason stays until acknowledged
            shown_tone, said = pending.tone, f"{spoken(pending.message)}\n{said}"
        fg, bg = TONE_LOOKS[shown_tone][:2]
        self.banner.setText(f"{self._tone_word(shown_tone)}  {said}" if shown_tone is not Tone.INFO else said)
        self.banner.setStyleSheet(
            f"background: {bg}; color: {fg}; font-size: {22 * _scale():.0f}pt; font-weight: bold; padding: 10px;"
            " border-radius: 6px;"
        )
        self._colour_work_area(shown_tone if pending is not None else outcome.tone)
        self.sounds.play(outcome.tone)
        packer = self.bench.packer.name if self.bench.packer else self.tr("nobody signed in")
        self.who.setText(f"{self.bench.station} · {packer}")
        shown = self.bench.order or (outcome.order if outcome.completed else None)
        self._show_order(shown)
        if outcome.completed and outcome.order is not None:
            self.order_completed.emit(outcome.order.number)
            left = tuple(kind for kind in INSERT_KINDS if kind not in outcome.order.preprinted)
            if self.print_inserts and left:  # what a batch printed before the wave is in the parcel
                self.print_inserts(outcome.order, left)
        if outcome.reprint and outcome.reprint_order is not None and self.print_inserts:
            self.print_inserts(outcome.reprint_order, outcome.reprint)
        self.outcome_shown.emit(outcome)

    def _show_order(self, order: OrderView | None) -> None:
        if order is None:
            self.title.setText(self.tr("Scan an order") if self.bench.packer else self.tr("Scan your badge"))
            for widget in (self.gift, self.note):
                widget.hide()
            self.lines.setRowCount(0)
            for label in (self.shipping, self.packaging, self.eco, self.tracking, self.sample):
                label.setText("")
            return
        # a direction mark first: a customer's name in another script must not turn the title
        # round; the staff language decides (left to right, or right to left for Arabic staff)
        mark = "\u200f" if self.layoutDirection() is Qt.LayoutDirection.RightToLeft else "\u200e"
        self.title.setText(f"{mark}{order.number} · {order.first_name} · {order.language.upper()}")
        self.shipping.setText(order.shipping_method or "—")
        self.gift.setVisible(order.is_gift)
        message = f"  “{order.gift_message}”" if order.gift_message else ""
        self.gift.setText(f"{mark}★ " + self.tr("GIFT — no prices in the parcel.") + message)
        self.note.setVisible(bool(order.notes))
        state = "✔ " + self.tr("read") if order.note_acknowledged else self.tr("scan OK when read")
        self.note.setText("✎ " + self.tr("NOTE ({state}): {note}").format(state=state, note=order.notes))
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            cells = [
                "✔" if line.done else "",
                f"{line.name}\n{line.sku}",
                f"{line.scanned} / {line.quantity}",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(
                    QColor("#C8E6C9" if line.done else "#FFFFFF" if not line.scanned else "#FFF9C4")
                )
                self.lines.setItem(row, column, item)
        self.lines.resizeRowsToContents()
        self.packaging.setText(
            "\n".join(f"{p.count} × {p.name}" for p in order.packaging)
            or self.tr("scan the box, mailer, fill, tape")
        )
        if order.packaging:
            verdict = (
                "♻ " + self.tr("plastic-free") if order.plastic_free else "⚠ " + self.tr("contains plastic")
            )
            self.eco.setText(
                self.tr("{verdict} · {recycled}% recycled").format(
                    verdict=verdict, recycled=order.recycled_share
                )
            )
            self.eco.setStyleSheet(f"color: {'#1B5E20' if order.plastic_free else '#8A4B00'};")
        else:
            self.eco.setText("")
        self.tracking.setText(
            f"{order.tracking_number} ({order.carrier})"
            if order.tracking_number
            else self.tr("scan the carrier label")
        )
        offer = order.suggested_sample
        self.sample.setText(
            self.tr("added: {samples}").format(samples=", ".join(order.samples))
            if order.samples
            else self.tr("offer {sample} ({sku})").format(sample=offer[1], sku=offer[0])
            if offer
            else "—"
        )

    def changeEvent(self, event: QEvent) -> None:
        """Ctrl++ / Ctrl+-: the bench's own large type and its rows follow the station's size."""
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self.rescale()
        super().changeEvent(event)

    def rescale(self) -> None:
        """Fonts, row heights and the banner at the station's text size."""
        for widget, points in ((self.title, 26), (self.eco, 14), (self.shipping, 14)):
            widget.setFont(_font(points, bold=True))
        self.lines.setFont(_font(15))
        self.lines.verticalHeader().setDefaultSectionSize(round(40 * _scale()))
        self.lines.resizeRowsToContents()
        size = f"font-size: {22 * _scale():.0f}pt"  # the banner's text size is in its style
        self.banner.setStyleSheet(re.sub(r"font-size: \d+pt", size, self.banner.styleSheet()))

    def _colour_work_area(self, tone: Tone) -> None:
        """An error fills the whole screen with its colour, readable from two metres, until the
        packer acknowledges it (its words turn white on it); otherwise the work area is plain."""
        if tone in ERROR_LOOKS:
            colour, ink = TONE_LOOKS[tone][1], TONE_LOOKS[tone][0]
            self.setStyleSheet(
                f"QWidget#bench {{ background: {colour}; }} QLabel {{ color: {ink}; }}"
                f" QLabel#caption {{ color: {ink}; font-weight: bold; }} QTableWidget {{ border: 6px solid {colour}; }}"
            )
        else:
            self.setStyleSheet(CALM)

    def _tone_word(self, tone: Tone) -> str:
        """The banner's symbol and word for a tone, in the station's language."""
        symbol, word = TONE_LOOKS[tone][2:]
        return f"{symbol} {self.tr(word)}" if word else symbol


class ManualEntry(QLineEdit):
    """The field for a code typed by hand: Enter hands the code over and stops there (it must
    not also reach the bench as an acknowledgement)."""

    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self.text().strip()
            self.clear()
            event.accept()
            self.entered.emit(code)
            return
        super().keyPressEvent(event)


def _timings_file() -> TextIO | None:
    """With $PACKSTATION_SCAN_TIMINGS set to a file, each scan's time from its last key to the
    screen painted is written there (benchmarks/bench_scanner.py reads it)."""
    path = os.environ.get("PACKSTATION_SCAN_TIMINGS")
    return open(path, "a", encoding="utf-8") if path else None


def _scale() -> float:
    """The station's text size (View › Larger text) as a factor of the standard size."""
    return max(QApplication.font().pointSizeF(), 1.0) / BASE_POINT_SIZE


def _font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points * _scale())
    font.setBold(bold)
    return font


def _box_label(background: str, foreground: str) -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet(
        f"background: {background}; color: {foreground}; font-size: {16 * _scale():.0f}pt; padding: 8px; border-radius: 6px;"
    )
    label.hide()
    return label


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: PackView(app.sessions, "Bench 1"), 1280, 800)


if __name__ == "__main__":
    sys.exit(main())
