"""A ready parcel closes on a signal the shop chooses, not on the first packaging scan

The setting bench_auto_complete (true: close on the last scan) becomes bench_completes_on:
true keeps the bench closing parcels by itself, now on the carrier label or the next order
(tracking_or_next); false keeps COMPLETE only (command).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

setting = sa.table("setting", sa.column("name", sa.String), sa.column("value", sa.JSON))


def upgrade() -> None:
    bind = op.get_bind()
    old = bind.execute(sa.select(setting.c.value).where(setting.c.name == "bench_auto_complete")).first()
    if old is None:
        return
    value = "tracking_or_next" if old[0] in (True, "true", 1) else "command"
    bind.execute(setting.delete().where(setting.c.name == "bench_auto_complete"))
    bind.execute(setting.insert().values(name="bench_completes_on", value=value))


def downgrade() -> None:
    bind = op.get_bind()
    new = bind.execute(sa.select(setting.c.value).where(setting.c.name == "bench_completes_on")).first()
    if new is None:
        return
    bind.execute(setting.delete().where(setting.c.name == "bench_completes_on"))
    bind.execute(setting.insert().values(name="bench_auto_complete", value=new[0] != "command"))
