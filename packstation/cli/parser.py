"""The command line's words: every command, its arguments and its help, in one place.

Nothing here loads the database, the drawing or the shop code — `packstation --help` and a
mistyped command answer at once; the command's own module is loaded only to run it
(cli/main.py's HANDLERS).
"""

from __future__ import annotations

import argparse
import difflib
import os
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from packstation import __version__
from packstation.config import DB_ENV
from packstation.vocabulary import ALL_KINDS_TEXT, LANGUAGES, PAGE_NAMES, OrderStatus

PIN_ENV = "PACKSTATION_PIN"

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


class Parser(argparse.ArgumentParser):
    """argparse, and a mistyped command gets the nearest one: `order` -> did you mean `orders`?"""

    def error(self, message: str) -> NoReturn:
        if "invalid choice" in message:
            wrong = message.split("invalid choice: ", 1)[1].split(" ", 1)[0].strip("'")
            choices = next(
                (a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), None
            )
            if choices is not None:
                near = difflib.get_close_matches(wrong, list(choices), n=1, cutoff=0.6)
                if near:
                    message = (
                        f"no command {wrong!r}: did you mean {near[0]!r}? (packstation --help lists them)"
                    )
                else:
                    message = f"no command {wrong!r} (packstation --help lists them)"
        super().error(message)


def day(text: str) -> date:
    """A day as the command line takes it, or a message saying how to write one."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a day: write it as YYYY-MM-DD, e.g. 2026-11-01"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="packstation",
        description="The packing bench: scan, verify, pack, print the inserts, queue the follow-ups.",
    )
    parser.add_argument("--version", action="version", version=f"packstation {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL (default: ${DB_ENV}, else a SQLite file in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=argparse.ArgumentParser)
    _window_and_data(sub)
    _inserts(sub)
    _bench(sub)
    _followups(sub)
    _customers(sub)
    _manager(sub)
    return parser


def _window_and_data(sub: Subparsers) -> None:
    p = sub.add_parser("app", help="open the window (the default with no command)")
    p.add_argument("--station", help="this bench's name (remembered; default: the computer's name)")
    p.add_argument(
        "--language", choices=LANGUAGES, help="the staff language of this station's window (remembered)"
    )
    sub.add_parser("migrate", help="upgrade the database schema to this version")

    p = sub.add_parser("import", help="import orders or products from a shop export")
    p.add_argument("file", help="the CSV or JSON file")
    p.add_argument(
        "--format",
        choices=["shopify", "shopify-products", "shopify-translations", "csv", "json"],
        help="default: detected",
    )
    p.add_argument(
        "--decimal",
        choices=[".", ","],
        help="the file's decimal sign in prices (default: told from the file)",
    )

    p = sub.add_parser("orders", help="list stored orders; `orders show N` shows one whole")
    p.add_argument("action", nargs="?", choices=["show"], help="show: one order with its lines and history")
    p.add_argument("number", nargs="?", help="with show: the order number, e.g. 1042 or #1042")
    p.add_argument("--status", choices=[s.value for s in OrderStatus])
    p.add_argument("--search", default="", help="order number, name or e-mail")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true", help="JSON for scripts")

    p = sub.add_parser("self-test", help="check this installation and its database (no screen needed)")
    p.add_argument(
        "--no-window", action="store_true", help="skip the window (a machine without Qt's libraries)"
    )

    p = sub.add_parser("demo", help="fill the database with the demo shop")
    p.add_argument("--orders", type=int, default=200, help="how many orders (default 200)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--events", type=int, default=0, help="also N pack events over the last six months")


def _inserts(sub: Subparsers) -> None:
    p = sub.add_parser("inserts", help="print an order's inserts to a PDF file")
    p.add_argument("order", help="the order number, e.g. #1042 (or 1042)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--kinds", default=ALL_KINDS_TEXT, help=ALL_KINDS_TEXT)
    p.add_argument("--page", default="a6", choices=PAGE_NAMES)
    p.add_argument("--packaging", default="", help="packaging codes used, for the eco line: BOX-M,FILL-PAPER")
    p.add_argument("--templates", help="a folder with the shop's own print_templates (layouts/, texts/)")
    p.add_argument("--zpl", action="store_true", help="the return label as ZPL for a Zebra thermal printer")

    p = sub.add_parser("print-batch", help="render many orders' inserts into one PDF before a wave")
    p.add_argument("--status", default="ready", help="orders in this status (default: ready); 'any' for all")
    p.add_argument("--since", type=day, help="orders placed on or after this day (YYYY-MM-DD)")
    p.add_argument("--until", type=day, help="orders placed on or before this day (YYYY-MM-DD)")
    p.add_argument("--shipping", default="", help="part of the shipping method's name, e.g. Zásilkovna")
    p.add_argument("--tag", default="", help="orders with this tag")
    p.add_argument("--language", default="", help="customers writing this language, e.g. cs")
    p.add_argument("--orders", nargs="*", default=[], help="these order numbers (as typed or scanned)")
    p.add_argument(
        "--again",
        action="store_true",
        help="include orders an earlier batch already printed (their codes are reused)",
    )
    p.add_argument("--kinds", default="note,voucher,return", help=ALL_KINDS_TEXT)
    p.add_argument(
        "--packing-day",
        "--wave-day",
        type=day,
        help="the day these parcels are packed (YYYY-MM-DD, default today; a day to come when the "
        "batch is printed ahead): the notes say it, and the vouchers and return windows count from it",
    )
    p.add_argument("--layout", default="a6", choices=PAGE_NAMES)
    p.add_argument("--collate", default="order", choices=["order", "kind"])
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--quiet", action="store_true", help="no progress, just the summary")
    p.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes drawing pages (default: one per core)",
    )

    p = sub.add_parser("print", help="print an order's inserts on the station's printers")
    p.add_argument("order", help="the order number")
    p.add_argument("--kinds", default=ALL_KINDS_TEXT)
    p.add_argument("--station", default="", help="the station whose printers to use")
    p.add_argument("--printer", help="override: folder:PATH, cups:QUEUE or raw:HOST:PORT")
    p.add_argument("--packaging", default="", help="packaging codes used, for the eco line")

    p = sub.add_parser("print-queue", help="the print jobs; retry the ones that failed")
    p.add_argument("--retry", action="store_true", help="send every failed job again")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("vouchers", help="the voucher codes issued")
    vsub = p.add_subparsers(dest="vouchers_command", metavar="ACTION", required=True)
    v = vsub.add_parser("export", help="write the issued codes as CSV for the shop platform")
    v.add_argument("--out", required=True, help="the CSV file to write")
    v = vsub.add_parser(
        "redeemed", help="import the shop's discount-code usage (which orders used our vouchers)"
    )
    v.add_argument("file", help="CSV: code, order, total, currency, redeemed_at (or a Shopify orders export)")


def _bench(sub: Subparsers) -> None:
    p = sub.add_parser(
        "pack",
        help="pack an order without a window, as a scanner would",
        description="Each --scan is one scan, as the scanner sends it. There is no Enter key here: "
        "acknowledge an error or a note with --scan CMD-OK. A manager's PIN comes from "
        f"${PIN_ENV} or is asked for, never on the command line.",
    )
    p.add_argument("order", help="the order number")
    p.add_argument("--packer", required=True, help="the packer's badge")
    p.add_argument("--station", required=True, help="the station's name")
    p.add_argument(
        "--scan", action="append", default=[], metavar="CODE", help="a scan, in order (repeatable)"
    )
    p.add_argument(
        "--stdin",
        action="store_true",
        help="then read scans from standard input, one per line (a serial scanner, a script)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long to keep trying while the database cannot take a scan (default 60); "
        "scans still not stored then are named and the exit code is 3",
    )
    p.add_argument("--weight", type=int, help="the parcel's weight in grams")
    p.add_argument("--no-print", action="store_true", help="do not print the inserts on completion")

    p = sub.add_parser("bench-sheet", help="print the command and packaging barcodes for a bench")
    p.add_argument("--out", required=True, help="the PDF file to write")

    p = sub.add_parser("packers", help="list the staff and their badges (`staff add` adds one)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("packaging", help="list the packaging catalogue; `packaging add CODE NAME` adds one")
    p.add_argument("--json", action="store_true")
    psub = p.add_subparsers(dest="packaging_command", metavar="ACTION")
    a = psub.add_parser(
        "add", help="add a packaging to the catalogue, or change the one with its code (a manager)"
    )
    a.add_argument("code", metavar="CODE", help="the code its barcode on the bench sheet holds, e.g. BOX-M")
    a.add_argument("name", metavar="NAME", help="its name, e.g. 'Box M, recycled cardboard'")
    # each option left out keeps what a packaging of that code has (a new one: box, 0, no)
    a.add_argument("--kind", help="box, mailer, fill, tape, tissue, … (a new one: box)")
    a.add_argument("--size", help="e.g. 30×20×10 cm")
    a.add_argument("--weight-grams", type=int)
    a.add_argument("--recycled-pct", type=int, help="recycled content, 0–100")
    a.add_argument("--plastic-grams", type=int)
    a.add_argument("--co2e-grams", type=int)
    a.add_argument("--recyclable", action=argparse.BooleanOptionalAction)
    a.add_argument("--home-compostable", action=argparse.BooleanOptionalAction)
    a.add_argument("--disposal", action="append", default=[], metavar="LANG=TEXT",
                   help="how the customer disposes of it, per language: --disposal 'cs=Krabici rozložte…'")  # fmt: skip
    a.add_argument("--badge", required=True, help="your manager's badge (the PIN is asked for)")

    p = sub.add_parser("returned", help="record returned parcels by the RMA on their return labels")
    p.add_argument("rma", nargs="*", help="RMA numbers, typed or scanned")
    p.add_argument(
        "--file", help="CSV of returns received: rma and, optionally, received_at (from the shop or carrier)"
    )


def _followups(sub: Subparsers) -> None:
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


def _customers(sub: Subparsers) -> None:
    p = sub.add_parser(
        "unsubscribe",
        help="customers who followed the unsubscribe link: no more marketing (the token from the link)",
        description="The shop's unsubscribe page (or its web hook) hands over the token the link carried, "
        "the {token} of the unsubscribe_url setting; that customer's marketing consent is withdrawn and "
        "their queued marketing cancelled. A token no customer has changes nothing.",
    )
    p.add_argument("token", nargs="*", help="the tokens the unsubscribe links carried")
    p.add_argument("--file", help="a text file of tokens, one a line (e.g. from the shop's web hook)")

    p = sub.add_parser(
        "customer", help="what the shop knows of a customer beyond the orders: `customer birthday`"
    )
    csub = p.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    c = csub.add_parser(
        "birthday", help="show, set or forget a customer's birthday, for the playbook's birthday offer"
    )
    c.add_argument("email", help="the customer's e-mail address")
    c.add_argument("day", nargs="?", help="YYYY-MM-DD, or MM-DD without the year; none forgets it")

    p = sub.add_parser(
        "occasions", help="queue the anniversary and birthday offers due today (a dispatcher does each day)"
    )
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="as on this day (default: today)")


def _manager(sub: Subparsers) -> None:
    p = sub.add_parser("stats", help="packing, eco, inserts, vouchers and follow-ups for a period")
    p.add_argument("--since", type=day, help="from this day (default: 30 days ago)")
    p.add_argument("--until", type=day, help="to this day, inclusive (default: today)")
    p.add_argument("--by", choices=["packer", "station", "day", "hour"], help="split the packing figures")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true")
    shape.add_argument("--csv", action="store_true", help="the packing figures as CSV, one row per group")
    shape.add_argument("--pdf", metavar="FILE", help="a one-page PDF report with charts")

    p = sub.add_parser("settings", help="show the shop's settings, or change one (a manager)")
    p.add_argument(
        "action",
        nargs="?",
        choices=["show", "list", "set"],
        default="show",
        help="show: the values as JSON; list: each with what it takes and its help; set: change one",
    )
    p.add_argument("name", nargs="?", help="with set: the setting (settings list names them all)")
    p.add_argument("value", nargs="?", help="with set: the new value, as JSON (text without quotes is fine)")
    p.add_argument("--badge", help="with set: the manager's badge (the PIN is asked for)")

    p = sub.add_parser(
        "setup",
        help="a shop's first day: its name, return address, contacts and links (or --check what is missing)",
        description="One flag per answer; what is not given stays as it is. On a database with no manager "
        "yet, --admin-name and --admin-badge make the shop's first admin (the PIN from "
        f"${PIN_ENV} or asked for, at least 6 digits); after that a manager signs in with --badge.",
    )
    p.add_argument(
        "--check", action="store_true", help="only list what the inserts and follow-ups still need"
    )
    p.add_argument("--admin-name", help="the first admin's name (an empty shop only)")
    p.add_argument("--admin-badge", help="the first admin's badge (an empty shop only)")
    p.add_argument("--badge", help="a manager's badge, on a shop that has managers (the PIN is asked for)")
    p.add_argument("--station", default="", help="where this is done, for the audit log")
    p.add_argument("--shop-name", help="the shop's name, as customers know it")
    p.add_argument("--website", help="the shop's website, https://…")
    p.add_argument("--platform", choices=["shopify"], help="with --website: derive the links the platform has "
                   "at a known place (Shopify: /discount/{code})")  # fmt: skip
    p.add_argument("--support-email", help="where customers write to")
    p.add_argument("--support-phone", help="where customers call")
    p.add_argument("--logo", metavar="FILE", help="the logo, PNG or JPEG")
    p.add_argument("--primary-color", metavar="#RRGGBB")
    p.add_argument("--accent-color", metavar="#RRGGBB")
    for part in ("name", "street", "postcode", "city", "country"):
        p.add_argument(f"--return-{part}", help=f"the return address: its {part}")
    p.add_argument("--voucher-url", help="where a voucher is redeemed, with {code}")
    p.add_argument("--returns-url", help="the returns page, with {rma}")
    p.add_argument("--review-url", help="where a customer writes a review, with {order}")
    p.add_argument("--unsubscribe-url", help="the unsubscribe link, with {token} (the customer's link token)")
    p.add_argument("--referral-url", help="the referral link, with {token} (the customer's link token)")

    p = sub.add_parser("audit", help="what managers and admins did, newest first (a manager)")
    p.add_argument("--badge", required=True)
    p.add_argument("--limit", type=int, default=50)

    p = sub.add_parser("staff", help="the staff's badges: `staff add NAME BADGE`, `staff unlock BADGE`")
    ssub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    s = ssub.add_parser(
        "unlock", help="lift a badge's lockout after too many wrong PINs (a manager, audited)"
    )
    s.add_argument("locked_badge", metavar="BADGE", help="the badge that was locked")
    s.add_argument(
        "--badge", required=True, help="your own manager's or admin's badge (the PIN is asked for)"
    )
    s.add_argument("--station", default="", help="where this is done, for the audit log")
    s = ssub.add_parser("add", help="add a packer (a manager), or a manager or admin (an admin), audited")
    s.add_argument("name", metavar="NAME", help="the person's name, as the bench greets them")
    s.add_argument("new_badge", metavar="NEW_BADGE", help="the badge they scan, e.g. P-1001")
    s.add_argument("--role", choices=("packer", "manager", "admin"), default="packer",
                   help="a manager or admin gets a PIN of their own: typed twice, or from $PACKSTATION_NEW_PIN")  # fmt: skip
    s.add_argument("--badge", required=True, help="your own badge (the PIN is asked for)")
    s.add_argument("--station", default="", help="where this is done, for the audit log")

    p = sub.add_parser(
        "purge", help="anonymise the personal data of customers not seen for a while (an admin)"
    )
    p.add_argument("--older-than", required=True, help="e.g. 180d, 26w or 6m")
    p.add_argument("--badge", required=True, help="an admin's badge (the PIN is asked for)")
