"""The pack sessions rolled up by the hour, for the manager's figures; filled from the sessions
already closed

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COUNTS = ["orders", "items", "short_ships", "plastic_free", "logged_parcels", "plastic_grams", "co2e_grams",
          "packaging_grams", "recycled_grams"]  # fmt: skip
ACCURACY = ["wrong_scans", "over_scans", "unknown_scans", "confirmations"]


def upgrade() -> None:
    op.create_table(
        "pack_hour",
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("packer_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False, server_default="0") for name in COUNTS],
        sa.Column("single_ms", sa.Text(), nullable=False, server_default=""),
        sa.Column("multi_ms", sa.Text(), nullable=False, server_default=""),
        *[sa.Column(name, sa.Integer(), nullable=False, server_default="0") for name in ACCURACY],
        sa.ForeignKeyConstraint(["packer_id"], ["packer.id"], name=op.f("fk_pack_hour_packer_id_packer")),
        sa.PrimaryKeyConstraint("hour", "packer_id", "station", name=op.f("pk_pack_hour")),
    )
    # the sessions closed so far, rolled up as the bench now does when a session closes
    from packstation.stats.rollup import rebuild

    rebuild(Session(bind=op.get_bind()))


def downgrade() -> None:
    op.drop_table("pack_hour")
