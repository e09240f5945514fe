"""The bench from the command line: pack an order headless, the bench sheet, staff, packaging."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from packstation.bench.view import Outcome, Tone
from packstation.cli.commands import (
    EXIT_DATABASE,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNUSABLE,
    CommandError,
    guarded,
    open_app,
)
from packstation.cli.parser import PIN_ENV
from packstation.cli.table import table
from packstation.storage.models import Packaging, Packer

if TYPE_CHECKING:
    from packstation.bench.service import Bench


class _NotStored(Exception):
    """The database did not take the scans kept for it within the wait."""


def _stored(bench: Bench, outcome: Outcome, wait: float) -> Outcome:
    """`outcome`, or while the database could not take the scan, the outcome once it did: the
    kept scans are sent again with a growing pause (½, 1, 2, 4, 8 s …) for at most `wait`
    seconds. A lasting trouble (a read-only file) is not waited for. Unlike the window, where
    the packer carries on and the bench sends the kept scans when it can, a command that ends
    must not leave a scan it answered for unstored: _NotStored says so."""
    deadline, pause = time.monotonic() + wait, 0.5
    while outcome.tone is Tone.OFFLINE:
        trouble = bench.trouble
        left = deadline - time.monotonic()
        if (trouble is not None and trouble.lasting) or left <= 0:
            raise _NotStored(trouble.reason if trouble else "the database cannot be reached")
        reason = trouble.reason if trouble else "the database cannot be reached"
        print(f"[offline] {reason}: {len(bench.waiting)} scan(s) kept, trying again in {min(pause, left):.1f} s",
              flush=True)  # fmt: skip
        time.sleep(min(pause, left))
        pause = min(pause * 2, 8.0)
        outcome = bench.retry()
    return outcome


def _scans(args: argparse.Namespace) -> Iterator[str]:
    """Each --scan, then (with --stdin) each line of standard input, as a serial scanner or a
    script sends them."""
    yield from args.scan
    if args.stdin:
        for line in sys.stdin:
            if line.strip():
                yield line.rstrip("\r\n")


@guarded
def cmd_pack(args: argparse.Namespace) -> int:
    """The same bench logic as the window: the order, then each scan in turn, as a scanner sends
    them. Exits 1 when the order was not completed (the session stays open at the station), 3
    when the database did not take every scan (those are named)."""
    from packstation.bench.rules import BenchError
    from packstation.bench.service import Bench
    from packstation.config import default_print_folder, spool_dir
    from packstation.core.settings import load_settings
    from packstation.printing.service import print_order_inserts, print_waiting
    from packstation.vocabulary import INSERT_KINDS

    if not args.station.strip():
        raise CommandError(
            '--station: the name of this station, e.g. "Bench 1" (others see it)', EXIT_UNUSABLE
        )
    from packstation.bench.corrections import PARCEL_GRAMS

    if args.weight is not None and args.weight not in PARCEL_GRAMS:
        raise CommandError(
            f"--weight {args.weight}: a parcel's weight in grams, {PARCEL_GRAMS[0]} to {PARCEL_GRAMS[-1]}",
            EXIT_UNUSABLE,
        )
    app = open_app(args)
    scans = _scans(args)
    bench = None
    try:
        with app.sessions() as session:
            rules = load_settings(session)
        bench = Bench(app.sessions, args.station, headless=True, completes_on=rules.bench_completes_on,
                      require_packaging=rules.bench_require_packaging, print_on_complete=not args.no_print)  # fmt: skip
        if not args.no_print:  # what an earlier run at this station packed but did not get to print
            refused: list[str] = []
            for job in print_waiting(app.sessions, args.station, spool_dir=spool_dir(),
                                     default_folder=default_print_folder(), refused=refused):  # fmt: skip
                print(
                    f"[info] owed from before: inserts of {job.order_number} ({job.kinds}) {job.status.value}"
                )
            for reason in refused:
                print(f"[info] still owed, not printed: {reason}")
        signed = bench.sign_in(args.packer, os.environ.get(PIN_ENV))
        if signed.needs_pin and not os.environ.get(PIN_ENV) and sys.stdin.isatty():
            signed = bench.sign_in(args.packer, getpass.getpass(f"PIN for {args.packer}: "))
        print(signed.message)
        if bench.packer is None:
            raise CommandError(f"cannot sign in: {signed.message}", EXIT_UNUSABLE)
        outcome = signed
        if bench.order is None:
            answered = bench.scan(args.order)
            print(f"[{answered.tone.value}] {answered.message}", flush=True)
            outcome = _stored(bench, answered, args.wait)
            if outcome is not answered:
                print(f"[{outcome.tone.value}] {outcome.message}", flush=True)
        if bench.order is None:
            raise CommandError(f"{args.order} cannot be packed here: {outcome.message}", EXIT_REJECTED)
        for said, text in (("note", bench.order.notes), ("gift message", bench.order.gift_message)):
            if text.strip():  # what the window shows beside the items, for the packer to read
                print(f"[{said}] {' '.join(text.split())}")
        if args.weight:
            print(f"[info] {bench.set_weight(args.weight).message}")
        for code in scans:
            answered = bench.scan(code)
            print(f"[{answered.tone.value}] {code}: {answered.message}", flush=True)
            outcome = _stored(bench, answered, args.wait)
            if outcome is not answered:  # what the kept scans came to once the database took them
                print(f"[{outcome.tone.value}] {outcome.message}", flush=True)
            if outcome.completed:
                ignored = list(scans)
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
                app.sessions, outcome.order.number, list(INSERT_KINDS), station=args.station,
                spool_dir=spool_dir(), default_folder=default_print_folder(),
                packaging=[p.code for p in outcome.order.packaging],
            )  # fmt: skip
            for job in jobs:
                state = f"FAILED ({job.last_error}); kept in the print queue" if job.last_error else "printed"
                print(f"inserts ({job.kinds}) {state} on {job.target}")
    except _NotStored as exc:
        kept = bench.waiting if bench is not None else []
        untried = list(scans)
        raise CommandError(
            f"{exc} — NOT stored: {' '.join(kept) or '(none)'}"
            + (f"; not tried: {' '.join(untried)}" if untried else "")
            + f". Scan them again once the database is back; the session stays open at {args.station}",
            EXIT_DATABASE,
        ) from exc
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
    if getattr(args, "packaging_command", None) == "add":
        from packstation.cli.admin_commands import add_packaging

        return add_packaging(args)
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
