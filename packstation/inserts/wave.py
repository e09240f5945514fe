"""How a wave's inserts are drawn: a chunk of orders at a time, by this process and by helper
processes, into parts that are joined into one document as they come.

This process is the only one that touches the database: for each chunk in turn it issues the
codes the orders lack and gathers their facts in one transaction, then either draws the chunk
itself or hands the facts to a helper (which needs no database, so it starts drawing at once).
Consecutive chunks this process draws go into the same part, up to PART_ORDERS orders (a part
costs a little beyond its pages); a helper draws each chunk it is given into parts of its own.
A cancel (or a failure) stops handing out chunks, waits for the helpers, and takes back the codes
this batch issued for the chunks not drawn. The drawing itself is parts.py; how helpers start
and end, helpers.py.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.outputs import temporary_prefix
from packstation.core.progress import Progress
from packstation.core.settings import load_settings
from packstation.core.shop_setup import shop_brand
from packstation.inserts import helpers as helper_processes
from packstation.inserts import parts as drawing
from packstation.inserts.facts import InsertFacts
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.inserts.gathering import gather_many
from packstation.inserts.helpers import Started
from packstation.inserts.issuing import withdraw
from packstation.inserts.parts import ChunkJob, Drawn, Groups, OpenParts
from packstation.inserts.pdf.pdfjoin import PartJoiner
from packstation.inserts.sample import sample_facts
from packstation.inserts.templates import InsertTemplates, Recipe

PART_ORDERS = 480  # reportlab keeps a document's pages in memory until it saves: parts bound that
_SMALLEST = 12  # orders: a smaller chunk costs more in its part than it saves at the end


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
    packing_day: date | None = None  # the wave's day, when printed ahead of it


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
        here = OpenParts(groups, wave.page, templates, folder, tracker)
        pool: ProcessPoolExecutor | None = None
        pending: dict[Future[tuple[Drawn, RenderReport]], ChunkJob] = {}
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

        recipe = templates.recipe()  # what a helper makes the same templates from
        with wave.sessions() as session:
            settings = load_settings(session)  # one batch, one set of voucher and return terms
        try:
            pool, getting_ready = _start_helpers(helpers, wave, templates, recipe)
            for index, (start, end) in enumerate(spans):
                tracker.check()
                numbers = unfinished[index] = list(wave.numbers[start:end])
                with wave.sessions.begin() as session:  # the one writer: helpers only draw
                    facts = gather_many(session, numbers, settings=settings, now=issued_at, written=False,
                                        packing_day=wave.packing_day)  # fmt: skip
                collect(block=False)
                if pool is not None and len(pending) < 3 * helpers:  # every helper busy, two chunks queued
                    assembly.put(closed())  # this process's next chunk will not follow its last one
                    job = ChunkJob(facts, groups, wave.page, recipe, folder, index)
                    pending[pool.submit(drawing.draw_chunk, job)] = job
                    continue
                here.draw(facts, index)
                finished(index, closed() if here.orders >= PART_ORDERS else {}, None)
            assembly.put(closed())
            # chunks handed out that no helper has begun are taken back and drawn here, the last
            # first, while the helpers go on from the first: all finish at nearly the same moment
            for future, job in sorted(pending.items(), key=lambda item: -item[1].index):
                if future.cancel() or drawing.claim(folder, job.index):
                    del pending[future]  # a helper that comes to it leaves it
                    here.draw(job.facts, job.index)
                    finished(job.index, closed(), None)
                collect(block=False)
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
            drawing.hand_down(recipe, None)  # what forked helpers inherited: this process's templates
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
    gc.set_threshold(helper_processes.SELDOM, before[1], before[2])
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


class _Assembly:
    """The document put together from its parts, each joined in as soon as every part before
    it is drawn — collated by order, that is as the wave goes, so hardly anything is left to
    join when the last part is drawn; collated by kind, the later kinds' parts wait for the
    end. The parts' keys, sorted, are the document's order."""

    def __init__(self, path: Path) -> None:
        self.joiner = PartJoiner(path, drawing.TITLE)
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
) -> Started | tuple[None, list[Future[None]]]:
    """The helpers, made ready to draw at full speed: fonts loaded, texts compiled, and a
    sample parcel drawn in every language (its fonts' subsets made, its paragraphs measured).

    Started early by the command line (helpers.py), they loaded the drawing code and the fonts
    while this process loaded the rest; they get ready for this batch's texts as their next
    jobs. Forked now, they inherit all that from this process, which does it first (it needs it
    for its own chunks anyway). Spawned, each gets ready itself as its first jobs while this
    process gathers the first chunks. The futures say if a helper could not."""
    if helpers < 1:
        helper_processes.stop_early()  # a wave of one chunk needs none
        return None, []
    early = helper_processes.take_early(helpers)
    if early is None and helper_processes.start_method() == "fork":
        drawing.hand_down(recipe, templates)
        drawing.get_ready(recipe, wave.kinds)
        drawing.draw_samples(recipe, wave.kinds, wave.page, _samples(wave))
        return helper_processes.new_pool(helpers, "fork"), []
    pool, getting_ready = early or (helper_processes.new_pool(helpers, "spawn"), [])
    getting_ready += [pool.submit(drawing.get_ready, recipe, wave.kinds) for _ in range(helpers)]
    if early is None:  # (started early, a helper's first chunk was no faster for the samples)
        samples = _samples(wave)
        getting_ready += [
            pool.submit(drawing.draw_samples, recipe, wave.kinds, wave.page, samples) for _ in range(helpers)
        ]
    return pool, getting_ready


def _samples(wave: Wave) -> list[InsertFacts]:
    """A sample parcel in every language the inserts are written in."""
    with wave.sessions() as session:
        brand, settings = shop_brand(session), load_settings(session)
    return [sample_facts(language, brand, settings) for language in SHIPPED_LANGUAGES]
