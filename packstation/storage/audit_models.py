"""The audit log: what managers and admins did, and who did it — settings changed, inserts
reprinted, sessions taken over, short ships approved, personal data purged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.storage.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("packer.id"))
    actor: Mapped[str] = mapped_column(String(120))  # the name then, kept if the person leaves
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200), default="")
    station: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_audit_entry_at", "at"),)


class PinGuard(Base):
    """Wrong PINs in a row, per badge ("badge:M-2001") and per station ("station:Bench 1"), and
    until when the next try must wait; `locked` until a manager or admin unlocks the badge."""

    __tablename__ = "pin_guard"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    wait_until: Mapped[datetime | None]
    locked: Mapped[bool] = mapped_column(default=False)
