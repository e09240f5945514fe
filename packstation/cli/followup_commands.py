"""Follow-ups from the command line: the dispatcher and the outbox."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from sqlalchemy import select

from packstation.cli.commands import EXIT_OK, EXIT_UNUSABLE, CommandError, guarded, open_app
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
            raise CommandError(f"no SMTP server: give --smtp or set {SMTP_ENV}", EXIT_UNUSABLE)
        try:
            config = smtp_config(url)
        except DispatchError as exc:
            raise CommandError(str(exc), EXIT_UNUSABLE) from exc
        while True:
            report = dispatch_once(app.sessions, config, args.batch)
            print(
                f"sent {report.sent}, retried later {report.retried}, failed {report.failed}, skipped {len(report.skipped)}"
            )
            for line in report.skipped:
                print(f"  skipped {line}")
            if args.once:
                return EXIT_OK
            time.sleep(30)
    finally:
        app.close()


@guarded
def cmd_outbox(args: argparse.Namespace) -> int:
    app = open_app(args)
    with app.sessions() as session:
        statement = select(OutboxMessage).order_by(OutboxMessage.scheduled_at)
        if args.status:
            statement = statement.where(OutboxMessage.status == MessageStatus(args.status))
        rows: list[dict[str, str | None]] = [
            {"key": m.key, "status": m.status.value, "rule": m.rule, "recipient": m.recipient, "language": m.language,
             "subject": m.subject, "scheduled_at": m.scheduled_at.isoformat(), "attempts": str(m.attempts),
             "error": m.last_error, "message_id": m.message_id}
            for m in session.scalars(statement)
        ]  # fmt: skip
    app.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    for row in rows:
        error = f"  — {row['error']}" if row["error"] else ""
        print(
            f"{row['status']:<9} {(row['scheduled_at'] or '')[:16]}  {row['key']:<28} {row['recipient']:<36} {row['subject']}{error}"
        )
    return EXIT_OK


HANDLERS = {"dispatch": cmd_dispatch, "outbox": cmd_outbox}
