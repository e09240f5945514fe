"""A real shop's first day: what the inserts and messages need that only the shop can say — its
name, its return address, its support contact, the links on a voucher and a return label — what
is still missing, and setting it all up in one go, for the window's first-run wizard and
`packstation setup` alike.

Nothing here falls back on another shop: an insert that needs something the shop has not set is
refused, naming what to set and where (`require_ready`), never printed with a stranger's address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.security import MIN_PIN, hash_pin
from packstation.core.settings import ShopSettings, load_settings
from packstation.core.staff import audit
from packstation.core.wording import INSERT_NAMES, Words, joined, tr
from packstation.storage.models import Brand, Packer, Role
from packstation.vocabulary import INSERT_KINDS, InsertKind

# the colours of a shop that has not chosen its own: a quiet ink green and a warm ochre
PLAIN_PRIMARY, PLAIN_ACCENT = "#2F5D50", "#E9B44C"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class NotSetUp(ValueError):
    """Something an insert or a message needs is not set; the message says what and where, and
    `needs` holds each thing apart (the command line lists them a line each)."""

    def __init__(self, message: Words, needs: Sequence[Need] = ()) -> None:
        super().__init__(message)
        self.needs = tuple(needs)


@dataclass(frozen=True)
class Need:
    """One thing only the shop can say, where it is set, and what needs it (the words in the
    staff's language on a translated screen, in English on the command line)."""

    key: str
    what: Words
    window: Words  # where in the window it is set
    flags: str  # how `packstation setup` sets it
    kinds: tuple[str, ...] = ()  # the inserts that cannot be printed without it
    messages: tuple[Words, ...] = ()  # the follow-ups that cannot be sent without it

    def sentence(self) -> Words:
        #: {what} is what is missing ("the shop's name"), {window} where it is set, {flags} the command's options
        return tr("{what} is not set — {window}, or `packstation setup {flags}`",
                  what=self.what, window=self.window, flags=self.flags)  # fmt: skip

    def needed_by(self) -> Words:
        """The inserts and follow-ups that wait for it: "thank-you note, every message"."""
        return joined([*(INSERT_NAMES[kind] for kind in self.kinds), *self.messages], tr(", "))


_BRAND, _VOUCHERS, _SENDING = (
    tr("Settings › Shop & brand"),
    tr("Settings › Vouchers & returns"),
    tr("Settings › Sending"),
)
_EVERY = tr("every message")
NEEDS = (
    Need("name", tr("the shop's name"), _BRAND, "--shop-name NAME", INSERT_KINDS, (_EVERY,)),
    Need("support_email", tr("the support e-mail"), _BRAND, "--support-email ADDRESS", (InsertKind.NOTE,), (_EVERY,)),
    Need("return_address", tr("the return address"), _BRAND,
         "--return-name … --return-street … --return-postcode … --return-city … --return-country …",
         (InsertKind.RETURN,)),
    Need("voucher_redeem_url", tr("the link where a voucher is redeemed"), _VOUCHERS,
         "--voucher-url 'https://…/discount/{code}' (or --website on Shopify)", (InsertKind.VOUCHER,)),
    Need("return_portal_url", tr("the link of the returns page"), _VOUCHERS,
         "--returns-url 'https://…?rma={rma}'", (InsertKind.RETURN,)),
    Need("review_url", tr("the link where a customer writes a review"), _SENDING,
         "--review-url 'https://…?order={order}'", (), (tr("review request"),)),
    Need("unsubscribe_url", tr("the unsubscribe link"), _SENDING,
         "--unsubscribe-url 'https://…?t={token}'", (), (tr("every marketing message"),)),
    Need("referral_url", tr("the referral link"), _SENDING,
         "--referral-url 'https://…/r/{token}'", (), (tr("loyalty invitation"),)),
)  # fmt: skip
BRAND_KEYS = {"name", "support_email", "return_address"}


def shop_brand(session: Session) -> Brand:
    """The shop's brand as it set it, or — for a shop that has set nothing yet — an empty one in
    plain colours (the one fallback: no name, no address, nothing of another shop)."""
    brand = session.get(Brand, 1)
    if brand is None:
        return Brand(id=1, name="", voice="warm", primary_color=PLAIN_PRIMARY, accent_color=PLAIN_ACCENT)
    return brand


def colour_or_plain(value: str | None, plain: str) -> str:
    """A colour the inserts can draw: the shop's when it is one (#RRGGBB), else the plain one."""
    return value if value and _COLOUR.match(value) else plain


def _value(need: Need, brand: Brand, settings: ShopSettings) -> str:
    if need.key in BRAND_KEYS:
        return str(getattr(brand, need.key) or "").strip()
    return str(getattr(settings, need.key) or "").strip()


def missing(brand: Brand, settings: ShopSettings, kinds: Sequence[str] = INSERT_KINDS,
            messages: bool = False) -> list[Need]:  # fmt: skip
    """What `kinds` (and, with `messages`, the follow-ups) need that the shop has not set."""
    wanted = set(kinds)
    return [
        need
        for need in NEEDS
        if (wanted & set(need.kinds) or (messages and need.messages)) and not _value(need, brand, settings)
    ]


def refusal(needs: Sequence[Need]) -> Words:
    return joined([need.sentence() for need in needs], tr("; "))


def require_ready(session: Session, kinds: Sequence[str], settings: ShopSettings | None = None) -> None:
    """NotSetUp naming everything `kinds` need that the shop has not set; nothing is issued or
    drawn before this passes. (`settings`: the caller's, when it has loaded them already.)"""
    needs = missing(shop_brand(session), settings or load_settings(session), kinds)
    if needs:
        raise NotSetUp(refusal(needs), needs)


# -- setting up ------------------------------------------------------------------------------


@dataclass
class ReturnAddress:
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""

    def given(self) -> bool:
        return any((self.name, self.street, self.postcode, self.city, self.country))

    def problems(self) -> list[str]:
        wanted = {"name": self.name, "street": self.street, "city": self.city, "country": self.country}
        return [f"the return address needs its {part}" for part, value in wanted.items() if not value.strip()]

    def text(self) -> str:
        """As a label prints it: name, street, postcode and city, country, one per line."""
        town = " ".join(part for part in (self.postcode.strip(), self.city.strip()) if part)
        return "\n".join(
            line for line in (self.name.strip(), self.street.strip(), town, self.country.strip()) if line
        )


#: links a shop platform gives every shop at a known place; the wizard and setup say so
PLATFORM_LINKS = {
    "shopify": {"voucher_redeem_url": "/discount/{code}"},  # applies the code and opens the shop
}


def derived_links(website: str, platform: str) -> dict[str, str]:
    """The links `platform` has at a known place on `website`; empty for a platform without."""
    base = website.strip().rstrip("/")
    if not base:
        return {}
    return {key: base + tail for key, tail in PLATFORM_LINKS.get(platform, {}).items()}


@dataclass
class Answers:
    """What a shop says on its first day; an empty answer changes nothing."""

    shop_name: str = ""
    website: str = ""
    platform: str = ""  # shopify, or "" for none known
    support_email: str = ""
    support_phone: str = ""
    primary_color: str = ""
    accent_color: str = ""
    logo_path: str = ""
    return_address: ReturnAddress = field(default_factory=ReturnAddress)
    links: dict[str, str] = field(default_factory=dict)  # setting -> link

    def brand_changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for key, value in (("name", self.shop_name), ("website", self.website),
                           ("support_email", self.support_email), ("support_phone", self.support_phone),
                           ("primary_color", self.primary_color), ("accent_color", self.accent_color),
                           ("logo_path", self.logo_path)):  # fmt: skip
            if value.strip():
                changes[key] = value.strip()
        if self.return_address.given():
            problems = self.return_address.problems()
            if problems:
                raise ValueError("; ".join(problems))
            changes["return_address"] = self.return_address.text()
        return changes

    def setting_changes(self) -> dict[str, str]:
        links = derived_links(self.website, self.platform) if self.platform else {}
        links.update({key: value.strip() for key, value in self.links.items() if value.strip()})
        return links


def has_managers(session: Session) -> bool:
    return (
        session.scalar(
            select(Packer.id).where(Packer.active, Packer.role.in_((Role.MANAGER, Role.ADMIN))).limit(1)
        )
        is not None
    )


def first_admin(session: Session, name: str, badge: str, pin: str) -> Packer:
    """The shop's first admin, who sets up the rest; only while the shop has no manager at all
    (after that, an admin adds people in Settings › Staff)."""
    if has_managers(session):
        raise PermissionError("this shop has its managers already: a manager or admin signs in instead")
    if not name.strip():
        raise ValueError("the first admin needs a name (--admin-name)")
    if not re.fullmatch(r"[A-Za-z0-9-]{3,32}", badge or ""):
        raise ValueError(f"badge: 3 to 32 letters, digits or dashes, not {badge!r} (--admin-badge)")
    if not (pin.isdigit() and len(pin) >= MIN_PIN):
        raise ValueError(f"the admin's PIN must be at least {MIN_PIN} digits")
    if session.scalar(select(Packer.id).where(Packer.badge == badge)) is not None:
        raise ValueError(f"badge {badge!r} is someone else's already")
    person = Packer(name=name.strip(), badge=badge, role=Role.ADMIN, pin_hash=hash_pin(pin), active=True,
                    created_at=datetime.now(UTC))  # fmt: skip
    session.add(person)
    session.flush()
    audit(session, person, "first admin", person.name)
    return person


def set_up(session: Session, actor: Packer, answers: Answers, station: str = "") -> list[str]:
    """Store the answers through the same checks and audit as the Settings screen; returns what
    changed. All or nothing: a bad answer leaves everything as it was (the caller's transaction)."""
    from packstation.core.admin import change_brand, change_settings  # the checks live there

    changed = change_brand(session, actor, answers.brand_changes(), station)
    changed += change_settings(session, actor, answers.setting_changes(), station)
    return changed


def still_missing(session: Session) -> list[Need]:
    """Everything the inserts and the follow-ups need that the shop has not set."""
    return missing(shop_brand(session), load_settings(session), INSERT_KINDS, messages=True)
