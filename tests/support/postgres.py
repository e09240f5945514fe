"""A real PostgreSQL server for the tests, started from Debian's server binaries.

initdb and postgres refuse to run as root, so when the suite runs as root (as CI does) the
server runs as the `postgres` system user, in a data folder that user owns.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.support.ports import free_port


class PostgresUnavailable(RuntimeError):
    pass


def copy_database(db_url: str, template: str) -> None:
    """Make `db_url`'s database again, under its name, as a copy of the database `template` on
    the same server (CREATE DATABASE … TEMPLATE): milliseconds, where migrating or filling it
    takes a second. Whatever was connected to it is cut off first."""
    from pytest_postgresql.janitor import DatabaseJanitor
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    same = {
        "user": url.username,
        "host": url.host,
        "port": url.port,
        "dbname": url.database,
        "password": None,
    }
    DatabaseJanitor(**same).drop()
    DatabaseJanitor(**same, template_dbname=template).init()


def find_bindir() -> Path:
    env = os.environ.get("PACKSTATION_PG_BINDIR")
    candidates = [env] if env else []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        candidates.append(out)
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise PostgresUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl): install Debian's 'postgresql' package"
    )


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None
    # off for speed in the suite; on where a test crashes the server and expects every
    # committed transaction back, as a production server keeps them
    durable: bool = False

    host = "127.0.0.1"
    user = "postgres"

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.run_as, "--", *args] if self.run_as else list(args)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    @classmethod
    def start(cls, durable: bool = False) -> PostgresServer:
        bindir = find_bindir()
        run_as = None
        datadir = Path(tempfile.mkdtemp(prefix="packstation-pg-"))
        if os.geteuid() == 0:
            run_as = "postgres"
            try:
                entry = pwd.getpwnam(run_as)
            except KeyError as exc:
                raise PostgresUnavailable("running as root and there is no 'postgres' user") from exc
            os.chown(datadir, entry.pw_uid, entry.pw_gid)
        server = cls(bindir, datadir, free_port(), run_as, durable)
        data = str(datadir / "data")
        server._run(str(bindir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        server.resume()
        return server

    def resume(self) -> None:
        """Start the server (again, after halt)."""
        speed = "" if self.durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options = (
            f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1 {speed}-c max_connections=100"
        )
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir / "data"), "-l",
                  str(self.datadir / "server.log"), "-o", options, "-w", "-t", "60", "start")  # fmt: skip

    def halt(self) -> None:
        """Stop the server at once, as a crash or a restart does, keeping its data."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir / "data"), "-m", "immediate", "-w",
                  "stop")  # fmt: skip

    def _run(self, *args: str) -> None:
        result = subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = self.datadir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed: {result.stderr.strip()}\n{tail}")

    def stop(self) -> None:
        subprocess.run(
            self._cmd(
                str(self.bindir / "pg_ctl"), "-D", str(self.datadir / "data"), "-m", "immediate", "stop"
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.datadir, ignore_errors=True)
