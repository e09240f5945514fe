"""The bench's rules, for the window and the headless `packstation pack` alike.

Every scan goes through `Bench.scan()`. It is written to the database in its own short
transaction *before* the outcome is returned, so a crash or a power cut loses no scan: the next
start resumes the open session exactly where it was. Two stations cannot open the same order:
the partial unique index on open sessions lets only one insert win.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench import corrections, recovery
from packstation.bench.codes import (
    HOLD_REASONS,
    REPRINTS,
    Command,
    clean_scan,
    command_of,
    hold_reason_words,
    reprinting,
    tracking_carrier,
)
from packstation.bench.loading import load_order_view, who_has, why_not_open
from packstation.bench.rules import LEASE, BenchError
from packstation.bench.tally import write_tally
from packstation.bench.view import OrderView, Outcome, PackagingView, Tone
from packstation.core.names import gtin_check_ok
from packstation.core.orders import order_number
from packstation.core.pin_guard import PinRefused, Refusal, check_pin
from packstation.core.staff import audit
from packstation.core.wording import Words, joined, tr
from packstation.printing.requests import request_print
from packstation.stats.rollup import record_closed
from packstation.storage.database import Trouble
from packstation.storage.models import (
    Order,
    OrderStatus,
    Packaging,
    Packer,
    PackScan,
    PackSession,
    Product,
    Role,
    ScanKind,
    ScanResult,
    SessionStatus,
)
from packstation.vocabulary import INSERT_KINDS, CompletionSignal

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Bench:
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
        self.packer: Packer | None = None
        self.order: OrderView | None = None
        self.pending_error: Outcome | None = None
        self.awaiting_hold_reason = False
        self.last_packed: OrderView | None = None  # for a reprint after the order was completed
        self._session_id: int | None = None
        self._order_id: int | None = None
        self._seq = 0
        self._scans: list[
            tuple[int, ScanKind, int | None, str | None]
        ] = []  # (scan id, kind, line, packaging)
        self.waiting: list[str] = []  # scans kept while the database was unreachable, in order
        self.trouble: Trouble | None = None  # why the database could not take the last scan

    # -- signing in ---------------------------------------------------------------------------

    def sign_in(self, badge: str, pin: str | None = None) -> Outcome:
        with self.sessions() as session:
            packer = session.scalars(
                select(Packer).where(Packer.badge == badge.strip(), Packer.active)
            ).first()
        if packer is None:
            return Outcome(Tone.UNKNOWN, tr("Badge {badge!r} is not a packer's badge", badge=badge.strip()))
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

    def _manager(self, badge: str, pin: str) -> Packer:
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

    # -- the one entry for every scan -----------------------------------------------------------

    def scan(self, raw: str) -> Outcome:
        """One scan, cleaned of what a scanner adds. While the database is unreachable the scan
        is kept, in order, and sent when it is back (see retry)."""
        return recovery.scan_or_keep(self, raw)

    def retry(self) -> Outcome:
        """Try the database again: reload the open order as stored, then send the kept scans in
        the order they were made. The outcome is the last scan's, or says what still waits."""
        return recovery.send_waiting(self)

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

    # -- opening an order -----------------------------------------------------------------------

    def open_order(self, code: str) -> Outcome:
        if self.packer is None:
            raise BenchError(tr("Sign in first"))
        number = order_number(code)
        now = self.clock()
        try:
            with self.sessions.begin() as session:
                order = session.scalars(select(Order).where(Order.number == number)).first()
                if order is None:
                    return Outcome(
                        Tone.UNKNOWN, tr("No order {code}: scan an order number or a packing slip", code=code)
                    )
                refusal = self._cannot_open(session, order, now)
                if refusal is not None:
                    return refusal
                pack = PackSession(order_id=order.id, packer_id=self.packer.id, station=self.station,
                                   status=SessionStatus.OPEN, started_at=now, lease_until=now + LEASE)  # fmt: skip
                session.add(pack)
                order.status = OrderStatus.PACKING
                session.flush()  # another station's open session for this order makes this fail
                self._session_id, self._order_id, self._seq, self._scans = pack.id, order.id, 0, []
                self._record(session, code, ScanKind.ORDER, ScanResult.OK, now=now)
                held = recovery.carry_on_held(self, session, order, pack, now)
        except IntegrityError:
            self._session_id = self._order_id = None
            return self._held_elsewhere(number)
        self.order = self._load_view()
        if held is not None:
            return Outcome(
                Tone.INFO, tr("{held} — {greeting}", held=held, greeting=self.order.greeting), self.order
            )
        return Outcome(Tone.INFO, self.order.greeting, self.order)

    def _cannot_open(self, session: Session, order: Order, now: datetime) -> Outcome | None:
        reason = why_not_open(session, order)
        if reason is None and order.status is OrderStatus.PACKING:
            reason = who_has(session, order.number, now)
        return Outcome(Tone.REFUSED, reason) if reason else None

    def _held_elsewhere(self, number: str) -> Outcome:
        with self.sessions() as session:
            return Outcome(Tone.REFUSED, who_has(session, number, self.clock()))

    def take_over(self, code: str, manager_badge: str, pin: str) -> Outcome:
        return recovery.take_over(self, code, manager_badge, pin)

    def resume(self) -> Outcome | None:
        return recovery.resume(self)

    # -- scans inside an open order -------------------------------------------------------------

    def _in_order(self, code: str) -> Outcome:
        order = self.order
        assert order is not None
        folded = code.casefold()
        line = next((l for l in order.lines if code == l.barcode or folded == l.sku.casefold()), None)  # noqa: E741
        if line is not None:
            if line.scanned >= line.quantity:
                return self._error(code, ScanKind.ITEM, ScanResult.OVER_SCAN, Tone.OVER,
                                   tr("Too many: {item} — the order has {quantity}", item=line.name, quantity=line.quantity), line.line_id)  # fmt: skip
            line.scanned += 1
            self._store(code, ScanKind.ITEM, ScanResult.OK, line.line_id)
            return self._after_item(
                tr(
                    "{item} {scanned}/{quantity}",
                    item=line.name,
                    scanned=line.scanned,
                    quantity=line.quantity,
                )
            )
        with self.sessions() as session:
            packaging = session.scalars(select(Packaging).where(Packaging.code == code.upper())).first()
            product = None if packaging else session.scalars(
                select(Product).where((Product.barcode == code) | (Product.sku == code.upper()))
            ).first()  # fmt: skip
        if packaging is not None:
            return self._packaging(code, packaging)
        if product is not None and product.is_sample:
            order.samples.append(product.sku)
            self._store(code, ScanKind.SAMPLE, ScanResult.OK)
            return Outcome(Tone.OK, tr("Sample added: {item}", item=product.name), order)
        if product is not None:
            return self._error(code, ScanKind.ITEM, ScanResult.WRONG_ITEM, Tone.WRONG,
                               tr("Wrong item: {item} is not in {order}", item=product.name, order=order.number))  # fmt: skip
        if code.startswith("#") or (code.isdigit() and len(code) <= 7):
            return self._next_order(code)
        is_product_code = code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check_ok(code)
        carrier = None if is_product_code else tracking_carrier(code, order.shipping_method)
        if carrier is not None:
            order.tracking_number, order.carrier = code.upper(), carrier
            self._store(code, ScanKind.TRACKING, ScanResult.OK, tracking=(code.upper(), carrier))
            if self._ready() and self.completes_on in (
                CompletionSignal.TRACKING,
                CompletionSignal.TRACKING_OR_NEXT,
            ):
                return self.complete()  # the carrier label closes the parcel
            return self._ready_hint(
                Outcome(Tone.OK, tr("Tracking {code} ({carrier})", code=code.upper(), carrier=carrier), order)
            )
        return self._error(
            code,
            ScanKind.UNKNOWN,
            ScanResult.UNKNOWN_CODE,
            Tone.UNKNOWN,
            tr("Unknown code {code}", code=code),
        )

    def _packaging(self, code: str, packaging: Packaging) -> Outcome:
        order = self.order
        assert order is not None
        existing = next((p for p in order.packaging if p.code == packaging.code), None)
        if existing is not None:
            existing.count += 1
        else:
            order.packaging.append(PackagingView(packaging.code, packaging.name, packaging.plastic_grams,
                                                 packaging.recycled_content_pct, packaging.weight_grams))  # fmt: skip
        self._store(code, ScanKind.PACKAGING, ScanResult.OK, packaging_code=packaging.code)
        facts = {"packaging": packaging.name, "recycled": order.recycled_share}
        said = (tr("Packaging: {packaging} — parcel plastic-free, {recycled}% recycled", **facts) if order.plastic_free
                else tr("Packaging: {packaging} — parcel contains plastic, {recycled}% recycled", **facts))  # fmt: skip
        return self._ready_hint(Outcome(Tone.OK, said, order))

    def _after_item(self, message: Words) -> Outcome:
        order = self.order
        assert order is not None
        if not order.all_items_in:
            return Outcome(Tone.OK, message, order)
        if self.require_packaging and not order.packaging:
            return Outcome(
                Tone.OK, tr("{message} — all items in: scan the packaging", message=message), order
            )
        return self._ready_hint(Outcome(Tone.OK, message, order))

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

    def _next_order(self, code: str) -> Outcome:
        """Another order scanned while one is open: it closes a ready parcel where the shop
        says so, then opens; otherwise the open one must be finished first."""
        order = self.order
        assert order is not None
        closes = self.completes_on in (CompletionSignal.NEXT_ORDER, CompletionSignal.TRACKING_OR_NEXT)
        if not (closes and self._ready()) or order_number(code) == order.number:
            return self._refuse(
                code, tr("Finish, hold or cancel {order} before opening another order", order=order.number)
            )
        packed = self.complete()
        if not packed.completed:
            return packed
        opened = self.open_order(code)
        if self.order is None:  # the next one cannot be opened here: say both
            packed.message = tr("{packed}; {refused}", packed=packed.message, refused=opened.message)
            return packed
        packed.message = tr("{packed} · {opened}", packed=packed.message, opened=opened.message)
        return packed

    def unreadable(self, arrived: str) -> Outcome:
        """The scanner sent something that is not a whole code: the packer must know."""
        shown = clean_scan(arrived)[:40] or "…"
        words = tr("The scanner sent something unreadable ({code}): scan it again", code=shown)
        if self._session_id is None:
            return Outcome(Tone.UNKNOWN, words, self.order)
        return self._error(arrived or "?", ScanKind.UNKNOWN, ScanResult.UNKNOWN_CODE, Tone.UNKNOWN, words)

    # -- commands -------------------------------------------------------------------------------

    def _command(self, command: Command, code: str) -> Outcome:
        if command is Command.OK:
            if self.pending_error is not None:
                self.pending_error = None
                self._store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
                return Outcome(Tone.INFO, tr("Error acknowledged"), self.order)
            if self.awaiting_hold_reason:
                self.awaiting_hold_reason = False
                self._store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
                return Outcome(Tone.INFO, tr("Not held: carry on packing"), self.order)
            if self.order is not None and self.order.needs_note_ack:
                self.order.note_acknowledged = True
                self._store(code, ScanKind.COMMAND, ScanResult.OK, note_ack=True)
                return self._ready_hint(Outcome(Tone.INFO, tr("Note acknowledged"), self.order))
            self._store_if_open(code, ScanKind.COMMAND, ScanResult.REFUSED)  # kept, counts as no confirmation
            return Outcome(Tone.INFO, tr("Nothing to acknowledge"), self.order)
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
            self._store(code, ScanKind.COMMAND, ScanResult.OK)
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

    def _reprint(self, command: Command, code: str) -> Outcome:
        """Print inserts again: of the open order, or else of the order packed last here."""
        order = self.order or self.last_packed
        if order is None:
            return Outcome(Tone.REFUSED, tr("{code}: open or pack an order first", code=code))
        self._store_if_open(code, ScanKind.COMMAND, ScanResult.OK)
        kinds = REPRINTS[command]
        if self.order is None and self.packer is not None:  # after packing: a second voucher in hand
            with self.sessions.begin() as session:
                audit(
                    session, self.packer, "inserts reprinted", order.number, self.station, kinds=list(kinds)
                )
        return Outcome(
            Tone.INFO, reprinting(kinds, order.number), self.order, reprint=kinds, reprint_order=order
        )

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

    def approve_short_ship(self, manager_badge: str, pin: str) -> Outcome:
        return corrections.approve_short_ship(self, manager_badge, pin)

    def undo(self) -> Outcome:
        return corrections.undo(self)

    def set_weight(self, grams: int) -> Outcome:
        return corrections.set_weight(self, grams)

    # -- storing --------------------------------------------------------------------------------

    def _record(
        self, session: Session, code: str, kind: ScanKind, result: ScanResult, line_id: int | None = None,
        packaging_code: str | None = None, *, now: datetime | None = None,
    ) -> PackScan:  # fmt: skip
        self._seq += 1
        scan = PackScan(session_id=self._session_id, seq=self._seq, at=now or self.clock(), code=code[:128],
                        kind=kind, result=result, line_id=line_id, packaging_code=packaging_code)  # fmt: skip
        session.add(scan)
        session.flush()
        if result is ScanResult.OK and kind is not ScanKind.COMMAND:
            self._scans.append((scan.id, kind, line_id, packaging_code))
        return scan

    def _store(
        self, code: str, kind: ScanKind, result: ScanResult, line_id: int | None = None,
        packaging_code: str | None = None, tracking: tuple[str, str] | None = None, note_ack: bool = False,
    ) -> None:  # fmt: skip
        """One scan, one short transaction: the scan row and the session's lease."""
        now = self.clock()
        with self.sessions.begin() as session:
            self._record(session, code, kind, result, line_id, packaging_code, now=now)
            values: dict[str, Any] = {"lease_until": now + LEASE}
            if tracking:
                values["tracking_number"], values["carrier"] = tracking
            if note_ack:
                values["note_acknowledged"] = True
            session.execute(update(PackSession).where(PackSession.id == self._session_id).values(**values))

    def _store_if_open(self, code: str, kind: ScanKind, result: ScanResult) -> None:
        if self._session_id is not None:
            self._store(code, kind, result)

    def _error(
        self,
        code: str,
        kind: ScanKind,
        result: ScanResult,
        tone: Tone,
        message: Words,
        line_id: int | None = None,
    ) -> Outcome:
        self._store(code, kind, result, line_id)
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
        self._store_if_open(
            code, ScanKind.COMMAND if command_of(code) else ScanKind.UNKNOWN, ScanResult.REFUSED
        )
        return Outcome(Tone.REFUSED, message, self.order)

    def _close(self, status: SessionStatus, order_status: OrderStatus, code: str, message: Words,
               hold_reason: str | None = None, print_kinds: tuple[str, ...] = ()) -> Outcome:  # fmt: skip
        now = self.clock()
        with self.sessions.begin() as session:
            self._record(session, code, ScanKind.COMMAND, ScanResult.OK, now=now)
            pack = session.get(PackSession, self._session_id)
            order = session.get(Order, self._order_id)
            assert pack is not None and order is not None
            pack.status, pack.ended_at, pack.hold_reason = status, now, hold_reason
            order.status = order_status
            session.flush()
            write_tally(session, pack)
            record_closed(session, pack)
            if print_kinds:  # the inserts are owed from the moment the parcel is packed
                request_print(session, order.number, self.station, print_kinds, now)
        closed = self.order
        self.order, self._session_id, self._order_id, self._scans = None, None, None, []
        self.awaiting_hold_reason = False
        self.pending_error = None
        return Outcome(Tone.INFO, message, closed)

    # -- reading back -----------------------------------------------------------------------------

    def _load_view(self) -> OrderView:
        assert self._order_id is not None and self._session_id is not None
        with self.sessions() as session:
            return load_order_view(session, self._order_id, self._session_id)
