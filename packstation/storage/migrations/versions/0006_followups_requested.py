"""Follow-ups are requested when an order is packed and queued just after

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("followups_queued", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.create_index(
            "ix_pack_session_followups_requested",
            ["id"],
            unique=False,
            sqlite_where=sa.text("status = 'completed' AND NOT followups_queued"),
            postgresql_where=sa.text("status = 'completed' AND NOT followups_queued"),
        )


def downgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_session_followups_requested")
        batch_op.drop_column("followups_queued")
