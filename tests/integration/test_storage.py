"""The store: schema from migrations only, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from packstation.bootstrap import App, bootstrap
from packstation.storage.migrate import SchemaTooNewError, head_revision
from packstation.storage.models import Base, Customer, Order, OrderStatus


def test_migrations_build_exactly_the_model(app: App) -> None:
    with app.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


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
