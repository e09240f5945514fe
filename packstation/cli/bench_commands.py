"""The bench from the command line: pack an order headless, the bench sheet, staff, packaging."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import select

from packstation.cli.commands import EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, CommandError, guarded, open_app
from packstation.storage.models import Packaging, Packer


@guarded
def cmd_pack(args: argparse.Namespace) -> int:
    """The same bench logic as the window: the order, then each scan in turn, as a scanner sends
    them. Exits 1 when the order was not completed (the session stays open at the station)."""
    from packstation.bench.rules import BenchError
    from packstation.bench.service import Bench
    from packstation.config import default_print_folder, spool_dir
    from packstation.printing.service import print_order_inserts

    app = open_app(args)
    try:
        bench = Bench(app.sessions, args.station)
        signed = bench.sign_in(args.packer, args.pin)
        print(signed.message)
        if bench.packer is None:
            raise CommandError(f"cannot sign in: {signed.message}", EXIT_UNUSABLE)
        outcome = bench.scan(args.order) if bench.order is None else signed
        print(f"[{outcome.tone.value}] {outcome.message}")
        if bench.order is None:
            raise CommandError(f"{args.order} cannot be packed here: {outcome.message}", EXIT_REJECTED)
        if args.weight:
            print(f"[info] {bench.set_weight(args.weight).message}")
        for code in args.scan:
            outcome = bench.scan(code)
            print(f"[{outcome.tone.value}] {code}: {outcome.message}")
            if outcome.completed:
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
    from packstation.inserts.service import write_atomically

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


def _listing(args: argparse.Namespace, rows: list[dict[str, object]], columns: list[str]) -> int:
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    for row in rows:
        print("  ".join(f"{row[c]!s:<22}" for c in columns).rstrip())
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
    return _listing(args, rows, ["badge", "name", "role"])


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
    return _listing(args, rows, ["code", "name", "kind", "plastic_grams"])


HANDLERS = {
    "pack": cmd_pack,
    "bench-sheet": cmd_bench_sheet,
    "packers": cmd_packers,
    "packaging": cmd_packaging,
}
