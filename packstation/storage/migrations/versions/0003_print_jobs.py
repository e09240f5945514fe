"""Print jobs: documents on their way to a printer, kept when it fails

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        sa.Column("order_number", sa.String(length=40), nullable=True),
        sa.Column("kinds", sa.String(length=80), nullable=False),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("document", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "queued",
                "printed",
                "failed",
                "cancelled",
                name="printjobstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_job_order_number"), ["order_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_job_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_job_status"))
        batch_op.drop_index(batch_op.f("ix_print_job_order_number"))

    op.drop_table("print_job")
