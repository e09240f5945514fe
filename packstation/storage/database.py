"""Engines and sessions for the embedded SQLite default and a shared PostgreSQL server."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.models import partial_indexes_for

#: what a lost database connection raises (a restarted or unreachable server, a locked SQLite
#: file past its busy timeout): the work can be tried again once the database is back
DATABASE_DOWN = (OperationalError, InterfaceError)


@dataclass(frozen=True)
class Trouble:
    """What a database error means for the person at the station: `reason` names it in their
    words; `lasting` is true when waiting cannot help (a read-only file, a missing folder: someone
    has to act) and false when it can (a locked file, a restarting server)."""

    reason: str
    lasting: bool


#: SQLite's own words, as its C library writes them, and what they mean at a station
_SQLITE_TROUBLES = (
    ("database is locked", "the database file is locked by another program (a long import, a backup, "
     "another station writing) and stayed locked past the 10 s wait", False),
    ("database table is locked", "a table of the database file is locked by another program", False),
    ("readonly database", "the database file is read-only (its permissions, a read-only disk or share): "
     "packstation cannot store anything in it", True),
    ("unable to open database file", "the database file cannot be opened (its folder is missing or not "
     "writable)", True),
    ("disk i/o error", "the disk holding the database file failed to read or write", True),
    ("database or disk is full", "the disk holding the database file is full", True),
)  # fmt: skip


def diagnose(exc: BaseException) -> Trouble:
    """Name what went wrong with the database, from the driver's own message."""
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    lowered = text.lower()
    for words, reason, lasting in _SQLITE_TROUBLES:
        if words in lowered:
            return Trouble(reason, lasting)
    if "connection refused" in lowered or "could not connect" in lowered or "server closed" in lowered:
        return Trouble(f"the database server is not answering ({text})", False)
    if "terminating connection" in lowered or "shutting down" in lowered or "starting up" in lowered:
        return Trouble(f"the database server is restarting ({text})", False)
    if "password authentication failed" in lowered or "permission denied" in lowered:
        return Trouble(f"the database refused this station ({text})", True)
    return Trouble(f"the database cannot be reached ({text})", False)


def shown_url(url: str) -> str:
    """The database as it may be shown: the file of a SQLite database, a server's URL without
    its password."""
    try:
        parsed = make_url(url)
    except Exception:  # an unparsable URL is reported elsewhere; show nothing of it
        return "the database given"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "an in-memory database"
    return parsed.render_as_string(hide_password=True)


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
        if "://" not in url and url.strip():  # a file's name: say how it is written as a URL
            path = os.path.abspath(os.path.expanduser(url.strip()))
            raise DatabaseUrlError(
                f"not a database URL: {url!r} — for a file, write sqlite:///{path}"
            ) from exc
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
