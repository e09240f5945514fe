"""Pack time in each session's tally, and indexes that answer the manager's figures alone

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ENDED = ["status", "ended_at", "packer_id", "station", "items", "pack_ms", "short_ship_approved_by",
         "packaging_logged", "plastic_grams", "co2e_grams", "packaging_grams", "recycled_grams"]  # fmt: skip
STARTED = ["status", "started_at", "packer_id", "station", "wrong_scans", "over_scans", "unknown_scans",
           "confirmations", "hold_reason"]  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pack_ms", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index("ix_pack_session_figures_ended", ENDED, unique=False)
        batch_op.create_index("ix_pack_session_figures_started", STARTED, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.drop_index("ix_pack_session_figures_started")
        batch_op.drop_index("ix_pack_session_figures_ended")
        batch_op.drop_column("pack_ms")
