"""The one place that wires packstation: database engine, sessions, schema upgrade.

Nothing connects to a database or reads settings at import time; the CLI, the UI and the tests
all call `bootstrap()` and hand the resulting `App` down.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.config import resolve_db_url
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
    url = resolve_db_url(db_url)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return App(db_url=url, engine=engine, sessions=make_session_factory(engine))
