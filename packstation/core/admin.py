"""What a manager sets up for the shop, each change checked before it is stored and written to
the audit log with who made it: settings, the brand on the inserts, the staff and their
badges. The Settings screen and the command line both come through here."""

from __future__ import annotations

import re
import smtplib
from dataclasses import fields, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any, get_args, get_origin, get_type_hints

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.security import hash_pin
from packstation.core.settings import SECRET_WORDS, ShopSettings, load_settings, save_setting
from packstation.core.staff import ARTICLE, audit, require
from packstation.core.vocabulary import CompletionSignal
from packstation.storage.models import Brand, Packer, Role

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_PREFIX = re.compile(r"^[A-Z0-9]{1,6}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
_BADGE = re.compile(r"^[A-Za-z0-9-]{3,32}$")
RANGES = {  # setting -> (lowest, highest)
    "voucher_percent_off": (0, 90),
    "voucher_valid_days": (7, 730),
    "return_days": (14, 365),
    "loyalty_from_order": (2, 50),
    "marketing_gap_hours": (0, 168),
}
PLACEHOLDERS = {"voucher_redeem_url": "{code}", "return_portal_url": "{rma}", "review_url": "{order}",
                "unsubscribe_url": "{customer}", "referral_url": "{customer}"}  # fmt: skip


def validate_setting(name: str, value: Any) -> Any:
    """The value as the setting stores it; ValueError saying what is wrong with it, by name."""
    hints = get_type_hints(ShopSettings)
    if any(word in name.lower() for word in SECRET_WORDS):
        raise ValueError(
            f"{name}: secrets are kept in the system keyring or the environment, not in the database"
        )
    if name not in {f.name for f in fields(ShopSettings)}:
        raise ValueError(f"no setting called {name!r}")
    wanted = hints[name]
    kind = get_origin(wanted) or wanted
    if type(None) in get_args(wanted):  # optional: None means the shipped default
        if value is None:
            return None
        kind = next(get_origin(a) or a for a in get_args(wanted) if a is not type(None))
    if kind is bool and not isinstance(value, bool):
        raise ValueError(f"{name}: true or false, not {value!r}")
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"{name}: a whole number, not {value!r}")
    if kind is str and not isinstance(value, str):
        raise ValueError(f"{name}: text, not {value!r}")
    if kind in (dict, list) and not isinstance(value, kind):
        raise ValueError(f"{name}: a {'mapping' if kind is dict else 'list'} (JSON), not {value!r}")
    if name in RANGES:
        low, high = RANGES[name]
        if not low <= value <= high:
            raise ValueError(f"{name}: {value} is outside {low}–{high}")
    if name in ("voucher_prefix", "rma_prefix") and not _PREFIX.match(value):
        raise ValueError(f"{name}: 1 to 6 capital letters or digits, not {value!r}")
    if name in PLACEHOLDERS and value and PLACEHOLDERS[name] not in value:
        raise ValueError(f"{name}: the link must contain {PLACEHOLDERS[name]}")
    if name == "sms_quiet_hours" and not _HOURS.match(value):
        raise ValueError(f"{name}: like 21:00-08:00, not {value!r}")
    if name == "printers" and value:
        from packstation.printing.targets import TargetError, parse_target

        for station, kinds in value.items():
            if not isinstance(kinds, dict):
                raise ValueError(
                    f'printers: {station!r} needs insert kinds and printers, like {{"return": "raw:HOST:9100"}}'
                )
            for kind, target in kinds.items():
                if kind not in ("note", "voucher", "return", "slip", "batch"):
                    raise ValueError(
                        f"printers: {station!r} has {kind!r}; the inserts are note, voucher, return, slip "
                        "(and batch for batch printing)"
                    )
                try:
                    parse_target(str(target))
                except TargetError as exc:
                    raise ValueError(f"printers: {station!r} {kind}: {exc}") from exc
    if name == "bench_completes_on" and value not in {signal.value for signal in CompletionSignal}:
        raise ValueError(f"{name}: {', '.join(signal.value for signal in CompletionSignal)}, not {value!r}")
    if name == "insert_page" and value not in ("a6", "a4", "letter", "label-4x6"):
        raise ValueError(f"insert_page: a6, a4, letter or label-4x6, not {value!r}")
    if name in ("smtp_url", "sms_webhook_url") and value:
        from packstation.core.secrets import refuse_secrets

        where = ("$PACKSTATION_SMTP_PASSWORD or the OS keyring" if name == "smtp_url"
                 else "$PACKSTATION_SMS_TOKEN or the OS keyring")  # fmt: skip
        refuse_secrets(name, value, where)
    if name == "sms_webhook_url" and value:
        from packstation.followups.sms import SmsError, webhook

        try:
            webhook(value)
        except SmsError as exc:
            raise ValueError(f"{name}: {exc}") from exc
    if name == "smtp_url" and value:
        from packstation.followups.dispatch import DispatchError, smtp_config

        try:
            smtp_config(value)
        except DispatchError as exc:
            raise ValueError(f"{name}: {exc}") from exc
    return value


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
    for name, value in changes.items():
        if name not in BRAND_FIELDS:
            raise ValueError(f"the brand has no {name!r}")
        if name == "name" and not (value or "").strip():
            raise ValueError("name: the shop needs a name")
        if name in ("primary_color", "accent_color") and not _COLOUR.match(value or ""):
            raise ValueError(f"{name}: a colour like #2F5D50, not {value!r}")
        if name == "support_email" and value and not _EMAIL.match(value):
            raise ValueError(f"support_email: {value!r} is not an e-mail address")
    brand = session.get(Brand, 1)
    if brand is None:
        brand = Brand(id=1, name=str(changes.get("name") or "Our shop"))
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
    if role is not Role.PACKER and (not pin or not pin.isdigit() or len(pin) < 4):
        raise ValueError("PIN: a manager or admin needs at least 4 digits")
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


def send_test_email(smtp_url: str, sender: str, to: str, password: str | None = None) -> str:
    """One short message through the SMTP server as the dispatcher would connect to it; the
    server's answer, or OSError/SMTPException saying what went wrong."""
    from packstation.followups.dispatch import _connect, smtp_config

    config = smtp_config(smtp_url)
    if password is not None:  # typed into the screen for this test only, never stored
        config = replace(config, password=password)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "packstation test message"
    message.set_content("This is a test from packstation's Settings screen: the follow-ups can be sent.")
    with _connect(config) as connection:
        refused = connection.send_message(message)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)
    return f"sent to {to} through {config.host}:{config.port}"


def send_test_text(webhook_url: str, to: str) -> str:
    """One short text through the SMS webhook as the dispatcher would send it; the outcome, or
    OSError saying why the webhook did not take it."""
    from packstation.followups.sms import send_sms, sms_payload, webhook

    hook = webhook(webhook_url)
    send_sms(
        hook, sms_payload(to, "packstation test text: the texts can be sent.", "packstation-test", "en", "")
    )
    return f"text sent to {to} through {hook.url}"
