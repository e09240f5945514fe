"""Secrets out of the database: the SMTP and SMS links lose any password or token they hold

Earlier versions refused only `user:password@` in a link; a password or token given as a query
parameter (`?password=…`, `?token=…`) was stored, audited and printed. This moves each such
secret to the OS keyring where this machine has one (the services packstation reads:
packstation-smtp-HOST for the SMTP user, packstation-sms for the webhook's host), takes it out
of the stored link, and blanks it in the audit log's old and new values. Where there is no
keyring, the secret is removed all the same and the migration says where to put it again.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

import sys
from typing import Any
from urllib.parse import urlparse

import sqlalchemy as sa
from alembic import op

from packstation.core.secrets import without_secrets

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("name", sa.String), sa.column("value", sa.JSON))
audit = sa.table("audit_entry", sa.column("id", sa.Integer), sa.column("subject", sa.String),
                 sa.column("detail", sa.JSON))  # fmt: skip
LINKS = {"smtp_url": "PACKSTATION_SMTP_PASSWORD", "sms_webhook_url": "PACKSTATION_SMS_TOKEN"}


def _to_keyring(name: str, url: str, secrets: dict[str, str]) -> bool:
    parsed = urlparse(url)
    secret = next(iter(secrets.values()))
    try:
        import keyring

        if name == "smtp_url":
            keyring.set_password(f"packstation-smtp-{parsed.hostname}", parsed.username or "", secret)
        else:
            keyring.set_password("packstation-sms", parsed.hostname or "", secret)
    except Exception:  # no keyring module or backend on this machine
        return False
    return True


def _scrub(value: Any, secrets: dict[str, str]) -> Any:
    if isinstance(value, str):
        cleaned, _ = without_secrets(value) if "://" in value else (value, {})
        return cleaned
    return value


def upgrade() -> None:
    bind = op.get_bind()
    for name, variable in LINKS.items():
        row = bind.execute(sa.select(setting.c.value).where(setting.c.name == name)).first()
        if row is None or not isinstance(row[0], str) or not row[0]:
            continue
        cleaned, secrets = without_secrets(row[0])
        if not secrets:
            continue
        kept = _to_keyring(name, row[0], secrets)
        bind.execute(setting.update().where(setting.c.name == name).values(value=cleaned))
        where = "the OS keyring" if kept else f"nowhere: set it again in ${variable} or the OS keyring"
        print(f"packstation: the secret in the setting {name} was taken out of the database; it is in {where}",
              file=sys.stderr)  # fmt: skip
        for entry_id, detail in bind.execute(
            sa.select(audit.c.id, audit.c.detail).where(audit.c.subject == name)
        ):
            if isinstance(detail, dict):
                scrubbed = {key: _scrub(value, secrets) for key, value in detail.items()}
                bind.execute(audit.update().where(audit.c.id == entry_id).values(detail=scrubbed))


def downgrade() -> None:
    pass  # a secret taken out of the database is not put back in
