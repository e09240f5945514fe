"""The bench's lists, named once: an order's statuses, the insert kinds, the page formats and the
languages. Plain Python with nothing to load, so the command line's parser, the window and the
database models all read the same names (and `packstation --help` starts at once)."""

from __future__ import annotations

import enum


class OrderStatus(enum.StrEnum):
    NEW = "new"  # imported, not yet paid or released for packing
    READY = "ready"  # on the packing list
    PACKING = "packing"  # a packer has it open at a station
    PACKED = "packed"
    HELD = "held"  # put aside with a reason
    CANCELLED = "cancelled"


class InsertKind(enum.StrEnum):
    """What goes into the parcel besides the items, in the order it is printed."""

    NOTE = "note"  # the personalised thank-you note
    VOUCHER = "voucher"  # the discount voucher with its unique code
    RETURN = "return"  # the return label with its RMA
    SLIP = "slip"  # the packing slip


#: every insert kind, as the command line writes them: note,voucher,return,slip
INSERT_KINDS: tuple[str, ...] = tuple(kind.value for kind in InsertKind)
ALL_KINDS_TEXT = ",".join(INSERT_KINDS)

#: the page formats an insert can be laid out on (inserts.formats draws them)
PAGE_NAMES = ("a6", "a4", "letter", "label-4x6")

#: the languages packstation writes to customers and speaks to staff in
LANGUAGES = ("en", "cs", "ro", "uk", "ar", "id")


class CompletionSignal(enum.StrEnum):
    """What tells the bench a parcel is closed, once its items, packaging and note are done.
    Never the first packaging scan: a parcel holds a box, fill, tape and tissue."""

    COMMAND = "command"  # only the COMPLETE command (F9 or its barcode)
    TRACKING = "tracking"  # the carrier label's tracking number, or COMPLETE
    NEXT_ORDER = "next_order"  # the next order's scan, or COMPLETE
    TRACKING_OR_NEXT = "tracking_or_next"  # either (the default), or COMPLETE
