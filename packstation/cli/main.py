"""`packstation …`: the command line drives the same core as the window.

With no command it opens the app. Exit codes: 0 done, 1 done with rejected input, 2 unusable
input or bad arguments, 3 the database cannot be used.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from packstation import __version__
from packstation.config import DB_ENV
from packstation.inserts import helpers as batch_helpers

# The command modules (and through them the database code) are imported when the parser is
# built, not here: `print-batch` starts its helper processes first (see _start_batch_helpers).


def build_parser() -> argparse.ArgumentParser:
    from packstation.cli import admin_commands, batch_commands, stats_commands
    from packstation.storage.models import OrderStatus

    parser = argparse.ArgumentParser(
        prog="packstation",
        description="The packing bench: scan, verify, pack, print the inserts, queue the follow-ups.",
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL (default: ${DB_ENV}, else a SQLite file in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("app", help="open the window (the default with no command)")
    p.add_argument("--station", help="this bench's name (remembered; default: the computer's name)")
    p.add_argument(
        "--language",
        choices=["en", "cs", "ro", "uk", "ar", "id"],
        help="the staff language of this station's window (remembered; also set in Settings)",
    )
    sub.add_parser("migrate", help="upgrade the database schema to this version")

    p = sub.add_parser("import", help="import orders or products from a shop export")
    p.add_argument("file", help="the CSV or JSON file")
    p.add_argument(
        "--format", choices=["shopify", "shopify-products", "csv", "json"], help="default: detected"
    )

    p = sub.add_parser("orders", help="list stored orders")
    p.add_argument("--status", choices=[s.value for s in OrderStatus])
    p.add_argument("--search", default="", help="order number, name or e-mail")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true", help="JSON for scripts")

    p = sub.add_parser("inserts", help="print an order's inserts to a PDF file")
    p.add_argument("order", help="the order number, e.g. #1042 (or 1042)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--kinds", default="note,voucher,return,slip", help="note,voucher,return,slip")
    p.add_argument("--page", default="a6", choices=["a6", "a4", "letter", "label-4x6"])
    p.add_argument("--packaging", default="", help="packaging codes used, for the eco line: BOX-M,FILL-PAPER")
    p.add_argument("--templates", help="a folder with the shop's own print_templates (layouts/, texts/)")
    p.add_argument("--zpl", action="store_true", help="the return label as ZPL for a Zebra thermal printer")

    batch_commands.add_parser(sub)

    p = sub.add_parser("print", help="print an order's inserts on the station's printers")
    p.add_argument("order", help="the order number")
    p.add_argument("--kinds", default="note,voucher,return,slip")
    p.add_argument("--station", default="", help="the station whose printers to use")
    p.add_argument("--printer", help="override: folder:PATH, cups:QUEUE or raw:HOST:PORT")
    p.add_argument("--packaging", default="", help="packaging codes used, for the eco line")

    p = sub.add_parser("print-queue", help="the print jobs; retry the ones that failed")
    p.add_argument("--retry", action="store_true", help="send every failed job again")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("pack", help="pack an order without a window, as a scanner would")
    p.add_argument("order", help="the order number")
    p.add_argument("--packer", required=True, help="the packer's badge")
    p.add_argument("--pin", help="a manager's PIN (managers and admins sign in with badge and PIN)")
    p.add_argument("--station", required=True, help="the station's name")
    p.add_argument(
        "--scan", action="append", default=[], metavar="CODE", help="a scan, in order (repeatable)"
    )
    p.add_argument("--weight", type=int, help="the parcel's weight in grams")
    p.add_argument("--no-print", action="store_true", help="do not print the inserts on completion")

    p = sub.add_parser("bench-sheet", help="print the command and packaging barcodes for a bench")
    p.add_argument("--out", required=True, help="the PDF file to write")

    for name, what in (("packers", "the staff and their badges"), ("packaging", "the packaging catalogue")):
        p = sub.add_parser(name, help=f"list {what}")
        p.add_argument("--json", action="store_true")

    p = sub.add_parser("dispatch", help="send the follow-ups that are due, over SMTP")
    p.add_argument("--once", action="store_true", help="one batch, then stop (default: keep going)")
    p.add_argument("--batch", type=int, default=50)
    p.add_argument(
        "--smtp", help="smtp://user@host:587?starttls=1 (default: $PACKSTATION_SMTP_URL or the settings)"
    )

    p = sub.add_parser(
        "outbox", help="the follow-up messages and their status; `outbox export` hands them over"
    )
    p.add_argument(
        "action", nargs="?", choices=["export"], help="export: every message, for an external e-mail service"
    )
    p.add_argument("--status", choices=["queued", "sending", "sent", "failed", "cancelled", "skipped"])
    p.add_argument("--json", action="store_true")
    p.add_argument("--format", choices=["csv", "json"], default="csv", help="with export")
    p.add_argument("--out", help="with export: the file to write (default: standard output)")

    p = sub.add_parser("returned", help="record returned parcels by the RMA on their return labels")
    p.add_argument("rma", nargs="*", help="RMA numbers, typed or scanned")
    p.add_argument(
        "--file", help="CSV of returns received: rma and, optionally, received_at (from the shop or carrier)"
    )

    p = sub.add_parser("vouchers", help="the voucher codes issued")
    vsub = p.add_subparsers(dest="vouchers_command", metavar="ACTION", required=True)
    v = vsub.add_parser("export", help="write the issued codes as CSV for the shop platform")
    v.add_argument("--out", required=True, help="the CSV file to write")
    v = vsub.add_parser(
        "redeemed", help="import the shop's discount-code usage (which orders used our vouchers)"
    )
    v.add_argument("file", help="CSV: code, order, total, currency, redeemed_at (or a Shopify orders export)")

    stats_commands.add_parser(sub)
    admin_commands.add_parsers(sub)

    p = sub.add_parser(
        "self-test", help="check that this installation has everything it needs (no screen needed)"
    )
    p.add_argument(
        "--no-window", action="store_true", help="skip the window (a machine without Qt's libraries)"
    )

    p = sub.add_parser("demo", help="fill the database with the demo shop")
    p.add_argument("--orders", type=int, default=200, help="how many orders (default 200)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--events", type=int, default=0, help="also N pack events over the last six months")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE") and argv is None:  # `packstation orders | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if argv is None:
        gc.disable()  # while the modules load: see _loaded
    _start_batch_helpers(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        handler = _handlers().get(args.command or "app")
        assert handler is not None
        if argv is None:
            _loaded()
        code = handler(args)
    finally:
        batch_helpers.stop_early()  # started, and not taken by a batch
    if argv is None and args.command in LEAVE_AT_ONCE:
        leave(code)
    return code


def _loaded() -> None:
    """Loading the modules makes a few hundred thousand objects that live as long as the
    process, and hardly any garbage, yet the cycle collector walked them over a hundred times
    while they loaded — a tenth of the command's start. So it is off while they load; then
    they are set aside (gc.freeze), and later collections walk only the command's own objects.
    (Only in a process of its own: a caller's objects are not frozen.)"""
    gc.freeze()
    gc.enable()


def _handlers() -> dict[str, Callable[[argparse.Namespace], int]]:
    from packstation.cli import (
        admin_commands,
        batch_commands,
        bench_commands,
        commands,
        followup_commands,
        stats_commands,
    )

    return (
        commands.HANDLERS
        | bench_commands.HANDLERS
        | followup_commands.HANDLERS
        | batch_commands.HANDLERS
        | stats_commands.HANDLERS
        | admin_commands.HANDLERS
    )


def _start_batch_helpers(argv: Sequence[str]) -> None:
    """`print-batch` with helpers: fork them before anything else is loaded, so that they load
    the drawing code while this process loads the database code (a third of a second of a
    two-core batch). The arguments are only peeked at here; the parser checks them."""
    words = list(argv)
    command = next(
        (w for i, w in enumerate(words) if not w.startswith("-") and words[i - 1 : i] != ["--db"]), ""
    )
    if command != "print-batch" or {"-h", "--help"} & set(words):
        return
    workers = batch_helpers.default_workers()
    for i, word in enumerate(words):
        value = word.removeprefix("--workers=") if word.startswith("--workers=") else None
        if word == "--workers" and i + 1 < len(words):
            value = words[i + 1]
        if value is not None:
            try:
                workers = int(value)
            except ValueError:
                return  # the parser says what is wrong
    batch_helpers.start_early(workers - 1)


#: commands whose process ends holding a large heap of finished work (a batch's thousands of
#: pages): freeing it object by object at exit took a third of a second of the command's time
LEAVE_AT_ONCE = {"print-batch"}


def leave(code: int) -> NoReturn:
    """End the process now: the work is stored and its files are complete (written atomically);
    only Python's own tidying at exit is skipped."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
