"""Engines and sessions for the embedded SQLite default and a shared PostgreSQL server."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.models import partial_indexes_for

#: what a lost database connection raises (a restarted or unreachable server, a locked SQLite
#: file past its busy timeout): the work can be tried again once the database is back
DATABASE_DOWN = (OperationalError, InterfaceError)


class DatabaseUrlError(ValueError):
    """The database URL given with --db or PACKSTATION_DB cannot be used."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`: SQLite gets WAL and foreign keys, PostgreSQL uses psycopg 3."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse text
        raise DatabaseUrlError(f"not a database URL: {url!r} ({exc})") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() in ("sqlite", "postgresql"):
        partial_indexes_for(parsed.get_backend_name())
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        # a server that went away is noticed at once: a dead pooled connection is replaced
        # (pre-ping) and a station never hangs on an unreachable host for more than 5 s
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise DatabaseUrlError(
        f"unsupported database {parsed.get_backend_name()!r} in {url!r}: use sqlite:///FILE or postgresql://..."
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
