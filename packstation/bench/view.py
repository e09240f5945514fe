"""What the bench shows: the open order, its lines counting up, the parcel's packaging and eco
summary, and the outcome of the last scan. Plain data: the window and the CLI both read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from packstation.core.wording import INSERT_NAMES, Words, joined, tr


class Tone(StrEnum):
    """How a scan is announced: each has its own colour and sound at the bench."""

    OK = "ok"  # an item or packaging taken
    INFO = "info"  # an order opened, a command done
    DONE = "done"  # the order is packed
    WRONG = "wrong"  # a product that is not in this order
    OVER = "over"  # one more than the order has
    UNKNOWN = "unknown"  # a code nobody knows
    REFUSED = "refused"  # not now: acknowledge first, finish the other order first...
    OFFLINE = "offline"  # the database is unreachable: the scan is kept and sent when it is back


ERROR_TONES = (Tone.WRONG, Tone.OVER, Tone.UNKNOWN)


@dataclass
class LineView:
    line_id: int
    sku: str
    barcode: str
    name: str
    quantity: int
    scanned: int = 0

    @property
    def done(self) -> bool:
        return self.scanned >= self.quantity


@dataclass
class PackagingView:
    code: str
    name: str
    plastic_grams: int
    recycled_pct: int
    weight_grams: int
    count: int = 1


@dataclass
class OrderView:
    number: str
    first_name: str
    full_name: str
    language: str
    is_gift: bool
    gift_message: str
    notes: str
    shipping_method: str
    lines: list[LineView]
    packaging: list[PackagingView] = field(default_factory=list)
    note_acknowledged: bool = False
    tracking_number: str = ""
    carrier: str = ""
    weight_grams: int | None = None
    samples: list[str] = field(default_factory=list)
    suggested_sample: tuple[str, str] | None = None  # (sku, name)
    short_ship_approved: bool = False
    preprinted: tuple[str, ...] = ()  # inserts a batch printed before the wave: not printed again

    @property
    def greeting(self) -> Words:
        """What the packer reads first when the order opens."""
        parts = [tr("{order} for {name} — items: {count}", order=self.number, name=self.first_name,
                    count=self.items_total)]  # fmt: skip
        if self.is_gift:
            parts.append(tr("GIFT: no prices in the parcel"))
        if self.notes:
            parts.append(tr("read the NOTE and scan OK"))
        if self.preprinted:
            names = joined([INSERT_NAMES[kind] for kind in self.preprinted if kind in INSERT_NAMES], tr(", "))
            parts.append(tr("pre-printed {inserts}: put them in", inserts=names))
        return joined(parts, tr("; "))

    @property
    def items_done(self) -> int:
        return sum(min(line.scanned, line.quantity) for line in self.lines)

    @property
    def items_total(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def all_items_in(self) -> bool:
        return all(line.done for line in self.lines)

    @property
    def needs_note_ack(self) -> bool:
        return bool(self.notes) and not self.note_acknowledged

    @property
    def plastic_free(self) -> bool:
        return bool(self.packaging) and all(p.plastic_grams == 0 for p in self.packaging)

    @property
    def recycled_share(self) -> int:
        """Recycled content of the packaging by weight, in percent."""
        weight = sum(p.weight_grams * p.count for p in self.packaging)
        if not weight:
            return 0
        return round(sum(p.weight_grams * p.count * p.recycled_pct for p in self.packaging) / weight)


@dataclass
class Outcome:
    tone: Tone
    message: str
    order: OrderView | None = None
    completed: bool = False
    reprint: tuple[str, ...] = ()  # inserts the caller should print again (note, voucher, ...)
    reprint_order: OrderView | None = None  # the order they belong to
    needs_pin: bool = False  # a sign-in refused until the badge's PIN is given
    needs_manager: bool = False  # a manager's badge and PIN are asked for (short ship)
    still_pending: bool = False  # refused while an error waits: the error's reason still stands

    @property
    def is_error(self) -> bool:
        return self.tone in ERROR_TONES
