"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("voice", sa.String(length=40), nullable=False),
        sa.Column("support_email", sa.String(length=254), nullable=True),
        sa.Column("support_phone", sa.String(length=40), nullable=True),
        sa.Column("support_chat_url", sa.String(length=300), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("primary_color", sa.String(length=9), nullable=False),
        sa.Column("accent_color", sa.String(length=9), nullable=False),
        sa.Column("logo_path", sa.String(length=500), nullable=True),
        sa.Column("return_address", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brand")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("marketing_consent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("email", name=op.f("uq_customer_email")),
    )
    op.create_table(
        "packaging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "box",
                "mailer",
                "void_fill",
                "tape",
                "wrap",
                name="packagingkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("size", sa.String(length=60), nullable=True),
        sa.Column("weight_grams", sa.Integer(), nullable=False),
        sa.Column("recycled_content_pct", sa.Integer(), nullable=False),
        sa.Column("recyclable", sa.Boolean(), nullable=False),
        sa.Column("home_compostable", sa.Boolean(), nullable=False),
        sa.Column("plastic_grams", sa.Integer(), nullable=False),
        sa.Column("co2e_grams", sa.Integer(), nullable=False),
        sa.Column("disposal", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packaging")),
        sa.UniqueConstraint("code", name=op.f("uq_packaging_code")),
    )
    op.create_table(
        "packer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("badge", sa.String(length=64), nullable=False),
        sa.Column(
            "role",
            sa.Enum("packer", "manager", "admin", name="role", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("pin_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packer")),
        sa.UniqueConstraint("badge", name=op.f("uq_packer_badge")),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("consumable", "durable", name="productkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("days_of_use", sa.Integer(), nullable=True),
        sa.Column("care_tips_key", sa.String(length=64), nullable=True),
        sa.Column("complementary_skus", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("sku", name=op.f("uq_product_sku")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_barcode"), ["barcode"], unique=False)

    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sa.UniqueConstraint("name", name=op.f("uq_station_name")),
    )
    op.create_table(
        "shop_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "new",
                "ready",
                "packing",
                "packed",
                "held",
                "cancelled",
                name="orderstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("is_gift", sa.Boolean(), nullable=False),
        sa.Column("gift_message", sa.Text(), nullable=True),
        sa.Column("ship_name", sa.String(length=200), nullable=False),
        sa.Column("ship_company", sa.String(length=200), nullable=True),
        sa.Column("ship_address1", sa.String(length=300), nullable=False),
        sa.Column("ship_address2", sa.String(length=300), nullable=True),
        sa.Column("ship_city", sa.String(length=120), nullable=False),
        sa.Column("ship_zip", sa.String(length=20), nullable=False),
        sa.Column("ship_province", sa.String(length=120), nullable=True),
        sa.Column("ship_country", sa.String(length=2), nullable=False),
        sa.Column("ship_phone", sa.String(length=40), nullable=True),
        sa.Column("shipping_method", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_shop_order_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_order")),
        sa.UniqueConstraint("number", name=op.f("uq_shop_order_number")),
    )
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.create_index("ix_shop_order_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_shop_order_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shop_order_status"), ["status"], unique=False)

    op.create_table(
        "order_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=True),
        sa.Column("barcode", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("requires_shipping", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["shop_order.id"],
            name=op.f("fk_order_line_order_id_shop_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_line")),
    )
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_line_barcode"), ["barcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_line_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_line_sku"), ["sku"], unique=False)

    op.create_table(
        "order_tag",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["shop_order.id"], name=op.f("fk_order_tag_order_id_shop_order"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("order_id", "tag", name=op.f("pk_order_tag")),
    )
    with op.batch_alter_table("order_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_tag_tag"), ["tag"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("order_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_tag_tag"))

    op.drop_table("order_tag")
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_line_sku"))
        batch_op.drop_index(batch_op.f("ix_order_line_order_id"))
        batch_op.drop_index(batch_op.f("ix_order_line_barcode"))

    op.drop_table("order_line")
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shop_order_status"))
        batch_op.drop_index(batch_op.f("ix_shop_order_customer_id"))
        batch_op.drop_index("ix_shop_order_created_at")

    op.drop_table("shop_order")
    op.drop_table("station")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_barcode"))

    op.drop_table("product")
    op.drop_table("packer")
    op.drop_table("packaging")
    op.drop_table("customer")
    op.drop_table("brand")
