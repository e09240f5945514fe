"""The shop's own copies of insert texts and the follow-up playbook

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_file",
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("path", name=op.f("pk_shop_file")),
    )


def downgrade() -> None:
    op.drop_table("shop_file")
