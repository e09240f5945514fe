"""The store: schema from migrations only, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.schema import CreateIndex

from packstation.bootstrap import App, bootstrap
from packstation.storage.migrate import SchemaTooNewError, head_revision
from packstation.storage.models import PARTIAL_INDEXES, Base, Customer, Order, OrderStatus, PackSession


def test_migrations_build_exactly_the_model(app: App) -> None:
    with app.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_partial_indexes_are_partial_in_the_model_as_in_the_database(app: App) -> None:
    """At most one open pack session per order: the model's index says so for the database in
    use, as the migrations made it."""
    for index in PackSession.__table__.indexes:
        if index.name not in PARTIAL_INDEXES:
            continue
        ddl = str(CreateIndex(index).compile(dialect=app.engine.dialect))
        assert ddl.endswith(f"WHERE {PARTIAL_INDEXES[str(index.name)]}")
        with app.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :name")
                if app.engine.dialect.name == "sqlite"
                else text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
                {"name": index.name},
            ).scalar_one()
        assert " WHERE " in stored.upper()


def test_a_station_on_sqlite_never_loads_postgresqls_code(tmp_path: Path) -> None:
    """Loading PostgreSQL's dialect took 40 ms of every command's start on the embedded default."""
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    bootstrap(url).close()  # made and migrated: what a station opens every day
    script = f"""
import sys
from packstation.cli.main import main
main(["--db", {url!r}, "orders", "--json"])
print("sqlalchemy.dialects.postgresql" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_fresh_database_is_at_the_newest_schema(app: App) -> None:
    with app.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_an_order_number_is_stored_once(app: App) -> None:
    now = datetime.now(UTC)
    with app.sessions.begin() as session:
        customer = Customer(full_name="Tereza Růžičková", first_name="Tereza", language="cs", created_at=now)
        session.add(customer)
        session.flush()
        session.add(Order(number="#1001", channel="test", created_at=now, imported_at=now,
                          status=OrderStatus.READY, customer_id=customer.id))  # fmt: skip
    with pytest.raises(IntegrityError), app.sessions.begin() as session:
        session.add(Order(number="#1001", channel="test", created_at=now, imported_at=now,
                          status=OrderStatus.READY, customer_id=customer.id))  # fmt: skip
    with app.sessions() as session:
        assert session.query(Order).count() == 1


def test_unicode_survives_the_round_trip(app: App) -> None:
    names = ["Ștefan Țurcanu", "Євгенія Ґедз", "Vojtěch Řezníček", "عبد الرحمن السديري"]
    now = datetime.now(UTC)
    with app.sessions.begin() as session:
        for name in names:
            session.add(Customer(full_name=name, first_name=name.split()[0], language="en", created_at=now))
    with app.sessions() as session:
        assert sorted(c.full_name for c in session.query(Customer)) == sorted(names)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    app = bootstrap(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with app.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    app.close()


def test_a_station_older_than_the_database_refuses_to_run(db_url: str) -> None:
    app = bootstrap(db_url)
    with app.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    app.close()
    with pytest.raises(SchemaTooNewError, match="newer packstation"):
        bootstrap(db_url)


def test_the_newest_schema_is_told_from_the_files_as_alembic_tells_it() -> None:
    from alembic.script import ScriptDirectory

    from packstation.storage.migrate import _config, known_revisions

    script = ScriptDirectory.from_config(_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {revision.revision for revision in script.walk_revisions()}
