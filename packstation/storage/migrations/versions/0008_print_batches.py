"""Print batches and the inserts they pre-printed

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kinds", sa.String(length=80), nullable=False),
        sa.Column("layout", sa.String(length=20), nullable=False),
        sa.Column("collate", sa.String(length=10), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_batch")),
    )
    op.create_table(
        "batch_insert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["print_batch.id"],
            name=op.f("fk_batch_insert_batch_id_print_batch"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["shop_order.id"],
            name=op.f("fk_batch_insert_order_id_shop_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch_insert")),
    )
    with op.batch_alter_table("batch_insert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_batch_insert_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_insert_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    op.drop_table("batch_insert")
    op.drop_table("print_batch")
