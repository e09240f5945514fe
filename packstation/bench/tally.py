"""A pack session's tallies, written when it closes: what the manager's figures add up, kept on
the session itself so a month of a busy warehouse is summed without reading every scan."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from packstation.storage.models import Packaging, PackScan, PackSession, ScanKind, ScanResult

OK_COMMAND = "CMD-OK"


def write_tally(session: Session, pack: PackSession) -> None:
    """Count the session's scans and price its packaging into the session's tally columns."""
    kept = (PackScan.session_id == pack.id) & PackScan.undone.is_(False)
    counted = session.execute(
        select(
            func.count(
                case((kept & (PackScan.kind == ScanKind.ITEM) & (PackScan.result == ScanResult.OK), 1))
            ),
            func.count(
                case(((PackScan.session_id == pack.id) & (PackScan.result == ScanResult.WRONG_ITEM), 1))
            ),
            func.count(
                case(((PackScan.session_id == pack.id) & (PackScan.result == ScanResult.OVER_SCAN), 1))
            ),
            func.count(
                case(((PackScan.session_id == pack.id) & (PackScan.result == ScanResult.UNKNOWN_CODE), 1))
            ),
            func.count(
                case(
                    (
                        (PackScan.session_id == pack.id)
                        & (PackScan.code == OK_COMMAND)
                        & (PackScan.result == ScanResult.OK),
                        1,
                    )
                )
            ),
        ).where(PackScan.session_id == pack.id)
    ).one()
    pack.items, pack.wrong_scans, pack.over_scans, pack.unknown_scans, pack.confirmations = (
        int(n) for n in counted
    )
    materials = session.execute(
        select(
            Packaging.weight_grams,
            Packaging.recycled_content_pct,
            Packaging.plastic_grams,
            Packaging.co2e_grams,
        )
        .join(PackScan, PackScan.packaging_code == Packaging.code)
        .where(kept, PackScan.kind == ScanKind.PACKAGING, PackScan.result == ScanResult.OK)
    ).all()
    pack.packaging_grams = sum(m[0] for m in materials)
    pack.recycled_grams = sum(m[0] * m[1] // 100 for m in materials)
    pack.plastic_grams = sum(m[2] for m in materials)
    pack.co2e_grams = sum(m[3] for m in materials)
    pack.packaging_logged = bool(materials)
    if pack.ended_at is not None:
        pack.pack_ms = round((pack.ended_at - pack.started_at).total_seconds() * 1000)
