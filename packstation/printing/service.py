"""Printing an order's inserts on the station's printers: one document per printer, ZPL for
a raw label printer's return label, a PDF otherwise; each through the print queue."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.core.settings import load_settings
from packstation.inserts.formats import PAGE_FORMATS
from packstation.inserts.gathering import gather
from packstation.inserts.pages import render_document
from packstation.inserts.service import InsertError
from packstation.inserts.templates import InsertTemplates, templates_in_use
from packstation.printing.queue import submit
from packstation.printing.targets import parse_target
from packstation.storage.models import PrintJob


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
    """Queue and print the order's inserts; a failed printer leaves its job in the queue."""
    with sessions.begin() as session:
        settings = load_settings(session)
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
    jobs = []
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
                )
            )
    return jobs
