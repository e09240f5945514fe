"""Follow-ups from the command line: the dispatcher and the outbox."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from sqlalchemy import select

from packstation.cli.commands import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_UNUSABLE,
    CommandError,
    guarded,
    open_app,
    run_import,
)
from packstation.core.spreadsheet import write_dicts
from packstation.storage.models import MessageStatus, OutboxMessage


@guarded
def cmd_dispatch(args: argparse.Namespace) -> int:
    from packstation.core.settings import load_settings
    from packstation.followups.dispatch import SMTP_ENV, DispatchError, dispatch_once, smtp_config

    app = open_app(args)
    try:
        with app.sessions() as session:
            url = args.smtp or os.environ.get(SMTP_ENV) or load_settings(session).smtp_url
        if not url:
            raise CommandError(
                f"no SMTP server: give --smtp, set {SMTP_ENV}, or store it for every station with "
                "`packstation settings set smtp_url smtp://user@host:587?starttls=1 --badge BADGE`",
                EXIT_UNUSABLE,
            )
        try:
            config = smtp_config(url)
        except DispatchError as exc:
            raise CommandError(str(exc), EXIT_UNUSABLE) from exc
        while True:
            report = dispatch_once(app.sessions, config, args.batch)
            print(
                f"queued {report.queued}, sent {report.sent}, retried later {report.retried}, "
                f"failed {report.failed}, skipped {len(report.skipped)}"
            )
            for line in report.skipped:
                print(f"  skipped {line}")
            for line in report.problems:
                print(f"  {line}", file=sys.stderr)
            if args.once:
                return EXIT_OK
            time.sleep(30)
    finally:
        app.close()


EXPORT_COLUMNS = ["key", "status", "rule", "marketing", "recipient", "language", "subject", "scheduled_at",
                  "expires_at", "message_id", "body_text", "body_html"]  # fmt: skip


def _export(args: argparse.Namespace, messages: list[OutboxMessage]) -> int:
    """Every message with its parts, for a shop that sends through an e-mail service instead."""
    rows = [
        {"key": m.key, "status": m.status.value, "rule": m.rule, "marketing": m.marketing, "recipient": m.recipient,
         "language": m.language, "subject": m.subject, "scheduled_at": m.scheduled_at.isoformat(),
         "expires_at": m.expires_at.isoformat() if m.expires_at else "", "message_id": m.message_id,
         "body_text": m.body_text, "body_html": m.body_html}
        for m in messages
    ]  # fmt: skip

    def write(out: TextIO) -> None:
        if args.format == "json":
            json.dump(rows, out, ensure_ascii=False, indent=1)
            out.write("\n")
        else:  # every cell neutralised for a spreadsheet (core/spreadsheet.py)
            write_dicts(out, EXPORT_COLUMNS, rows)

    if args.out and args.out != "-":
        from packstation.core.outputs import write_atomically

        def to_file(path: Path) -> None:
            with path.open("w", encoding="utf-8", newline="") as out:
                write(out)

        write_atomically(Path(args.out), to_file)
    else:
        write(sys.stdout)
    if args.out and args.out != "-":
        print(f"{args.out}: {len(rows)} message{'s' if len(rows) != 1 else ''}", file=sys.stderr)
    return EXIT_OK


@guarded
def cmd_outbox(args: argparse.Namespace) -> int:
    app = open_app(args)
    if args.action == "export":
        with app.sessions() as session:
            statement = select(OutboxMessage).order_by(OutboxMessage.scheduled_at)
            if args.status:
                statement = statement.where(OutboxMessage.status == MessageStatus(args.status))
            messages = list(session.scalars(statement))
        app.close()
        return _export(args, messages)
    horizon = datetime.now(UTC) + FAR_AHEAD
    with app.sessions() as session:
        statement = select(OutboxMessage).order_by(OutboxMessage.scheduled_at)
        if args.status:
            statement = statement.where(OutboxMessage.status == MessageStatus(args.status))
        rows: list[dict[str, str | None]] = [
            {"key": m.key, "status": m.status.value, "rule": m.rule, "recipient": m.recipient, "language": m.language,
             "subject": m.subject, "scheduled_at": m.scheduled_at.isoformat(), "attempts": str(m.attempts),
             "error": m.last_error, "message_id": m.message_id,
             "far_ahead": "yes" if m.status is MessageStatus.QUEUED and _aware(m.scheduled_at) > horizon else None}
            for m in session.scalars(statement)
        ]  # fmt: skip
    app.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    for row in rows:
        error = f"  — {row['error']}" if row["error"] else ""
        far = "  — due far ahead: was the clock wrong?" if row["far_ahead"] else ""
        print(
            f"{row['status']:<9} {(row['scheduled_at'] or '')[:16]}  {row['key']:<28} {row['recipient']:<36} {row['subject']}{error}{far}"
        )
    if not rows:
        print("the outbox is empty" + (f" of {args.status} messages" if args.status else ""))
    far_ahead = [row for row in rows if row["far_ahead"]]
    if far_ahead:
        print(
            f"warning: {len(far_ahead)} queued message(s) are due more than {FAR_AHEAD.days} days from now, "
            f"later than any follow-up waits (the first {far_ahead[0]['key']}, due {far_ahead[0]['scheduled_at']}): "
            "the clock of the station that packed the order was probably wrong. Check them in the Outbox "
            "screen and cancel them or send them now.",
            file=sys.stderr,
        )
    return EXIT_OK


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


#: later than any follow-up of the playbook waits (the longest, an anniversary, a year): a
#: message due after this was queued by a station whose clock was wrong
FAR_AHEAD = timedelta(days=400)


@guarded
def cmd_returned(args: argparse.Namespace) -> int:
    """Record returned parcels by their RMA numbers (typed or scanned off the return label)."""
    from packstation.core.returns import record_return

    if not args.rma and not args.file:
        raise CommandError("give the RMA numbers, or --file with a CSV of returns received", EXIT_UNUSABLE)
    if args.file:
        return _import_returns(args)
    app = open_app(args)
    unknown = 0
    try:
        for rma in args.rma:
            try:  # each return on its own: one mistyped RMA does not undo the others
                with app.sessions.begin() as session:
                    recorded = record_return(session, rma)
            except LookupError as exc:
                print(f"packstation returned: {exc}", file=sys.stderr)
                unknown += 1
                continue
            note = "already recorded" if recorded.already else "recorded; its pending marketing is cancelled"
            print(f"{recorded.rma}  order {recorded.order_number}: {note}")
    finally:
        app.close()
    return EXIT_REJECTED if unknown else EXIT_OK


def _import_returns(args: argparse.Namespace) -> int:
    from packstation.importers.returns import import_returns

    return run_import(args, "returned", import_returns,
                      lambda report: f"{report.received} returns recorded (their pending marketing cancelled), "
                                     f"{report.already} already recorded")  # fmt: skip


HANDLERS = {"dispatch": cmd_dispatch, "outbox": cmd_outbox, "returned": cmd_returned}
