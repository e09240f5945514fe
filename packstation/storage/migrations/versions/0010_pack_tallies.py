"""Each pack session's tally, for the manager's figures

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COUNTS = ("items", "wrong_scans", "over_scans", "unknown_scans", "confirmations",
          "packaging_grams", "recycled_grams", "plastic_grams", "co2e_grams")  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        for name in COUNTS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("packaging_logged", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index("ix_pack_session_ended_at", ["ended_at"], unique=False)
        batch_op.create_index("ix_pack_session_started_at", ["started_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_session_started_at")
        batch_op.drop_index("ix_pack_session_ended_at")
        batch_op.drop_column("packaging_logged")
        for name in reversed(COUNTS):
            batch_op.drop_column(name)
