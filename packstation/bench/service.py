"""The bench's rules, for the window and the headless `packstation pack` alike.

Every scan goes through `Bench.scan()`. It is written to the database in its own short
transaction *before* the outcome is returned, so a crash or a power cut loses no scan: the next
start resumes the open session exactly where it was. Two stations cannot open the same order:
the partial unique index on open sessions lets only one insert win.

The bench is built in layers, one module each: its state, record (`record.PackRecord`) and the
closing of a parcel (`base.py`), opening an order and the scans inside it (`packing.py`), and
here the one entry for every scan, signing in, the commands and the scans kept while the
database is away.
"""

from __future__ import annotations

from sqlalchemy import select

from packstation.bench import recovery
from packstation.bench.codes import (
    HOLD_REASONS,
    MAX_SCAN,
    REPRINTS,
    Command,
    clean_scan,
    command_of,
    reprinting,
)
from packstation.bench.packing import PackingBench
from packstation.bench.view import Outcome, Tone
from packstation.core.pin_guard import PinRefused, Refusal, check_pin
from packstation.core.staff import audit
from packstation.core.wording import tr
from packstation.storage.database import DATABASE_DOWN, diagnose
from packstation.storage.models import OrderStatus, Packer, Role, ScanKind, ScanResult, SessionStatus


class Bench(PackingBench):
    """One station's bench. Not thread-safe: the window calls it from its UI thread."""

    # -- signing in ---------------------------------------------------------------------------

    def sign_in(self, badge: str, pin: str | None = None) -> Outcome:
        with self.sessions() as session:
            packer = session.scalars(
                select(Packer).where(Packer.badge == badge.strip(), Packer.active)
            ).first()
        if packer is None:
            return Outcome(Tone.UNKNOWN, tr("Nobody has the badge {badge!r}", badge=badge.strip()))
        if packer.role is not Role.PACKER:
            if not pin:
                return Outcome(
                    Tone.REFUSED,
                    tr("{name}: a manager's badge needs the PIN too", name=packer.name),
                    needs_pin=True,
                )
            try:
                with self.sessions() as session:
                    check_pin(session, packer, pin, self.station, self.clock())
            except PinRefused as exc:
                said = (
                    tr("Wrong PIN for {name}", name=packer.name)
                    if exc.why is Refusal.WRONG
                    else tr("Not signed in: {reason}", reason=exc.words)
                )
                return Outcome(Tone.REFUSED, said, needs_pin=True)
        self.packer = packer
        resumed = self.resume()
        return resumed or Outcome(Tone.INFO, tr("Hello {name} — scan an order", name=packer.name.split()[0]))

    # -- the one entry for every scan -----------------------------------------------------------

    def scan(self, raw: str) -> Outcome:
        """One scan, cleaned of what a scanner adds. While the database is unreachable the scan
        is kept, in order, and sent when it is back (see retry)."""
        if any(mark in raw.strip() for mark in "\t\r\n"):  # two codes joined by a Tab or a line break
            return Outcome(Tone.REFUSED, tr("Two codes in one scan: scan them one at a time"), self.order)
        code = clean_scan(raw)
        if len(code) > MAX_SCAN:
            return Outcome(
                Tone.REFUSED,
                tr(
                    "Not a barcode: {length} characters at once (at most {most}) — scan again",
                    length=len(code),
                    most=MAX_SCAN,
                ),
                self.order,
            )
        if self.waiting:
            if code:
                self.waiting.append(code)
            return self.retry()
        try:
            outcome = self._scan(code)
        except DATABASE_DOWN as exc:
            self.waiting.append(code)
            self.trouble = diagnose(exc)
            return self._unreachable()
        self.trouble = None
        return outcome

    def retry(self) -> Outcome:
        """Try the database again: reload the open order as stored (a scan that failed half-way
        left nothing behind), then send the kept scans in the order they were made; stop at the
        first that cannot reach the database. The outcome is the last scan's, or says what
        still waits."""
        outcome: Outcome | None = None
        try:
            if self.record.is_open:  # None when it was closed after all: the commit did arrive
                self.order = self.record.load_view() if recovery.reload(self.record) else None
            while self.waiting:
                outcome = self._scan(self.waiting[0])
                self.waiting.pop(0)
        except DATABASE_DOWN as exc:
            self.trouble = diagnose(exc)
            return self._unreachable()
        self.trouble = None
        if outcome is None:
            return Outcome(Tone.INFO, tr("Database reachable again"), self.order)
        outcome.message = tr("Database back, kept scans sent — {message}", message=outcome.message)
        return outcome

    def _unreachable(self) -> Outcome:
        said = tr(
            "Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on",
            code=self.waiting[-1],
            waiting=len(self.waiting),
        )
        return Outcome(Tone.OFFLINE, said, self.order)

    def _scan(self, code: str) -> Outcome:
        if not code:
            return Outcome(Tone.REFUSED, tr("Empty scan"), self.order)
        if self.packer is None:
            return self.sign_in(code)
        command = command_of(code)
        if self.pending_error is not None and command is not Command.OK:
            refused = self._refuse(code, self._acknowledge_first())
            refused.still_pending = True  # the error's reason stays on screen
            return refused
        if command is not None:
            return self._command(command, code)
        if self.order is None:
            return self.open_order(code)
        if self.awaiting_hold_reason:
            return self._refuse(code, tr("Scan a hold reason from the bench sheet (or CANCEL)"))
        return self._in_order(code)

    def acknowledge(self) -> Outcome:
        """The packer pressed Enter (or scanned OK): the error or the note has been seen."""
        if self.packer is None:
            return self._command(Command.OK, Command.OK.value)
        return self.scan(Command.OK.value)

    # -- commands -------------------------------------------------------------------------------

    def _command(self, command: Command, code: str) -> Outcome:
        if command is Command.OK:
            return self._ok(code)
        if command in REPRINTS:
            return self._reprint(command, code)
        if self.order is None:
            return Outcome(Tone.REFUSED, tr("{code}: open an order first", code=code))
        if command is Command.COMPLETE:
            return self.complete()
        if command is Command.UNDO:
            return self.undo()
        if command is Command.CANCEL:
            return self._close(
                SessionStatus.CANCELLED,
                OrderStatus.READY,
                code,
                tr("{order} put back on the list", order=self.order.number),
            )
        if command is Command.HOLD:
            self.awaiting_hold_reason = True
            self.record.store(code, ScanKind.COMMAND, ScanResult.OK)
            return Outcome(
                Tone.INFO,
                tr("Hold: scan the reason (missing item, damaged, address problem), or OK to carry on"),
                self.order,
            )
        if command in HOLD_REASONS:
            return self.hold(HOLD_REASONS[command], code)
        if command is Command.SHORT:
            outcome = self._refuse(code, tr("Short ship needs a manager: badge and PIN"))
            outcome.needs_manager = True
            return outcome
        raise AssertionError(command)

    def _ok(self, code: str) -> Outcome:
        """OK (or Enter): an error seen, a hold called off, the order's note read."""
        if self.pending_error is not None:
            self.pending_error = None
            self.record.store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
            return Outcome(Tone.INFO, tr("Error acknowledged"), self.order)
        if self.awaiting_hold_reason:
            self.awaiting_hold_reason = False
            self.record.store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
            return Outcome(Tone.INFO, tr("Not held: carry on packing"), self.order)
        if self.order is not None and self.order.needs_note_ack:
            self.order.note_acknowledged = True
            self.record.store(code, ScanKind.COMMAND, ScanResult.OK, note_ack=True)
            return self._ready_hint(Outcome(Tone.INFO, tr("Note acknowledged"), self.order))
        self.record.store_if_open(
            code, ScanKind.COMMAND, ScanResult.REFUSED
        )  # kept, counts as no confirmation
        return Outcome(Tone.INFO, tr("Nothing to acknowledge"), self.order)

    def _reprint(self, command: Command, code: str) -> Outcome:
        """Print inserts again: of the open order, or else of the order packed last here."""
        order = self.order or self.last_packed
        if order is None:
            return Outcome(Tone.REFUSED, tr("{code}: open or pack an order first", code=code))
        self.record.store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
        kinds = REPRINTS[command]
        if self.order is None and self.packer is not None:  # after packing: a second voucher in hand
            with self.sessions.begin() as session:
                audit(
                    session, self.packer, "inserts reprinted", order.number, self.station, kinds=list(kinds)
                )
        return Outcome(
            Tone.INFO, reprinting(kinds, order.number), self.order, reprint=kinds, reprint_order=order
        )
