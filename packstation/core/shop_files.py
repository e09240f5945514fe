"""The shop's own insert texts and follow-up playbook, saved from the Settings screen.

They are stored in the database (table shop_file) so that every station of the warehouse prints
and sends what the manager last saved; the files under print_templates/ stay the shipped
defaults to go back to. Nothing is stored before it is checked: an insert text must render for
every kind of parcel (first order, returning customer, gift, no packaging logged) in its
language, within the render budget every print keeps to (core/render_budget.py: a text
that takes more than half a second or grows past what a note needs is refused, saying why),
and a playbook must read as one. Each save and each return to the shipped text is
written to the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.staff import audit, require
from packstation.paths import ROOT
from packstation.storage.models import Packer, Role, ShopFile
from packstation.vocabulary import INSERT_KINDS

PLAYBOOK = "followups/playbook.toml"
_INSERT_TEXT = re.compile(rf"^texts/([a-z]{{2}})/({'|'.join(INSERT_KINDS)})\.j2$")
MAX_BODY = 64 * 1024  # a text a person typed; far above any insert's
# (session, path, insert kind, language, body) -> the problems found; kind and language are
# empty for the playbook
TextCheck = Callable[[Session, str, str, str, str], list[str]]
_CHECKS: dict[str, TextCheck] = {}


class ShopFileError(ValueError):
    """A text that cannot be saved; the message says where and why."""


def insert_text_path(kind: str, language: str) -> str:
    return f"texts/{language}/{kind}.j2"


def is_editable(path: str) -> bool:
    match = _INSERT_TEXT.match(path)
    return path == PLAYBOOK or (match is not None and match.group(1) in SHIPPED_LANGUAGES)


def saved_files(session: Session, prefix: str = "") -> dict[str, str]:
    """The texts saved in Settings, by path (texts/cs/note.j2), those under `prefix` only."""
    rows = session.execute(select(ShopFile.path, ShopFile.body).where(ShopFile.path.startswith(prefix)))
    return {path: body for path, body in rows}


def shipped_file(path: str) -> str:
    if not is_editable(path):
        raise ShopFileError(f"{path} is not a text that can be edited in Settings")
    return (ROOT / "print_templates" / path).read_text(encoding="utf-8")


def current_file(session: Session, path: str) -> tuple[str, bool]:
    """The text in use — the shop's saved one, or the shipped default — and whether it is the
    shop's own."""
    saved = session.get(ShopFile, path)
    return (saved.body, True) if saved is not None else (shipped_file(path), False)


def add_text_check(check: TextCheck, *, playbook: bool = False) -> None:
    """How an insert text (or, with `playbook`, the follow-up playbook) is checked before it is
    saved: by the adapter or service that reads it, added when the app is wired (bootstrap.py)."""
    _CHECKS["playbook" if playbook else "insert"] = check


def problems_with(session: Session, path: str, body: str) -> list[str]:
    """What is wrong with `body` as the text at `path`; empty when it can be saved."""
    if not is_editable(path):
        return [f"{path} is not a text that can be edited in Settings"]
    if len(body) > MAX_BODY:
        return [f"{path}: {len(body):,} characters is more than an insert text can hold ({MAX_BODY:,})"]
    if "\x00" in body:
        return [f"{path}: the text holds a NUL character"]
    match = _INSERT_TEXT.match(path)
    language, kind = match.groups() if match else ("", "")
    check = _CHECKS.get("playbook" if path == PLAYBOOK else "insert")
    if check is None:  # never saved unchecked
        return [f"{path}: no check for this text is wired in (bootstrap.add_adapter_checks)"]
    return check(session, path, kind, language, body)


def save_file(session: Session, actor: Packer, path: str, body: str, station: str = "") -> bool:
    """Store the shop's text at `path` (checked first); returns whether it changed."""
    require(actor, Role.MANAGER, "change the insert texts and follow-ups")
    problems = problems_with(session, path, body)
    if problems:
        raise ShopFileError("; ".join(problems))
    current, _ = current_file(session, path)
    if body == current:
        return False
    row = session.get(ShopFile, path)
    if row is None:
        row = ShopFile(path=path, body=body, changed_at=datetime.now(UTC), changed_by=actor.name)
        session.add(row)
    row.body, row.changed_at, row.changed_by = body, datetime.now(UTC), actor.name
    audit(session, actor, "text changed", path, station, characters=len(body), was=len(current))
    return True


def restore_shipped(session: Session, actor: Packer, path: str, station: str = "") -> bool:
    """Go back to the shipped text at `path`; returns whether the shop had its own."""
    require(actor, Role.MANAGER, "change the insert texts and follow-ups")
    row = session.get(ShopFile, path)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    audit(session, actor, "text restored to the shipped one", path, station)
    return True
