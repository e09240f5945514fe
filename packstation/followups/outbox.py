"""The outbox as people handle it: find messages, cancel them, send a failed one again now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from packstation.storage.models import MessageStatus, Order, OutboxMessage

OPEN = (MessageStatus.QUEUED, MessageStatus.FAILED)


@dataclass(frozen=True)
class OutboxFilter:
    status: MessageStatus | None = None
    rule: str = ""
    order: str = ""  # part of the order number

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.status is not None:
            statement = statement.where(OutboxMessage.status == self.status)
        if self.rule:
            statement = statement.where(OutboxMessage.rule == self.rule)
        if self.order.strip():
            statement = statement.join(Order, Order.id == OutboxMessage.order_id).where(
                Order.number.contains(self.order.strip().lstrip("#"))
            )
        return statement


def find_messages(session: Session, wanted: OutboxFilter, limit: int = 500) -> list[OutboxMessage]:
    """Messages newest due first."""
    statement: Select[Any] = (
        wanted.apply(select(OutboxMessage)).order_by(OutboxMessage.scheduled_at.desc()).limit(limit)
    )
    return list(session.scalars(statement))


def cancel(session: Session, ids: Sequence[int]) -> int:
    """Cancel messages that have not gone out; returns how many were cancelled."""
    result = session.execute(
        update(OutboxMessage).where(OutboxMessage.id.in_(ids), OutboxMessage.status.in_(OPEN))
        .values(status=MessageStatus.CANCELLED, last_error="cancelled by hand")
    )  # fmt: skip
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def retry_now(session: Session, ids: Sequence[int], now: datetime | None = None) -> int:
    """Make waiting or failed messages due now, with one more attempt allowed for a failed one."""
    moment = now or datetime.now(UTC)
    count = 0
    for message in session.scalars(
        select(OutboxMessage).where(OutboxMessage.id.in_(ids), OutboxMessage.status.in_(OPEN))
    ):
        message.status, message.scheduled_at, message.claimed_until = MessageStatus.QUEUED, moment, None
        message.max_attempts = max(message.max_attempts, message.attempts + 1)
        if message.expires_at is not None and message.expires_at < moment:
            message.expires_at = moment.replace(hour=23, minute=59)
        count += 1
    return count
