"""How a wave's inserts are drawn: a chunk of orders at a time, by this process and by helper
processes, into parts that are joined into one document as they come.

This process is the only one that touches the database: for each chunk in turn it issues the
codes the orders lack and gathers their facts in one transaction, then either draws the chunk
itself or hands the facts to a helper (which needs no database, so it starts drawing at once).
Consecutive chunks this process draws go into the same part, up to PART_ORDERS orders (a part
costs a little beyond its pages); a helper draws each chunk it is given into parts of its own.
A cancel (or a failure) stops handing out chunks, waits for the helpers, and takes back the codes
this batch issued for the chunks not drawn.
"""

from __future__ import annotations

import gc
import io
import multiprocessing
import os
import sys
import tempfile
import threading
import time as time_module
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.progress import Progress
from packstation.core.settings import load_settings
from packstation.inserts import text
from packstation.inserts.facts import InsertFacts, gather_many
from packstation.inserts.issuing import withdraw
from packstation.inserts.pages import PAGE_FORMATS, DocumentWriter, RenderReport, render_document
from packstation.inserts.pdfjoin import PartJoiner
from packstation.inserts.sample import sample_facts, shop_brand
from packstation.inserts.service import temporary_prefix
from packstation.inserts.templates import InsertTemplates, Recipe

PART_ORDERS = 480  # reportlab keeps a document's pages in memory until it saves: parts bound that
_SMALLEST = 12  # orders: a smaller chunk costs more in its part than it saves at the end
_TITLE = "packstation batch"

Groups = list[tuple[int, list[str]]]  # (kind's place in the document, kinds drawn into that part)
Drawn = dict[tuple[int, int, int], str]  # (kind's place, first chunk, last chunk) -> part file


@dataclass(frozen=True)
class Wave:
    """One batch as the drawing sees it."""

    sessions: sessionmaker[Session]
    numbers: Sequence[str]
    kinds: Sequence[str]
    page: str
    collate: str
    tracker: Progress
    size: int  # orders per chunk: gathered in one transaction, drawn as one piece


def draw_wave(wave: Wave, path: Path, templates: InsertTemplates, workers: int) -> RenderReport:
    """Draw the wave into `path` with this process and `workers - 1` helpers."""
    total, tracker = len(wave.numbers), wave.tracker
    spans = list(_spans(total, wave.size, workers, PAGE_FORMATS[wave.page].per_page))
    groups = _groups(wave.kinds, wave.collate)
    helpers = min(workers - 1, len(spans) - 1)
    report = RenderReport()
    with (
        tempfile.TemporaryDirectory(dir=path.parent, prefix=temporary_prefix("batch")) as folder,
        _Assembly(path) as assembly,
        few_collections(),
    ):
        here = _OpenParts(groups, wave.page, templates, folder, tracker)
        pool: ProcessPoolExecutor | None = None
        pending: dict[Future[tuple[Drawn, RenderReport]], _ChunkJob] = {}
        unfinished: dict[int, list[str]] = {}  # chunk -> its orders: codes issued, not drawn yet
        issued_at = datetime.now(UTC)
        done = 0

        def finished(index: int, drawn: Drawn, part: RenderReport | None) -> None:
            nonlocal done
            assembly.put(drawn)
            if part is not None:
                report.add(part)
            done += len(unfinished.pop(index))
            tracker.report(done, total, "")

        def collect(block: bool) -> None:
            """Take in what the helpers finished; with `block`, wait for at least one."""
            if not pending:
                return
            ready, _ = wait(list(pending), timeout=None if block else 0, return_when=FIRST_COMPLETED)
            for future in ready:
                drawn, part = future.result()
                finished(pending.pop(future).index, drawn, part)

        def closed() -> Drawn:
            drawn, part = here.close()
            report.add(part)
            return drawn

        try:
            recipe = templates.recipe()  # what a helper makes the same templates from
            pool, getting_ready = _start_helpers(helpers, wave, templates, recipe)
            for index, (start, end) in enumerate(spans):
                tracker.check()
                numbers = unfinished[index] = list(wave.numbers[start:end])
                with wave.sessions.begin() as session:  # the one writer: helpers only draw
                    facts = gather_many(session, numbers, settings=load_settings(session), now=issued_at)
                collect(block=False)
                if pool is not None and len(pending) < 3 * helpers:  # every helper busy, two chunks queued
                    assembly.put(closed())  # this process's next chunk will not follow its last one
                    job = _ChunkJob(facts, groups, wave.page, recipe, folder, index)
                    pending[pool.submit(_draw_chunk, job)] = job
                    continue
                here.draw(facts, index)
                finished(index, closed() if here.orders >= PART_ORDERS else {}, None)
            assembly.put(closed())
            for future, job in sorted(pending.items(), key=lambda item: item[1].index):
                if future.cancel():  # handed out, not yet taken by a helper: drawn here instead
                    del pending[future]
                    here.draw(job.facts, job.index)
                    finished(job.index, closed(), None)
            while pending:
                collect(block=True)
            for started in getting_ready:
                started.result()  # a helper that could not get ready says why
        except BaseException:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)  # nothing may still be drawing
            with wave.sessions.begin() as session:  # orders not drawn get no codes from this batch
                withdraw(session, [number for chunk in unfinished.values() for number in chunk], issued_at)
            raise
        finally:
            _made.clear()  # what forked helpers inherited: this process's templates
        if pool is not None:
            # helpers are idle now; waiting for them to exit takes a moment, and a forked helper
            # left waiting would hold its own end of the work queue open for ever
            pool.shutdown(wait=True)
        assembly.finish()
    return report


@contextmanager
def few_collections() -> Iterator[None]:
    """Python's cycle collector, as it comes, runs every 700 new objects and walks every object
    of the generations it collects: drawing a wave makes millions of objects, so it ran
    thousands of times and took a tenth of a batch's time. While a wave is drawn it runs thirty
    times less often and leaves alone what existed before the wave began (modules, fonts):
    cycles are still collected, a moment later, and memory stays as flat."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def _spans(total: int, size: int, workers: int, step: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each chunk: `size` orders while there is plenty left, then, with helpers,
    smaller and smaller, so that the processes run out of work at nearly the same moment
    instead of one waiting for another's last large chunk (a third of a second of a two-core
    wave, before). A chunk stays a whole number of sheets (`step` inserts to a sheet)."""
    start = 0
    while start < total:
        left = total - start
        count = size
        if workers > 1 and left < 3 * workers * size:  # the last rounds
            count = max(step * -(-_SMALLEST // step), -(-(left // (3 * workers)) // step) * step)
        end = min(total, start + min(size, count))
        yield start, end
        start = end


def _groups(kinds: Sequence[str], collate: str) -> Groups:
    """The parts a chunk of orders is drawn into: one part with every kind when collated by
    order, one part per kind when collated by kind."""
    return [(0, list(kinds))] if collate == "order" else [(i, [k]) for i, k in enumerate(kinds)]


def _inserts(
    facts: list[InsertFacts], kinds: list[str], tracker: Progress | None
) -> Iterator[tuple[str, InsertFacts]]:
    for order in facts:
        if tracker is not None:
            tracker.check()  # a cancel stops the drawing too
        for kind in kinds:
            yield kind, order


class _OpenParts:
    """The parts this process is drawing into (one per group), holding consecutive chunks."""

    def __init__(
        self, groups: Groups, page: str, templates: InsertTemplates, folder: str, tracker: Progress
    ) -> None:
        self.groups, self.page, self.templates, self.folder, self.tracker = (
            groups,
            page,
            templates,
            folder,
            tracker,
        )
        self.writers: list[tuple[int, DocumentWriter, str]] = []
        self.first = self.last = -1
        self.orders = 0

    def draw(self, facts: list[InsertFacts], index: int) -> None:
        if not self.writers:
            self.first = index
            for place, _ in self.groups:
                part = str(Path(self.folder) / f"{place:02d}-{index:05d}.pdf")
                self.writers.append(
                    (place, DocumentWriter(part, PAGE_FORMATS[self.page], self.templates, _TITLE), part)
                )
        for (_, kinds), (_, writer, _) in zip(self.groups, self.writers, strict=True):
            writer.draw(_inserts(facts, kinds, self.tracker))
        self.last = index
        self.orders += len(facts)

    def close(self) -> tuple[Drawn, RenderReport]:
        """Finish the open parts (if any): their files, keyed for the assembly, and report."""
        drawn: Drawn = {}
        report = RenderReport()
        for place, writer, part in self.writers:
            report.add(writer.finish())
            drawn[(place, self.first, self.last)] = part
        self.writers, self.orders = [], 0
        return drawn, report


def _draw_parts(
    facts: list[InsertFacts], groups: Groups, page: str, templates: InsertTemplates, folder: str, index: int
) -> tuple[Drawn, RenderReport]:
    """One chunk drawn into parts of its own (one per group)."""
    parts = _OpenParts(groups, page, templates, folder, Progress())
    parts.draw(facts, index)
    return parts.close()


class _Assembly:
    """The document put together from its parts, each joined in as soon as every part before
    it is drawn — collated by order, that is as the wave goes, so hardly anything is left to
    join when the last part is drawn; collated by kind, the later kinds' parts wait for the
    end. The parts' keys, sorted, are the document's order."""

    def __init__(self, path: Path) -> None:
        self.joiner = PartJoiner(path, _TITLE)
        self.waiting: Drawn = {}
        self.next = 0  # the next chunk of the first kind to join

    def put(self, drawn: Drawn) -> None:
        self.waiting.update(drawn)
        while True:
            found = next((key for key in self.waiting if key[0] == 0 and key[1] == self.next), None)
            if found is None:
                return
            self._join(self.waiting.pop(found))
            self.next = found[2] + 1

    def finish(self) -> None:
        for key in sorted(self.waiting):
            self._join(self.waiting.pop(key))
        self.joiner.finish()

    def _join(self, part: str) -> None:
        self.joiner.add(Path(part))
        os.remove(part)  # joined: its room on the disk is not needed any more

    def __enter__(self) -> _Assembly:
        return self

    def __exit__(self, *exc: object) -> None:
        self.joiner.close()


def _start_helpers(
    helpers: int, wave: Wave, templates: InsertTemplates, recipe: Recipe
) -> tuple[ProcessPoolExecutor | None, list[Future[None]]]:
    """The helpers, made ready to draw at full speed: fonts loaded, texts compiled, and a
    sample parcel drawn in every language (its fonts' subsets made, its paragraphs measured).

    Forked, they inherit all that from this process, which does it first (it needs it for its
    own chunks anyway), so no helper spends its time on it. Spawned, each does it itself as
    its first jobs while this process gathers the first chunks; the futures say if one could
    not."""
    if helpers < 1:
        return None, []
    method = _start_method()
    samples = _samples(wave)
    if method == "fork":
        _made.clear()
        _made[recipe] = templates
        _get_ready(recipe, wave.kinds)
        _draw_samples(recipe, wave.kinds, wave.page, samples)
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(helpers, mp_context=context, initializer=_leave_with, initargs=(os.getpid(),))
    if method == "fork":
        return pool, []
    getting_ready = [pool.submit(_get_ready, recipe, wave.kinds) for _ in range(helpers)]
    getting_ready += [
        pool.submit(_draw_samples, recipe, wave.kinds, wave.page, samples) for _ in range(helpers)
    ]
    return pool, getting_ready


def _start_method() -> str:
    """Forked helpers start at once with everything this process has loaded (modules, fonts,
    the subsets made so far): a spawned one spends a second importing before it draws. Forking
    is only safe in a process with no other threads, as the command line is; the window has
    threads, so there the helpers are spawned."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _leave_with(parent: int) -> None:
    """In a helper: end when the batch's process ends, even killed (a killed parent cannot tell
    its helpers, and a forked helper waiting for work would wait for ever). A helper only
    draws: the cycle collector runs as seldom as while the batch's own process draws."""
    gc.freeze()
    gc.set_threshold(20_000, *gc.get_threshold()[1:])

    def watch() -> None:
        while os.getppid() == parent:
            time_module.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="leave-with-the-batch").start()


@dataclass(frozen=True)
class _ChunkJob:
    facts: list[InsertFacts]
    groups: Groups
    page: str
    templates: Recipe
    folder: str
    index: int


_made: dict[Recipe, InsertTemplates] = {}  # a helper's templates, made once per batch's recipe


def _draw_chunk(job: _ChunkJob) -> tuple[Drawn, RenderReport]:
    """In a helper: draw one chunk whose facts this process was handed."""
    return _draw_parts(job.facts, job.groups, job.page, _templates(job.templates), job.folder, job.index)


def _templates(recipe: Recipe) -> InsertTemplates:
    templates = _made.get(recipe)
    if templates is None:
        _made.clear()  # a helper serves one batch
        templates = _made[recipe] = InsertTemplates.from_recipe(recipe)
    return templates


def _samples(wave: Wave) -> list[InsertFacts]:
    """A sample parcel in every language the inserts are written in."""
    with wave.sessions() as session:
        brand, settings = shop_brand(session), load_settings(session)
    return [sample_facts(language, brand, settings) for language in SHIPPED_LANGUAGES]


def _get_ready(recipe: Recipe, kinds: Sequence[str]) -> None:
    """A helper's first jobs, while this process gathers the first chunks' facts: load the
    fonts and read the texts; then (`_draw_samples`) draw a sample parcel in every language,
    nowhere — so that the helper's first chunk is drawn at full speed, its fonts' subsets made
    and its paragraphs measured."""
    text.register_fonts()
    _templates(recipe).load(kinds, SHIPPED_LANGUAGES)


def _draw_samples(
    recipe: Recipe,
    kinds: Sequence[str],
    page: str,
    samples: list[InsertFacts],
) -> None:
    inserts = ((kind, sample) for sample in samples for kind in kinds)
    render_document(inserts, io.BytesIO(), PAGE_FORMATS[page], _templates(recipe))
