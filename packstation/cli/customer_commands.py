"""Customers from the command line: what the shop's site reports back about them — an
unsubscribe from a link in a message — and what the shop knows that the order files do not
carry, like a birthday."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from packstation.cli.commands import EXIT_OK, EXIT_REJECTED, EXIT_UNUSABLE, CommandError, guarded, open_app


def _tokens(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(where, token) for each token given, on the line or one per line of --file (blank lines
    and lines starting with # skipped)."""
    given = [(f"token {number}", token) for number, token in enumerate(args.token, 1)]
    if args.file:
        try:
            lines = Path(args.file).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{args.file}: cannot be read ({exc})", EXIT_UNUSABLE) from exc
        given += [
            (f"{args.file}, line {number}", line.strip())
            for number, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    return given


@guarded
def cmd_unsubscribe(args: argparse.Namespace) -> int:
    """Each customer whose unsubscribe link carried one of the tokens withdraws their marketing
    consent; their queued marketing is cancelled. Each token on its own: a wrong one is said
    and changes nothing, and does not hold up the others."""
    from packstation.core.customer_links import NoSuchLink, unsubscribe

    if not args.token and not args.file:
        raise CommandError(
            "give the tokens from the unsubscribe links, or --file with one a line", EXIT_UNUSABLE
        )
    given = _tokens(args)
    app = open_app(args)
    refused = 0
    try:
        for where, token in given:
            try:
                with app.sessions.begin() as session:
                    done = unsubscribe(session, token)
            except NoSuchLink as exc:
                print(f"packstation unsubscribe: {where}: {exc}", file=sys.stderr)
                refused += 1
                continue
            note = "had already withdrawn consent" if done.already else "no more marketing"
            print(
                f"{done.email or f'customer {done.customer_id}'}: unsubscribed, {note}; queued marketing cancelled"
            )
    finally:
        app.close()
    return EXIT_REJECTED if refused else EXIT_OK


@guarded
def cmd_customer(args: argparse.Namespace) -> int:
    """`customer birthday EMAIL [DAY|none]`: show, set or forget a customer's birthday."""
    from packstation.core.birthdays import parse_birthday, set_birthday, shown

    app = open_app(args)
    try:
        with app.sessions.begin() as session:
            if args.day is None:
                from packstation.core.birthdays import find_customer

                customer = find_customer(session, args.email)
                print(f"{customer.email}: birthday {shown(customer.birthday)}")
                return EXIT_OK
            forget = args.day.strip().lower() in ("none", "-", "")
            try:
                day = None if forget else parse_birthday(args.day)
            except ValueError as exc:
                raise CommandError(f"customer birthday: {exc}", EXIT_UNUSABLE) from exc
            customer = set_birthday(session, args.email, day)
            print(f"{customer.email}: birthday {shown(day) if day else 'forgotten'}")
            customer_id = customer.id
        if day is not None:  # a birthday today is queued now, not at tomorrow's sweep
            from packstation.followups.occasions import queue_occasions

            report = queue_occasions(app.sessions, customers=[customer_id])
            if report.messages:
                print(f"{args.email}: birthday offer queued")
            for problem in report.problems:
                print(f"packstation customer: {problem}", file=sys.stderr)
    except LookupError as exc:
        raise CommandError(f"customer birthday: {exc}", EXIT_REJECTED) from exc
    finally:
        app.close()
    return EXIT_OK


@guarded
def cmd_occasions(args: argparse.Namespace) -> int:
    """Queue the anniversaries and birthdays due today (a dispatcher does it in its first round of each day)."""
    from datetime import UTC, datetime, time

    from packstation.followups.occasions import queue_occasions

    now = datetime.combine(args.on, time(0, 0), UTC) if args.on else datetime.now(UTC)
    app = open_app(args)
    try:
        report = queue_occasions(app.sessions, now)
    finally:
        app.close()
    print(f"{report.messages} anniversary and birthday message{'s' if report.messages != 1 else ''} queued")
    for problem in report.problems:
        print(f"packstation occasions: {problem}", file=sys.stderr)
    return EXIT_REJECTED if report.problems else EXIT_OK


HANDLERS = {"unsubscribe": cmd_unsubscribe, "customer": cmd_customer, "occasions": cmd_occasions}
