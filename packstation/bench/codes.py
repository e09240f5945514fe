"""What a scanned code can be besides an order or an item: a command from the bench sheet,
or a carrier's tracking number."""

from __future__ import annotations

import re
from enum import StrEnum

from packstation.core.carriers import Carrier, carriers
from packstation.core.wording import Words, tr
from packstation.vocabulary import INSERT_KINDS, InsertKind


class Command(StrEnum):
    COMPLETE = "CMD-COMPLETE"
    HOLD = "CMD-HOLD"
    HOLD_MISSING = "CMD-HOLD-MISSING"
    HOLD_DAMAGED = "CMD-HOLD-DAMAGED"
    HOLD_ADDRESS = "CMD-HOLD-ADDRESS"
    UNDO = "CMD-UNDO"
    REPRINT = "CMD-REPRINT"  # every insert of the order
    REPRINT_NOTE = "CMD-REPRINT-NOTE"
    REPRINT_VOUCHER = "CMD-REPRINT-VOUCHER"
    REPRINT_RETURN = "CMD-REPRINT-RETURN"
    REPRINT_SLIP = "CMD-REPRINT-SLIP"
    CANCEL = "CMD-CANCEL"
    OK = "CMD-OK"  # acknowledges an error or the order's note
    SHORT = "CMD-SHORT"  # short ship: needs a manager


REPRINTS = {
    Command.REPRINT: INSERT_KINDS,
    Command.REPRINT_NOTE: (InsertKind.NOTE,),
    Command.REPRINT_VOUCHER: (InsertKind.VOUCHER,),
    Command.REPRINT_RETURN: (InsertKind.RETURN,),
    Command.REPRINT_SLIP: (InsertKind.SLIP,),
}

HOLD_REASONS = {
    Command.HOLD_MISSING: "missing item",
    Command.HOLD_DAMAGED: "damaged",
    Command.HOLD_ADDRESS: "address problem",
}


def hold_reason_words(reason: str) -> Words:
    """A hold reason as the packer reads it (stored in English for the figures)."""
    known = {
        "missing item": tr("missing item"),
        "damaged": tr("damaged"),
        "address problem": tr("address problem"),
    }
    return known.get(reason) or Words("{reason}", {"reason": reason})


def reprinting(kinds: tuple[str, ...], order: str) -> Words:
    if len(kinds) > 1:
        return tr("Reprinting the inserts of {order}", order=order)
    return {
        "note": tr("Reprinting the thank-you note of {order}", order=order),
        "voucher": tr("Reprinting the voucher of {order}", order=order),
        "return": tr("Reprinting the return label of {order}", order=order),
        "slip": tr("Reprinting the packing slip of {order}", order=order),
    }[kinds[0]]


COMMAND_LABELS = {
    Command.COMPLETE: "Complete",
    Command.OK: "OK / acknowledge",
    Command.UNDO: "Undo last scan",
    Command.REPRINT: "Reprint all inserts",
    Command.REPRINT_NOTE: "Reprint the thank-you note",
    Command.REPRINT_VOUCHER: "Reprint the voucher",
    Command.REPRINT_RETURN: "Reprint the return label",
    Command.REPRINT_SLIP: "Reprint the packing slip",
    Command.HOLD_MISSING: "Hold: missing item",
    Command.HOLD_DAMAGED: "Hold: damaged",
    Command.HOLD_ADDRESS: "Hold: address problem",
    Command.SHORT: "Short ship (manager)",
    Command.CANCEL: "Cancel this order",
    Command.HOLD: "Hold (then a reason)",
}


def command_of(code: str) -> Command | None:
    try:
        return Command(code.strip().upper())
    except ValueError:
        return None


#: A code that may be a tracking number of a carrier whose shape the table does not know:
#: long enough, letters and digits, some digits. The shipping method then says whose it is.
TRACKING_LIKE = re.compile(r"^[A-Z0-9]{10,30}$")


def carrier_from_method(shipping_method: str) -> Carrier | None:
    return carriers().in_text(shipping_method)


def tracking_carrier(code: str, shipping_method: str) -> str | None:
    """The carrier a scanned tracking number belongs to (its name as the carrier writes it),
    or None if it does not look like one. A shape in the carrier table decides, unless the
    number is bare digits and the order's shipping method names another carrier: digit
    shapes are shared (14 digits: DPD, Nova Post)."""
    value = code.strip().upper()
    by_method = carrier_from_method(shipping_method)
    shaped = carriers().by_shape(value)
    if shaped:
        if by_method is not None and (by_method in shaped or value.isdigit()):
            return by_method.name
        return shaped[0].name
    if TRACKING_LIKE.match(value) and any(ch.isdigit() for ch in value):
        return by_method.name if by_method is not None else None
    return None


MAX_SCAN = 128  # longer than any label we read: a scanner left running, or a paste


def clean_scan(raw: str) -> str:
    """What the scanner sent, as text a database takes: control characters dropped (a
    scanner's prefix or suffix, a stray escape) and characters no encoding has (lone
    surrogates from a broken keyboard layout) shown as "?"."""
    text = raw.encode("utf-8", "replace").decode("utf-8", "replace") if not raw.isascii() else raw
    return "".join(ch for ch in text if ch.isprintable()).strip()
