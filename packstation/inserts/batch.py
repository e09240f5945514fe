"""A wave's inserts in one document: chosen orders, chosen inserts, one layout, collated by
order (each parcel's inserts together) or by kind (all notes, then all vouchers — one paper
stock at a time).

Vouchers and RMAs are issued a chunk of orders at a time (48 by default), each chunk in a
transaction of its own, and reused when the batch runs again; a cancel stops before the next
chunk, so orders the batch never reached get none. The document is written beside its final name and moved into place only when
complete, so a cancelled or crashed batch never leaves a file that looks finished.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import threading
import time as time_module
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.progress import Progress
from packstation.core.settings import load_settings
from packstation.importers.store import bulk_insert, chunks
from packstation.inserts.facts import KINDS, InsertFacts, gather_many
from packstation.inserts.issuing import issue_for, withdraw
from packstation.inserts.pages import PAGE_FORMATS, RenderReport, render_document
from packstation.inserts.pdfjoin import PartJoiner
from packstation.inserts.service import InsertError, clear_leftovers, temporary_prefix, write_atomically
from packstation.inserts.templates import InsertTemplates, templates_in_use
from packstation.storage.models import BatchInsert, Customer, Order, OrderStatus, OrderTag, PrintBatch

COLLATIONS = ("order", "kind")


@dataclass(frozen=True)
class BatchChoice:
    """Which orders a batch prints; every field left empty means "any"."""

    status: OrderStatus | None = OrderStatus.READY
    since: date | None = None
    until: date | None = None  # inclusive
    shipping_method: str = ""  # part of the method's name
    tag: str = ""
    language: str = ""
    numbers: tuple[str, ...] = ()  # scanned or typed order numbers
    not_preprinted: bool = True  # leave out orders a batch already printed inserts for


def choose_orders(session: Session, choice: BatchChoice) -> list[str]:
    """The chosen orders' numbers, oldest first (the order a wave is packed in)."""
    query = (
        select(Order.number)
        .join(Customer, Customer.id == Order.customer_id)
        .order_by(Order.created_at, Order.id)
    )
    if choice.status is not None:
        query = query.where(Order.status == choice.status)
    if choice.since is not None:
        query = query.where(Order.created_at >= datetime.combine(choice.since, time(0), UTC))
    if choice.until is not None:
        query = query.where(
            Order.created_at < datetime.combine(choice.until + timedelta(days=1), time(0), UTC)
        )
    if choice.shipping_method:
        query = query.where(Order.shipping_method.ilike(f"%{choice.shipping_method}%"))
    if choice.tag:
        query = query.where(Order.id.in_(select(OrderTag.order_id).where(OrderTag.tag == choice.tag)))
    if choice.language:
        query = query.where(Customer.language.like(f"{choice.language}%"))
    if choice.numbers:
        query = query.where(Order.number.in_(list(choice.numbers)))
    if choice.not_preprinted:
        query = query.where(Order.id.not_in(select(BatchInsert.order_id)))
    return list(session.scalars(query))


def render_batch(
    sessions: sessionmaker[Session],
    numbers: Sequence[str],
    kinds: Sequence[str],
    out: Path,
    page: str = "a6",
    collate: str = "order",
    progress: Progress | None = None,
    templates: InsertTemplates | None = None,
    workers: int = 1,
    chunk: int = 48,
) -> RenderReport:
    """Render the orders' inserts into `out` (PDF), reporting progress order by order.

    With several `workers`, this process gathers the facts (and issues the codes) a chunk of
    orders at a time while worker processes draw the chunks; the parts are joined at the end."""
    if page not in PAGE_FORMATS:
        raise InsertError(f"unknown layout {page!r}: choose from {', '.join(PAGE_FORMATS)}")
    if collate not in COLLATIONS:
        raise InsertError(f"unknown collation {collate!r}: choose order or kind")
    if not numbers:
        raise InsertError("no orders match: nothing to print")
    if templates is None:
        with sessions() as session:
            templates = templates_in_use(session)
    chosen = templates
    tracker = progress or Progress()
    reports: list[RenderReport] = []
    per_page = PAGE_FORMATS[page].per_page
    size = -(-chunk // per_page) * per_page  # every part fills its last sheet
    wave = _Wave(sessions, numbers, kinds, page, collate, tracker, size)
    if workers > 1 and len(numbers) > size and _shareable(sessions):
        custom = chosen.roots[0] if len(chosen.roots) > 1 else None

        def write(path: Path) -> None:
            reports.append(_render_in_parts(wave, path, chosen, custom, workers))
    else:

        def write(path: Path) -> None:
            reports.append(_render_here(wave, path, chosen))

    clear_leftovers(out.resolve().parent, "batch")  # the parts of a batch killed mid-render
    write_atomically(out, write)
    report = reports[0]
    report.batch_id = _record(wave, out, report)
    return report


@dataclass(frozen=True)
class _Wave:
    """One batch as the renderers see it."""

    sessions: sessionmaker[Session]
    numbers: Sequence[str]
    kinds: Sequence[str]
    page: str
    collate: str
    tracker: Progress
    size: int  # orders per chunk: gathered in one transaction, drawn as one piece


def _record(wave: _Wave, out: Path, report: RenderReport) -> int:
    """Remember which orders' inserts the complete file holds, so the bench skips them. A
    crash between the file and this record only means the bench prints them again."""
    with wave.sessions.begin() as session:
        batch = PrintBatch(created_at=datetime.now(UTC), kinds=",".join(wave.kinds), layout=wave.page,
                           collate=wave.collate, orders=len(wave.numbers), pages=report.pages,
                           document=str(out.resolve()))  # fmt: skip
        session.add(batch)
        session.flush()
        for part in chunks(list(wave.numbers)):
            ids = session.scalars(select(Order.id).where(Order.number.in_(part)))
            bulk_insert(
                session,
                BatchInsert,
                [{"batch_id": batch.id, "order_id": i, "kinds": batch.kinds} for i in ids],
            )
        return batch.id


def preprinted(session: Session, order_id: int) -> tuple[str, ...]:
    """The kinds of insert a batch already printed for the order, in the order KINDS lists them."""
    found = {kind for kinds in session.scalars(select(BatchInsert.kinds).where(BatchInsert.order_id == order_id))
             for kind in kinds.split(",")}  # fmt: skip
    return tuple(kind for kind in KINDS if kind in found)


def _chunks_of_facts(wave: _Wave) -> Iterator[list[InsertFacts]]:
    """The orders' facts a chunk at a time, each chunk's codes issued and committed in one
    transaction; a cancel stops before the next chunk, so orders not reached get no codes."""
    total, size = len(wave.numbers), wave.size
    for start in range(0, total, size):
        wave.tracker.report(start, total, wave.numbers[start])  # raises Cancelled when someone pressed cancel
        with wave.sessions.begin() as session:
            facts = gather_many(session, wave.numbers[start : start + size], settings=load_settings(session))
        yield facts
    wave.tracker.report(total, total, "")


PART_ORDERS = 480  # reportlab keeps a document's pages in memory until it saves: parts bound that


def _render_here(wave: _Wave, path: Path, templates: InsertTemplates) -> RenderReport:
    """In this process: a small batch straight into the file; a large one in parts of
    PART_ORDERS orders, joined at the end, so memory stays flat however many orders."""
    groups = _groups(wave.kinds, wave.collate)
    chunks = _chunks_of_facts(wave)
    if len(wave.numbers) <= PART_ORDERS:
        facts = [order for chunk in chunks for order in chunk]
        inserts = _inserts(facts, groups, wave.tracker)
        return render_document(inserts, path, PAGE_FORMATS[wave.page], templates, title="packstation batch")
    report = RenderReport()
    with (
        tempfile.TemporaryDirectory(dir=path.parent, prefix=temporary_prefix("batch")) as folder,
        _Assembly(path) as assembly,
    ):
        block: list[InsertFacts] = []
        blocks = 0
        for index, chunk in enumerate(chunks):
            block.extend(chunk)
            if len(block) >= PART_ORDERS or (index + 1) * wave.size >= len(wave.numbers):
                drawn, part = _draw_parts(block, groups, wave.page, templates, folder, blocks, wave.tracker)
                assembly.put(drawn)
                report.add(part)
                block, blocks = [], blocks + 1
        assembly.finish()
    return report


class _Assembly:
    """The document put together from its parts, each joined in as soon as every part before
    it is drawn — collated by order, that is as the wave goes, so hardly anything is left to
    join when the last part is drawn; collated by kind, the later kinds' parts wait for the
    end. Parts are keyed (kind's place, part's place), the document's order when sorted."""

    def __init__(self, path: Path) -> None:
        self.joiner = PartJoiner(path)
        self.waiting: dict[tuple[int, int], str] = {}
        self.next = 0  # the next part of the first kind to join

    def put(self, drawn: dict[tuple[int, int], str]) -> None:
        self.waiting.update(drawn)
        while (0, self.next) in self.waiting:
            self._join(self.waiting.pop((0, self.next)))
            self.next += 1

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


def _groups(kinds: Sequence[str], collate: str) -> list[tuple[int, list[str]]]:
    """(place, kinds) of the parts a block of orders is drawn into: one part with every kind
    when collated by order, one part per kind when collated by kind."""
    return [(0, list(kinds))] if collate == "order" else [(i, [k]) for i, k in enumerate(kinds)]


def _inserts(
    facts: list[InsertFacts], groups: list[tuple[int, list[str]]], tracker: Progress | None
) -> Iterator[tuple[str, InsertFacts]]:
    for _, group in groups:
        for order in facts:
            if tracker is not None:
                tracker.check()  # a cancel stops the drawing too
            for kind in group:
                yield kind, order


def _draw_parts(
    facts: list[InsertFacts],
    groups: list[tuple[int, list[str]]],
    page: str,
    templates: InsertTemplates,
    folder: str,
    index: int,
    tracker: Progress | None = None,
) -> tuple[dict[tuple[int, int], str], RenderReport]:
    """A block of orders drawn into its parts (one per group), named so that sorting the
    keys gives the document's order."""
    drawn: dict[tuple[int, int], str] = {}
    report = RenderReport()
    for place, group in groups:
        part = str(Path(folder) / f"{place:02d}-{index:05d}.pdf")
        inserts = _inserts(facts, [(place, group)], tracker)
        report.add(
            render_document(inserts, Path(part), PAGE_FORMATS[page], templates, title="packstation batch")
        )
        drawn[(place, index)] = part
    return drawn, report


def _leave_with(parent: int) -> None:
    """In a helper: end when the batch's process ends, even killed (a killed parent cannot tell
    its helpers, and a forked helper waiting for work would wait for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time_module.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="leave-with-the-batch").start()


def _start_method() -> str:
    """Forked helpers start at once with everything this process has loaded (modules, fonts,
    the subsets made so far): a spawned one spends a second importing before it draws. Forking
    is only safe in a process with no other threads, as the command line is; the window has
    threads, so there the helpers are spawned."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _shareable(sessions: sessionmaker[Session]) -> bool:
    """Whether worker processes can open the same database (not an in-memory SQLite one)."""
    url = sessions.kw["bind"].url
    return not (url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"))


def _render_in_parts(
    wave: _Wave, path: Path, templates: InsertTemplates, custom: Path | None, workers: int
) -> RenderReport:
    """Chunks of orders drawn by this process and `workers - 1` helper processes, each of which
    gathers its chunk's facts and draws them into parts of its own; the parts are joined here.
    This process issues each chunk's codes before drawing it or handing it out, so the database
    has one writer (on SQLite, writers take turns by waiting) and the helpers only read. It
    draws chunks itself while the helpers start up and whenever they have enough to do.
    A cancel (or a failure) stops handing out chunks, waits for the helpers, and takes back
    the codes this batch issued for the chunks not drawn."""
    total, size, tracker = len(wave.numbers), wave.size, wave.tracker
    report = RenderReport()
    groups = _groups(wave.kinds, wave.collate)
    database = wave.sessions.kw["bind"].url.render_as_string(hide_password=False)
    context = multiprocessing.get_context(_start_method())
    helpers = workers - 1  # this process draws too: it needs no start-up, and a helper does
    with (
        tempfile.TemporaryDirectory(dir=path.parent, prefix=temporary_prefix("batch")) as folder,
        _Assembly(path) as assembly,
    ):
        pool = ProcessPoolExecutor(
            helpers, mp_context=context, initializer=_leave_with, initargs=(os.getpid(),)
        )
        pending: dict[Future[tuple[dict[tuple[int, int], str], RenderReport]], int] = {}  # -> chunk
        unfinished: dict[int, list[str]] = {}  # chunk -> its orders: codes issued, not drawn yet
        issued_at = datetime.now(UTC)
        done = 0

        def finished(drawn: dict[tuple[int, int], str], part: RenderReport, index: int) -> None:
            nonlocal done
            assembly.put(drawn)
            report.add(part)
            done += len(unfinished.pop(index))
            tracker.report(done, total, "")

        def collect(block: bool) -> None:
            """Take in what the helpers finished; with `block`, wait for at least one."""
            if not pending:
                return
            ready, _ = wait(list(pending), timeout=None if block else 0, return_when=FIRST_COMPLETED)
            for future in ready:
                finished(*future.result(), pending.pop(future))

        try:
            for index, (start, end) in enumerate(
                _spans(total, size, workers, PAGE_FORMATS[wave.page].per_page)
            ):
                tracker.check()
                chunk = unfinished[index] = list(wave.numbers[start:end])
                with wave.sessions.begin() as session:  # one writer: the helpers only read
                    issue_for(session, chunk, load_settings(session), issued_at)
                collect(block=False)
                if len(pending) < 2 * helpers:  # keep every helper busy, one chunk queued
                    job = _ChunkJob(database, chunk, groups, wave.page, str(custom) if custom else None,
                                    folder, index)  # fmt: skip
                    pending[pool.submit(_gather_and_draw, job)] = index
                    continue
                with wave.sessions() as session:
                    facts = gather_many(session, chunk, settings=load_settings(session))
                finished(*_draw_parts(facts, groups, wave.page, templates, folder, index, tracker), index)
            while pending:
                collect(block=True)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # nothing may still be drawing
            with wave.sessions.begin() as session:  # orders not drawn get no codes from this batch
                withdraw(session, [number for chunk in unfinished.values() for number in chunk], issued_at)
            raise
        # helpers are idle now; waiting for them to exit takes a moment, and a forked helper left
        # waiting would hold its own end of the work queue open for ever
        pool.shutdown(wait=True)
        assembly.finish()
    return report


def _spans(total: int, size: int, workers: int, step: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each chunk handed out: `size` orders while there is plenty left, then
    smaller and smaller, so that the processes run out of work at nearly the same moment
    instead of one waiting for another's last large chunk (a third of a second of a two-core
    wave, before). A chunk stays a whole number of sheets (`step` inserts to a sheet)."""
    start = 0
    while start < total:
        left = total - start
        count = size
        if left < 3 * workers * size:  # the last rounds
            count = max(step * -(-_SMALLEST // step), -(-(left // (3 * workers)) // step) * step)
        end = min(total, start + min(size, count))
        yield start, end
        start = end


_SMALLEST = 12  # orders: a smaller chunk costs more in its part's own fonts than it saves


@dataclass(frozen=True)
class _ChunkJob:
    database: str
    numbers: list[str]
    groups: list[tuple[int, list[str]]]  # (kind's place, kinds drawn into that part)
    page: str
    custom: str | None  # the shop's own templates folder
    folder: str
    index: int


_worker_state: dict[str, Any] = {}  # a worker process's database and templates, made once


def _gather_and_draw(job: _ChunkJob) -> tuple[dict[tuple[int, int], str], RenderReport]:
    """In a worker process: issue and gather one chunk's facts, then draw its parts."""
    from packstation.bootstrap import bootstrap

    if _worker_state.get("database") != job.database:
        _worker_state.update(database=job.database, app=bootstrap(job.database, migrate=False))
    sessions = _worker_state["app"].sessions
    templates = _worker_state.get(f"templates:{job.custom}")
    if templates is None:  # a worker serves one batch: the texts saved in Settings then
        with sessions() as session:
            templates = _worker_state[f"templates:{job.custom}"] = templates_in_use(
                session, Path(job.custom) if job.custom else None
            )
    with sessions.begin() as session:
        facts = gather_many(session, job.numbers, settings=load_settings(session))
    return _draw_parts(facts, job.groups, job.page, templates, job.folder, job.index)
