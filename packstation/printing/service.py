"""Printing an order's inserts on the station's printers: one document per printer, ZPL for
a raw label printer's return label, a PDF otherwise; each through the print queue."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.core.settings import load_settings
from packstation.inserts.formats import PAGE_FORMATS
from packstation.inserts.gathering import gather
from packstation.inserts.pages import render_document
from packstation.inserts.service import InsertError, ready
from packstation.inserts.templates import InsertTemplates, templates_in_use
from packstation.printing.queue import submit
from packstation.printing.requests import OWED, owed
from packstation.printing.targets import parse_target
from packstation.storage.models import (
    Order,
    PackScan,
    PackSession,
    PrintJob,
    PrintJobStatus,
    ScanKind,
    ScanResult,
    SessionStatus,
)


def print_order_inserts(
    sessions: sessionmaker[Session],
    order_number: str,
    kinds: Sequence[str],
    *,
    station: str,
    spool_dir: Path,
    default_folder: Path,
    printer: str | None = None,
    packaging: Sequence[str] = (),
    templates: InsertTemplates | None = None,
) -> list[PrintJob]:
    """Queue and print the order's inserts; a failed printer leaves its job in the queue. A
    print the order's packing left owed at this station becomes the first of these jobs."""
    with sessions.begin() as session:
        owed_here = owed(session, station, order_number)
        owed_id = owed_here[0].id if owed_here else None
        if not packaging:
            packaging = packed_with(session, order_number)
        settings = load_settings(session)
        ready(session, kinds, settings)
        try:
            facts = gather(session, order_number, list(packaging), settings)
        except LookupError as exc:
            raise InsertError(str(exc)) from exc
        chosen_templates = templates or templates_in_use(session)
    by_printer: dict[str, list[str]] = {}
    for kind in kinds:
        chosen = printer or settings.printer_for(station, kind) or f"folder:{default_folder}"
        parse_target(chosen)
        by_printer.setdefault(chosen, []).append(kind)
    jobs: list[PrintJob] = []
    safe_number = "".join(c for c in order_number if c.isalnum())
    with tempfile.TemporaryDirectory() as folder:
        for target, group in by_printer.items():
            name = f"{safe_number}-{'-'.join(group)}"
            if target.startswith("raw:") and group == ["return"]:
                from packstation.inserts.zpl import return_label_zpl

                document = Path(folder) / f"{name}.zpl"
                document.write_text(return_label_zpl(facts, chosen_templates), encoding="utf-8")
            else:
                document = Path(folder) / f"{name}.pdf"
                page = PAGE_FORMATS.get(settings.insert_page, PAGE_FORMATS["a6"])
                render_document([(k, facts) for k in group], document, page, chosen_templates)
            jobs.append(
                submit(
                    sessions,
                    document,
                    target,
                    spool_dir,
                    kinds=",".join(group),
                    order_number=order_number,
                    station=station,
                    owed=owed_id if not jobs else None,
                )
            )
    return jobs


def print_waiting(
    sessions: sessionmaker[Session], station: str, *, spool_dir: Path, default_folder: Path,
    refused: list[str] | None = None,
) -> list[PrintJob]:  # fmt: skip
    """Print what this station still owes: the inserts of orders packed here whose printing a
    crash or a closed window cut short, and jobs spooled but never sent. Run at every start.
    An order whose inserts cannot be made yet (the shop has not set its return address) stays
    owed, its reason added to `refused`, and the others print."""
    from packstation.printing.queue import attempt

    with sessions() as session:
        requests = [(job.order_number or "", job.kinds) for job in owed(session, station)]
        spooled = list(session.scalars(select(PrintJob.id).where(
            PrintJob.station == station, PrintJob.status == PrintJobStatus.QUEUED, PrintJob.document != OWED)))  # fmt: skip
    done = [attempt(sessions, job_id) for job_id in spooled]
    for number, kinds in requests:
        try:
            done += print_order_inserts(sessions, number, kinds.split(","), station=station, spool_dir=spool_dir,
                                        default_folder=default_folder)  # fmt: skip
        except InsertError as exc:
            if refused is not None:
                refused.append(f"{number}: {exc}")
    return done


def packed_with(session: Session, order_number: str) -> list[str]:
    """The packaging the order went out in, as its completed pack session stored it."""
    return list(session.scalars(
        select(PackScan.packaging_code).join(PackSession, PackSession.id == PackScan.session_id).join(Order)
        .where(Order.number == order_number, PackSession.status == SessionStatus.COMPLETED,
               PackScan.kind == ScanKind.PACKAGING, PackScan.result == ScanResult.OK, PackScan.undone.is_(False))
        .order_by(PackScan.id)
    ))  # fmt: skip
