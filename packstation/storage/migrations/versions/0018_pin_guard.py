"""Wrong PINs counted per badge and per station, with a growing wait and a lockout

Each row is one badge ("badge:M-2001") or one station ("station:Bench 1"): its wrong PINs in a
row, until when its next try must wait, and (a badge) whether it is locked until a manager or
admin unlocks it. In the database, so that a restart or another process does not start the
count afresh (core/pin_guard.py).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pin_guard",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("wait_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_pin_guard")),
    )


def downgrade() -> None:
    op.drop_table("pin_guard")
