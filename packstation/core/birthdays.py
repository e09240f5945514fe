"""Customers' birthdays, for the playbook's birthday offer: where the shop knows the day.

Written as YYYY-MM-DD, or --MM-DD (ISO 8601's day without a year) or MM-DD when the year is
not known: then it is stored in 1904, a leap year, so 29 February can be kept (and is sent on
the 28th in other years, followups/occasions.py)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.storage.models import Customer

UNKNOWN_YEAR = 1904
EARLIEST_YEAR = 1900
_WRITTEN = re.compile(r"(?:(\d{4})-|--)?(\d{2})-(\d{2})")
SAYS = "YYYY-MM-DD, or --MM-DD without the year"


def parse_birthday(text: str) -> date:
    """The birthday `text` says; ValueError saying, for a person, what is wrong with it."""
    raw = text.strip()
    match = _WRITTEN.fullmatch(raw)
    if match is None:
        raise ValueError(f"{raw!r} is not a birthday ({SAYS})")
    year = int(match.group(1)) if match.group(1) else UNKNOWN_YEAR
    if year < EARLIEST_YEAR:
        raise ValueError(f"{raw!r}: a birthday before {EARLIEST_YEAR}? ({SAYS})")
    try:
        return date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ValueError(f"{raw!r} is not a real day ({SAYS})") from None


def shown(birthday: date | None) -> str:
    """A stored birthday as the shop wrote it: --MM-DD when the year is not known."""
    if birthday is None:
        return "not known"
    return birthday.strftime("--%m-%d") if birthday.year == UNKNOWN_YEAR else birthday.isoformat()


def find_customer(session: Session, email: str) -> Customer:
    """The customer with `email` (in any case); LookupError when there is none."""
    customer = session.scalars(
        select(Customer).where(func.lower(Customer.email) == email.strip().lower())
    ).one_or_none()
    if customer is None:
        raise LookupError(f"{email!r}: no customer has this e-mail address")
    return customer


def set_birthday(session: Session, email: str, birthday: date | None) -> Customer:
    """Store (or with None forget) the birthday of the customer with `email`; LookupError when
    no customer has it."""
    customer = find_customer(session, email)
    customer.birthday = birthday
    return customer
