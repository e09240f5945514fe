"""The shop's own copies of the files under print_templates/ (an insert's texts, the follow-up
playbook), kept in the database so that every station of a warehouse prints and sends the same
words the manager last saved in Settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.storage.base import Base


class ShopFile(Base):
    __tablename__ = "shop_file"

    path: Mapped[str] = mapped_column(String(200), primary_key=True)  # e.g. texts/cs/note.j2
    body: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(120))  # the manager's name then
