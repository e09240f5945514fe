"""The links in a customer's messages — unsubscribe and referral — carry the customer's random
token (`Customer.link_token`, 144 bits from `secrets`), never the sequential id: a link cannot
be guessed from another, nor counted through. The shop's site hands the token back (its
unsubscribe page or web hook, its referral page), and these functions turn it into the
customer, or refuse it: an old numeric link, an unknown token or anything else of another shape
is "no customer has this link" and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.core.orders import cancel_pending_marketing
from packstation.storage.models import AuditEntry, Customer, Order

PLACEHOLDER, OLD_PLACEHOLDER = "{token}", "{customer}"
#: a link token as new_link_token() makes them: URL-safe base64, at least 22 characters (128 bits)
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{22,32}")


class NoSuchLink(LookupError):
    """The token is no customer's: mistyped, made up, an old numeric link or another shape."""


def customer_link(template: str, token: str) -> str:
    """The shop's link template (with {token}) for one customer; empty while the shop has none."""
    return template.replace(PLACEHOLDER, token) if template else ""


def refuse_old_placeholder(name: str, value: str) -> None:
    """A setting's check: the link holds the token, not the customer's number any more."""
    if OLD_PLACEHOLDER in value:
        raise ValueError(
            f"{name}: {OLD_PLACEHOLDER} (the customer's number) is no longer filled in, as anyone could "
            f"count through such links; write {PLACEHOLDER} instead, the customer's random link token"
        )


def customer_for_link(session: Session, token: str) -> Customer:
    """The customer whose link carries `token` (what a referral or unsubscribe page received);
    NoSuchLink otherwise."""
    given = token.strip()
    customer = None
    if TOKEN_SHAPE.fullmatch(given):
        customer = session.scalars(select(Customer).where(Customer.link_token == given)).one_or_none()
    if customer is None:
        shown = given if len(given) <= 40 else given[:40] + "…"
        raise NoSuchLink(f"{shown!r}: no customer has this link")
    return customer


@dataclass(frozen=True)
class Unsubscribed:
    customer_id: int
    email: str
    already: bool  # had no consent before: nothing changed but queued marketing cancelled


UNSUBSCRIBED = "customer unsubscribed"  # the audit log's action: when, and whose link


def unsubscribe(session: Session, token: str, now: datetime | None = None) -> Unsubscribed:
    """The customer behind the link withdraws their marketing consent, and every marketing
    message queued for them is cancelled (in the caller's transaction); NoSuchLink otherwise.
    The audit log keeps when, so a later import of an older "accepts marketing" cannot give
    the consent back (see `unsubscribed_since`)."""
    customer = customer_for_link(session, token)
    already = not customer.marketing_consent
    customer.marketing_consent = False
    orders = list(session.scalars(select(Order.id).where(Order.customer_id == customer.id)))
    cancel_pending_marketing(session, orders, "the customer unsubscribed")
    session.add(AuditEntry(at=now or datetime.now(UTC), actor="the customer (unsubscribe link)", role="customer",
                           action=UNSUBSCRIBED, subject=f"customer:{customer.id}", detail={}))  # fmt: skip
    return Unsubscribed(customer.id, customer.email or "", already)


def unsubscribed_since(session: Session, customer_ids: Sequence[int]) -> dict[int, datetime]:
    """When each of these customers last unsubscribed through their link, for those who did."""
    subjects = {f"customer:{cid}": cid for cid in customer_ids}
    found: dict[int, datetime] = {}
    for start in range(0, len(subjects), 500):
        chunk = list(subjects)[start : start + 500]
        for subject, at in session.execute(
            select(AuditEntry.subject, func.max(AuditEntry.at))
            .where(AuditEntry.action == UNSUBSCRIBED, AuditEntry.subject.in_(chunk))
            .group_by(AuditEntry.subject)
        ):
            found[subjects[subject]] = at
    return found
