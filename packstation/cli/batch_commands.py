"""Batch printing from the command line: a wave's inserts into one PDF, with a progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.cli.commands import EXIT_OK, EXIT_UNUSABLE, CommandError, guarded, open_app
from packstation.core.progress import Progress

if TYPE_CHECKING:
    from packstation.inserts.batch import LeftOut


class ProgressBar:
    """Count, rate and time left on stderr: redrawn in place on a terminal, a line every
    ten per cent otherwise (a log file)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.started = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int, message: str) -> None:
        if self.quiet or total == 0:
            return
        elapsed = time.perf_counter() - self.started
        left = elapsed / done * (total - done) if done else 0.0
        if self.tty:
            filled = round(30 * done / total)
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,} orders, {left:4.0f} s left "
            )
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif (tenth := 10 * done // total) != self.last_tenth:
            self.last_tenth = tenth
            print(f"{done:,}/{total:,} orders, {left:.0f} s left", file=sys.stderr)


def _advice(out: LeftOut) -> str:
    """What to add to the command line for an order named in --orders and left out; none for
    a cancelled order, whose parcel is not sent."""
    from packstation.storage.models import OrderStatus

    if out.because == "pre-printed":
        return " (--again prints it again)"
    if out.because == "status" and out.status not in (None, OrderStatus.CANCELLED):
        return f" (--status {out.status.value} takes it)"
    return ""


@guarded
def cmd_print_batch(args: argparse.Namespace) -> int:
    from packstation.core.grammar import counted
    from packstation.core.orders import order_number
    from packstation.inserts.batch import (
        BatchChoice,
        check_packing_day,
        choose_orders,
        left_out,
        render_batch,
    )
    from packstation.inserts.service import InsertError, parse_kinds
    from packstation.storage.models import OrderStatus

    try:
        status = None if args.status == "any" else OrderStatus(args.status)
    except ValueError:
        choices = ", ".join(s.value for s in OrderStatus)
        raise CommandError(f"--status {args.status!r}: choose from {choices} or any", EXIT_UNUSABLE) from None
    try:
        kinds = parse_kinds(args.kinds)
    except InsertError as exc:
        raise CommandError(f"--kinds: {exc}", EXIT_UNUSABLE) from exc
    try:
        check_packing_day(args.packing_day, date.today(), "--packing-day")
    except InsertError as exc:
        raise CommandError(str(exc), EXIT_UNUSABLE) from exc
    choice = BatchChoice(status, args.since, args.until, args.shipping, args.tag, args.language,
                         tuple(order_number(n) for n in args.orders), not args.again)  # fmt: skip
    app = open_app(args)
    try:
        with app.sessions() as session:
            numbers = choose_orders(session, choice)
            for out in left_out(session, choice, numbers):
                print(f"packstation: note: left out: {out.text}{_advice(out)}", file=sys.stderr)
        started = time.perf_counter()
        try:
            report = render_batch(app.sessions, numbers, kinds, Path(args.out), args.layout, args.collate,
                                  Progress(ProgressBar(args.quiet)), workers=max(1, args.workers),
                                  packing_day=args.packing_day)  # fmt: skip
        except InsertError as exc:
            raise CommandError(str(exc), EXIT_UNUSABLE) from exc
        seconds = time.perf_counter() - started
    finally:
        app.close()
    for line in [*map(str, report.problems), *report.notices[:5]]:
        print(f"packstation: note: {line}", file=sys.stderr)
    wave = f" for the wave of {args.packing_day.isoformat()}" if args.packing_day else ""
    orders, inserts, pages = (counted(n, "en", {"one": word, "other": f"{word}s"})
                              for n, word in [(len(numbers), "order"), (report.inserts, "insert"),
                                              (report.pages, "page")])  # fmt: skip
    print(f"batch {report.batch_id}, {args.out}{wave}: {orders}, {inserts} on {pages} in {seconds:.1f} s "
          f"({report.pages / seconds:.0f} pages/s)")  # fmt: skip
    return EXIT_OK


HANDLERS = {"print-batch": cmd_print_batch}
