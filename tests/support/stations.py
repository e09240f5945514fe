"""Stations, issuers and printers as real processes against one database, for the tests and the
benchmark of many stations: each function runs in a process of its own (multiprocessing's
spawn, as a second bench PC would start), wires its own App, and reports through a queue."""

from __future__ import annotations

import multiprocessing
import queue
import random
import time
from collections.abc import Sequence
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.bench.service import Bench
from packstation.bench.view import Tone
from packstation.bootstrap import bootstrap
from packstation.core.settings import load_settings
from packstation.inserts.issuing import issue_return_label, issue_voucher
from packstation.printing.service import print_order_inserts
from packstation.storage.models import Order, OrderLine, OrderStatus

SPAWN = multiprocessing.get_context("spawn")


def ready_orders(sessions: sessionmaker[Session], count: int) -> list[str]:
    """The first `count` orders ready to pack without a note to acknowledge, oldest first."""
    with sessions() as session:
        return list(
            session.scalars(
                select(Order.number)
                .where(Order.status == OrderStatus.READY, Order.notes.is_(None))
                .order_by(Order.id)
                .limit(count)
            )
        )


def order_codes(url: str, numbers: Sequence[str]) -> dict[str, list[str]]:
    """Every item's barcode, as many times as the order has it: what a packer scans."""
    app = bootstrap(url)
    try:
        with app.sessions() as session:
            rows = session.execute(
                select(Order.number, OrderLine.barcode, OrderLine.quantity)
                .join(OrderLine, OrderLine.order_id == Order.id)
                .where(Order.number.in_(list(numbers)))
                .order_by(Order.number, OrderLine.position)
            )
            codes: dict[str, list[str]] = {number: [] for number in numbers}
            for number, barcode, quantity in rows:
                codes[number] += [barcode or ""] * quantity
        return codes
    finally:
        app.close()


def pack_orders(url: str, station: str, badge: str, orders: dict[str, list[str]], start: Barrier | None,
                results: Any, print_to: str | None = None) -> None:  # fmt: skip
    """A packer at `station` packs these orders in turn (skipping those another station has),
    and reports (station, order, "packed" | "refused", seconds to complete). With `print_to`
    (a folder) the packed order's inserts are printed there, as the Pack screen does."""
    app = bootstrap(url)
    bench = Bench(app.sessions, station, queue_followups=lambda number: None)
    bench.scan(badge)
    if start is not None:
        start.wait()
    try:
        for number, codes in orders.items():
            opened = bench.scan(number)
            if opened.tone is not Tone.INFO:
                results.put((station, number, "refused", 0.0))
                continue
            for code in codes:
                bench.scan(code)
            bench.scan("BOX-M")
            began = time.perf_counter()
            done = bench.scan("CMD-COMPLETE")
            results.put((station, number, "packed" if done.completed else done.message,
                         time.perf_counter() - began))  # fmt: skip
            if print_to and done.completed:
                folder = Path(print_to)
                print_order_inserts(app.sessions, number, ["note", "voucher", "return"], station=station,
                                    spool_dir=folder / "spool", default_folder=folder, packaging=["BOX-M"])  # fmt: skip
    finally:
        app.close()


def issue_codes(url: str, order_ids: list[int], seed: int, start: Barrier, results: Any) -> None:
    """Issue a voucher and a return label for each order, in an order of this process's own,
    each in its own transaction as the bench does; report the codes handed out."""
    order_ids = list(order_ids)
    random.Random(seed).shuffle(order_ids)
    app = bootstrap(url)
    start.wait()
    handed: list[tuple[int, str, str]] = []
    try:
        for order_id in order_ids:
            with app.sessions.begin() as session:
                order = session.get(Order, order_id)
                assert order is not None
                settings = load_settings(session)
                voucher = issue_voucher(session, order, settings)
                label = issue_return_label(session, order, settings)
                handed.append((order_id, voucher.code, label.rma))
        results.put(handed)
    finally:
        app.close()


def run_all(targets: list[tuple[Any, tuple[Any, ...]]], results: Any, timeout: float = 300) -> list[Any]:
    """Start every (function, args) in its own process, collect what they put on `results`
    while they run (a full pipe would otherwise stall them), and wait for all of them."""
    processes = [SPAWN.Process(target=function, args=args) for function, args in targets]
    for process in processes:
        process.start()
    collected: list[Any] = []
    deadline = time.monotonic() + timeout
    while any(p.is_alive() for p in processes) or not results.empty():
        if time.monotonic() > deadline:
            for process in processes:
                process.kill()
            raise TimeoutError(f"the processes did not finish in {timeout:.0f} s")
        try:
            collected.append(results.get(timeout=0.1))
        except queue.Empty:
            continue
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise RuntimeError(f"{process.name} failed with exit code {process.exitcode}")
    return collected


def pack_slowly(url: str, station: str, badge: str, number: str, codes: list[str], pause: float) -> None:
    """A packer who takes their time: open the order, then one item every `pause` seconds
    (the test kills this process somewhere in between)."""
    app = bootstrap(url)
    bench = Bench(app.sessions, station, queue_followups=lambda n: None)
    bench.scan(badge)
    bench.scan(number)
    for code in codes:
        bench.scan(code)
        time.sleep(pause)
    bench.scan("BOX-M")
    bench.scan("CMD-COMPLETE")
    app.close()
