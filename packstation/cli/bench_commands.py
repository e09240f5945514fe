"""The bench from the command line: pack an order headless, the bench sheet, staff, packaging."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from sqlalchemy import select

from packstation.cli.commands import EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, CommandError, guarded, open_app
from packstation.cli.parser import PIN_ENV
from packstation.cli.table import table
from packstation.storage.models import Packaging, Packer


@guarded
def cmd_pack(args: argparse.Namespace) -> int:
    """The same bench logic as the window: the order, then each scan in turn, as a scanner sends
    them. Exits 1 when the order was not completed (the session stays open at the station)."""
    from packstation.bench.rules import BenchError
    from packstation.bench.service import Bench
    from packstation.config import default_print_folder, spool_dir
    from packstation.core.settings import load_settings
    from packstation.printing.service import print_order_inserts, print_waiting

    app = open_app(args)
    try:
        with app.sessions() as session:
            rules = load_settings(session)
        bench = Bench(app.sessions, args.station, headless=True, completes_on=rules.bench_completes_on,
                      require_packaging=rules.bench_require_packaging, print_on_complete=not args.no_print)  # fmt: skip
        if not args.no_print:  # what an earlier run at this station packed but did not get to print
            for job in print_waiting(app.sessions, args.station, spool_dir=spool_dir(),
                                     default_folder=default_print_folder()):  # fmt: skip
                print(
                    f"[info] owed from before: inserts of {job.order_number} ({job.kinds}) {job.status.value}"
                )
        signed = bench.sign_in(args.packer, os.environ.get(PIN_ENV))
        if signed.needs_pin and not os.environ.get(PIN_ENV) and sys.stdin.isatty():
            signed = bench.sign_in(args.packer, getpass.getpass(f"PIN for {args.packer}: "))
        print(signed.message)
        if bench.packer is None:
            raise CommandError(f"cannot sign in: {signed.message}", EXIT_UNUSABLE)
        outcome = signed
        if bench.order is None:
            outcome = bench.scan(args.order)
            print(f"[{outcome.tone.value}] {outcome.message}")
        if bench.order is None:
            raise CommandError(f"{args.order} cannot be packed here: {outcome.message}", EXIT_REJECTED)
        if args.weight:
            print(f"[info] {bench.set_weight(args.weight).message}")
        for done, code in enumerate(args.scan, start=1):
            outcome = bench.scan(code)
            print(f"[{outcome.tone.value}] {code}: {outcome.message}")
            if outcome.completed:
                ignored = args.scan[done:]
                if ignored:
                    print(
                        f"[info] the order was complete: {len(ignored)} later scan(s) ignored: {' '.join(ignored)}"
                    )
                break
        if not outcome.completed:
            raise CommandError(
                f"{args.order} is not complete: {outcome.message} — the session stays open at {args.station}",
                EXIT_REJECTED,
            )
        if not args.no_print and outcome.order is not None:
            jobs = print_order_inserts(
                app.sessions, outcome.order.number, ["note", "voucher", "return", "slip"], station=args.station,
                spool_dir=spool_dir(), default_folder=default_print_folder(),
                packaging=[p.code for p in outcome.order.packaging],
            )  # fmt: skip
            for job in jobs:
                state = f"FAILED ({job.last_error}); kept in the print queue" if job.last_error else "printed"
                print(f"inserts ({job.kinds}) {state} on {job.target}")
    except BenchError as exc:
        raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    finally:
        app.close()
    return EXIT_OK


@guarded
def cmd_bench_sheet(args: argparse.Namespace) -> int:
    from packstation.bench.sheet import write_bench_sheet
    from packstation.core.outputs import write_atomically

    app = open_app(args)
    count = 0
    try:
        with app.sessions() as session:

            def write(path: Path) -> None:
                nonlocal count
                count = write_bench_sheet(session, path)

            write_atomically(Path(args.out), write)
    finally:
        app.close()
    print(f"{args.out}: {count} codes")
    return EXIT_OK


def _listing(args: argparse.Namespace, rows: list[dict[str, object]], columns: list[tuple[str, bool]]) -> int:
    """The rows as JSON, or as a table of `columns` (name, is a number)."""
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    if not rows:
        print("none yet")
        return EXIT_OK
    print(table([c.replace("_", " ") for c, _ in columns], [[row[c] for c, _ in columns] for row in rows],
                numeric=[i for i, (_, number) in enumerate(columns) if number]))  # fmt: skip
    return EXIT_OK


@guarded
def cmd_packers(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.sessions() as session:
        rows: list[dict[str, object]] = [
            {"name": p.name, "badge": p.badge, "role": p.role.value, "active": p.active}
            for p in session.scalars(select(Packer).order_by(Packer.role, Packer.name))
        ]
    app.close()
    return _listing(args, rows, [("badge", False), ("role", False), ("name", False)])


@guarded
def cmd_packaging(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.sessions() as session:
        rows: list[dict[str, object]] = [
            {"code": m.code, "name": m.name, "kind": m.kind.value, "recycled_pct": m.recycled_content_pct,
             "recyclable": m.recyclable, "home_compostable": m.home_compostable, "plastic_grams": m.plastic_grams,
             "co2e_grams": m.co2e_grams}
            for m in session.scalars(select(Packaging).order_by(Packaging.kind, Packaging.code))
        ]  # fmt: skip
    app.close()
    return _listing(
        args,
        rows,
        [("code", False), ("kind", False), ("plastic_grams", True), ("recycled_pct", True), ("name", False)],
    )


HANDLERS = {
    "pack": cmd_pack,
    "bench-sheet": cmd_bench_sheet,
    "packers": cmd_packers,
    "packaging": cmd_packaging,
}
