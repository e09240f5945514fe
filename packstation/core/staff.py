"""Who may do what, checked in the core (not only in the UI): packers pack; managers also
approve short ships, take sessions over, reprint after packing, change settings and see the
figures; admins also purge personal data. Every manager's and admin's action is written to the
audit log with who did it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.pin_guard import check_pin
from packstation.storage.models import AuditEntry, Packer, Role

RANK = {Role.PACKER: 0, Role.MANAGER: 1, Role.ADMIN: 2}
ARTICLE = {Role.PACKER: "a packer", Role.MANAGER: "a manager", Role.ADMIN: "an admin"}


def require(person: Packer, at_least: Role, doing: str) -> None:
    """PermissionError unless `person` is active and holds `at_least` this role."""
    if not person.active or RANK[person.role] < RANK[at_least]:
        raise PermissionError(
            f"{person.name} ({person.role.value}) may not {doing}: it needs {ARTICLE[at_least]}"
        )


def authorize(
    session: Session, badge: str, pin: str, at_least: Role, doing: str, station: str = ""
) -> Packer:
    """The active person with this badge and PIN, holding at least the role; PermissionError
    naming what is wrong otherwise (a wrong PIN is counted: core/pin_guard.py)."""
    person = session.scalars(select(Packer).where(Packer.badge == badge.strip(), Packer.active)).first()
    if person is None:
        raise PermissionError(f"badge {badge.strip()!r} is not known here")
    if RANK[person.role] < RANK[at_least]:
        raise PermissionError(f"badge {badge.strip()!r} is not {ARTICLE[at_least]}'s: {doing} needs one")
    check_pin(session, person, pin, station)
    return person


def authenticate_manager(session: Session, badge: str, pin: str, station: str = "") -> Packer:
    """The active manager or admin with this badge and PIN; PermissionError otherwise."""
    try:
        return authorize(session, badge, pin, Role.MANAGER, "the Manager screen", station)
    except PermissionError as exc:
        if "is not a manager" in str(exc) or "is not known" in str(exc):
            raise PermissionError(f"badge {badge.strip()!r} is not a manager's") from exc
        raise


def audit(session: Session, actor: Packer, action: str, subject: str = "", station: str = "",
          **detail: Any) -> AuditEntry:  # fmt: skip
    """Write one action to the audit log, in the caller's transaction: the action and its
    record are stored together or not at all."""
    entry = AuditEntry(at=datetime.now(UTC), actor_id=actor.id, actor=actor.name, role=actor.role.value,
                       action=action, subject=subject[:200], station=station, detail=detail)  # fmt: skip
    session.add(entry)
    return entry


def audit_log(session: Session, since: datetime | None = None, limit: int = 500) -> list[AuditEntry]:
    """The newest entries first."""
    statement = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if since is not None:
        statement = statement.where(AuditEntry.at >= since)
    return list(session.scalars(statement))
