"""An order's inserts as a print-ready file: gather the facts (issuing the voucher and RMA
once), draw, and write the file atomically so a half-written PDF is never mistaken for one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.core.outputs import OutputError, write_atomically
from packstation.core.settings import ShopSettings
from packstation.core.shop_setup import NotSetUp, require_ready
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.inserts.gathering import gather
from packstation.inserts.templates import InsertTemplates, templates_in_use
from packstation.vocabulary import INSERT_KINDS, InsertKind


class InsertError(OutputError):
    """The inserts cannot be made as asked; the message says why."""


def ready(session: Session, kinds: Sequence[str], settings: ShopSettings | None = None) -> None:
    """InsertError naming what the shop has not set that `kinds` need — before a voucher or an
    RMA is issued, before a page is drawn."""
    try:
        require_ready(session, kinds, settings)
    except NotSetUp as exc:
        raise InsertError(str(exc)) from exc


def parse_kinds(value: str | Sequence[str]) -> list[str]:
    kinds = [k.strip() for k in (value.split(",") if isinstance(value, str) else value) if k.strip()]
    unknown = [k for k in kinds if k not in INSERT_KINDS]
    if unknown or not kinds:
        raise InsertError(
            f"unknown insert {', '.join(unknown) or '(none)'}: choose from {', '.join(INSERT_KINDS)}"
        )
    return kinds


def order_inserts(
    sessions: sessionmaker[Session],
    order_number: str,
    out: Path,
    kinds: Sequence[str] = INSERT_KINDS,
    page: str = "a6",
    templates: InsertTemplates | None = None,
    packaging: Sequence[str] = (),
) -> RenderReport:
    """Write the order's inserts to `out` as PDF. Asking twice reuses its voucher and RMA."""
    if page not in PAGE_FORMATS:
        raise InsertError(f"unknown page format {page!r}: choose from {', '.join(PAGE_FORMATS)}")
    with sessions.begin() as session:
        ready(session, kinds)
        try:
            facts = gather(session, order_number, list(packaging))
        except LookupError as exc:
            raise InsertError(str(exc)) from exc
        chosen = templates or templates_in_use(session)
    reports: list[RenderReport] = []

    def write(path: Path) -> None:
        from packstation.inserts.pages import render_document  # the drawing code loads when it draws

        reports.append(render_document([(kind, facts) for kind in kinds], path, PAGE_FORMATS[page], chosen,
                                       title=f"{facts.brand_name} — {order_number}"))  # fmt: skip

    write_atomically(out, write)
    return reports[0]


def order_return_zpl(
    sessions: sessionmaker[Session], order_number: str, out: Path, templates: InsertTemplates | None = None
) -> int:
    """Write the order's return label as ZPL for a 203 dpi 4×6 thermal printer; returns bytes."""
    from packstation.inserts.zpl import return_label_zpl  # rasterising needs pdfium: load it only here

    with sessions.begin() as session:
        ready(session, [InsertKind.RETURN])
        try:
            facts = gather(session, order_number)
        except LookupError as exc:
            raise InsertError(str(exc)) from exc
        chosen = templates or templates_in_use(session)
    zpl = return_label_zpl(facts, chosen)

    def write(path: Path) -> None:
        path.write_text(zpl, encoding="utf-8")

    write_atomically(out, write)
    return len(zpl.encode())
