"""Fixtures shared by every tier: the database each storage test runs on (SQLite and the
real PostgreSQL server), and an App wired by bootstrap() exactly as the program wires it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from tests.support import folders

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own packstation folders, as they were before the first test; then every folder
# (data: the default database, printed inserts, the spool; config; cache: compiled texts) is
# one of the test run's own, for this process and every process a test starts.
REAL_FOLDERS = folders.real_folders()
REAL_BEFORE = folders.snapshot(REAL_FOLDERS)
TEST_HOME = folders.use_own_folders()

import pytest  # noqa: E402 (after the folders are set)
from hypothesis import settings  # noqa: E402 (after the folders are set)
from pytest_postgresql.janitor import DatabaseJanitor  # noqa: E402 (after the folders are set)

from packstation.bootstrap import App, bootstrap  # noqa: E402 (after the folders are set)
from tests.support.postgres import PostgresServer, PostgresUnavailable, copy_database  # noqa: E402 (after the folders are set)

DATA = Path(__file__).parent / "data"

# The property tests try the same inputs on every run, so a clean clone is green or red for
# what it holds, not for the inputs it happened to draw; "explore" draws new ones each run
# (HYPOTHESIS_PROFILE=explore ./dev test tests/integration/test_fuzz.py), and what it finds is
# pinned with @example beside the test.
settings.register_profile("suite", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(TEST_HOME, ignore_errors=True)
    touched = folders.changes(REAL_BEFORE, folders.snapshot(REAL_FOLDERS))
    if touched:  # the suite fails: a test wrote into the user's own folders
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print("\nThe tests changed the user's own packstation folders:\n  " + "\n  ".join(touched))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test on PostgreSQL: {exc}")
        pytest.skip(f"PostgreSQL not available here: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    janitor = DatabaseJanitor(
        user=pg_server.user, host=pg_server.host, port=pg_server.port, dbname=name, password=None
    )
    janitor.init()
    yield pg_server.url(name)
    janitor.drop()


@pytest.fixture(scope="session")
def pg_migrated(pg_server: PostgresServer) -> Iterator[str]:
    """The name of a PostgreSQL database the migrations brought to the newest schema, once per
    test process: each test's App starts from a copy (CREATE DATABASE … TEMPLATE) instead of
    running every migration again."""
    name = f"migrated_{uuid.uuid4().hex[:12]}"
    janitor = DatabaseJanitor(
        user=pg_server.user, host=pg_server.host, port=pg_server.port, dbname=name, password=None
    )
    janitor.init()
    bootstrap(pg_server.url(name)).close()
    yield name
    janitor.drop()


@pytest.fixture(scope="session")
def sqlite_migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same for SQLite: a database file the migrations made, copied for each test's App."""
    path = tmp_path_factory.mktemp("migrated") / "packstation.sqlite3"
    bootstrap(f"sqlite:///{path}").close()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'packstation.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def app(request: pytest.FixtureRequest, db_url: str) -> Iterator[App]:
    """The App on each database, its schema copied from the migrated one of the test process
    (bootstrap() still runs the migrations' check, finding nothing to do)."""
    if db_url.startswith("sqlite:///"):
        shutil.copyfile(request.getfixturevalue("sqlite_migrated"), db_url.removeprefix("sqlite:///"))
    else:  # the test's empty database made again, under its name, from the migrated one
        copy_database(db_url, request.getfixturevalue("pg_migrated"))
    wired = bootstrap(db_url)
    yield wired
    wired.close()


@pytest.fixture
def sqlite_app(tmp_path: Path, sqlite_migrated: Path) -> Iterator[App]:
    path = tmp_path / "packstation.sqlite3"
    shutil.copyfile(sqlite_migrated, path)
    wired = bootstrap(f"sqlite:///{path}")
    yield wired
    wired.close()


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test's own, to be stopped and started under a station."""
    try:
        server = PostgresServer.start(durable=True)
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()
