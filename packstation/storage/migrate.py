"""Schema upgrades with Alembic, run on every start and by `packstation migrate`.

A station whose code is older than the database refuses to run: writing through a model that
lacks the newer columns would lose data silently.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_MIGRATION_LOCK = 7_461_001  # advisory lock key: one station migrates at a time


class SchemaTooNewError(RuntimeError):
    """The database was upgraded by a newer packstation than this one."""


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(connection: Connection) -> None:
    """Refuse a database whose revision this code does not know."""
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None or _known(ScriptDirectory.from_config(_config()), revision):
        return
    raise SchemaTooNewError(
        f"the database is at schema revision {revision}, which this packstation "
        f"(schema {head_revision()}) does not know: a newer packstation upgraded it. "
        "Install the same packstation version on this station, then start it again."
    )


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises ResolutionError (and others) for unknown ids
        return False


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; return (revision before, revision after)."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        check_not_newer(connection)
        before = MigrationContext.configure(connection).get_current_revision()
        if before == head_revision():  # the usual start: nothing to do, and Alembic's run is not cheap
            return before, before
        command.upgrade(_config(connection), "head")
        after = MigrationContext.configure(connection).get_current_revision()
    assert after is not None
    return before, after
