"""What one station's bench holds between scans, and how an open order is closed.

`BenchBase` is the bench's state (who is signed in, the order on screen, an error waiting to be
seen, the scans kept while the database is away) with its record (`PackRecord`), the ways a
scan is refused or flagged as an error, and the closing of a parcel: ready, complete, held.
`PackingBench` (packing.py) adds the scans inside an order, `Bench` (service.py) the one entry
for every scan and the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench import corrections
from packstation.bench.codes import Command, command_of, hold_reason_words
from packstation.bench.record import PackRecord
from packstation.bench.rules import BenchError
from packstation.bench.view import OrderView, Outcome, Tone
from packstation.core.pin_guard import PinRefused, Refusal, check_pin
from packstation.core.wording import Words, joined, tr
from packstation.storage.database import Trouble
from packstation.storage.models import (
    OrderStatus,
    Packer,
    Role,
    ScanKind,
    ScanResult,
    SessionStatus,
)
from packstation.vocabulary import INSERT_KINDS, CompletionSignal

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class BenchBase:
    """One station's bench. Not thread-safe: the window calls it from its UI thread."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        station: str,
        *,
        auto_complete: bool = True,
        completes_on: str = CompletionSignal.TRACKING_OR_NEXT,
        require_packaging: bool = True,
        clock: Clock = utcnow,
        queue_followups: Callable[[str], None] | None = None,
        headless: bool = False,
        print_on_complete: bool = False,
    ) -> None:
        """`queue_followups(order_number)` turns a completed order's follow-up request into
        messages; by default right away, in this thread. The Pack screen hands it to a
        background worker so that the packer never waits for it. A `headless` bench (the
        command line's `pack`) has no Enter key: its messages name the code to scan instead.
        `completes_on` says which scan closes a ready parcel besides COMPLETE; without
        `auto_complete` only COMPLETE does. With `print_on_complete` the parcel's inserts are
        queued for printing in the same transaction that marks it packed (printing/spooler.py
        prints them), so no crash leaves a packed parcel without its inserts."""
        self.sessions = sessions
        self.queue_followups = queue_followups
        self.station = station
        self.completes_on = CompletionSignal(completes_on) if auto_complete else CompletionSignal.COMMAND
        self.require_packaging = require_packaging
        self.clock = clock
        self.headless = headless
        self.print_on_complete = print_on_complete
        self.record = PackRecord(sessions, clock)
        self.packer: Packer | None = None
        self.order: OrderView | None = None
        self.pending_error: Outcome | None = None
        self.awaiting_hold_reason = False
        self.last_packed: OrderView | None = None  # for a reprint after the order was completed
        self.waiting: list[str] = []  # scans kept while the database was unreachable, in order
        self.trouble: Trouble | None = None  # why the database could not take the last scan

    def _manager(self, badge: str, pin: str) -> Packer:
        """The manager whose badge and PIN approve a short ship or a take-over."""
        with self.sessions() as session:
            manager = session.scalars(
                select(Packer).where(Packer.badge == badge.strip(), Packer.active)
            ).first()
        if manager is None or manager.role not in (Role.MANAGER, Role.ADMIN):
            raise BenchError(tr("Badge {badge!r} is not a manager's", badge=badge.strip()))
        try:
            with self.sessions() as session:
                check_pin(session, manager, pin, self.station, self.clock())
        except PinRefused as exc:
            if exc.why is Refusal.WRONG:
                raise BenchError(tr("Wrong PIN for {name}", name=manager.name)) from exc
            raise BenchError(tr("Not approved: {reason}", reason=exc.words)) from exc
        return manager

    # -- errors and refusals ------------------------------------------------------------------------

    def _error(
        self,
        code: str,
        kind: ScanKind,
        result: ScanResult,
        tone: Tone,
        message: Words,
        line_id: int | None = None,
    ) -> Outcome:
        self.record.store(code, kind, result, line_id)
        if self.headless:  # the command line's words, never shown in the window: not translated
            told = Words("{message} — scan CMD-OK", {"message": message})
        else:
            told = tr("{message} — scan OK or press Enter", message=message)
        self.pending_error = Outcome(tone, told, self.order)
        return self.pending_error

    def _acknowledge_first(self) -> Words:
        if self.headless:
            return Words("Acknowledge the error first: scan CMD-OK", {})
        return tr("Acknowledge the error first: scan OK or press Enter")

    def _refuse(self, code: str, message: Words) -> Outcome:
        self.record.store_if_open(
            code, ScanKind.COMMAND if command_of(code) else ScanKind.UNKNOWN, ScanResult.REFUSED
        )
        return Outcome(Tone.REFUSED, message, self.order)

    # -- what is left before the parcel closes ------------------------------------------------------

    def _ready(self) -> bool:
        """Items, packaging (where the shop asks for it) and the note are done."""
        order = self.order
        assert order is not None
        items = order.all_items_in or order.short_ship_approved
        return items and not order.needs_note_ack and bool(order.packaging or not self.require_packaging)

    def _ready_hint(self, outcome: Outcome) -> Outcome:
        """Once every item is in, the message says what is left — and, when nothing is, how
        this shop closes a parcel. Packaging scans never close it: box, fill, tape and tissue
        all go in first."""
        order = self.order
        assert order is not None
        if not order.all_items_in:
            return outcome
        if order.needs_note_ack:
            outcome.message = tr("{message} — read the note, then scan OK", message=outcome.message)
        elif self.require_packaging and not order.packaging:
            outcome.message = tr("{message} — all items in: scan the packaging", message=outcome.message)
        else:
            outcome.message = tr("{message} — {close}", message=outcome.message, close=self._how_to_close())
        return outcome

    def _how_to_close(self) -> Words:
        if self.completes_on is CompletionSignal.TRACKING:
            return tr("add any packaging, then scan the carrier label (or COMPLETE)")
        if self.completes_on is CompletionSignal.NEXT_ORDER:
            return tr("add any packaging, then scan the next order (or COMPLETE)")
        if self.completes_on is CompletionSignal.TRACKING_OR_NEXT:
            return tr("add any packaging, then scan the carrier label or the next order")
        return tr("add any packaging, then scan COMPLETE")

    # -- closing ------------------------------------------------------------------------------------

    def complete(self) -> Outcome:
        order = self.order
        assert order is not None
        missing = [
            tr("{item} ({count} missing)", item=line.name, count=line.quantity - line.scanned)
            for line in order.lines
            if not line.done
        ]
        if missing and not order.short_ship_approved:
            return self._refuse(
                Command.COMPLETE.value, tr("Not complete: {missing}", missing=joined(missing, tr("; ")))
            )
        if order.needs_note_ack:
            return self._refuse(Command.COMPLETE.value, tr("Read the order's note and scan OK first"))
        if self.require_packaging and not order.packaging:
            return self._refuse(Command.COMPLETE.value, tr("Scan the packaging first"))
        printing = (
            tuple(kind for kind in INSERT_KINDS if kind not in order.preprinted)
            if self.print_on_complete
            else ()
        )
        outcome = self._close(
            SessionStatus.COMPLETED,
            OrderStatus.PACKED,
            Command.COMPLETE.value,
            tr("{order} packed — well done", order=order.number),
            print_kinds=printing,
        )
        outcome.tone, outcome.completed = Tone.DONE, True
        self.last_packed = order
        if self.queue_followups is not None:
            self.queue_followups(order.number)
        else:
            self._queue_followups_now(order.number, outcome)
        return outcome

    def _queue_followups_now(self, number: str, outcome: Outcome) -> None:
        """A problem with the follow-ups never undoes a packed order: the request stays for the
        next sweep, and the message says what to fix."""
        from packstation.followups.queue import queue_requested

        report = queue_requested(self.sessions, number, self.clock())
        if report.problems:
            outcome.message = tr(
                "{message} (follow-ups not queued yet: {problem})",
                message=outcome.message,
                problem=report.problems[0][1],
            )

    def hold(self, reason: str, code: str = "CMD-HOLD") -> Outcome:
        if self.order is None:
            raise BenchError(tr("No order is open"))
        number = self.order.number
        return self._close(
            SessionStatus.HELD,
            OrderStatus.HELD,
            code,
            tr("{order} held: {reason}", order=number, reason=hold_reason_words(reason)),
            hold_reason=reason,
        )

    def _close(
        self,
        status: SessionStatus,
        order_status: OrderStatus,
        code: str,
        message: Words,
        hold_reason: str | None = None,
        print_kinds: tuple[str, ...] = (),
    ) -> Outcome:
        self.record.close(status, order_status, code, self.station, hold_reason, print_kinds)
        closed = self.order
        self.order = None
        self.awaiting_hold_reason = False
        self.pending_error = None
        return Outcome(Tone.INFO, message, closed)

    # -- corrections --------------------------------------------------------------------------------

    def approve_short_ship(self, manager_badge: str, pin: str) -> Outcome:
        manager = self._manager(manager_badge, pin)
        if self.order is None:
            raise BenchError(tr("No order is open"))
        corrections.approve_short_ship(self.record, self.order, manager, self.station)
        self.pending_error = None
        return self.complete()

    def undo(self) -> Outcome:
        assert self.order is not None
        outcome = corrections.undo(self.record, self.order)
        self.order = outcome.order
        return outcome

    def set_weight(self, grams: int) -> Outcome:
        if self.order is None:
            raise BenchError(tr("No order is open"))
        return corrections.set_weight(self.record, self.order, grams)
