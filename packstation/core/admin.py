"""What a manager sets up for the shop, each change checked before it is stored and written to
the audit log with who made it: settings, the brand on the inserts, the staff and their
badges. The Settings screen and the command line both come through here."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.pin_guard import badge_key
from packstation.core.security import MIN_PIN, hash_pin
from packstation.core.setting_declaration import check_web_address
from packstation.core.settings import SECRET_WORDS, declaration_of, load_settings, save_setting
from packstation.core.staff import ARTICLE, audit, require
from packstation.storage.models import Brand, Packer, PinGuard, Role

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BADGE = re.compile(r"^[A-Za-z0-9-]{3,32}$")


def validate_setting(name: str, value: Any) -> Any:
    """The value as the setting stores it; ValueError saying what is wrong with it, by name. The
    rules are the setting's declaration (core/settings.py); a name that looks like a secret is
    refused before anything else."""
    if any(word in name.lower() for word in SECRET_WORDS):
        raise ValueError(
            f"{name}: secrets are kept in the system keyring or the environment, not in the database"
        )
    try:
        declaration = declaration_of(name)
    except KeyError:
        raise ValueError(f"no setting called {name!r}") from None
    return declaration.checked(value)


def change_settings(session: Session, actor: Packer, changes: dict[str, Any], station: str = "") -> list[str]:
    """Store several settings at once, all checked first (one bad value changes nothing);
    returns the names that actually changed, each audited with its old and new value."""
    require(actor, Role.MANAGER, "change the settings")
    checked = {name: validate_setting(name, value) for name, value in changes.items()}
    before = load_settings(session)
    changed = []
    for name, value in checked.items():
        old = getattr(before, name)
        if old == value:
            continue
        save_setting(session, name, value)
        audit(session, actor, "setting changed", name, station, old=old, new=value)
        changed.append(name)
    return changed


BRAND_FIELDS = ("name", "voice", "support_email", "support_phone", "support_chat_url", "website",
                "primary_color", "accent_color", "logo_path", "return_address")  # fmt: skip


def change_brand(
    session: Session, actor: Packer, changes: dict[str, str | None], station: str = ""
) -> list[str]:
    """The brand on the inserts and messages: checked, stored, audited; returns what changed."""
    require(actor, Role.MANAGER, "change the brand")
    changes = {name: value.strip() if name in ("website", "support_chat_url") and value else value
               for name, value in changes.items()}  # fmt: skip
    for name, value in changes.items():
        if name not in BRAND_FIELDS:
            raise ValueError(f"the brand has no {name!r}")
        if name == "name" and not (value or "").strip():
            raise ValueError("name: the shop needs a name")
        if name in ("primary_color", "accent_color") and not _COLOUR.match(value or ""):
            raise ValueError(f"{name}: a colour like #2F5D50, not {value!r}")
        if name == "support_email" and value and not _EMAIL.match(value):
            raise ValueError(f"support_email: {value!r} is not an e-mail address")
        if name in ("website", "support_chat_url") and value:
            check_web_address(name, value)
    brand = session.get(Brand, 1)
    if brand is None:
        brand = Brand(id=1, name="")  # nothing of another shop: the shop's own answers follow
        session.add(brand)
    changed = []
    for name, value in changes.items():
        old = getattr(brand, name)
        if old != value:
            setattr(brand, name, value)
            audit(session, actor, "brand changed", name, station, old=old, new=value)
            changed.append(name)
    return changed


def add_person(session: Session, actor: Packer, name: str, badge: str, role: Role, pin: str | None = None,
               station: str = "") -> Packer:  # fmt: skip
    """A new packer (a manager may add them) or manager or admin (only an admin may), with a
    PIN for those who approve things."""
    require(actor, Role.ADMIN if role is not Role.PACKER else Role.MANAGER, f"add {ARTICLE[role]}")
    if not name.strip() or len(name) > 120:
        raise ValueError("name: 1 to 120 characters")
    if not _BADGE.match(badge):
        raise ValueError(f"badge: 3 to 32 letters, digits or dashes, not {badge!r}")
    if session.scalar(select(Packer.id).where(Packer.badge == badge)) is not None:
        raise ValueError(f"badge {badge!r} is already someone's")
    if role is not Role.PACKER and (not pin or not pin.isdigit() or len(pin) < MIN_PIN):
        raise ValueError(
            f"PIN: a manager or admin needs at least {MIN_PIN} digits (a PIN set before keeps working)"
        )
    person = Packer(name=name.strip(), badge=badge, role=role, active=True, created_at=datetime.now(UTC),
                    pin_hash=hash_pin(pin) if pin and role is not Role.PACKER else None)  # fmt: skip
    session.add(person)
    session.flush()
    audit(session, actor, "person added", badge, station, name=person.name, role=role.value)
    return person


def deactivate_person(session: Session, actor: Packer, badge: str, station: str = "") -> None:
    """Someone who left: their badge stops working; their pack events stay in the figures."""
    person = session.scalars(select(Packer).where(Packer.badge == badge)).one_or_none()
    if person is None:
        raise ValueError(f"no badge {badge!r}")
    require(
        actor,
        Role.ADMIN if person.role is not Role.PACKER else Role.MANAGER,
        f"retire {ARTICLE[person.role]}",
    )
    if person.id == actor.id:
        raise ValueError("you cannot retire your own badge")
    person.active = False
    audit(session, actor, "person retired", badge, station, name=person.name)


def unlock_badge(session: Session, actor: Packer, badge: str, station: str = "") -> bool:
    """A manager or admin lifts a badge's lockout after too many wrong PINs (core/pin_guard.py),
    and any wait it had; audited. False when the badge had nothing to lift."""
    require(actor, Role.MANAGER, "unlock a badge")
    badge = badge.strip()
    person = session.scalars(select(Packer).where(Packer.badge == badge)).first()
    if person is None:
        raise ValueError(f"no badge {badge!r} here")
    guard = session.get(PinGuard, badge_key(badge), with_for_update=True)
    if guard is None or not (guard.locked or guard.failures):
        return False
    audit(session, actor, "badge unlocked", badge, station, name=person.name, wrong_pins=guard.failures,
          was_locked=guard.locked)  # fmt: skip
    guard.failures, guard.wait_until, guard.locked = 0, None, False
    return True
