"""Pack sessions and their scans; free samples in the catalogue

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pack_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("packer_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=80), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "completed",
                "held",
                "cancelled",
                "taken_over",
                name="sessionstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("weight_grams", sa.Integer(), nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("carrier", sa.String(length=40), nullable=True),
        sa.Column("hold_reason", sa.String(length=40), nullable=True),
        sa.Column("short_ship_approved_by", sa.Integer(), nullable=True),
        sa.Column("taken_over_from", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["shop_order.id"], name=op.f("fk_pack_session_order_id_shop_order")
        ),
        sa.ForeignKeyConstraint(["packer_id"], ["packer.id"], name=op.f("fk_pack_session_packer_id_packer")),
        sa.ForeignKeyConstraint(
            ["short_ship_approved_by"],
            ["packer.id"],
            name=op.f("fk_pack_session_short_ship_approved_by_packer"),
        ),
        sa.ForeignKeyConstraint(
            ["taken_over_from"],
            ["pack_session.id"],
            name=op.f("fk_pack_session_taken_over_from_pack_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_session")),
    )
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pack_session_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pack_session_packer_id"), ["packer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pack_session_station"), ["station"], unique=False)
        batch_op.create_index(
            "uq_pack_session_open_order",
            ["order_id"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.create_table(
        "pack_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "order",
                "item",
                "packaging",
                "tracking",
                "sample",
                "command",
                "unknown",
                name="scankind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "result",
            sa.Enum(
                "ok",
                "wrong_item",
                "over_scan",
                "unknown_code",
                "refused",
                name="scanresult",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("packaging_code", sa.String(length=40), nullable=True),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["order_line.id"], name=op.f("fk_pack_scan_line_id_order_line")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["pack_session.id"],
            name=op.f("fk_pack_scan_session_id_pack_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_scan")),
        sa.UniqueConstraint("session_id", "seq", name="uq_pack_scan_session_seq"),
    )
    with op.batch_alter_table("pack_scan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pack_scan_session_id"), ["session_id"], unique=False)

    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_sample", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("is_sample")

    with op.batch_alter_table("pack_scan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pack_scan_session_id"))

    op.drop_table("pack_scan")
    with op.batch_alter_table("pack_session", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_pack_session_open_order",
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )
        batch_op.drop_index(batch_op.f("ix_pack_session_station"))
        batch_op.drop_index(batch_op.f("ix_pack_session_packer_id"))
        batch_op.drop_index(batch_op.f("ix_pack_session_order_id"))

    op.drop_table("pack_session")
