"""Tallies for the pack sessions closed before sessions kept one, counted from their scans

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

KEPT = "s.session_id = pack_session.id AND s.undone = false"
PACKED = f"{KEPT} AND s.kind = 'packaging' AND s.result = 'ok'"
PACKAGING = f"FROM pack_scan s JOIN packaging p ON p.code = s.packaging_code WHERE {PACKED}"


def upgrade() -> None:
    milliseconds = (
        "CAST(round(EXTRACT(EPOCH FROM ended_at - started_at) * 1000) AS INTEGER)"
        if op.get_bind().dialect.name == "postgresql"
        else "CAST(round((julianday(ended_at) - julianday(started_at)) * 86400000) AS INTEGER)"
    )
    op.execute(
        f"""UPDATE pack_session SET
        items = (SELECT count(*) FROM pack_scan s WHERE {KEPT} AND s.kind = 'item' AND s.result = 'ok'),
        wrong_scans = (SELECT count(*) FROM pack_scan s WHERE s.session_id = pack_session.id
                       AND s.result = 'wrong_item'),
        over_scans = (SELECT count(*) FROM pack_scan s WHERE s.session_id = pack_session.id
                      AND s.result = 'over_scan'),
        unknown_scans = (SELECT count(*) FROM pack_scan s WHERE s.session_id = pack_session.id
                         AND s.result = 'unknown_code'),
        confirmations = (SELECT count(*) FROM pack_scan s WHERE s.session_id = pack_session.id
                         AND s.code = 'CMD-OK'),
        packaging_logged = EXISTS (SELECT 1 {PACKAGING}),
        packaging_grams = (SELECT coalesce(sum(p.weight_grams), 0) {PACKAGING}),
        recycled_grams = (SELECT coalesce(sum(p.weight_grams * p.recycled_content_pct / 100), 0) {PACKAGING}),
        plastic_grams = (SELECT coalesce(sum(p.plastic_grams), 0) {PACKAGING}),
        co2e_grams = (SELECT coalesce(sum(p.co2e_grams), 0) {PACKAGING}),
        pack_ms = {milliseconds}
        WHERE ended_at IS NOT NULL AND status <> 'open' AND pack_ms = 0 AND items = 0"""
    )


def downgrade() -> None:
    pass  # the tallies stay: the columns themselves go with 0010 and 0011
