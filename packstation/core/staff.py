"""Who may do what: a manager's badge and PIN, checked in the core (not only in the UI)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.security import verify_pin
from packstation.storage.models import Packer, Role


def authenticate_manager(session: Session, badge: str, pin: str) -> Packer:
    """The active manager or admin with this badge and PIN; PermissionError otherwise."""
    person = session.scalars(select(Packer).where(Packer.badge == badge.strip(), Packer.active)).first()
    if person is None or person.role not in (Role.MANAGER, Role.ADMIN):
        raise PermissionError(f"badge {badge.strip()!r} is not a manager's")
    if not verify_pin(pin, person.pin_hash):
        raise PermissionError(f"wrong PIN for {person.name}")
    return person
