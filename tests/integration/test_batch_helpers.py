"""A batch's helper processes: the command line starts them before it loads the database code,
they draw from the facts they are handed, and at the end of a wave the batch's own process
takes back the chunks no helper has begun."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.bootstrap import App
from packstation.cli import main as cli
from packstation.inserts import helpers
from packstation.inserts.facts import InsertFacts
from packstation.inserts.parts import ChunkJob, claim, draw_chunk
from packstation.inserts.templates import InsertTemplates


def test_the_command_line_loads_no_database_code_before_it_starts_a_batchs_helpers() -> None:
    """Started early, a helper loads the drawing code and the fonts — and never the database
    code: it draws from the facts it is handed."""
    script = """
import sys
import packstation.cli.main
assert "sqlalchemy" not in sys.modules, "the command line loaded the database code first"
from packstation.inserts import helpers
helpers.start_early(1)
pool, loading = helpers.take_early(1)
for future in loading:
    future.result()
print(pool.submit(eval, "sorted(m for m in ('reportlab', 'sqlalchemy') if m in __import__('sys').modules)").result())
pool.shutdown()
"""
    if helpers.start_method() != "fork":  # pragma: no cover - forking is what this is about
        pytest.skip("helpers are forked only on Linux")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['reportlab']"


@pytest.mark.parametrize(
    ("argv", "helpers_started"),
    [
        (["print-batch", "--out", "wave.pdf", "--workers", "3"], 2),
        (["--db", "sqlite:///shop.sqlite3", "print-batch", "--workers=2", "--out", "wave.pdf"], 1),
        (["print-batch", "--out", "wave.pdf"], helpers.default_workers() - 1),
        (["print-batch", "--workers", "1", "--out", "wave.pdf"], 0),
        (["print-batch", "--workers", "two", "--out", "wave.pdf"], None),  # the parser says what is wrong
        (["print-batch", "--help"], None),
        (["--db", "print-batch", "orders"], None),  # a database called print-batch, oddly
        (["orders", "--search", "print-batch"], None),
    ],
)
def test_print_batch_starts_its_helpers_before_its_arguments_are_parsed(
    argv: list[str], helpers_started: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    monkeypatch.setattr(helpers, "start_early", started.append)

    cli._start_batch_helpers(argv)

    assert started == ([] if helpers_started is None else [helpers_started])


def test_a_failed_command_leaves_no_helper_running(
    sqlite_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Helpers started for a batch that never draws (no orders match) are stopped with it."""
    if helpers.start_method() != "fork":  # pragma: no cover - only forked helpers start early
        pytest.skip("helpers start early only where they are forked")
    started: list[int] = []
    start_early = helpers.start_early

    def start_and_remember(count: int) -> None:
        started.append(count)
        start_early(count)

    monkeypatch.setattr(helpers, "start_early", start_and_remember)
    out = str(tmp_path / "wave.pdf")
    argv = ["--db", sqlite_app.db_url, "print-batch", "--workers", "2", "--tag", "none", "--out", out]

    assert cli.main(argv) == 2
    assert started == [1] and multiprocessing.active_children() == []


def test_a_chunk_the_batch_took_back_is_left_by_the_helper_that_comes_to_it(tmp_path: Path) -> None:
    facts: list[InsertFacts] = []  # never looked at: the chunk is not drawn
    job = ChunkJob(facts, [(0, ["note"])], "a6", InsertTemplates().recipe(), str(tmp_path), 7)

    assert claim(str(tmp_path), 7)  # the batch's own process, first
    drawn, report = draw_chunk(job)

    assert drawn == {} and report.pages == 0
    assert not claim(str(tmp_path), 7)  # and nobody else may draw it either
    assert list(tmp_path.glob("*.pdf")) == []
