"""One function per command; each returns the process exit code."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from packstation.bootstrap import App, bootstrap
from packstation.config import resolve_db_url
from packstation.core.orders import OrderQuery, list_orders, order_number
from packstation.core.outputs import OutputError
from packstation.importers.report import UnusableFileError
from packstation.storage.database import DatabaseUrlError, diagnose, shown_url
from packstation.storage.migrate import SchemaTooNewError, upgrade
from packstation.storage.models import OrderStatus

EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, EXIT_DATABASE = 0, 1, 2, 3


class CommandError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _error(message: str) -> None:
    sys.stdout.flush()  # what the command said before comes first
    print(f"packstation: {message}", file=sys.stderr)


def new_pin(environment: str, whose: str, otherwise: str) -> str:
    """A PIN for someone new, from `environment` (scripts) or typed twice at the terminal;
    `otherwise` says what was not done when the two differ."""
    pin = os.environ.get(environment, "")
    if pin or not sys.stdin.isatty():
        return pin
    first = getpass.getpass(f"a PIN for {whose} (at least 6 digits): ")
    if getpass.getpass("the same PIN again: ") != first:
        raise CommandError(f"the two PINs differ: {otherwise}", EXIT_UNUSABLE)
    return first


def open_app(args: argparse.Namespace, *, migrate: bool = True) -> App:
    try:
        return bootstrap(args.db, migrate=migrate)
    except SchemaTooNewError as exc:
        raise CommandError(str(exc), EXIT_DATABASE) from exc
    except DatabaseUrlError as exc:
        raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    except OperationalError as exc:
        raise CommandError(
            f"{diagnose(exc).reason}: {shown_url(resolve_db_url(args.db))}", EXIT_DATABASE
        ) from exc


def run_import(args: argparse.Namespace, command: str, load: Callable[[Session, Path], Any],
               summary: Callable[[Any], str]) -> int:  # fmt: skip
    """A small file imported in one transaction (`load(session, path)` returns a report with
    `problems`): each refused row on stderr with the file and line, the summary on stdout; exit
    1 when rows were refused, 2 when the file is unusable."""
    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            report = load(session, Path(args.file))
    except UnusableFileError as exc:
        raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    finally:
        app.close()
    for problem in report.problems:
        print(f"packstation {command}: {args.file}, {problem}", file=sys.stderr)
    print(f"{args.file}: {summary(report)}, {len(report.problems)} rows refused")
    return EXIT_REJECTED if report.problems else EXIT_OK


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except CommandError as exc:
            _error(str(exc))
            return exc.code
        except OperationalError as exc:  # the server went away mid-command: nothing half-done stays
            _error(f"{diagnose(exc).reason}; nothing of the unfinished step was stored")
            return EXIT_DATABASE
        except OutputError as exc:  # an --out that is a device, a folder, or in a missing folder
            _error(str(exc))
            return EXIT_UNUSABLE
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            _error(f"{where}{exc.strerror or exc}")
            return EXIT_UNUSABLE

    return run


@guarded
def cmd_app(args: argparse.Namespace) -> int:
    from packstation.ui.app import run_app  # Qt only when a window is wanted

    return run_app(open_app(args), getattr(args, "station", None), getattr(args, "language", None))


@guarded
def cmd_migrate(args: argparse.Namespace) -> int:
    app = open_app(args, migrate=False)
    try:
        before, after = upgrade(app.engine)
    except SchemaTooNewError as exc:
        raise CommandError(str(exc), EXIT_DATABASE) from exc
    finally:
        app.close()
    print(f"schema {after}" + (" (already up to date)" if before == after else f" (was {before or 'empty'})"))
    return EXIT_OK


@guarded
def cmd_import(args: argparse.Namespace) -> int:
    from packstation.importers.service import import_file

    path = Path(args.file)
    app = open_app(args)
    try:
        report = import_file(app.sessions, path, args.format, args.decimal)
    except UnusableFileError as exc:
        _error(f"{exc} — nothing was imported")
        return EXIT_UNUSABLE
    finally:
        app.close()
    print("\n".join(report.summary_lines()))
    return report.exit_code


@guarded
def cmd_orders(args: argparse.Namespace) -> int:
    if args.action == "show":
        return _show_order(args)
    if args.number:
        raise CommandError(
            f"orders {args.number}: to see one order, write `orders show {args.number}`", EXIT_UNUSABLE
        )
    app = open_app(args)
    query = OrderQuery(status=OrderStatus(args.status) if args.status else None, search=args.search)
    with app.sessions() as session:
        orders = list_orders(session, query, limit=args.limit)
    app.close()
    if args.json:
        json.dump([o.as_dict() for o in orders], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    print(f"{'order':<10} {'status':<10} {'created':<16} {'lang':<5} {'ctry':<4} {'items':>5}  customer")
    for o in orders:
        flags = (" [gift]" if o.is_gift else "") + (" [note]" if o.has_notes else "")
        print(
            f"{o.number:<10} {o.status.value:<10} {o.created_at:%Y-%m-%d %H:%M} {o.language:<5} "
            f"{o.country:<4} {o.items:>5}  {o.customer}{flags}"
        )
    print(f"{len(orders)} order{'s' if len(orders) != 1 else ''}")
    return EXIT_OK


def _show_order(args: argparse.Namespace) -> int:
    from packstation.bench.history import order_card
    from packstation.cli.table import table

    if not args.number:
        raise CommandError("orders show needs the order's number, e.g. `orders show 1042`", EXIT_UNUSABLE)
    app = open_app(args)
    try:
        with app.sessions() as session:
            card = order_card(session, order_number(args.number))
    finally:
        app.close()
    if card is None:
        raise CommandError(
            f"no order {order_number(args.number)} (`packstation orders` lists them)", EXIT_UNUSABLE
        )
    if args.json:
        json.dump(
            card.as_dict(),
            sys.stdout,
            ensure_ascii=False,
            indent=1,
            default=lambda moment: moment.isoformat(),
        )
        print()
        return EXIT_OK
    print(f"{card.number}  {card.status}  placed {card.created_at:%Y-%m-%d %H:%M}")
    print(
        f"customer   {card.customer} <{card.email or 'no e-mail'}>, writes {card.language}, ships to {card.country}"
    )
    print(f"shipping   {card.shipping_method or '—'}" + ("   [gift]" if card.is_gift else ""))
    if card.notes:
        print(f"note       {card.notes}")
    print()
    rows = [(l.sku or None, l.barcode or None, l.quantity, l.packed, l.name) for l in card.lines]  # noqa: E741
    print(table(("sku", "barcode", "qty", "packed", "name"), rows, numeric=(2, 3)))
    print()
    print(f"packaging  {', '.join(f'{code} ×{n}' if n > 1 else code for code, n in card.packaging) or '—'}")
    print(f"weight     {f'{card.weight_grams} g' if card.weight_grams else '—'}")
    print(f"tracking   {card.tracking_number or '—'}" + (f" ({card.carrier})" if card.carrier else ""))
    print(f"voucher    {card.voucher or '—'}")
    print(f"return     {card.rma or '—'}")
    print("sessions   —" if not card.sessions else "sessions")
    for s in card.sessions:
        ended = f" – {s.ended_at:%H:%M}" if s.ended_at else ""
        why = f" ({s.hold_reason})" if s.hold_reason else ""
        print(
            f"  {s.started_at:%Y-%m-%d %H:%M}{ended}  {s.status}{why}  {s.packer} ({s.badge}) at {s.station}"
        )
    return EXIT_OK


@guarded
def cmd_demo(args: argparse.Namespace) -> int:
    from packstation.demo.shop import create_demo

    if args.orders < 0 or args.events < 0:
        raise CommandError("--orders and --events must be 0 or more", EXIT_UNUSABLE)
    app = open_app(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r  {done:,} of {total:,} orders", end="", file=sys.stderr, flush=True)

    summary = create_demo(app.sessions, orders=args.orders, seed=args.seed, progress=progress)
    events = 0
    if args.events > 0:
        from packstation.demo.events import create_events

        def progress_events(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r  {done:,} of {total:,} pack events", end="", file=sys.stderr, flush=True)

        events = create_events(app.sessions, args.events, seed=args.seed, progress=progress_events)
    app.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"demo shop in {app.db_url}:\n"
        f"  orders: {summary.orders_created} new, {summary.orders_updated} updated, "
        f"{summary.orders_unchanged} unchanged\n"
        f"  products: {summary.products}, packaging materials: {summary.packaging}, "
        f"staff: {summary.packers}, stations: {summary.stations}"
        + (f"\n  pack events: {events:,} over the last six months" if events else "")
    )
    return EXIT_OK


def refused_inserts(error: Exception) -> str:
    """Why the inserts were not made; what the shop has not set a line each, as `setup --check`
    lists it, where there is more than one."""
    from packstation.core.shop_setup import NotSetUp

    cause = error.__cause__
    if isinstance(cause, NotSetUp) and len(cause.needs) > 1:
        listed = "".join(f"\n  - {need.sentence()}" for need in cause.needs)
        return f"the shop has not set {len(cause.needs)} things these inserts need:{listed}"
    return str(error)


@guarded
def cmd_inserts(args: argparse.Namespace) -> int:
    from packstation.inserts.service import InsertError, order_inserts, order_return_zpl, parse_kinds
    from packstation.inserts.templates import InsertTemplates

    number = order_number(args.order)
    templates = InsertTemplates(Path(args.templates)) if args.templates else None
    if args.zpl:
        if parse_kinds(args.kinds) != ["return"]:
            raise CommandError("--zpl prints the return label only: add --kinds return", EXIT_UNUSABLE)
        app = open_app(args)
        try:
            size = order_return_zpl(app.sessions, number, Path(args.out), templates)
        except InsertError as exc:
            raise CommandError(refused_inserts(exc), EXIT_UNUSABLE) from exc
        finally:
            app.close()
        print(f"{args.out}: return label of {number} as ZPL ({size:,} bytes)")
        return EXIT_OK
    app = open_app(args)
    try:
        report = order_inserts(
            app.sessions,
            number,
            Path(args.out),
            parse_kinds(args.kinds),
            args.page,
            templates,
            [code.strip() for code in args.packaging.split(",") if code.strip()],
        )
    except InsertError as exc:
        raise CommandError(refused_inserts(exc), EXIT_UNUSABLE) from exc
    finally:
        app.close()
    for line in [*map(str, report.problems), *report.notices]:
        print(f"packstation: note: {line}", file=sys.stderr)
    print(
        f"{args.out}: {report.inserts} insert{'s' if report.inserts != 1 else ''} on {report.pages} page{'s' if report.pages != 1 else ''}"
    )
    return EXIT_OK


@guarded
def cmd_print(args: argparse.Namespace) -> int:
    from packstation.config import default_print_folder, spool_dir
    from packstation.inserts.service import InsertError, parse_kinds
    from packstation.printing.service import print_order_inserts
    from packstation.printing.targets import TargetError

    app = open_app(args)
    try:
        jobs = print_order_inserts(
            app.sessions, order_number(args.order), parse_kinds(args.kinds), station=args.station,
            spool_dir=spool_dir(), default_folder=default_print_folder(), printer=args.printer,
            packaging=[c.strip() for c in args.packaging.split(",") if c.strip()],
        )  # fmt: skip
    except (InsertError, TargetError) as exc:
        raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    finally:
        app.close()
    failed = 0
    for job in jobs:
        if job.last_error:
            failed += 1
            print(
                f"job {job.id} ({job.kinds}) on {job.target}: FAILED — {job.last_error}; kept in the print queue"
            )
        else:
            print(f"job {job.id} ({job.kinds}) printed on {job.target}")
    return EXIT_REJECTED if failed else EXIT_OK


@guarded
def cmd_print_queue(args: argparse.Namespace) -> int:
    from packstation.printing.queue import jobs, retry_failed

    app = open_app(args)
    try:
        if args.retry:
            retried = retry_failed(app.sessions)
            print(f"retried {len(retried)} job{'s' if len(retried) != 1 else ''}")
        listed = jobs(app.sessions)
    finally:
        app.close()
    rows = [
        {"id": j.id, "status": j.status.value, "order": j.order_number, "kinds": j.kinds, "printer": j.target,
         "attempts": j.attempts, "error": j.last_error, "created_at": j.created_at.isoformat()}
        for j in listed
    ]  # fmt: skip
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for row in rows:
            error = f"  — {row['error']}" if row["error"] else ""
            print(
                f"{row['id']:>6} {row['status']:<9} {row['order'] or '':<10} {row['kinds']:<24} {row['printer']}{error}"
            )
    return EXIT_REJECTED if any(j.last_error for j in listed if j.status.value == "failed") else EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from packstation.ui.selftest import run_self_test

    return run_self_test(window=not args.no_window, db_url=args.db)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "self-test": cmd_self_test,
    "print": cmd_print,
    "print-queue": cmd_print_queue,
    "inserts": cmd_inserts,
    "app": cmd_app,
    "migrate": cmd_migrate,
    "import": cmd_import,
    "orders": cmd_orders,
    "demo": cmd_demo,
}
