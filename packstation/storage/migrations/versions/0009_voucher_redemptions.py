"""Which order redeemed a voucher, and for how much

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.add_column(sa.Column("redeemed_order", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("redeemed_total", sa.Numeric(precision=12, scale=2), nullable=True))
        batch_op.add_column(sa.Column("redeemed_currency", sa.String(length=3), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("voucher", schema=None) as batch_op:
        batch_op.drop_column("redeemed_currency")
        batch_op.drop_column("redeemed_total")
        batch_op.drop_column("redeemed_order")
