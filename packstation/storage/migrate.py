"""Schema upgrades with Alembic, run on every start and by `packstation migrate`.

A station whose code is older than the database refuses to run: writing through a model that
lacks the newer columns would lose data silently.

The usual start finds the database at the newest schema; that is told from the revision files'
own `revision = "…"` lines and the `alembic_version` table, without loading Alembic (a fifth of
a second of every command's start). Alembic runs only when there is something to upgrade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_MIGRATION_LOCK = 7_461_001  # advisory lock key: one station migrates at a time
_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*(?:"([^"]*)"|None)', re.MULTILINE)


class SchemaTooNewError(RuntimeError):
    """The database was upgraded by a newer packstation than this one."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def known_revisions() -> frozenset[str]:
    return frozenset(_revisions())


def _revisions() -> dict[str, str | None]:
    """Each revision file's revision and the one it follows."""
    found: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        fields = {name: value or None for name, value in _REVISION.findall(path.read_text(encoding="utf-8"))}
        if fields.get("revision"):
            found[str(fields["revision"])] = fields.get("down_revision")
    return found


@cache
def head_revision() -> str:
    revisions = _revisions()
    followed = set(revisions.values())
    heads = [revision for revision in revisions if revision not in followed]
    assert len(heads) == 1, f"the migrations must form one line, found heads {heads}"
    return heads[0]


def _stored_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _stored_revision(connection)


def check_not_newer(connection: Connection) -> None:
    """Refuse a database whose revision this code does not know."""
    revision = _stored_revision(connection)
    if revision is None or revision in known_revisions():
        return
    raise SchemaTooNewError(
        f"the database is at schema revision {revision}, which this packstation "
        f"(schema {head_revision()}) does not know: a newer packstation upgraded it. "
        "Install the same packstation version on this station, then start it again."
    )


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """A connection for changing the schema, in one transaction. SQLite alters a table by
    building it anew and dropping the old one, which other tables' rows still point at: as
    SQLite's manual says to, foreign keys are off meanwhile (only outside a transaction can
    they be switched) and every reference is checked before the commit."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # SQLAlchemy's own begin; SQLite had none open
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the schema change leaves rows pointing nowhere: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to the newest revision; return (revision before, revision after)."""
    with schema_change(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        check_not_newer(connection)
        before = _stored_revision(connection)
        if before == head_revision():  # the usual start: nothing to do
            return before, before
        from alembic import command

        command.upgrade(_config(connection), "head")
        after = _stored_revision(connection)
    assert after is not None
    return before, after
