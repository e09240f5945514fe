"""A batch's helper processes: the command line starts them before it loads the database code,
they draw from the facts they are handed, and at the end of a wave the batch's own process
takes back the chunks no helper has begun."""

from __future__ import annotations

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
    """Started early, a helper loads the drawing code, the fonts and the shipped texts (Jinja2)
    while it waits — and never the database code: it draws from the facts it is handed."""
    script = """
import sys
import packstation.cli.main
assert "sqlalchemy" not in sys.modules, "the command line loaded the database code first"
from packstation.inserts import helpers
helpers.start_early(1)
pool, loading = helpers.take_early(1)
for future in loading:
    future.result()
print(pool.submit(eval, "sorted(m for m in ('jinja2', 'reportlab', 'sqlalchemy') if m in __import__('sys').modules)").result())
pool.shutdown()
"""
    done = _python(script)

    assert done.stdout.strip() == "['jinja2', 'reportlab']"


def test_a_batchs_own_process_makes_its_templates_without_loading_jinja2_until_it_reads_a_text() -> None:
    """The batch's own process makes its templates (and their recipe for the helpers) and hands
    out its first chunks before it reads a text itself: Jinja2 is loaded then, not sooner."""
    script = """
import sys
import packstation.inserts.wave
from packstation.inserts.templates import InsertTemplates
templates = InsertTemplates()
templates.recipe()
before = "jinja2" in sys.modules
templates.load(["note"], ["en"])
print(before, "jinja2" in sys.modules)
"""
    done = _python(script)

    assert done.stdout.strip() == "False True"


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


def test_a_failed_command_leaves_no_helper_running(sqlite_app: App, tmp_path: Path) -> None:
    """Helpers started for a batch that never draws (no orders match) are stopped with it."""
    out = str(tmp_path / "wave.pdf")
    argv = ["--db", sqlite_app.db_url, "print-batch", "--workers", "2", "--tag", "none", "--out", out]
    script = f"""
import multiprocessing
from packstation.cli.main import main
from packstation.inserts import helpers
started = []
start_early = helpers.start_early
helpers.start_early = lambda count: (started.append(count), start_early(count))
code = main({argv!r})
print(code, started, len(multiprocessing.active_children()))
"""
    done = _python(script)

    assert done.stdout.split("\n")[-2] == "2 [1] 0"
    assert "no orders match" in done.stderr


def _python(script: str) -> subprocess.CompletedProcess[str]:
    """A fresh process, with no threads, as the command line is: its helpers are forked."""
    if not sys.platform.startswith("linux"):  # pragma: no cover - forking is what this is about
        pytest.skip("helpers are forked only on Linux")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_a_chunk_the_batch_took_back_is_left_by_the_helper_that_comes_to_it(tmp_path: Path) -> None:
    facts: list[InsertFacts] = []  # never looked at: the chunk is not drawn
    job = ChunkJob(facts, [(0, ["note"])], "a6", InsertTemplates().recipe(), str(tmp_path), 7)

    assert claim(str(tmp_path), 7)  # the batch's own process, first
    drawn, report = draw_chunk(job)

    assert drawn == {} and report.pages == 0
    assert not claim(str(tmp_path), 7)  # and nobody else may draw it either
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_command_line_loads_its_modules_without_the_cycle_collector_walking_them() -> None:
    """A command's start is mostly loading modules: about a hundred thousand objects that live
    as long as the process. The collector is off while they load, then they are set aside
    (without, none is: the count frozen is 0)."""
    script = """
import gc, sys
from packstation.cli import main as cli
collections = []
gc.callbacks.append(lambda phase, info: collections.append(phase) if phase == "start" else None)
seen = {}
def orders(args):
    seen.update(collections=len(collections), enabled=gc.isenabled(), frozen=gc.get_freeze_count())
    return 0
real_handler_for = cli.handler_for
cli.handler_for = lambda command: (real_handler_for(command), orders)[1]  # loads the real module
sys.argv = ["packstation", "orders"]
assert cli.main() == 0
print(seen["collections"], seen["enabled"], seen["frozen"] > 50_000)
"""
    done = _python(script)

    assert done.stdout.strip() == "0 True True"
