"""The one place that wires packstation: database engine, sessions, schema upgrade.

Nothing connects to a database or reads settings at import time; the CLI, the UI and the tests
all call `bootstrap()` and hand the resulting `App` down.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.config import resolve_db_url
from packstation.core.setting_declaration import add_check
from packstation.core.shop_files import add_text_check
from packstation.storage.database import make_engine, make_session_factory
from packstation.storage.migrate import upgrade


@dataclass
class App:
    db_url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(db_url: str | None = None, *, migrate: bool = True) -> App:
    """Build the App for `db_url` (or PACKSTATION_DB, or the embedded default).

    With `migrate` the schema is brought up to date first; a database newer than this code
    raises SchemaTooNewError instead.
    """
    add_adapter_checks()
    url = resolve_db_url(db_url)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return App(db_url=url, engine=engine, sessions=make_session_factory(engine))


def add_adapter_checks() -> None:
    """A setting an adapter reads is checked by that adapter's own parser before it is stored;
    the core declares the setting, and the adapter's check is added to it here (each adapter is
    imported only when such a setting is checked)."""
    add_check("printers", _printer_targets)
    add_check("smtp_url", _smtp_link)
    add_check("sms_webhook_url", _sms_link)
    add_text_check(_insert_text)
    add_text_check(_playbook, playbook=True)


def _insert_text(session: Session, path: str, kind: str, language: str, body: str) -> list[str]:
    from packstation.inserts.text_check import insert_text_problems

    return insert_text_problems(session, path, kind, language, body)


def _playbook(session: Session, path: str, kind: str, language: str, body: str) -> list[str]:
    from packstation.followups.messages import PlaybookError, parse_playbook

    try:
        parse_playbook(body, f"Settings › {path}")
    except PlaybookError as exc:
        return [str(exc)]
    return []


def _printer_targets(name: str, value: dict[str, Any]) -> None:
    from packstation.printing.targets import TargetError, parse_target

    for station, kinds in value.items():
        for kind, target in kinds.items():
            try:
                parse_target(str(target))
            except TargetError as exc:
                raise ValueError(f"{name}: {station!r} {kind}: {exc}") from exc


def _smtp_link(name: str, value: str) -> None:
    from packstation.followups.dispatch import DispatchError, smtp_config

    try:
        smtp_config(value)
    except DispatchError as exc:
        raise ValueError(f"{name}: {exc}") from exc


def _sms_link(name: str, value: str) -> None:
    from packstation.followups.sms import SmsError, webhook

    try:
        webhook(value)
    except SmsError as exc:
        raise ValueError(f"{name}: {exc}") from exc
