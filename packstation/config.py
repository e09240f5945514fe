"""Where the data lives: the --db option, then PACKSTATION_DB, then a SQLite file in the user's
data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "packstation"
DB_ENV = "PACKSTATION_DB"


def data_dir() -> Path:
    import platformdirs  # here, not at the top: a command given its database never needs it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'packstation.sqlite3'}"


def resolve_db_url(cli_value: str | None = None) -> str:
    """The database to use: the command line wins over the environment over the default."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_ENV, "").strip()
    return env or default_db_url()


def cache_dir() -> Path:
    """Things made to be made faster next time (compiled insert texts, the logo made ready to
    print); safe to delete."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def cache_folder(name: str) -> Path | None:
    """A folder of the cache, made if need be; None where the cache cannot be written."""
    folder = cache_dir() / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def spool_dir() -> Path:
    return data_dir() / "spool"


def default_print_folder() -> Path:
    """Where inserts are saved when no printer is set up for them."""
    return data_dir() / "printed"
