"""Opening an order and the scans inside it: items counted, packaging, samples, the carrier's
tracking label, and the next order closing a ready parcel. Taking up an open session again
(after a restart, or from a stale station) is opening too."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from packstation.bench import recovery
from packstation.bench.base import BenchBase
from packstation.bench.codes import clean_scan, tracking_carrier
from packstation.bench.loading import who_has, why_not_open
from packstation.bench.rules import LEASE, BenchError
from packstation.bench.view import Outcome, PackagingView, Tone
from packstation.core.names import gtin_check_ok
from packstation.core.orders import order_number
from packstation.core.wording import Words, tr
from packstation.storage.models import (
    Order,
    OrderStatus,
    Packaging,
    PackSession,
    Product,
    ScanKind,
    ScanResult,
    SessionStatus,
)
from packstation.vocabulary import CompletionSignal


class PackingBench(BenchBase):
    """The bench with an order open: see `Bench` for the one entry every scan goes through."""

    # -- opening an order -------------------------------------------------------------------------

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
                pack = PackSession(
                    order_id=order.id,
                    packer_id=self.packer.id,
                    station=self.station,
                    status=SessionStatus.OPEN,
                    started_at=now,
                    lease_until=now + LEASE,
                )
                session.add(pack)
                order.status = OrderStatus.PACKING
                session.flush()  # another station's open session for this order makes this fail
                self.record.begin(pack.id, order.id)
                self.record.add(session, code, ScanKind.ORDER, ScanResult.OK, now=now)
                held = recovery.carry_on_held(self.record, session, order, pack, now)
        except IntegrityError:
            self.record.forget()
            return self._held_elsewhere(number)
        self.order = self.record.load_view()
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
        """A manager moves a stale session (its station crashed, its packer left) to this bench,
        with everything scanned so far; the old session is closed as taken over."""
        manager = self._manager(manager_badge, pin)
        if self.packer is None:
            raise BenchError(tr("Sign in first"))
        number = order_number(code)
        recovery.take_over(self.record, number, self.packer, manager, self.station)
        self.order = self.record.load_view()
        said = tr(
            "{order} taken over from the stale session (approved by {manager})",
            order=number,
            manager=manager.name,
        )
        return Outcome(Tone.INFO, said, self.order)

    def resume(self) -> Outcome | None:
        """Reopen this station's open session after a restart, exactly where it was."""
        if self.packer is None or not recovery.resume(self.record, self.station):
            return None
        self.order = self.record.load_view()
        said = tr(
            "Resumed {order} where it was: {done} of {total} items in",
            order=self.order.number,
            done=self.order.items_done,
            total=self.order.items_total,
        )
        return Outcome(Tone.INFO, said, self.order)

    # -- scans inside an open order ---------------------------------------------------------------

    def _in_order(self, code: str) -> Outcome:
        order = self.order
        assert order is not None
        folded = code.casefold()
        line = next((l for l in order.lines if code == l.barcode or folded == l.sku.casefold()), None)  # noqa: E741
        if line is not None:
            if line.scanned >= line.quantity:
                return self._error(
                    code,
                    ScanKind.ITEM,
                    ScanResult.OVER_SCAN,
                    Tone.OVER,
                    tr("Too many: {item} — the order has {quantity}", item=line.name, quantity=line.quantity),
                    line.line_id,
                )
            line.scanned += 1
            self.record.store(code, ScanKind.ITEM, ScanResult.OK, line.line_id)
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
            product = (
                None
                if packaging
                else session.scalars(
                    select(Product).where((Product.barcode == code) | (Product.sku == code.upper()))
                ).first()
            )
        if packaging is not None:
            return self._packaging(code, packaging)
        if product is not None and product.is_sample:
            order.samples.append(product.sku)
            self.record.store(code, ScanKind.SAMPLE, ScanResult.OK)
            return Outcome(Tone.OK, tr("Sample added: {item}", item=product.name), order)
        if product is not None:
            return self._error(
                code,
                ScanKind.ITEM,
                ScanResult.WRONG_ITEM,
                Tone.WRONG,
                tr("Wrong item: {item} is not in {order}", item=product.name, order=order.number),
            )
        if code.startswith("#") or (code.isdigit() and len(code) <= 7):
            return self._next_order(code)
        is_product_code = code.isdigit() and len(code) in (8, 12, 13, 14) and gtin_check_ok(code)
        carrier = None if is_product_code else tracking_carrier(code, order.shipping_method)
        if carrier is not None:
            order.tracking_number, order.carrier = code.upper(), carrier
            self.record.store(code, ScanKind.TRACKING, ScanResult.OK, tracking=(code.upper(), carrier))
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
            order.packaging.append(
                PackagingView(
                    packaging.code,
                    packaging.name,
                    packaging.plastic_grams,
                    packaging.recycled_content_pct,
                    packaging.weight_grams,
                )
            )
        self.record.store(code, ScanKind.PACKAGING, ScanResult.OK, packaging_code=packaging.code)
        facts = {"packaging": packaging.name, "recycled": order.recycled_share}
        said = (
            tr("Packaging: {packaging} — parcel plastic-free, {recycled}% recycled", **facts)
            if order.plastic_free
            else tr("Packaging: {packaging} — parcel contains plastic, {recycled}% recycled", **facts)
        )
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
        if not self.record.is_open:
            return Outcome(Tone.UNKNOWN, words, self.order)
        return self._error(arrived or "?", ScanKind.UNKNOWN, ScanResult.UNKNOWN_CODE, Tone.UNKNOWN, words)
