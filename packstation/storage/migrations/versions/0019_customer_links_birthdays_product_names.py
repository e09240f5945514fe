"""Unguessable customer links, birthdays, product names per language

- `customer.link_token`: a random token (at least 128 bits, `secrets`) that the unsubscribe and
  referral links carry instead of the customer's sequential number, which anyone could count
  through; every customer already stored gets one here.
- `customer.birthday`: the day (the year may be unknown: stored as 1904, a leap year) for the
  playbook's birthday offer, where the shop has it.
- `product.names`: the product's name per language (language tag -> name), as the shop's
  translation export gives them; the shop's own `name` stays the fallback.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

customer = sa.table("customer", sa.column("id", sa.Integer), sa.column("link_token", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("link_token", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("birthday", sa.Date(), nullable=True))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.select(customer.c.id))]
    for start in range(0, len(ids), 1000):
        connection.execute(
            customer.update()
            .where(customer.c.id == sa.bindparam("cid"))
            .values(link_token=sa.bindparam("token")),
            [{"cid": cid, "token": secrets.token_urlsafe(18)} for cid in ids[start : start + 1000]],
        )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.alter_column("link_token", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(op.f("uq_customer_link_token"), ["link_token"])
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("names", sa.JSON(), nullable=False, server_default="{}"))


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("names")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_customer_link_token"), type_="unique")
        batch_op.drop_column("birthday")
        batch_op.drop_column("link_token")
