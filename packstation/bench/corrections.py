"""What a packer or a manager corrects in an open order: undo the last scan, the parcel's
weight, a manager's approval to ship what is there. Each works on the bench's record and the
order on screen; the bench's methods of the same names say who may ask."""

from __future__ import annotations

from packstation.bench.codes import Command
from packstation.bench.record import PackRecord
from packstation.bench.view import OrderView, Outcome, Tone
from packstation.core.staff import audit
from packstation.core.wording import Words, tr
from packstation.storage.models import Packer, PackSession, ScanKind, ScanResult


def approve_short_ship(record: PackRecord, order: OrderView, manager: Packer, station: str) -> None:
    """A manager lets the order go with what is there; the missing lines stay on record."""
    order.short_ship_approved = True
    now = record.clock()
    with record.sessions.begin() as session:
        pack = session.get(PackSession, record.session_id)
        assert pack is not None
        pack.short_ship_approved_by = manager.id
        record.add(
            session, f"{Command.SHORT.value} by {manager.badge}", ScanKind.COMMAND, ScanResult.OK, now=now
        )
        missing = {l.sku: l.quantity - l.scanned for l in order.lines if not l.done}  # noqa: E741
        audit(session, manager, "short ship approved", order.number, station, missing=missing)


def undo(record: PackRecord, order: OrderView) -> Outcome:
    """Take back the last scan that counts; the outcome carries the order as stored now."""
    undone = record.undo_last()
    if undone is None:
        return Outcome(Tone.INFO, tr("Nothing to undo"), order)
    kept, code = undone
    view = record.load_view()
    return Outcome(
        Tone.INFO, _what_was_undone(view, kept.kind, kept.line_id, kept.packaging_code, code), view
    )


def _what_was_undone(
    order: OrderView, kind: ScanKind, line_id: int | None, packaging: str | None, code: str
) -> Words:
    """Undo names what it took back, and where the order stands now."""
    if kind is ScanKind.ITEM:
        line = next((l for l in order.lines if l.line_id == line_id), None)  # noqa: E741
        if line is not None:
            return tr(
                "Undone: {item} — now {scanned}/{quantity}",
                item=line.name,
                scanned=line.scanned,
                quantity=line.quantity,
            )
    if kind is ScanKind.PACKAGING:
        material = next((p for p in order.packaging if p.code == packaging), None)
        left = material.count if material else 0
        return tr("Undone: packaging {packaging} — {left} left in the parcel", packaging=packaging, left=left)
    if kind is ScanKind.TRACKING:
        return tr("Undone: tracking number {code}", code=code)
    return tr("Undone: sample {code}", code=code)


#: what a parcel may weigh, in grams: the bench's and the command line's --weight alike
PARCEL_GRAMS = range(1, 70_001)


def set_weight(record: PackRecord, order: OrderView, grams: int) -> Outcome:
    if grams not in PARCEL_GRAMS:
        return Outcome(
            Tone.REFUSED, tr("{grams} g is not a parcel's weight (1 g to 70 kg)", grams=grams), order
        )
    record.update_session(weight_grams=grams)
    order.weight_grams = grams
    return Outcome(Tone.INFO, tr("Weight {kilograms:.2f} kg", kilograms=grams / 1000), order)
