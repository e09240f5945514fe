"""Unsubscribe and referral links carry the customer's token, not their number

The settings unsubscribe_url and referral_url held `{customer}`, which became the customer's
sequential id: anyone could count through the links and unsubscribe anyone, or claim another's
referral. Each stored link has `{customer}` rewritten to `{token}` (the customer's link_token,
given to every customer by 0019); the shop's site must now look customers up by that token.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("name", sa.String), sa.column("value", sa.JSON))
LINKS = ("unsubscribe_url", "referral_url")


def _rewrite(old: str, new: str) -> None:
    bind = op.get_bind()
    for name in LINKS:
        row = bind.execute(sa.select(setting.c.value).where(setting.c.name == name)).first()
        if row is None or not isinstance(row[0], str) or old not in row[0]:
            continue
        bind.execute(setting.update().where(setting.c.name == name).values(value=row[0].replace(old, new)))


def upgrade() -> None:
    _rewrite("{customer}", "{token}")


def downgrade() -> None:
    _rewrite("{token}", "{customer}")
