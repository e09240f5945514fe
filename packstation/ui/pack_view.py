"""The Pack screen: the order, its lines counting up, the packaging and its eco summary, and
one big banner saying — in colour, symbol, word and sound — what the last scan did.

Everything is done by scanning (or a key): the scanner is captured wherever the focus is.
An error fills the screen with its colour and stays until the packer scans OK or presses Enter.
Run alone on a fresh demo shop: `python -m packstation.ui.pack_view`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from packstation.ui.pack_feedback import CALM, ScanBanner, work_area_style
from packstation.ui.pack_order import OrderPanel
from packstation.ui.scanner import ScannerCapture, ScannerSettings
from packstation.ui.sign_in import ManagerApproval
from packstation.ui.sounds import Sounds
from packstation.ui.tasks import run_in_background
from packstation.vocabulary import INSERT_KINDS

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
        self.banner = ScanBanner()
        self.order_panel = OrderPanel()
        self.order_panel.who.setText(self.tr("Station {station}").format(station=station))
        self.order_panel.parcel.weight_entered.connect(self._weight_entered)
        # the parts a packer reads, by name (the screen's tests and benchmarks read them too)
        panel = self.order_panel
        self.title, self.who, self.lines, self.note = panel.title, panel.who, panel.lines, panel.note
        self.packaging, self.shipping = panel.parcel.packaging, panel.parcel.shipping
        self.manual = ManualEntry()
        self.manual.setPlaceholderText(self.tr("Damaged label? Type the code here and press Enter"))
        self.manual.entered.connect(self._manual_entered)
        hint = QHBoxLayout()  # key and action side by side, in the staff language's direction
        for key, action in BENCH_KEYS:
            label = QLabel(f"<b>{self.tr(key)}</b> {self.tr(action)}")
            label.setObjectName("keyhint")
            hint.addWidget(label)
        hint.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.order_panel, 1)
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
        for key, action in (
            ("F9", self.complete),
            ("F4", self.ask_hold),
            ("Ctrl+Z", self.undo),
            ("F6", self.ask_short_ship),
            ("F7", self.ask_take_over),
            ("F8", self.ask_reprint),
            ("Esc", self.put_back),
        ):
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

    def _weight_entered(self, grams: int) -> None:
        if self.bench.order is not None and grams:
            self.show_outcome(self.bench.set_weight(grams))
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
        reasons = {
            self.tr("Missing item"): Command.HOLD_MISSING,
            self.tr("Damaged"): Command.HOLD_DAMAGED,
            self.tr("Address problem"): Command.HOLD_ADDRESS,
        }
        choice = self.ask_item(self.tr("Hold the order"), self.tr("Why?"), list(reasons))
        if choice:
            self.handle(reasons[choice].value)

    def ask_reprint(self) -> None:
        choices = {
            self.tr("All inserts"): Command.REPRINT,
            self.tr("Thank-you note"): Command.REPRINT_NOTE,
            self.tr("Voucher"): Command.REPRINT_VOUCHER,
            self.tr("Return label"): Command.REPRINT_RETURN,
            self.tr("Packing slip"): Command.REPRINT_SLIP,
        }
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
            self.banner.still_offline(spoken(outcome.message))
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
        self.banner.announce(shown_tone, said)
        style = work_area_style(shown_tone if pending is not None else outcome.tone)
        if style != self.styleSheet():  # Qt restyles the whole screen even for the same sheet: 10 ms a scan
            self.setStyleSheet(style)
        self.sounds.play(outcome.tone)
        packer = self.bench.packer.name if self.bench.packer else self.tr("nobody signed in")
        self.who.setText(f"{self.bench.station} · {packer}")
        shown = self.bench.order or (outcome.order if outcome.completed else None)
        self.order_panel.show_order(shown, signed_in=self.bench.packer is not None)
        if outcome.completed and outcome.order is not None:
            self.order_completed.emit(outcome.order.number)
            left = tuple(kind for kind in INSERT_KINDS if kind not in outcome.order.preprinted)
            if self.print_inserts and left:  # what a batch printed before the wave is in the parcel
                self.print_inserts(outcome.order, left)
        if outcome.reprint and outcome.reprint_order is not None and self.print_inserts:
            self.print_inserts(outcome.reprint_order, outcome.reprint)
        self.outcome_shown.emit(outcome)

    def changeEvent(self, event: QEvent) -> None:
        """Ctrl++ / Ctrl+-: the bench's own large type and its rows follow the station's size."""
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self.rescale()
        super().changeEvent(event)

    def rescale(self) -> None:
        """Fonts, row heights and the banner at the station's text size."""
        self.order_panel.rescale()
        self.banner.rescale()


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


def main() -> int:
    from packstation.ui.demo_env import run_alone

    return run_alone(lambda app: PackView(app.sessions, "Bench 1"), 1280, 800)


if __name__ == "__main__":
    sys.exit(main())
